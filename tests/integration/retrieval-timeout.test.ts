/**
 * Retrieval runs on its own pool with RETRIEVAL_STATEMENT_TIMEOUT_MS as
 * Postgres statement_timeout: however long a question is and however slow the
 * database, retrieval work per question is bounded, and a cancelled retrieval
 * means "nothing found" (the bot says it is not sure) instead of a job that
 * fails and retries. A lock on knowledge_chunks makes every retrieval wait
 * deterministically; the statement timeout counts that wait.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/rag/bulk-ingest.js';
import { insertConnection } from '../helpers/connections.js';
import { ROOT, startHarness, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';

const TIMEOUT_MS = 400;
/** Before the fix retrieval waited for the lock; it is released after this, so the test ends either way. */
const LOCK_HELD_MS = 8_000;

let h: Harness;
let apiKey: string;
let tenantId: string;
let kbId: string;

/** Holds an ACCESS EXCLUSIVE lock on knowledge_chunks until the returned function is called (or LOCK_HELD_MS passes). */
async function lockChunks(): Promise<() => Promise<void>> {
  const reserved = await h.c.database.sql.reserve();
  await reserved`begin`;
  await reserved`lock table knowledge_chunks in access exclusive mode`;
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await reserved`rollback`;
    reserved.release();
  };
  setTimeout(() => void release(), LOCK_HELD_MS).unref();
  return release;
}

/** 660 random words, about 4,000 characters: the message that made retrieval run for a minute. */
function randomWords(): string {
  return Array.from({ length: 660 }, () => randomBytes(3).toString('hex').slice(0, 5)).join(' ');
}

beforeAll(async () => {
  // Every question's candidates from Postgres: a small knowledge base held in memory (src/rag/knowledge-snapshot.ts) answers without the locked table.
  h = await startHarness({ productWorkers: true, env: { RETRIEVAL_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS), RETRIEVAL_SNAPSHOT_MAX_CHUNKS: '0' } });
  ({ apiKey, tenantId } = await h.createTenant('Retrieval timeout'));
  const kb = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Help center' });
  kbId = kb.body.id;
  await ingestFolder(h.c.database.db, h.c.embedder, { tenantId, knowledgeBaseId: kbId, folder: path.join(ROOT, 'examples/help-center') });
});

afterAll(async () => {
  await h?.close();
});

describe('retrieval statement timeout', () => {
  it('is set on the retrieval pool only', async () => {
    const [r] = await h.c.retrievalDatabase.sql`show statement_timeout`;
    expect(r!.statement_timeout).toBe(`${TIMEOUT_MS}ms`);
    const [m] = await h.c.database.sql`show statement_timeout`;
    expect(m!.statement_timeout).toBe('0');
  });

  it('plans every prepared statement for its parameters on both pools (no generic plan from when the tables were small)', async () => {
    for (const pool of [h.c.database, h.c.retrievalDatabase]) {
      const [r] = await pool.sql`show plan_cache_mode`;
      expect(r!.plan_cache_mode).toBe('force_custom_plan');
    }
  });

  it('search answers while the chunks are locked, with nothing found', async () => {
    const free = await h.api(apiKey, 'GET', `/api/v1/knowledge-bases/${kbId}/search?q=${encodeURIComponent('how long do refunds take')}`);
    expect(free.status).toBe(200);
    expect(free.body.items.length).toBeGreaterThan(0);
    const release = await lockChunks();
    try {
      const locked = await h.api(apiKey, 'GET', `/api/v1/knowledge-bases/${kbId}/search?q=${encodeURIComponent(randomWords())}`);
      expect(locked.status).toBe(200);
      expect(locked.body.items).toEqual([]);
    } finally {
      await release();
    }
  });

  it('a 4,000-character message of random words from a web chat visitor is answered (not sure) while retrieval cannot finish', async () => {
    const conn = (await insertConnection(h, tenantId, 'webchat', {})).id;
    const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
    const stream = await openSse(`${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(s.token)}`);
    const release = await lockChunks();
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const text = randomWords();
      expect(text.length).toBeGreaterThan(3900);
      const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ text: text.slice(0, 4000), clientMessageId: 'long-1' }),
      });
      expect(res.status).toBe(202);
      const reply = await stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out', LOCK_HELD_MS - 1_000);
      expect(reply.data.senderType).toBe('bot');
    } finally {
      await release();
      stream.close();
    }
  });

  it('a message of bare search operators is answered (websearch_to_tsquery used to fail on it, and the job with it)', async () => {
    const conn = (await insertConnection(h, tenantId, 'webchat', {})).id;
    const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
    const stream = await openSse(`${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(s.token)}`);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ text: `refund ${'-'.repeat(40)} ${'- '.repeat(30)}`, clientMessageId: 'dashes-1' }),
      });
      expect(res.status).toBe(202);
      const reply = await stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out');
      expect(reply.data.senderType).toBe('bot');
    } finally {
      stream.close();
    }
  });
});
