/**
 * Issue 10, "Leaks in logs": secrets and message text planted in requests that
 * fail in different ways (a database error, a platform error, validation and
 * authentication errors), then every captured log line of the gateway and the
 * worker is searched for them. The logger is the product's own (src/logging).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';

const BOT_TOKEN = `7200000001:AAH-${randomBytes(12).toString('hex')}`;
const PLANTED_NAME = `planted-name-${randomBytes(6).toString('hex')}`;
const PLANTED_TEXT = `planted message body ${randomBytes(6).toString('hex')}`;

let h: Harness;
let tg: FakeTelegram;
let apiKey: string;
const lines: string[] = [];
const logs = () => lines.join('\n');

function update(text: string, id: number) {
  const u = JSON.parse(readFileSync(`${ROOT}/tests/fixtures/telegram/text-private.json`, 'utf8'));
  u.update_id = id;
  u.message.text = text;
  return u;
}

beforeAll(async () => {
  tg = await startFakeTelegram({ validTokens: [BOT_TOKEN] });
  h = await startHarness({
    env: { TELEGRAM_API_ROOT: tg.url, PUBLIC_BASE_URL: 'https://gateway.logs.example', JOB_ATTEMPTS: '1' },
    logDestination: new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        cb();
      },
    }),
  });
  ({ apiKey } = await h.createTenant('Logs'));
});

afterAll(async () => {
  await h?.close();
  await tg?.stop();
});

describe('secrets planted in failing requests never reach the logs', () => {
  it('a database error while connecting a channel: no SQL parameters (webhook secret, credentials, names)', async () => {
    await h.c.database.sql.unsafe(`
      create function fail_insert() returns trigger language plpgsql as $$ begin raise exception 'planted failure'; end $$;
      create trigger fail_connections before insert on channel_connections for each row execute function fail_insert();`);
    try {
      const res = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: PLANTED_NAME, credentials: { botToken: BOT_TOKEN } });
      expect(res.status).toBe(500);
    } finally {
      await h.c.database.sql.unsafe('drop trigger fail_connections on channel_connections; drop function fail_insert();');
    }
    const secretToken = String(tg.callsTo('setWebhook').at(-1)?.body.secret_token ?? '');
    expect(secretToken.length).toBeGreaterThan(20);
    const errorLine = lines.map((l) => JSON.parse(l)).find((l) => l.level >= 50 && l.msg === 'unhandled error');
    expect(errorLine?.err?.message).toMatch(/Failed query/);
    for (const secret of [secretToken, BOT_TOKEN, PLANTED_NAME, apiKey]) expect(logs()).not.toContain(secret);
    expect(logs()).not.toMatch(/params: (?!\[redacted\])/);
  });

  it('a database error while storing a webhook message: no message text, no secret token', async () => {
    const create = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Logs bot', credentials: { botToken: BOT_TOKEN } });
    expect(create.status).toBe(201);
    const secretToken = String(tg.callsTo('setWebhook').at(-1)?.body.secret_token);
    await h.c.database.sql.unsafe(`
      create function fail_message() returns trigger language plpgsql as $$ begin raise exception 'planted failure'; end $$;
      create trigger fail_messages before insert on messages for each row execute function fail_message();`);
    try {
      const res = await fetch(`${h.url}/webhooks/telegram/${create.body.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secretToken },
        body: JSON.stringify(update(PLANTED_TEXT, 700_000_001)),
      });
      expect(res.status).toBe(500);
    } finally {
      await h.c.database.sql.unsafe('drop trigger fail_messages on messages; drop function fail_message();');
    }
    for (const secret of [secretToken, PLANTED_TEXT, BOT_TOKEN]) expect(logs()).not.toContain(secret);
  });

  it('a platform error on send: no message text, no bot token in the worker logs', async () => {
    const create = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Logs bot 2', credentials: { botToken: BOT_TOKEN } });
    const secretToken = String(tg.callsTo('setWebhook').at(-1)?.body.secret_token);
    tg.failNext('sendMessage', { status: 400, description: 'Bad Request: chat not found' });
    const text = `${PLANTED_TEXT} (send)`;
    const res = await fetch(`${h.url}/webhooks/telegram/${create.body.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secretToken },
      body: JSON.stringify(update(text, 700_000_002)),
    });
    expect(res.status).toBe(200);
    await waitFor(async () => lines.some((l) => /chat not found/.test(l)), { what: 'the send failure in the logs' });
    expect(tg.callsTo('sendMessage').some((c) => String(c.body.text).includes(PLANTED_TEXT))).toBe(true);
    for (const secret of [PLANTED_TEXT, BOT_TOKEN, secretToken]) expect(logs()).not.toContain(secret);
  });

  it("a database error in the worker: no message text in the logs, nor in the queue overview's failure reasons", async () => {
    const create = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Logs bot 3', credentials: { botToken: BOT_TOKEN } });
    const secretToken = String(tg.callsTo('setWebhook').at(-1)?.body.secret_token);
    const text = `${PLANTED_TEXT} (worker)`;
    // Recording the bot's reply (an outbound message) fails; the inbound one is stored.
    await h.c.database.sql.unsafe(`
      create function fail_reply() returns trigger language plpgsql as $$ begin if new.direction = 'out' then raise exception 'planted failure'; end if; return new; end $$;
      create trigger fail_replies before insert on messages for each row execute function fail_reply();`);
    try {
      const res = await fetch(`${h.url}/webhooks/telegram/${create.body.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secretToken },
        body: JSON.stringify(update(text, 700_000_004)),
      });
      expect(res.status).toBe(200);
      const failures = await waitFor(
        async () => {
          const q = await h.api(apiKey, 'GET', '/api/v1/queues');
          return q.body.recentFailures?.length > 0 ? (q.body.recentFailures as Array<{ failedReason: string }>) : null;
        },
        { what: 'the failed conversation job' },
      );
      expect(failures[0]!.failedReason).toMatch(/Failed query/);
      expect(JSON.stringify(failures)).not.toContain(PLANTED_TEXT);
    } finally {
      await h.c.database.sql.unsafe('drop trigger fail_replies on messages; drop function fail_reply();');
    }
    expect(logs()).not.toContain(PLANTED_TEXT);
  });

  it('validation and authentication failures: no API key, no token from the URL, no body', async () => {
    const bad = await h.api(apiKey, 'POST', '/api/v1/agents', { email: 'not-an-email', name: PLANTED_TEXT });
    expect(bad.status).toBe(400);
    const badQuery = await fetch(`${h.url}/api/v1/inbox/stream?access_token=${apiKey}&x=%00`);
    expect(badQuery.status).toBe(400);
    const wrongKey = `gwk_${randomBytes(4).toString('hex')}_${randomBytes(24).toString('base64url')}`;
    expect((await fetch(`${h.url}/api/v1/conversations`, { headers: { authorization: `Bearer ${wrongKey}` } })).status).toBe(401);
    expect((await fetch(`${h.url}/api/v1/conversations?access_token=${wrongKey}`)).status).toBe(401);
    const forged = await fetch(`${h.url}/webhooks/telegram/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': wrongKey },
      body: JSON.stringify(update(PLANTED_TEXT, 700_000_003)),
    });
    expect(forged.status).toBe(404);
    for (const secret of [apiKey, wrongKey, PLANTED_TEXT]) expect(logs()).not.toContain(secret);
    // The failures were logged (as warnings with method, path and status), just without the secrets.
    expect(lines.some((l) => l.includes('"status":401'))).toBe(true);
  });
});
