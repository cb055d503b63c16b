/**
 * Retrieval at scale: a synthetic corpus of N chunks (default 100k, BENCH_RETRIEVAL_N)
 * built from the fixture articles' sentences, embedded with the configured
 * embedder, then HNSW + GIN index build time and p50/p95/p99 latency of hybrid,
 * vector-only and keyword-only retrieval, measured in one loop (each question
 * asked in every mode, the order rotating, so load from elsewhere on the machine
 * falls on all modes alike), with hit@k (a returned chunk contains the sentence
 * the question was cut from). The `EXPLAIN (ANALYZE, BUFFERS)` plans of both
 * hybrid legs for one question go to bench/results/. Each mode's line also gives
 * the Node CPU time per question (process.cpuUsage, user + system: re-ranking,
 * embedding, driver), less sensitive than wall time to load from other
 * processes. Numbers only, no assertions.
 *
 * BENCH_RETRIEVAL_REUSE=1 keeps the corpus between runs: it is built once into
 * the database `gwbench_retrieval_<N>` (not dropped afterwards, drop it by hand
 * when done) and later runs with the same N measure on it straight away, with
 * the same questions (the generator is advanced past the corpus as if it had
 * been built). A database left incomplete by an interrupted build is rebuilt.
 * BENCH_RETRIEVAL_PROFILE=1 then asks the hybrid questions once more under the
 * V8 profiler (after the timed loop, so the timings are not affected) and writes
 * bench/results/retrieval-hybrid-<time>.cpuprofile (Chrome DevTools, speedscope).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { createTenant } from '../src/tenancy/tenant.service.js';
import { createEmbedder } from '../src/rag/models.js';
import { Retriever, type RetrievalTimings } from '../src/rag/retriever.js';
import postgres from 'postgres';
import { PG, percentile, persistentBenchDatabase, startBenchEnv, type BenchEnv } from './lib.js';

const N = Number(process.env.BENCH_RETRIEVAL_N ?? 100_000);
const REUSE = process.env.BENCH_RETRIEVAL_REUSE === '1';
const QUERIES = Number(process.env.BENCH_RETRIEVAL_QUERIES ?? 200);
// Untimed questions asked first, other than the timed ones (drawn after them): a running worker has its code
// optimised and its per-process caches (lexemes, expansions) filled by earlier questions. 0: a cold process.
const WARMUP = Number(process.env.BENCH_RETRIEVAL_WARMUP ?? 200);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function benchRetrieval(): Promise<string[]> {
  const kept = REUSE ? await reusableDatabase(`gwbench_retrieval_${N}`) : null;
  const env = await startBenchEnv({}, kept);
  const lines: string[] = [];
  try {
    const db = env.c.database.db;
    const embedder = createEmbedder(env.c.config);
    const dir = path.join(ROOT, 'examples/help-center');
    const sentences: string[] = [];
    for (const f of (await readdir(dir)).sort()) {
      const text = (await readFile(path.join(dir, f), 'utf8')).replace(/<[^>]+>/g, ' ');
      sentences.push(...text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 30));
    }
    const rand = rng(42);
    const built = kept ? await builtCorpus(env.c.database.sql) : null;
    let tenantId: string;
    if (built) {
      tenantId = built;
      // The same questions as a run that builds the corpus: the generator goes past it.
      for (let i = 0; i < N * 3; i++) rand();
      lines.push(`${'corpus'.padEnd(28)} n=${N}  reused (${kept!.url.split('/').pop()})`);
    } else {
      tenantId = await buildCorpus(env, embedder, sentences, rand, lines);
    }
    const retriever = new Retriever(db, embedder);
    const picks = Array.from({ length: QUERIES }, () => sentences[Math.floor(rand() * sentences.length)]!);
    const questions = picks.map((p) => p.split(' ').slice(0, 8).join(' '));
    const warmup = Array.from({ length: WARMUP }, () => sentences[Math.floor(rand() * sentences.length)]!.split(' ').slice(0, 8).join(' '));
    // The knowledge base's statistics are computed once per change, on the first question after it.
    const tS = performance.now();
    await retriever.retrieve(tenantId, questions[0]!, { mode: 'hybrid', k: 6 });
    lines.push(`${'first question (statistics)'.padEnd(28)} ${(performance.now() - tS).toFixed(1)} ms`);
    const plans = await retriever.explain(tenantId, questions[0]!, { k: 6 });
    const resultsDir = path.join(ROOT, 'bench/results');
    await mkdir(resultsDir, { recursive: true });
    const planFile = path.join(resultsDir, `retrieval-plans-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
    await writeFile(planFile, `question: ${questions[0]}\nchunks: ${N}\n\n-- vector leg\n${plans.vector.join('\n')}\n\n-- full-text leg\n${plans.text.join('\n')}\n`);
    lines.push(`${'hybrid leg plans'.padEnd(28)} ${path.relative(ROOT, planFile)} (vector ${executionTime(plans.vector)}, full-text ${executionTime(plans.text)})`);

    const modes = ['hybrid', 'vector', 'text'] as const;
    const tW = performance.now();
    for (const [i, q] of warmup.entries()) for (let j = 0; j < modes.length; j++) await retriever.retrieve(tenantId, q, { mode: modes[(i + j) % modes.length]!, k: 6 });
    if (WARMUP > 0) lines.push(`${'warm-up (untimed)'.padEnd(28)} ${WARMUP} other questions × 3 modes, ${((performance.now() - tW) / 1000).toFixed(1)} s`);
    const lat = new Map(modes.map((m) => [m, [] as number[]]));
    const hits = new Map(modes.map((m) => [m, 0]));
    const cpu = new Map(modes.map((m) => [m, 0]));
    // Where each hybrid question's time went (wall ms per stage), to read the tail.
    const split: Array<{ total: number; t: RetrievalTimings }> = [];
    for (const [i, q] of questions.entries()) {
      for (let j = 0; j < modes.length; j++) {
        const mode = modes[(i + j) % modes.length]!;
        const timings = { prepare: 0, embed: 0, vectorLeg: 0, textLeg: 0, candidates: 0, rerank: 0 };
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const chunks = await retriever.retrieve(tenantId, q, { mode, k: 6, timings });
        const total = performance.now() - t0;
        lat.get(mode)!.push(total);
        if (mode === 'hybrid') split.push({ total, t: timings });
        const c = process.cpuUsage(c0);
        cpu.set(mode, cpu.get(mode)! + (c.user + c.system) / 1000);
        if (chunks.some((c) => c.content.includes(picks[i]!))) hits.set(mode, hits.get(mode)! + 1);
      }
    }
    for (const mode of modes) {
      const l = lat.get(mode)!.sort((a, b) => a - b);
      lines.push(
        `${`retrieval ${mode}`.padEnd(28)} n=${l.length}  p50=${percentile(l, 50).toFixed(1)} ms  p95=${percentile(l, 95).toFixed(1)} ms  p99=${percentile(l, 99).toFixed(1)} ms  node cpu=${(cpu.get(mode)! / l.length).toFixed(1)} ms/q  hit@6=${(hits.get(mode)! / questions.length).toFixed(2)}`,
      );
    }
    lines.push(...hybridSplit(split));
    if (process.env.BENCH_RETRIEVAL_PROFILE === '1') {
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      for (const q of questions) await retriever.retrieve(tenantId, q, { mode: 'hybrid', k: 6 });
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      const file = path.join(resultsDir, `retrieval-hybrid-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      lines.push(`${'hybrid CPU profile'.padEnd(28)} ${path.relative(ROOT, file)}`);
    }
    const load = await readFile('/proc/loadavg', 'utf8').catch(() => '');
    if (load) lines.push(`${'load average (1/5/15 min)'.padEnd(28)} ${load.split(' ').slice(0, 3).join(' ')}`);
  } finally {
    await env.close();
  }
  return lines;
}

/** Loads the synthetic corpus and builds its indexes (timed); returns the tenant. */
async function buildCorpus(env: BenchEnv, embedder: ReturnType<typeof createEmbedder>, sentences: string[], rand: () => number, lines: string[]): Promise<string> {
  const db = env.c.database.db;
  const t = await createTenant(db, { name: 'bench' });
  const kb = await env.c.knowledge.createKnowledgeBase(t.tenantId, { name: 'synthetic' });
  const docCount = Math.max(1, Math.round(N / 50));
  const docIds: string[] = [];
  for (let d = 0; d < docCount; d += 500) {
    const rows = await env.c.database.sql<{ id: string }[]>`
      insert into documents (tenant_id, knowledge_base_id, title, format, content, status)
      select ${t.tenantId}, ${kb.id}, 'Synthetic ' || g, 'text', '', 'INDEXED' from generate_series(${d}::int, ${Math.min(docCount, d + 500) - 1}::int) g returning id`;
    docIds.push(...rows.map((r) => r.id));
  }
  // Build without indexes, then time the index builds on their own.
  await env.c.database.sql`drop index if exists knowledge_chunks_embedding_hnsw`;
  await env.c.database.sql`drop index if exists knowledge_chunks_tsv_gin`;
  const tEmbed = performance.now();
  const batch = 1000;
  for (let i = 0; i < N; i += batch) {
    const texts = Array.from({ length: Math.min(batch, N - i) }, () => Array.from({ length: 3 }, () => sentences[Math.floor(rand() * sentences.length)]!).join(' '));
    const vectors = await embedder.embeddings.embedDocuments(texts);
    const rows = texts.map((content, j) => ({ doc: docIds[(i + j) % docIds.length]!, pos: i + j, content, emb: `[${vectors[j]!.join(',')}]` }));
    await env.c.database.sql`
      insert into knowledge_chunks (tenant_id, knowledge_base_id, document_id, document_version, position, content, embedding, embedding_model, tsv)
      select ${t.tenantId}, ${kb.id}, x.doc::uuid, 1, x.pos::int, x.content, x.emb::vector, ${embedder.modelId}, to_tsvector('english', unaccent(x.content))
      from json_to_recordset(${JSON.stringify(rows)}::json) as x(doc text, pos int, content text, emb text)`;
    if ((i / batch) % 20 === 0) process.stderr.write(`retrieval bench: ${i + texts.length}/${N} chunks loaded\n`);
  }
  const loadS = (performance.now() - tEmbed) / 1000;
  lines.push(`${'corpus load + embed'.padEnd(28)} n=${N}  ${loadS.toFixed(1)} s  (${embedder.modelId})`);
  await env.c.database.sql.unsafe(`set maintenance_work_mem = '1GB'`);
  const tH = performance.now();
  await env.c.database.sql`create index knowledge_chunks_embedding_hnsw on knowledge_chunks using hnsw (embedding vector_cosine_ops)`;
  lines.push(`${'HNSW index build'.padEnd(28)} ${((performance.now() - tH) / 1000).toFixed(1)} s`);
  const tG = performance.now();
  await env.c.database.sql`create index knowledge_chunks_tsv_gin on knowledge_chunks using gin (tsv)`;
  lines.push(`${'GIN index build'.padEnd(28)} ${((performance.now() - tG) / 1000).toFixed(1)} s`);
  // Fresh statistics, as autovacuum would have them on a live system.
  await db.execute(sql`analyze`);
  return t.tenantId;
}

/** The kept database for BENCH_RETRIEVAL_REUSE, emptied and rebuilt when a previous build did not finish. */
async function reusableDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const kept = await persistentBenchDatabase(name);
  if (kept.created) return kept;
  const sql = postgres(kept.url, { max: 1, onnotice: () => {} });
  try {
    if (await builtCorpus(sql)) return kept;
  } finally {
    await sql.end();
  }
  const admin = postgres(`${PG}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
  return persistentBenchDatabase(name);
}

/** The tenant of a complete corpus of N chunks with both indexes, or null. */
async function builtCorpus(sql: postgres.Sql): Promise<string | null> {
  const [kb] = await sql<{ tenant_id: string; n: number; indexes: number }[]>`
    select kb.tenant_id, (select count(*)::int from knowledge_chunks c where c.knowledge_base_id = kb.id) as n,
           (select count(*)::int from pg_indexes where indexname in ('knowledge_chunks_embedding_hnsw', 'knowledge_chunks_tsv_gin')) as indexes
    from knowledge_bases kb where kb.name = 'synthetic'`;
  return kb && kb.n === N && kb.indexes === 2 ? kb.tenant_id : null;
}

/**
 * The hybrid stages' p50/p95 over all questions, then the mean split of the
 * slowest 5 % (the tail) beside the rest, and the slowest questions one by one.
 */
function hybridSplit(split: Array<{ total: number; t: RetrievalTimings }>): string[] {
  if (split.length === 0) return [];
  const stages = ['prepare', 'embed', 'textLeg', 'vectorLeg', 'candidates', 'rerank'] as const;
  const fmt = (t: Pick<RetrievalTimings, (typeof stages)[number]>) => stages.map((s) => `${s}=${t[s].toFixed(1)}`).join(' ');
  const per = (f: (s: (typeof stages)[number]) => number): RetrievalTimings => {
    const t = { prepare: 0, embed: 0, vectorLeg: 0, textLeg: 0, candidates: 0, rerank: 0 };
    for (const s of stages) t[s] = f(s);
    return t;
  };
  const quantiles = (p: number) => per((s) => percentile(split.map((x) => x.t[s]).sort((a, b) => a - b), p));
  const mean = (xs: typeof split) => per((s) => xs.reduce((sum, x) => sum + x.t[s], 0) / Math.max(1, xs.length));
  const byTotal = [...split].sort((a, b) => b.total - a.total);
  const tail = byTotal.slice(0, Math.max(1, Math.ceil(split.length * 0.05)));
  const rest = byTotal.slice(tail.length);
  return [
    `${'hybrid stages p50 (ms)'.padEnd(28)} ${fmt(quantiles(50))}`,
    `${'hybrid stages p95 (ms)'.padEnd(28)} ${fmt(quantiles(95))}`,
    `${`hybrid slowest ${tail.length}, mean`.padEnd(28)} total=${(tail.reduce((s, x) => s + x.total, 0) / tail.length).toFixed(1)} ${fmt(mean(tail))}`,
    `${'hybrid other, mean'.padEnd(28)} total=${(rest.reduce((s, x) => s + x.total, 0) / Math.max(1, rest.length)).toFixed(1)} ${fmt(mean(rest))}`,
    ...byTotal.slice(0, 5).map((x) => `${'  slow question'.padEnd(28)} #${split.indexOf(x)} total=${x.total.toFixed(1)} ${fmt(x.t)}`),
  ];
}

function executionTime(plan: string[]): string {
  return plan.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? 'n/a';
}
