/**
 * `npm run eval:escalation -- --cases <cases.jsonl> [--verbose] [--learned on|off]`: runs the default
 * rule set of a fresh tenant (offline rules and sentiment, no chat model, no
 * knowledge base: retrieval-confidence conditions cannot fire) over
 * `{"messages": [...], "escalate": true|false, "why"?: "...", "lang"?: "..."}` lines.
 * A case counts as escalated when any of its messages escalates; each message is
 * judged with the earlier ones as its history.
 *
 * Prints one JSON line per `why` value (`{"why":"churn","n":20,"recall":0.9}`, or
 * `"false_alarms"` for cases that should not escalate), one per `lang` value
 * (`{"lang":"de","n":30,"recall":0.9,"false_alarms":1}`), and as its last line
 * `{"n":…,"precision":…,"recall":…}`. `--verbose` adds one line per wrong case.
 *
 * The learned detector runs as ESCALATION_LEARNED says (the product default when
 * unset); `--learned on|off` overrides it, to compare. `--threshold <p>`,
 * `--self-harm-threshold <p>`, `--thresholds <category>=<p>,…` (per category, e.g. `anger=0.7,security=0.99`)
 * and `--veto <p>` try other learned thresholds; `--told-in-full <p>|off` the security threshold of a message told in full
 * (TOLD_IN_FULL_SECURITY_THRESHOLD in src/escalation/learned/learned-detector.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { escalationLearnedSetting } from '../config/index.js';
import { defaultEscalationRules } from '../escalation/default-rules.js';
import { productDetector, type LearnedCategory } from '../escalation/learned/learned-detector.js';
import { evaluateCases, sliceReport } from '../escalation/eval.js';
import { LexiconSentimentScorer } from '../escalation/sentiment.js';

const caseLine = z.object({
  messages: z.array(z.string()).min(1),
  escalate: z.boolean(),
  why: z.string().min(1).optional(),
  lang: z.string().min(1).optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cases: { type: 'string' }, verbose: { type: 'boolean' }, learned: { type: 'string' }, threshold: { type: 'string' }, 'self-harm-threshold': { type: 'string' }, thresholds: { type: 'string' }, veto: { type: 'string' }, 'told-in-full': { type: 'string' } },
  });
  if (!values.cases || (values.learned !== undefined && !['on', 'off'].includes(values.learned))) {
    process.stderr.write('usage: npm run eval:escalation -- --cases <cases.jsonl> [--verbose] [--learned on|off]\n');
    process.exit(64);
  }
  const learnedOn = values.learned === undefined ? escalationLearnedSetting() : values.learned === 'on';
  let learned = learnedOn ? productDetector() : null;
  if (learned !== null && (values.threshold !== undefined || values['self-harm-threshold'] !== undefined || values.thresholds !== undefined || values.veto !== undefined || values['told-in-full'] !== undefined)) {
    const t = values.threshold === undefined ? undefined : Number(values.threshold);
    const thresholds: Partial<Record<LearnedCategory, number>> =
      t === undefined ? {} : Object.fromEntries((Object.keys(learned.thresholds) as LearnedCategory[]).map((c) => [c, t]));
    if (values['self-harm-threshold'] !== undefined) thresholds.self_harm = Number(values['self-harm-threshold']);
    for (const pair of values.thresholds ? values.thresholds.split(',') : []) {
      const [category, p] = pair.split('=');
      if (!category || !(category in learned.thresholds) || p === undefined || !Number.isFinite(Number(p))) {
        process.stderr.write(`eval:escalation: --thresholds takes <category>=<probability>,… with categories ${Object.keys(learned.thresholds).join(', ')}; got "${pair}"\n`);
        process.exit(64);
      }
      thresholds[category as LearnedCategory] = Number(p);
    }
    learned = learned.withOptions({
      thresholds,
      ...(values.veto !== undefined ? { veto: values.veto === 'off' ? null : Number(values.veto) } : {}),
      ...(values['told-in-full'] !== undefined ? { toldInFull: values['told-in-full'] === 'off' ? null : Number(values['told-in-full']) } : {}),
    });
  }
  const lines = (await readFile(values.cases, 'utf8')).split('\n').filter((l) => l.trim());
  const cases = lines.map((l, i) => {
    const parsed = caseLine.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${values.cases}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const { why, lang, ...rest } = parsed.data;
    return { ...rest, ...(why !== undefined ? { why } : {}), ...(lang !== undefined ? { lang } : {}) };
  });
  const result = await evaluateCases(cases, defaultEscalationRules(), { sentiment: new LexiconSentimentScorer(), learned });
  if (values.verbose) {
    for (const e of result.errors) process.stdout.write(`${e.expected ? 'missed' : 'false alarm'}${e.rule ? ` (${e.rule})` : ''}: ${JSON.stringify(e.messages)}\n`);
  }
  process.stdout.write(`eval:escalation: tp=${result.tp} fp=${result.fp} fn=${result.fn} tn=${result.tn} learned=${learned ? 'on' : 'off'}\n`);
  for (const line of sliceReport(result.outcomes)) process.stdout.write(`${JSON.stringify(line)}\n`);
  process.stdout.write(`${JSON.stringify({ n: result.n, precision: result.precision, recall: result.recall })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
