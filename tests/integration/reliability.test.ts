/**
 * Nothing is lost, nothing is doubled: Redis down at ingest (outbox), a worker
 * process killed mid-job, and per-conversation order with three worker processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { pino } from 'pino';
import { messages, outbox } from '../../drizzle/schema.js';
import { loadConfig } from '../../src/config/index.js';
import { createContainer } from '../../src/app/container.js';
import { startHarness, waitFor, waitForOutput, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';

let h: Harness;
let conn: string;

async function session() {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return (await res.json()) as { token: string; conversationId: string; visitorId: string };
}

async function post(token: string, text: string, clientMessageId: string) {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, clientMessageId }),
  });
  expect(res.status).toBe(202);
  return (await res.json()) as { messageId: string; conversationId: string };
}

const outRows = (conversationId: string) =>
  h.c.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, 'out')))
    .orderBy(asc(messages.seq));

beforeAll(async () => {
  // No in-process worker: these tests run the real worker entry point as child processes.
  h = await startHarness({ workers: 0, env: { JOB_LOCK_MS: '2000', JOB_STALLED_INTERVAL_MS: '1000' } });
  const t = await h.createTenant('Reliable');
  const created = await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'site' });
  conn = created.body.id;
});

afterAll(async () => {
  await h?.close();
});

describe('durable ingest', () => {
  it('keeps a message in the outbox while Redis is unreachable and delivers it once Redis is back', async () => {
    await h.c.relay.stop();
    // A gateway process whose Redis is down (nothing listens on port 1): the webhook still commits.
    const deadConfig = loadConfig({ ...h.env, REDIS_URL: 'redis://127.0.0.1:1' });
    const dead = createContainer(deadConfig, { logger: pino({ level: 'silent' }) });
    const s = await session();
    const resolved = await dead.connections.resolve(conn, 'webchat');
    expect(resolved).not.toBeNull();
    const result = await dead.ingest.ingest(resolved!.row, [
      {
        type: 'message',
        message: { platformMessageId: `${s.visitorId}:outage-1`, externalUserId: s.visitorId, externalThreadId: s.visitorId, kind: 'text', text: 'sent during the outage', payload: {}, sentAt: new Date() },
      },
    ]);
    expect(result.stored).toHaveLength(1);
    // The commit kicked the relay, which cannot reach Redis: the row stays, with the error recorded.
    const pending = await waitFor(async () => {
      const rows = await h.c.database.db.select().from(outbox).where(isNull(outbox.dispatchedAt));
      return rows.length === 1 && rows[0]!.attempts >= 1 ? rows : null;
    });
    expect(pending).toHaveLength(1);
    expect(pending[0]?.attempts).toBeGreaterThanOrEqual(1);
    expect(pending[0]?.lastError).toBeTruthy();
    await dead.close();

    // Redis is reachable again (the harness's own relay), plus a worker: the message is answered exactly once.
    await h.c.database.db.update(outbox).set({ availableAt: new Date() });
    const worker = h.spawnWorker();
    await waitForOutput(worker, /conversation worker started/);
    h.c.relay.start();
    const out = await waitFor(async () => {
      const rows = await outRows(s.conversationId);
      return rows.length > 0 && rows.every((r) => r.deliveryStatus === 'sent') ? rows : null;
    });
    expect(out).toHaveLength(1);
    expect(out[0]?.text).toContain('sent during the outage');
    const left = await h.c.database.db.select().from(outbox).where(isNull(outbox.dispatchedAt));
    expect(left).toHaveLength(0);
    worker.kill('SIGTERM');
  });
});

describe('worker crash', () => {
  it('retries a job whose worker was killed mid-job and replies exactly once', async () => {
    const slow = h.spawnWorker({ RESPONDER_DELAY_MS: '60000', WORKER_CONCURRENCY: '1' });
    await waitForOutput(slow, /conversation worker started/);
    const s = await session();
    const stream = await openSse(`${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(s.token)}`);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const sent = await post(s.token, 'will the crash lose me?', 'crash-1');
      const queue = h.c.queues.get('conversation')!;
      await waitFor(async () => (await queue.getActiveCount()) === 1, { what: 'job to be active in the slow worker' });
      slow.kill('SIGKILL');
      await new Promise((r) => slow.once('exit', r));

      const rescuer = h.spawnWorker();
      await waitForOutput(rescuer, /conversation worker started/);
      const reply = await stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out', 30_000);
      expect(reply.data.text).toContain('will the crash lose me?');
      // Give a duplicate every chance to show up.
      await new Promise((r) => setTimeout(r, 2500));
      expect(stream.messages().filter((m) => m.direction === 'out')).toHaveLength(1);
      const out = await outRows(s.conversationId);
      expect(out).toHaveLength(1);
      expect(out[0]?.inReplyTo).toBe(sent.messageId);
      expect(out[0]?.deliveryStatus).toBe('sent');
      rescuer.kill('SIGTERM');
    } finally {
      stream.close();
    }
  });
});

describe('per-conversation order', () => {
  it('answers each conversation in order with three worker processes', async () => {
    const pids = new Set<string>();
    const workers = [1, 2, 3].map(() => h.spawnWorker({ WORKER_CONCURRENCY: '4', RESPONDER_DELAY_MS: '60' }));
    for (const w of workers) {
      await waitForOutput(w, /conversation worker started/);
      w.stdout?.on('data', (d: Buffer) => {
        for (const line of d.toString().split('\n')) {
          if (line.includes('message delivered to channel')) pids.add(String((JSON.parse(line) as { pid: number }).pid));
        }
      });
    }
    const sessions = await Promise.all([1, 2, 3, 4].map(() => session()));
    const streams = await Promise.all(sessions.map((s) => openSse(`${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(s.token)}`)));
    await Promise.all(streams.map((st) => st.waitFor((e) => e.event === 'ready')));
    const perConversation = 12;
    await Promise.all(
      sessions.map(async (s, k) => {
        for (let i = 0; i < perConversation; i++) await post(s.token, `conv ${k} message ${i}`, `o-${i}`);
      }),
    );
    for (const [k, s] of sessions.entries()) {
      const out = await waitFor(
        async () => {
          const rows = await outRows(s.conversationId);
          return rows.length === perConversation && rows.every((r) => r.deliveryStatus === 'sent') ? rows : null;
        },
        { timeoutMs: 60_000, what: `all replies of conversation ${k}` },
      );
      // Replies were recorded, and delivered, in the order the messages arrived.
      const expected = Array.from({ length: perConversation }, (_, i) => `conv ${k} message ${i}`);
      expect(out.map((r) => r.text.match(/conv \d+ message \d+/)?.[0])).toEqual(expected);
      // Each reply was sent once (no second worker re-sent it) and the customer saw them in order.
      expect(out.map((r) => r.attempts)).toEqual(out.map(() => 1));
      await streams[k]!.waitFor(() => streams[k]!.messages().filter((m) => m.direction === 'out').length >= perConversation);
      await new Promise((r) => setTimeout(r, 300));
      const seen = streams[k]!.messages().filter((m) => m.direction === 'out').map((m) => String(m.text).match(/conv \d+ message \d+/)?.[0]);
      expect(seen).toEqual(expected);
    }
    for (const st of streams) st.close();
    // The work really was spread over several processes.
    expect(pids.size).toBeGreaterThanOrEqual(2);
    for (const w of workers) w.kill('SIGTERM');
  });
});
