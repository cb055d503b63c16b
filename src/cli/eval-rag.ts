/**
 * `npm run eval:rag -- --docs <folder> --qa <qa.jsonl> [--mode hybrid|vector|text]
 *   [--baseline bm25] [--language <fts config>|auto] [--verbose]`:
 * loads every .md/.txt/.html/.pdf file of the folder into a fresh knowledge base
 * of a fresh tenant (title = file name without extension; the text-search
 * language detected from the documents unless given), retrieves for each
 * `{"question", "answer_doc", "kind"?}` line and prints, as its last line,
 * `{"n":…,"hit1":…,"hit5":…,"mrr":…}`. Lines with a `kind` also get one line per
 * kind before it (`{"kind":"paraphrase","n":…,"hit1":…,"hit5":…,"mrr":…}`), so a
 * reader sees which slice fails. `--baseline bm25` first prints the same lines
 * for a plain BM25 over whole articles, each with `"system":"bm25"`. Missed
 * questions are listed only with `--verbose`. `--calibrate <off-topic.jsonl>`
 * also runs the offline answerer on each question's top 6 passages and prints
 * the distribution of its confidence (answerable questions, and the off-topic
 * questions of the given file) with the threshold that separates them best:
 * how RAG_UNSURE_THRESHOLD is set (README, "Evaluation"); then the knowledge
 * base's own calibration (kb-calibration.ts: a `kb-probes` line) and what its
 * threshold answers (`threshold-kb`). The tenant is
 * deleted afterwards. Uses the configured models (offline by default).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenants } from '../../drizzle/schema.js';
import { cliConfig, ensureDatabase } from '../app/bootstrap.js';
import { connectDatabase, runMigrations } from '../db/client.js';
import { ingestFolder, listIngestibleFiles } from '../rag/bulk-ingest.js';
import { buildBm25Baseline } from '../rag/eval/bm25-baseline.js';
import { extractText } from '../rag/extract.js';
import { documentFromFile, KnowledgeService } from '../rag/knowledge.service.js';
import { KbLexemes } from '../rag/kb-lexemes.js';
import { detectDocumentsLanguage } from '../rag/language.js';
import { LocalHashEmbeddings } from '../rag/local-embeddings.js';
import { createEmbedder, TEXT_SEARCH_LANGUAGES } from '../rag/models.js';
import { KbCalibrator, quantile, questionConfidence } from '../rag/kb-calibration.js';
import { Retriever, type RetrieveOptions } from '../rag/retriever.js';
import { createTenant } from '../tenancy/tenant.service.js';

const qaLine = z.object({ question: z.string().min(1), answer_doc: z.string().min(1), kind: z.string().min(1).optional() });
export type QaCase = z.infer<typeof qaLine>;

export interface RetrievalMetrics {
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
}

export interface RetrievalReport extends RetrievalMetrics {
  /** Figures per `kind`, in first-seen order; empty when no line has a kind. */
  byKind: Array<{ kind: string } & RetrievalMetrics>;
  misses: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Scores where each expected document lands in a ranking of document titles (best first). */
export function scoreRankings(cases: QaCase[], rankings: string[][]): RetrievalReport {
  const tally = new Map<string, { n: number; hit1: number; hit5: number; rr: number }>();
  const add = (key: string, rank: number) => {
    const t = tally.get(key) ?? { n: 0, hit1: 0, hit5: 0, rr: 0 };
    t.n++;
    if (rank === 1) t.hit1++;
    if (rank >= 1 && rank <= 5) t.hit5++;
    if (rank >= 1) t.rr += 1 / rank;
    tally.set(key, t);
  };
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const rank = (rankings[i] ?? []).indexOf(c.answer_doc) + 1;
    add('', rank);
    if (c.kind) add(`kind:${c.kind}`, rank);
    if (rank < 1 || rank > 5) misses.push(`${c.question} (expected ${c.answer_doc}, ${rank ? `rank ${rank}` : 'not retrieved'})`);
  });
  const metrics = (key: string): RetrievalMetrics => {
    const t = tally.get(key) ?? { n: 0, hit1: 0, hit5: 0, rr: 0 };
    const n = t.n || 1;
    return { n: t.n, hit1: round(t.hit1 / n), hit5: round(t.hit5 / n), mrr: round(t.rr / n) };
  };
  const byKind = [...tally.keys()].filter((k) => k.startsWith('kind:')).map((k) => ({ kind: k.slice(5), ...metrics(k) }));
  return { ...metrics(''), byKind, misses };
}

/** Ranks distinct documents by their best chunk and scores where the expected document lands. */
export async function evaluateRetrieval(
  retriever: Retriever,
  tenantId: string,
  cases: QaCase[],
  opts: Pick<RetrieveOptions, 'mode'> = {},
): Promise<RetrievalReport> {
  const rankings: string[][] = [];
  for (const c of cases) {
    const chunks = await retriever.retrieve(tenantId, c.question, { k: 20, mode: opts.mode });
    const docs: string[] = [];
    for (const ch of chunks) if (!docs.includes(ch.title)) docs.push(ch.title);
    rankings.push(docs);
  }
  return scoreRankings(cases, rankings);
}

export async function readQa(file: string): Promise<QaCase[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = qaLine.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return parsed.data;
    });
}

/** Questions of a JSON-lines file (`{"question"}` per line, other fields ignored). */
async function readQuestions(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = z.object({ question: z.string().min(1) }).safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: a line needs a "question"`);
      return parsed.data.question;
    });
}

/** The JSON lines of one report: one per kind, then the overall figures (the documented last line). */
export function reportLines(report: RetrievalReport, extra: Record<string, string> = {}): string[] {
  const line = (m: RetrievalMetrics, head: Record<string, string> = {}) => JSON.stringify({ ...extra, ...head, n: m.n, hit1: m.hit1, hit5: m.hit5, mrr: m.mrr });
  return [...report.byKind.map((k) => line(k, { kind: k.kind })), line(report)];
}

/** Nearest-rank percentile `p` (0–100) of sorted values, as the calibration's quantiles read them. */
const percentile = (sorted: readonly number[], p: number) => quantile(sorted, p / 100);

/**
 * The responder's confidence for each question (offline answerer on the top 6 passages, responderConfidence); null for a
 * question it would refuse as foreign. `kbLexemes`: the knowledge base's lexemes for the answerer, as the responder has them;
 * `localEmbedder`: the retriever's embedder is the local hashed one (its vector cosine counts).
 */
export async function answerConfidences(retriever: Retriever, tenantId: string, questions: string[], kbLexemes?: KbLexemes, localEmbedder = true): Promise<Array<number | null>> {
  const scorer = new LocalHashEmbeddings({ dimensions: 1024 });
  const out: Array<number | null> = [];
  for (const question of questions) out.push(await questionConfidence(retriever, tenantId, question, { ...(kbLexemes ? { kbLexemes } : {}), localEmbedder, scorer }));
  return out;
}

/**
 * Aggregate lines of a calibration: the confidence distribution of answerable
 * and off-topic questions, and the threshold that maximises balanced accuracy
 * (share of answerable questions answered + share of off-topic ones declined) / 2,
 * and what the current threshold and, given, the knowledge base's own (`kbThreshold`, kb-calibration.ts) answer.
 */
export function calibrationLines(answerable: number[], offTopic: number[], current: number, kbThreshold?: number): string[] {
  const a = [...answerable].sort((x, y) => x - y);
  const o = [...offTopic].sort((x, y) => x - y);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const share = (xs: number[], t: number) => (xs.length ? xs.filter((x) => x >= t).length / xs.length : 0);
  const lines = [
    JSON.stringify({ calibration: 'answerable', n: a.length, p05: r(percentile(a, 5)), p10: r(percentile(a, 10)), p25: r(percentile(a, 25)), p50: r(percentile(a, 50)) }),
  ];
  if (o.length === 0) return lines;
  lines.push(JSON.stringify({ calibration: 'offtopic', n: o.length, p50: r(percentile(o, 50)), p90: r(percentile(o, 90)), p95: r(percentile(o, 95)), max: r(o[o.length - 1]!) }));
  let best = { t: current, score: -1 };
  for (let t = 0.05; t <= 0.8; t += 0.005) {
    const score = (share(a, t) + 1 - share(o, t)) / 2;
    if (score > best.score + 1e-9) best = { t, score };
  }
  for (const [which, t] of [['best', best.t], ['current', current], ...(kbThreshold !== undefined ? [['kb', kbThreshold] as const] : [])] as const) {
    lines.push(JSON.stringify({ calibration: `threshold-${which}`, value: r(t), answered: r(share(a, t)), offtopicAnswered: r(share(o, t)) }));
  }
  return lines;
}

/** The text-search configuration of the documents' language (`simple` when none fits). */
async function detectFolderLanguage(folder: string): Promise<string> {
  const samples: string[] = [];
  for (const file of await listIngestibleFiles(folder)) {
    const doc = documentFromFile(path.basename(file), await readFile(file));
    try {
      samples.push((await extractText({ format: doc.format, content: doc.content, data: doc.data })).text.replace(/<[^>]+>/g, ' '));
    } catch {
      // unreadable files are reported by the ingestion
    }
  }
  return detectDocumentsLanguage(samples).ftsConfig;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string' },
      qa: { type: 'string' },
      mode: { type: 'string' },
      baseline: { type: 'string' },
      language: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      calibrate: { type: 'string' },
    },
  });
  const mode = values.mode ?? 'hybrid';
  const modes = ['hybrid', 'vector', 'text'] as const;
  const usage = 'usage: npm run eval:rag -- --docs <folder> --qa <qa.jsonl> [--mode hybrid|vector|text] [--baseline bm25] [--language <config>|auto] [--calibrate <off-topic.jsonl>] [--verbose]\n';
  const language = values.language ?? 'auto';
  if (
    !values.docs ||
    !values.qa ||
    !(modes as readonly string[]).includes(mode) ||
    (values.baseline !== undefined && values.baseline !== 'bm25') ||
    (language !== 'auto' && !(TEXT_SEARCH_LANGUAGES as readonly string[]).includes(language))
  ) {
    process.stderr.write(usage);
    process.exit(64);
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const cases = await readQa(values.qa);

  if (values.baseline === 'bm25') {
    const baseline = await buildBm25Baseline(values.docs);
    const report = scoreRankings(cases, cases.map((c) => baseline.rank(c.question)));
    if (values.verbose) for (const q of report.misses) out(`miss (bm25): ${q}`);
    for (const line of reportLines(report, { system: 'bm25' })) out(line);
  }

  const { config, logger } = cliConfig();
  await ensureDatabase(config.db.url, logger);
  await runMigrations(config.db.url);
  const database = connectDatabase(config.db.url, { max: 4 });
  const embedder = createEmbedder(config);
  const tenant = await createTenant(database.db, { name: `eval-rag ${new Date().toISOString()}` });
  try {
    const kbLanguage = language === 'auto' ? await detectFolderLanguage(values.docs) : language;
    const kb = await new KnowledgeService(database.db).createKnowledgeBase(tenant.tenantId, { name: 'eval', language: kbLanguage });
    const loaded = await ingestFolder(database.db, embedder, { tenantId: tenant.tenantId, knowledgeBaseId: kb.id, folder: values.docs });
    out(`eval:rag: ${loaded.indexed} documents indexed (${loaded.failed} failed, language ${kbLanguage}), ${cases.length} questions, embedder ${embedder.modelId}`);
    const retrieverOptions = { dictionaryDir: config.rag.dictionaryDir, thesaurusDir: config.rag.thesaurusDir, wordVectorsDir: config.rag.wordVectorsDir, semanticAbsentMass: config.rag.semanticAbsentMass };
    const report = await evaluateRetrieval(new Retriever(database.db, embedder, retrieverOptions), tenant.tenantId, cases, { mode: mode as RetrieveOptions['mode'] });
    if (values.verbose) for (const q of report.misses) out(`miss: ${q}`);
    if (values.calibrate !== undefined) {
      const retriever = new Retriever(database.db, embedder, retrieverOptions);
      const kbLexemes = new KbLexemes(database.db);
      const answerable = (await answerConfidences(retriever, tenant.tenantId, cases.map((c) => c.question), kbLexemes, embedder.local)).filter((x): x is number => x !== null);
      const offTopic = values.calibrate ? (await answerConfidences(retriever, tenant.tenantId, (await readQuestions(values.calibrate)), kbLexemes, embedder.local)).map((x) => x ?? 0) : [];
      const calibration = await new KbCalibrator(database.db, retriever, { defaultThreshold: config.rag.unsureThreshold, kbLexemes, localEmbedder: embedder.local }).measure(tenant.tenantId, kb.id, kbLanguage);
      out(JSON.stringify({ calibration: 'kb-probes', source: calibration.source, ...(calibration.reason ? { reason: calibration.reason } : {}), ...calibration.probes, answerableMedian: calibration.answerableMedian, adjacentMedian: calibration.adjacentMedian, threshold: calibration.threshold }));
      for (const line of calibrationLines(answerable, offTopic, config.rag.unsureThreshold, calibration.threshold)) out(line);
    }
    for (const line of reportLines(report)) out(line);
  } finally {
    await database.db.delete(tenants).where(eq(tenants.id, tenant.tenantId));
    await database.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  });
}
