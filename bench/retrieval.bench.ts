/**
 * Retrieval at scale: a synthetic corpus of N chunks (default 100k, BENCH_RETRIEVAL_N)
 * built from the fixture articles' sentences, embedded with the configured
 * embedder, then HNSW + GIN index build time and p50/p95/p99 latency of hybrid,
 * vector-only and keyword-only retrieval, measured in one loop (each question
 * asked in every mode, the order rotating, so load from elsewhere on the machine
 * falls on all modes alike), with hit@k (a returned chunk contains the sentence
 * the question was cut from). The `EXPLAIN (ANALYZE, BUFFERS)` plans of both
 * hybrid legs for one question go to bench/results/. Numbers only, no assertions.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { createTenant } from '../src/tenancy/tenant.service.js';
import { createEmbedder } from '../src/rag/models.js';
import { Retriever } from '../src/rag/retriever.js';
import { percentile, startBenchEnv } from './lib.js';

const N = Number(process.env.BENCH_RETRIEVAL_N ?? 100_000);
const QUERIES = Number(process.env.BENCH_RETRIEVAL_QUERIES ?? 200);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function benchRetrieval(): Promise<string[]> {
  const env = await startBenchEnv();
  const lines: string[] = [];
  try {
    const db = env.c.database.db;
    const embedder = createEmbedder(env.c.config);
    const t = await createTenant(db, { name: 'bench' });
    const kb = await env.c.knowledge.createKnowledgeBase(t.tenantId, { name: 'synthetic' });
    const dir = path.join(ROOT, 'examples/help-center');
    const sentences: string[] = [];
    for (const f of await readdir(dir)) {
      const text = (await readFile(path.join(dir, f), 'utf8')).replace(/<[^>]+>/g, ' ');
      sentences.push(...text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 30));
    }
    const rand = rng(42);
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

    const retriever = new Retriever(db, embedder);
    const picks = Array.from({ length: QUERIES }, () => sentences[Math.floor(rand() * sentences.length)]!);
    const questions = picks.map((p) => p.split(' ').slice(0, 8).join(' '));
    // The knowledge base's statistics are computed once per change, on the first question after it.
    const tS = performance.now();
    await retriever.retrieve(t.tenantId, questions[0]!, { mode: 'hybrid', k: 6 });
    lines.push(`${'first question (statistics)'.padEnd(28)} ${(performance.now() - tS).toFixed(1)} ms`);
    const plans = await retriever.explain(t.tenantId, questions[0]!, { k: 6 });
    const resultsDir = path.join(ROOT, 'bench/results');
    await mkdir(resultsDir, { recursive: true });
    const planFile = path.join(resultsDir, `retrieval-plans-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
    await writeFile(planFile, `question: ${questions[0]}\nchunks: ${N}\n\n-- vector leg\n${plans.vector.join('\n')}\n\n-- full-text leg\n${plans.text.join('\n')}\n`);
    lines.push(`${'hybrid leg plans'.padEnd(28)} ${path.relative(ROOT, planFile)} (vector ${executionTime(plans.vector)}, full-text ${executionTime(plans.text)})`);

    const modes = ['hybrid', 'vector', 'text'] as const;
    const lat = new Map(modes.map((m) => [m, [] as number[]]));
    const hits = new Map(modes.map((m) => [m, 0]));
    for (const [i, q] of questions.entries()) {
      for (let j = 0; j < modes.length; j++) {
        const mode = modes[(i + j) % modes.length]!;
        const t0 = performance.now();
        const chunks = await retriever.retrieve(t.tenantId, q, { mode, k: 6 });
        lat.get(mode)!.push(performance.now() - t0);
        if (chunks.some((c) => c.content.includes(picks[i]!))) hits.set(mode, hits.get(mode)! + 1);
      }
    }
    for (const mode of modes) {
      const l = lat.get(mode)!.sort((a, b) => a - b);
      lines.push(
        `${`retrieval ${mode}`.padEnd(28)} n=${l.length}  p50=${percentile(l, 50).toFixed(1)} ms  p95=${percentile(l, 95).toFixed(1)} ms  p99=${percentile(l, 99).toFixed(1)} ms  hit@6=${(hits.get(mode)! / questions.length).toFixed(2)}`,
      );
    }
    const load = await readFile('/proc/loadavg', 'utf8').catch(() => '');
    if (load) lines.push(`${'load average (1/5/15 min)'.padEnd(28)} ${load.split(' ').slice(0, 3).join(' ')}`);
  } finally {
    await env.close();
  }
  return lines;
}

function executionTime(plan: string[]): string {
  return plan.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? 'n/a';
}
