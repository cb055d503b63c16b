/**
 * `npx tsx src/cli/learned-cv.ts [--dir data/escalation-corpus] [--folds 5] [--epochs n] [--lr x] [--l2 x]`:
 * k-fold cross-validation of the learned escalation model on its own corpus (folds
 * drawn with a seeded shuffle), and the time and memory of one full training.
 *
 * Prints, per fold set: escalate precision / recall (a case escalates when any
 * category reaches its threshold), per-label recall and the false alarms on
 * near_miss and routine. In-sample-ish: the folds share writers and habits, so it
 * ranks model variants, it does not predict held-out figures.
 */
import { parseArgs } from 'node:util';
import { defaultEscalationRules } from '../escalation/default-rules.js';
import { evaluateCases } from '../escalation/eval.js';
import { LexiconSentimentScorer } from '../escalation/sentiment.js';
import { CORPUS_DIR, CORPUS_LABELS, DEFAULT_GRANULARITY, LABEL_CATEGORY, readCorpus, trainDetector, type CorpusLine, type LearnedCategory } from '../escalation/learned/learned-detector.js';
import { seededRandom } from '../escalation/learned/model.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, folds: { type: 'string' }, epochs: { type: 'string' }, lr: { type: 'string' }, l2: { type: 'string' }, decay: { type: 'string' }, granularity: { type: 'string' }, 'with-rules': { type: 'boolean' }, veto: { type: 'string' }, 'self-harm-threshold': { type: 'string' }, threshold: { type: 'string' } },
  });
  const lines = readCorpus(values.dir ?? CORPUS_DIR);
  const k = Number(values.folds ?? 5);
  const train = {
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    ...(values.lr ? { learningRate: Number(values.lr) } : {}),
    ...(values.l2 ? { l2: Number(values.l2) } : {}),
    ...(values.decay ? { decay: Number(values.decay) } : {}),
  };
  const granularity = values.granularity === 'labels' ? 'labels' : values.granularity === 'categories' ? 'categories' : DEFAULT_GRANULARITY;
  const t = values.threshold ? Number(values.threshold) : undefined;
  const thresholds: Partial<Record<LearnedCategory, number>> = t === undefined ? {} : Object.fromEntries(Object.values(LABEL_CATEGORY).filter((c) => c !== null).map((c) => [c, t]));
  if (values['self-harm-threshold'] !== undefined) thresholds.self_harm = Number(values['self-harm-threshold']);
  const veto = values.veto === undefined ? {} : { veto: Number(values.veto) };
  const combined = { tp: 0, fp: 0, fn: 0, hits: new Map<string, { n: number; hit: number }>() };

  const rnd = seededRandom(7);
  const order = lines.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perLabel = new Map<string, { n: number; hit: number }>();
  for (let f = 0; f < k; f++) {
    const test: CorpusLine[] = [];
    const trainLines: CorpusLine[] = [];
    order.forEach((idx, pos) => (pos % k === f ? test : trainLines).push(lines[idx]!));
    const det = trainDetector(trainLines, { train, thresholds, granularity, ...veto });
    if (values['with-rules']) {
      // The product's combination: the default rules with this fold's model as a second source.
      const r = await evaluateCases(test.map((l) => ({ messages: l.messages, escalate: l.escalate, why: l.why })), defaultEscalationRules(), { sentiment: new LexiconSentimentScorer(), learned: det });
      combined.tp += r.tp;
      combined.fp += r.fp;
      combined.fn += r.fn;
      for (const o of r.outcomes) {
        const s = combined.hits.get(o.why!) ?? { n: 0, hit: 0 };
        s.n++;
        if (o.escalated) s.hit++;
        combined.hits.set(o.why!, s);
      }
    }
    for (const l of test) {
      const v = det.verdict(l.messages[l.messages.length - 1]!, l.messages.slice(0, -1));
      const cats = Object.keys(det.thresholds) as LearnedCategory[];
      const fired = cats.some((c) => det.fires(v, c) !== null);
      const wantCat = LABEL_CATEGORY[l.why];
      const rightCat = wantCat !== null && det.fires(v, wantCat) !== null;
      if (fired && l.escalate) tp++;
      else if (fired) fp++;
      else if (l.escalate) fn++;
      const s = perLabel.get(l.why) ?? { n: 0, hit: 0 };
      s.n++;
      if (l.escalate ? rightCat : fired) s.hit++;
      perLabel.set(l.why, s);
    }
  }
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  for (const label of CORPUS_LABELS) {
    const s = perLabel.get(label);
    if (!s) continue;
    const key = LABEL_CATEGORY[label] === null ? 'false_alarms' : 'recall_in_category';
    process.stdout.write(`${JSON.stringify({ why: label, n: s.n, [key]: LABEL_CATEGORY[label] === null ? s.hit : r3(s.hit / s.n) })}\n`);
  }
  if (values['with-rules']) {
    const cp = combined.tp / (combined.tp + combined.fp);
    const cr = combined.tp / (combined.tp + combined.fn);
    const slices = Object.fromEntries([...combined.hits].map(([why, s]) => [why, LABEL_CATEGORY[why as CorpusLine['why']] === null ? s.hit : r3(s.hit / s.n)]));
    process.stdout.write(`${JSON.stringify({ rules_plus_learned: { precision: r3(cp), recall: r3(cr), f1: r3((2 * cp * cr) / (cp + cr)) }, slices })}\n`);
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const full = trainDetector(lines, { train, granularity });
  const ms = performance.now() - started;
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  process.stdout.write(
    `${JSON.stringify({ lines: lines.length, folds: k, precision: r3(p), recall: r3(r), f1: r3((2 * p * r) / (p + r)), train_ms: Math.round(ms), train_cpu_ms: Math.round(cpuMs), model_mb: r3(full.model.byteLength / 2 ** 20), heap_delta_mb: r3((process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore) / 2 ** 20), rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20) })}\n`,
  );
}

void main();
