/**
 * Issue 10, "No abuse limits": the reported floods against the running
 * gateway with its default limits (the per-connection and per-IP stream limits
 * lowered where a test would otherwise need hundreds of sessions). Client
 * addresses come from X-Forwarded-For, which the default TRUST_PROXY
 * (`loopback`) believes from 127.0.0.1, as from a local reverse proxy.
 */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, documents, knowledgeChunks } from '../../drizzle/schema.js';
import { loadConfig } from '../../src/config/index.js';
import { DocumentIndexer } from '../../src/rag/indexer.js';
import { insertConnection } from '../helpers/connections.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const defaults = loadConfig({ ENCRYPTION_KEY: randomBytes(32).toString('base64') }).limits;
const SESSIONS_PER_CONNECTION = 50;
const MESSAGES_PER_CONNECTION = 150;
const STREAMS_PER_IP = 20;

let h: Harness;
let apiKey: string;
let tenantId: string;
let ipSeq = 0;
/** A fresh client address per call site, so tests do not share per-IP budgets. */
const nextIp = () => `198.51.100.${++ipSeq}`;

async function newSession(conn: string, ip: string): Promise<Response> {
  return fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: '{}' });
}

async function sendMessage(conn: string, token: string, ip: string, n: number): Promise<Response> {
  return fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': ip },
    body: JSON.stringify({ text: `message ${n}`, clientMessageId: `m-${n}` }),
  });
}

/** Runs `n` calls with at most `concurrency` in flight. */
async function flood<T>(n: number, concurrency: number, call: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await call(i);
      }
    }),
  );
  return out;
}

const statuses = (rs: Response[]) => rs.reduce<Record<number, number>>((acc, r) => ((acc[r.status] = (acc[r.status] ?? 0) + 1), acc), {});

beforeAll(async () => {
  h = await startHarness({
    workers: 0,
    env: {
      RATE_LIMIT_WEBCHAT_SESSIONS_PER_IP: String(defaults.webchat.sessionsPerIp),
      RATE_LIMIT_WEBCHAT_MESSAGES_PER_IP: String(defaults.webchat.messagesPerIp),
      RATE_LIMIT_WEBCHAT_SESSIONS_PER_CONNECTION: String(SESSIONS_PER_CONNECTION),
      RATE_LIMIT_WEBCHAT_MESSAGES_PER_CONNECTION: String(MESSAGES_PER_CONNECTION),
      MAX_STREAMS_PER_IP: String(STREAMS_PER_IP),
    },
  });
  ({ apiKey, tenantId } = await h.createTenant('Abuse'));
});

afterAll(async () => {
  await h?.close();
});

describe('web chat', () => {
  it('300 sessions in about 2 s from one address: the per-IP limit creates 30, the rest get 429 with Retry-After', async () => {
    const conn = (await insertConnection(h, tenantId, 'webchat', {})).id;
    const ip = nextIp();
    const before = (await h.c.database.db.select({ n: sql<number>`count(*)::int` }).from(customers))[0]!.n;
    const results = await flood(300, 20, () => newSession(conn, ip));
    const byStatus = statuses(results);
    expect(byStatus[201]).toBe(defaults.webchat.sessionsPerIp);
    expect(byStatus[429]).toBe(300 - defaults.webchat.sessionsPerIp);
    const limited = results.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as any).error.code).toBe('too_many_requests');
    const after = (await h.c.database.db.select({ n: sql<number>`count(*)::int` }).from(customers))[0]!.n;
    expect(after - before).toBe(defaults.webchat.sessionsPerIp);
    // Another address is not affected; a returning visitor (old token) is not a new session.
    expect((await newSession(conn, nextIp())).status).toBe(201);
  });

  it('limits new sessions per connection, whatever the addresses', async () => {
    const conn = (await insertConnection(h, tenantId, 'webchat', {})).id;
    const results = await flood(SESSIONS_PER_CONNECTION + 10, 10, () => newSession(conn, nextIp()));
    expect(statuses(results)).toEqual({ 201: SESSIONS_PER_CONNECTION, 429: 10 });
  });

  it('limits messages per address and per connection', async () => {
    const conn = (await insertConnection(h, tenantId, 'webchat', {})).id;
    const s = (await (await newSession(conn, nextIp())).json()) as { token: string };
    const ip = nextIp();
    const perIp = defaults.webchat.messagesPerIp;
    const fromOne = await flood(perIp + 10, 10, (i) => sendMessage(conn, s.token, ip, i));
    expect(statuses(fromOne)).toEqual({ 202: perIp, 429: 10 });
    // The connection's budget (MESSAGES_PER_CONNECTION) is spent by the accepted ones, whatever address sends.
    const rest = MESSAGES_PER_CONNECTION - perIp;
    const fromMany = await flood(rest + 5, 10, (i) => sendMessage(conn, s.token, nextIp(), 10_000 + i));
    expect(statuses(fromMany)).toEqual({ 202: rest, 429: 5 });
  });
});

describe('SSE streams', () => {
  async function openMany(n: number, url: (i: number) => string, headers: (i: number) => Record<string, string>) {
    const opened: AbortController[] = [];
    const results = await flood(n, 25, async (i) => {
      const ac = new AbortController();
      const res = await fetch(url(i), { headers: { accept: 'text/event-stream', ...headers(i) }, signal: ac.signal });
      if (res.status === 200) opened.push(ac);
      else await res.text();
      return res;
    });
    return { results, close: () => opened.forEach((ac) => ac.abort()) };
  }

  it('300 inbox streams on one API key: MAX_STREAMS_PER_TOKEN are accepted, the rest 429; a closed one frees its slot', async () => {
    const perToken = defaults.streams.perToken;
    const { results, close } = await openMany(300, () => `${h.url}/api/v1/inbox/stream`, () => ({ authorization: `Bearer ${apiKey}` }));
    try {
      expect(statuses(results)).toEqual({ 200: perToken, 429: 300 - perToken });
      expect(Number(results.find((r) => r.status === 429)!.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another key of the tenant has its own budget.
      const other = await h.createTenant('Abuse other');
      const res = await fetch(`${h.url}/api/v1/inbox/stream`, { headers: { authorization: `Bearer ${other.apiKey}` } });
      expect(res.status).toBe(200);
      await res.body?.cancel();
    } finally {
      close();
    }
    // Slots are released when the streams end.
    let reopened = 0;
    for (let attempt = 0; attempt < 50 && reopened === 0; attempt++) {
      const res = await fetch(`${h.url}/api/v1/inbox/stream`, { headers: { authorization: `Bearer ${apiKey}` } });
      if (res.status === 200) reopened++;
      await res.body?.cancel();
      if (!reopened) await new Promise((r) => setTimeout(r, 100));
    }
    expect(reopened).toBe(1);
  });

  it('limits web chat streams per visitor token and per address', async () => {
    const conn = (await insertConnection(h, tenantId, 'webchat', {})).id;
    const s = (await (await newSession(conn, nextIp())).json()) as { token: string };
    const perToken = defaults.streams.perToken;
    const one = await openMany(perToken + 5, () => `${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(s.token)}`, () => ({ 'x-forwarded-for': nextIp() }));
    one.close();
    expect(statuses(one.results)).toEqual({ 200: perToken, 429: 5 });

    const tokens: string[] = [];
    for (let i = 0; i < STREAMS_PER_IP + 5; i++) tokens.push(((await (await newSession(conn, nextIp())).json()) as { token: string }).token);
    const ip = nextIp();
    const many = await openMany(tokens.length, (i) => `${h.url}/api/v1/webchat/${conn}/stream?token=${encodeURIComponent(tokens[i]!)}`, () => ({ 'x-forwarded-for': ip }));
    many.close();
    expect(statuses(many.results)).toEqual({ 200: STREAMS_PER_IP, 429: 5 });
  });
});

describe('failed authentication', () => {
  it('300 wrong API keys from one address: 429 with Retry-After after AUTH_FAILURES_PER_IP, then even a valid key waits', async () => {
    const ip = nextIp();
    const results = await flood(300, 10, () =>
      fetch(`${h.url}/api/v1/conversations`, { headers: { authorization: `Bearer gwk_${randomBytes(4).toString('hex')}_${randomBytes(24).toString('base64url')}`, 'x-forwarded-for': ip } }),
    );
    const byStatus = statuses(results);
    expect(Object.keys(byStatus).sort()).toEqual(['401', '429']);
    // Failures are counted when each answer finishes: at most the requests in flight slip past the limit.
    expect(byStatus[401]).toBeGreaterThanOrEqual(defaults.auth.failuresPerIp);
    expect(byStatus[401]).toBeLessThanOrEqual(defaults.auth.failuresPerIp + 10);
    const limited = results.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(defaults.auth.blockSeconds);

    const validSameIp = await fetch(`${h.url}/api/v1/conversations`, { headers: { authorization: `Bearer ${apiKey}`, 'x-forwarded-for': ip } });
    expect(validSameIp.status).toBe(429);
    const validOtherIp = await fetch(`${h.url}/api/v1/conversations`, { headers: { authorization: `Bearer ${apiKey}`, 'x-forwarded-for': nextIp() } });
    expect(validOtherIp.status).toBe(200);
  });

  it('guesses at one key prefix from many addresses are blocked per prefix', async () => {
    const prefix = randomBytes(4).toString('hex');
    const results: Response[] = [];
    for (let i = 0; i < defaults.auth.failuresPerKeyPrefix + 5; i++) {
      results.push(await fetch(`${h.url}/api/v1/conversations`, { headers: { authorization: `Bearer gwk_${prefix}_${randomBytes(24).toString('base64url')}`, 'x-forwarded-for': nextIp() } }));
    }
    expect(statuses(results)).toEqual({ 401: defaults.auth.failuresPerKeyPrefix + 1, 429: 4 });
  });
});

describe('knowledge-base size', () => {
  let kbId: string;
  beforeAll(async () => {
    const kb = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Limits' });
    kbId = kb.body.id;
  });

  const words = (chars: number) => {
    const out: string[] = [];
    let n = 0;
    while (n < chars) {
      const w = randomBytes(4).toString('hex');
      out.push(w);
      n += w.length + 1;
    }
    return out.join(' ');
  };

  async function upload(content: string | Uint8Array<ArrayBuffer>, name = 'doc.md'): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/markdown' }), name);
    return fetch(`${h.url}/api/v1/knowledge-bases/${kbId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` }, body: form });
  }

  it('a 19 MB markdown upload is refused with 413 before anything is stored', async () => {
    const docsBefore = (await h.c.database.db.select({ n: sql<number>`count(*)::int` }).from(documents))[0]!.n;
    const res = await upload(new Uint8Array(Buffer.alloc(19 * 1024 * 1024, 'lorem ipsum dolor sit amet\n')));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.message).toMatch(/KB_UPLOAD_MAX_BYTES/);
    const docsAfter = (await h.c.database.db.select({ n: sql<number>`count(*)::int` }).from(documents))[0]!.n;
    expect(docsAfter).toBe(docsBefore);
  });

  it('a document that would make more chunks than KB_MAX_CHUNKS_PER_DOCUMENT is refused with 413 before chunking', async () => {
    // Visible characters / 1000 is a lower bound of the chunks (the chunker makes ≤ 700-character chunks).
    const res = await upload(words(Math.ceil(defaults.knowledge.maxChunksPerDocument * 1000 * 1.2)));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.message).toMatch(/KB_MAX_CHUNKS_PER_DOCUMENT/);
  });

  it("a document over the tenant's chunk total is refused with 400 quota_exceeded", async () => {
    const ok = await h.api(apiKey, 'POST', `/api/v1/knowledge-bases/${kbId}/documents`, { title: 'Small', content: 'short text' });
    expect(ok.status).toBe(202);
    await h.c.database.db.update(documents).set({ chunkCount: defaults.knowledge.maxChunksPerTenant - 5 }).where(eq(documents.id, ok.body.id));
    const res = await h.api(apiKey, 'POST', `/api/v1/knowledge-bases/${kbId}/documents`, { title: 'Big', content: words(20_000) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('quota_exceeded');
    await h.c.database.db.update(documents).set({ chunkCount: 0 }).where(eq(documents.id, ok.body.id));
  });

  it('the indexer checks the exact chunk counts before embedding anything (PDFs are only known there)', async () => {
    let embedded = 0;
    const embedder = {
      ...h.c.embedder,
      embeddings: Object.assign(Object.create(Object.getPrototypeOf(h.c.embedder.embeddings)), h.c.embedder.embeddings, {
        embedDocuments: async (texts: string[]) => ((embedded += texts.length), h.c.embedder.embeddings.embedDocuments(texts)),
      }),
    } as typeof h.c.embedder;
    const doc = await h.c.knowledge.addDocument(tenantId, kbId, { title: 'Many chunks', format: 'text', content: words(20_000) }, { enqueue: false });

    const perDoc = new DocumentIndexer(h.c.database.db, embedder, { maxChunksPerDocument: 10 });
    await expect(perDoc.index(tenantId, doc.id)).rejects.toThrow(/limit is 10 per document/);
    const perTenant = new DocumentIndexer(h.c.database.db, embedder, { maxChunksPerTenant: 10 });
    await expect(perTenant.index(tenantId, doc.id)).rejects.toThrow(/limit is 10 \(KB_MAX_CHUNKS_PER_TENANT\)/);
    expect(embedded).toBe(0);
    const chunks = await h.c.database.db.select({ n: sql<number>`count(*)::int` }).from(knowledgeChunks).where(eq(knowledgeChunks.documentId, doc.id));
    expect(chunks[0]!.n).toBe(0);
  });
});
