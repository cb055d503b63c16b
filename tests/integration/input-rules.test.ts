/**
 * Issue 10, "Bad input gets a 500": each reported input, against the running
 * gateway. Platform messages with a NUL are stored without it and answered;
 * the API answers 400 naming the field or parameter; a bad Last-Event-ID ends
 * the stream with an `error` event; Postgres data errors that a validation
 * missed become 400s.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import express from 'express';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages } from '../../drizzle/schema.js';
import { signLineBody, startFakeLine, type FakeLine } from '../fakes/line-api.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { insertConnection } from '../helpers/connections.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';
import { createLogger } from '../../src/logging/logger.js';
import { errorHandler } from '../../src/http/errors.js';

const TG_TOKEN = '7100000001:AAH-input_rules_bot';
const LINE_SECRET = 'line-input-secret';
const LINE_TOKEN = 'line-input-token';
const NUL_TEXT = 'nul\u0000byte';

let h: Harness;
let tg: FakeTelegram;
let line: FakeLine;
let apiKey: string;
let tenantId: string;
let tgConn: { id: string; ctx: { connection: { webhookSecret: string } } };
let lineConn: { id: string };
let webchatConn: string;
const logLines: string[] = [];

const fixture = (p: string) => JSON.parse(readFileSync(`${ROOT}/tests/fixtures/${p}`, 'utf8')) as Record<string, any>;

async function storedIn(connectionId: string, platformMessageId: string) {
  const [row] = await h.c.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.connectionId, connectionId), eq(messages.platformMessageId, platformMessageId), eq(messages.direction, 'in')));
  return row;
}

async function webchatSession(): Promise<{ token: string; conversationId: string }> {
  const res = await fetch(`${h.url}/api/v1/webchat/${webchatConn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; conversationId: string };
}

beforeAll(async () => {
  tg = await startFakeTelegram({ validTokens: [TG_TOKEN] });
  line = await startFakeLine({ validTokens: [LINE_TOKEN] });
  h = await startHarness({
    env: { TELEGRAM_API_ROOT: tg.url, LINE_API_BASE_URL: line.url, LINE_DATA_API_BASE_URL: line.dataUrl, LOG_LEVEL: 'debug' },
    logDestination: new Writable({
      write(chunk: Buffer, _enc, cb) {
        logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        cb();
      },
    }),
  });
  ({ apiKey, tenantId } = await h.createTenant('Input rules'));
  tgConn = (await insertConnection(h, tenantId, 'telegram', { botToken: TG_TOKEN })) as typeof tgConn;
  lineConn = await insertConnection(h, tenantId, 'line', { channelSecret: LINE_SECRET, channelAccessToken: LINE_TOKEN });
  webchatConn = (await insertConnection(h, tenantId, 'webchat', {})).id;
});

afterAll(async () => {
  await h?.close();
  await tg?.stop();
  await line?.stop();
});

describe('a NUL in a platform message', () => {
  it('Telegram: stored without the NUL, answered, 200 (not 500 on every redelivery)', async () => {
    const u = fixture('telegram/text-private.json');
    u.update_id = 555_000_001;
    u.message.text = NUL_TEXT;
    const post = () =>
      fetch(`${h.url}/webhooks/telegram/${tgConn.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': tgConn.ctx.connection.webhookSecret },
        body: JSON.stringify(u),
      });
    const first = await post();
    expect(first.status).toBe(200);
    expect((await first.json()).stored).toBe(1);
    const row = await storedIn(tgConn.id, '555000001');
    expect(row?.text).toBe('nulbyte');
    // A redelivery is a duplicate, not another failure.
    const again = await post();
    expect(again.status).toBe(200);
    expect((await again.json()).duplicates).toBe(1);
    await waitFor(async () => tg.callsTo('sendMessage').find((c) => String(c.body.text).includes('nulbyte')), { what: 'the echo reply on Telegram' });
  });

  it('LINE: stored without the NUL, answered, 200', async () => {
    const body = fixture('line/text-user.json');
    const event = body.events[0];
    event.message.text = NUL_TEXT;
    event.webhookEventId = '01HINPUTRULESNUL0000000001';
    event.message.id = '555000002';
    const raw = JSON.stringify(body);
    const res = await fetch(`${h.url}/webhooks/line/${lineConn.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signLineBody(raw, LINE_SECRET) },
      body: raw,
    });
    expect(res.status).toBe(200);
    const [row] = await h.c.database.db.select().from(messages).where(and(eq(messages.connectionId, lineConn.id), eq(messages.direction, 'in')));
    expect(row?.text).toBe('nulbyte');
    await waitFor(async () => line.calls.find((c) => JSON.stringify(c.body).includes('nulbyte')), { what: 'the echo reply on LINE' });
  });

  it('web chat: 202, stored without the NUL and answered on the stream', async () => {
    const s = await webchatSession();
    const stream = await openSse(`${h.url}/api/v1/webchat/${webchatConn}/stream?token=${encodeURIComponent(s.token)}`);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const res = await fetch(`${h.url}/api/v1/webchat/${webchatConn}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ text: NUL_TEXT, clientMessageId: 'nul-1' }),
      });
      expect(res.status).toBe(202);
      const [row] = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'in')));
      expect(row?.text).toBe('nulbyte');
      await stream.waitFor((e) => e.event === 'message' && e.data.direction === 'out' && String(e.data.text).includes('nulbyte'));
    } finally {
      stream.close();
    }
  });
});

describe('a NUL in an API text field is a 400 naming the field', () => {
  it('knowledge base name, document content, document upload, agent name, note text, search?q=', async () => {
    const kbNul = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: NUL_TEXT });
    expect(kbNul.status).toBe(400);
    expect(kbNul.body.error.message).toMatch(/^name: /);

    const kb = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Help' });
    expect(kb.status).toBe(201);
    const doc = await h.api(apiKey, 'POST', `/api/v1/knowledge-bases/${kb.body.id}/documents`, { title: 'T', content: NUL_TEXT });
    expect(doc.status).toBe(400);
    expect(doc.body.error.message).toMatch(/^content: /);

    const form = new FormData();
    form.append('file', new Blob([`# Title\n\n${NUL_TEXT}`], { type: 'text/markdown' }), 'nul.md');
    const upload = await fetch(`${h.url}/api/v1/knowledge-bases/${kb.body.id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` }, body: form });
    expect(upload.status).toBe(400);
    expect(((await upload.json()) as any).error.message).toMatch(/^file: /);

    const agent = await h.api(apiKey, 'POST', '/api/v1/agents', { email: 'nul@example.com', name: NUL_TEXT });
    expect(agent.status).toBe(400);
    expect(agent.body.error.message).toMatch(/^name: /);

    const s = await webchatSession();
    const takeover = await h.api(apiKey, 'POST', `/api/v1/conversations/${s.conversationId}/takeover`);
    expect(takeover.status).toBe(201);
    const note = await h.api(apiKey, 'POST', `/api/v1/tickets/${takeover.body.id}/notes`, { text: NUL_TEXT });
    expect(note.status).toBe(400);
    expect(note.body.error.message).toMatch(/^text: /);

    const search = await h.api(apiKey, 'GET', `/api/v1/knowledge-bases/${kb.body.id}/search?q=${encodeURIComponent(NUL_TEXT)}`);
    expect(search.status).toBe(400);
    expect(search.body.error.message).toMatch(/^q: /);
    // Operators without words made websearch_to_tsquery fail (XX000 "tsquery stack too small").
    for (const q of ['-'.repeat(36), '- '.repeat(40), `refund ${'-'.repeat(40)} money`]) {
      const res = await h.api(apiKey, 'GET', `/api/v1/knowledge-bases/${kb.body.id}/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }

    // Keys and values anywhere in a JSON body, and lone surrogates too.
    const deepKey = await h.api(apiKey, 'POST', `/api/v1/knowledge-bases/${kb.body.id}/documents`, { title: 'T', content: 'ok', metadata: { ['k\u0000']: 1 } });
    expect(deepKey.status).toBe(400);
    const surrogate = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'half \uD800 pair' });
    expect(surrogate.status).toBe(400);
  });
});

describe('ids in paths', () => {
  it('the API answers 400 naming the parameter for non-UUID ids, including 36 dashes', async () => {
    const dashes = '-'.repeat(36);
    for (const [method, p] of [
      ['POST', '/api/v1/tickets/abc/notes'],
      ['GET', '/api/v1/channels/abc'],
      ['POST', '/api/v1/conversations/abc/takeover'],
      ['GET', `/api/v1/channels/${dashes}`],
      ['GET', `/api/v1/conversations/${dashes}/messages`],
      ['GET', `/api/v1/knowledge-bases/${dashes}/documents/${dashes}`],
      ['PATCH', `/api/v1/agents/${dashes}`],
      ['GET', `/api/v1/escalation-rules/${dashes}`],
      ['GET', `/api/v1/tickets/${dashes}`],
    ] as const) {
      const res = await h.api(apiKey, method, p, method === 'GET' ? undefined : { text: 'x' });
      expect(res.status, `${method} ${p}`).toBe(400);
      expect(res.body.error.message, `${method} ${p}`).toMatch(/^(id|docId): must be a UUID/);
    }
  });

  it('webhooks and web chat answer 404 for a non-UUID connection id, even unauthenticated', async () => {
    const dashes = '-'.repeat(36);
    for (const p of [`/webhooks/telegram/${dashes}`, '/webhooks/line/abc', `/api/v1/webchat/${dashes}/sessions`]) {
      const res = await fetch(`${h.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status, p).toBe(404);
    }
    expect((await fetch(`${h.url}/webhooks/whatsapp/${dashes}`)).status).toBe(404);
  });

  it('?after= on the messages list must be a message id', async () => {
    const s = await webchatSession();
    const res = await h.api(apiKey, 'GET', `/api/v1/conversations/${s.conversationId}/messages?after=${'-'.repeat(36)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^after: /);
  });
});

describe('JSON, uploads and dates', () => {
  it('document metadata nested 10,000 deep is a 400, so is a body nested past JSON_MAX_DEPTH', async () => {
    const kb = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Deep' });
    let deep = '1';
    for (let i = 0; i < 10_000; i++) deep = `{"a":${deep}}`;
    const res = await fetch(`${h.url}/api/v1/knowledge-bases/${kb.body.id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: `{"title":"T","content":"c","metadata":${deep}}`,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.message).toMatch(/nested deeper than 32 levels/);
    let shallowEnough: unknown = 1;
    for (let i = 0; i < 6; i++) shallowEnough = { a: shallowEnough };
    const ok = await h.api(apiKey, 'POST', `/api/v1/knowledge-bases/${kb.body.id}/documents`, { title: 'T', content: 'c', metadata: shallowEnough });
    expect(ok.status).toBe(202);
  });

  it('a truncated multipart upload is a 400', async () => {
    const kb = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Multipart' });
    const boundary = '----gwtruncated';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\nContent-Type: text/markdown\r\n\r\n# Heading\nsome text that never ends`;
    const res = await fetch(`${h.url}/api/v1/knowledge-bases/${kb.body.id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.message).toMatch(/malformed or truncated/);
  });

  it('an out-of-range date is a 400 naming the parameter', async () => {
    for (const q of ['from=-271821-04-20T00:00:00Z', 'to=275760-09-13T00:00:00Z', 'from=0000-01-01', 'from=yesterday']) {
      const res = await h.api(apiKey, 'GET', `/api/v1/analytics/agents?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.message, q).toMatch(/^(from|to): invalid date/);
    }
    expect((await h.api(apiKey, 'GET', '/api/v1/analytics/agents?from=2026-01-01&to=2026-02-01T00:00:00Z')).status).toBe(200);
    expect((await h.api(apiKey, 'GET', '/api/v1/analytics/agents?to=0001-01-02')).status).toBe(200);
  });
});

describe('a bad Last-Event-ID', () => {
  it('ends a web chat stream with an error event (and resets the id) instead of leaving it open without ready', async () => {
    const s = await webchatSession();
    for (const bad of ['-'.repeat(36), 'not-an-id']) {
      const stream = await openSse(`${h.url}/api/v1/webchat/${webchatConn}/stream?token=${encodeURIComponent(s.token)}`, { 'last-event-id': bad });
      const err = await stream.waitFor((e) => e.event === 'error');
      expect(err.data.code).toBe('bad_request');
      expect(err.id).toBe('');
      expect(stream.events.some((e) => e.event === 'ready')).toBe(false);
      stream.close();
    }
    const good = await openSse(`${h.url}/api/v1/webchat/${webchatConn}/stream?token=${encodeURIComponent(s.token)}`, { 'last-event-id': '00000000-0000-4000-8000-000000000000' });
    await good.waitFor((e) => e.event === 'ready');
    good.close();
  });

  it('ends an inbox stream with an error event too', async () => {
    const stream = await openSse(`${h.url}/api/v1/inbox/stream`, { authorization: `Bearer ${apiKey}`, 'last-event-id': '-'.repeat(36) });
    const err = await stream.waitFor((e) => e.event === 'error');
    expect(err.data.code).toBe('bad_request');
    stream.close();
  });
});

describe('the backstop: Postgres data errors are 400s', () => {
  it('maps 22P02, 22021, 22003, 22008 and 22009 from a missed validation to 400 and logs the mapping', async () => {
    const db = h.c.database.db;
    const failures: unknown[] = [];
    for (const q of [sql`select ${'abc'}::uuid`, sql`select ${'a\u0000b'}::text`, sql`select ${'99999999999'}::int`, sql`select ${'2026-13-45'}::date`, sql`select ${'-271821-04-20T00:00:00Z'}::timestamptz`]) {
      failures.push(await db.execute(q).then(() => null, (err: unknown) => err));
    }
    expect(failures.every(Boolean)).toBe(true);
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', destination: new Writable({ write: (c: Buffer, _e, cb) => (lines.push(c.toString()), cb()) }) });
    const app = express();
    app.get('/fail/:n', (req) => {
      throw failures[Number(req.params.n)];
    });
    app.use(errorHandler(logger));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    try {
      for (const [i] of failures.entries()) {
        const res = await fetch(`http://127.0.0.1:${port}/fail/${i}`);
        expect(res.status, `failure ${i}`).toBe(400);
        expect(((await res.json()) as any).error.code).toBe('bad_request');
      }
    } finally {
      server.close();
    }
    const mapped = lines.map((l) => JSON.parse(l)).filter((l) => l.msg?.startsWith('database rejected request content'));
    expect(mapped.map((l) => l.sqlState).sort()).toEqual(['22003', '22008', '22009', '22021', '22P02'].sort());
    // The mapping is logged without the query's parameters.
    expect(lines.join('\n')).not.toContain('271821');
  });
});

describe('logs of this suite', () => {
  it('never reached error level', async () => {
    const errors = logLines.map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    expect(errors).toEqual([]);
  });

  it('stores webhook conversations only for the connections posted to', async () => {
    const rows = await h.c.database.db.select({ id: conversations.id }).from(conversations).where(eq(conversations.connectionId, tgConn.id));
    expect(rows.length).toBe(1);
  });
});
