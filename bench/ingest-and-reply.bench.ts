/**
 * Webhook ingest (verify → parse → transaction + outbox → 200) and end-to-end
 * reply latency (web chat message → worker → reply on the SSE stream), on the
 * real gateway, Postgres and Redis of this machine. Prints numbers; asserts nothing.
 */
import { createTenant } from '../src/tenancy/tenant.service.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFolder } from '../src/rag/bulk-ingest.js';
import { createEmbedder } from '../src/rag/models.js';
import { startWorkers } from '../src/worker/run.js';
import { runConcurrent, startBenchEnv, summary } from './lib.js';

const INGEST_N = Number(process.env.BENCH_INGEST_N ?? 2000);
const INGEST_CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const E2E_N = Number(process.env.BENCH_E2E_N ?? 200);
/** Customer questions the help-center fixture can answer, so the workload is answers, not escalations. */
const QUESTIONS = ['How long do refunds take?', 'Do you ship to Canada?', 'How can I reset my password?', 'Which payment methods do you accept?', 'Where is my order?', 'How do I cancel my subscription?'];

export async function benchIngestAndReply(): Promise<string[]> {
  const env = await startBenchEnv();
  const lines: string[] = [];
  try {
    const t = await createTenant(env.c.database.db, { name: 'bench' });
    const conn = await env.c.connections.create(t.tenantId, { type: 'webchat', name: 'bench', credentials: {} });
    const base = env.gw.url;
    const sessions = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const r = await fetch(`${base}/api/v1/webchat/${conn.id}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        return (await r.json()) as { token: string; conversationId: string };
      }),
    );
    const post = async (token: string, text: string, id: string) => {
      const r = await fetch(`${base}/api/v1/webchat/${conn.id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ text, clientMessageId: id }),
      });
      if (r.status !== 202) throw new Error(`ingest answered ${r.status}`);
      await r.arrayBuffer();
    };

    // 1) Ingest only: no worker running, so this measures the request path and the outbox relay.
    const ingest = await runConcurrent(INGEST_N, INGEST_CONCURRENCY, (i) => post(sessions[i % sessions.length]!.token, QUESTIONS[i % QUESTIONS.length]!, `i-${i}`));
    lines.push(summary(`webhook ingest (c=${INGEST_CONCURRENCY})`, ingest.latencies, ingest.wallMs));
    // Let the relay finish, then drain the backlog so the e2e phase measures replies only.
    await env.c.relay.drain();
    // The product's worker (RAG over the fixture help-center articles, offline models unless configured).
    const kb = await env.c.knowledge.createKnowledgeBase(t.tenantId, { name: 'help center' });
    await ingestFolder(env.c.database.db, createEmbedder(env.c.config), { tenantId: t.tenantId, knowledgeBaseId: kb.id, folder: path.join(path.dirname(fileURLToPath(import.meta.url)), '../examples/help-center') });
    const worker = await startWorkers(env.c);
    const queue = env.c.queues.get('conversation')!;
    const drainStart = performance.now();
    for (;;) {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
      if ((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const drainMs = performance.now() - drainStart;
    lines.push(`${'worker backlog drain'.padEnd(28)} n=${String(INGEST_N).padStart(5)}  throughput=${((INGEST_N / drainMs) * 1000).toFixed(1).padStart(7)}/s  (RAG responder, 1 process)`);

    // 2) End to end: post, then wait for the reply on the visitor's SSE stream.
    // Fresh visitors: the ingest phase's conversations may have been escalated to a person (the bot is then silent).
    const e2eSessions = await Promise.all(
      Array.from({ length: E2E_N }, async () => {
        const r = await fetch(`${base}/api/v1/webchat/${conn.id}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        return (await r.json()) as { token: string; conversationId: string };
      }),
    );
    const e2e = await runConcurrent(E2E_N, 8, async (i) => {
      const s = e2eSessions[i]!;
      const ac = new AbortController();
      const res = await fetch(`${base}/api/v1/webchat/${conn.id}/stream?token=${encodeURIComponent(s.token)}`, { signal: ac.signal });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buf = '';
      // Wait for "ready" so history replay does not count as the reply.
      while (!buf.includes('event: ready')) buf += decoder.decode((await reader.read()).value, { stream: true });
      buf = '';
      await post(s.token, `How long do refunds take? (${i})`, `e-${i}`);
      while (!buf.includes('"direction":"out"')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream closed');
        buf += decoder.decode(value, { stream: true });
      }
      ac.abort();
    });
    lines.push(summary('end-to-end reply (c=8)', e2e.latencies, e2e.wallMs));
    await worker.close();
  } finally {
    await env.close();
  }
  return lines;
}
