/**
 * `npm run eval:rag -- --docs <folder> --qa <qa.jsonl>`: loads every .md/.txt/.html
 * file of the folder into a fresh knowledge base of a fresh tenant (title = file
 * name without extension), retrieves for each `{"question", "answer_doc"}` line and
 * prints, as its last line, `{"n":…,"hit1":…,"hit5":…,"mrr":…}`. The tenant is
 * deleted afterwards. Uses the configured models (offline by default).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenants } from '../../drizzle/schema.js';
import { cliConfig, ensureDatabase } from '../app/bootstrap.js';
import { connectDatabase, runMigrations } from '../db/client.js';
import { ingestFolder } from '../rag/bulk-ingest.js';
import { KnowledgeService } from '../rag/knowledge.service.js';
import { createEmbedder } from '../rag/models.js';
import { Retriever, type RetrieveOptions } from '../rag/retriever.js';
import { createTenant } from '../tenancy/tenant.service.js';

const qaLine = z.object({ question: z.string().min(1), answer_doc: z.string().min(1) });

export interface RetrievalMetrics {
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Ranks distinct documents by their best chunk and scores where the expected document lands. */
export async function evaluateRetrieval(
  retriever: Retriever,
  tenantId: string,
  cases: Array<z.infer<typeof qaLine>>,
  opts: Pick<RetrieveOptions, 'mode'> = {},
): Promise<RetrievalMetrics & { misses: string[] }> {
  let hit1 = 0;
  let hit5 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const chunks = await retriever.retrieve(tenantId, c.question, { k: 20, mode: opts.mode });
    const docs: string[] = [];
    for (const ch of chunks) if (!docs.includes(ch.title)) docs.push(ch.title);
    const rank = docs.indexOf(c.answer_doc) + 1;
    if (rank === 1) hit1++;
    if (rank >= 1 && rank <= 5) hit5++;
    if (rank >= 1) rr += 1 / rank;
    else misses.push(c.question);
  }
  const n = cases.length || 1;
  return { n: cases.length, hit1: round(hit1 / n), hit5: round(hit5 / n), mrr: round(rr / n), misses };
}

export async function readQa(file: string) {
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: 'string' }, qa: { type: 'string' }, mode: { type: 'string' } } });
  if (!values.docs || !values.qa) {
    process.stderr.write('usage: npm run eval:rag -- --docs <folder> --qa <qa.jsonl> [--mode hybrid|vector|text]\n');
    process.exit(64);
  }
  const { config, logger } = cliConfig();
  await ensureDatabase(config.db.url, logger);
  await runMigrations(config.db.url);
  const database = connectDatabase(config.db.url, { max: 4 });
  const embedder = createEmbedder(config);
  const tenant = await createTenant(database.db, { name: `eval-rag ${new Date().toISOString()}` });
  try {
    const kb = await new KnowledgeService(database.db).createKnowledgeBase(tenant.tenantId, { name: 'eval' });
    const loaded = await ingestFolder(database.db, embedder, { tenantId: tenant.tenantId, knowledgeBaseId: kb.id, folder: values.docs });
    const cases = await readQa(values.qa);
    process.stdout.write(`eval:rag: ${loaded.indexed} documents indexed (${loaded.failed} failed), ${cases.length} questions, embedder ${embedder.modelId}\n`);
    const mode = (values.mode ?? 'hybrid') as RetrieveOptions['mode'];
    const m = await evaluateRetrieval(new Retriever(database.db, embedder), tenant.tenantId, cases, { mode });
    for (const q of m.misses) process.stdout.write(`miss: ${q}\n`);
    process.stdout.write(`${JSON.stringify({ n: m.n, hit1: m.hit1, hit5: m.hit5, mrr: m.mrr })}\n`);
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
