/**
 * The bare baseline of the ingest benchmark (bench/webhook-ingest.bench.ts):
 * an Express handler that verifies nothing, stores the raw webhook with ONE
 * Postgres insert and enqueues ONE BullMQ job, then answers 200. What any
 * webhook receiver costs at least on this machine; the gateway is measured
 * against it in the same run. Started as its own process by the bench:
 *
 *   BARE_PORT=0 DATABASE_URL=… REDIS_URL=… QUEUE_PREFIX=… tsx bench/bare-baseline.ts
 *
 * Ready when `GET /health` answers.
 */
import express from 'express';
import postgres from 'postgres';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

const env = process.env;
const sql = postgres(env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', { max: Number(env.DATABASE_POOL_MAX ?? 10), onnotice: () => {} });
const connection = new Redis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const queue = new Queue('bare', { connection, prefix: env.QUEUE_PREFIX ?? 'bare' });

await sql`create table if not exists bare_ingest (id bigserial primary key, body jsonb not null, created_at timestamptz not null default now())`;

const app = express();
app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
app.post('/webhook', express.json({ limit: '1mb' }), async (req, res) => {
  const [row] = await sql<{ id: string }[]>`insert into bare_ingest (body) values (${sql.json(req.body as postgres.JSONValue)}) returning id`;
  await queue.add('inbound', { id: row?.id }, { jobId: `bare-${row?.id}`, removeOnComplete: true });
  res.status(200).json({ ok: true });
});

const server = app.listen(Number(env.BARE_PORT ?? 0), '127.0.0.1');
const stop = () => {
  server.close();
  void Promise.allSettled([queue.close(), sql.end({ timeout: 2 })]).then(() => {
    connection.disconnect();
    process.exit(0);
  });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
