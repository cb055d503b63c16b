/**
 * WeChat Official Account end to end through the running gateway: `POST
 * /api/v1/channels` (AppID and AppSecret checked by fetching a token from the
 * fake API), the console's URL check (GET), signed plain and encrypted XML
 * messages in (401s, 400s, `success` answered at once, WeChat's retries with
 * the same MsgId stored and answered once), the real BullMQ worker answering
 * through the customer-service API of tests/fakes/wechat-api.ts, the 48-hour
 * window (errcode 45015), and one access token fetched between two worker
 * processes.
 */
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelConnections, conversations, messages } from '../../drizzle/schema.js';
import { WINDOW_CLOSED_REASON } from '../../channels/wechat/wechat.adapter.js';
import { echoText } from '../../src/conversation/echo.responder.js';
import { encryptedWebhook, newMsgId, newOpenId, signedQuery, startFakeWeChat, textXml, wechatXml, type FakeWeChatApi } from '../fakes/wechat-api.js';
import { startHarness, waitForOutput, type Harness } from '../helpers/harness.js';
import { countRows, threadMessages, waitForThreadReplies, type CountedTable } from '../helpers/thread-messages.js';

const SAFE = { appId: 'wx2c9e5a7f1b3d8064', appSecret: 'e2e-safe-secret', token: 'e2eSafeToken7', encodingAesKey: 'Qm9zc2FuZHJhNDJ6eEtwTHdWdFliTnFSc1RnVWhJaj7' };
const PLAIN = { appId: 'wx4a1d8c6e2f9b3071', appSecret: 'e2e-plain-secret', token: 'e2ePlainToken3' };
const PUBLIC_BASE_URL = 'https://gateway.e2e.example';

let fake: FakeWeChatApi;
let h: Harness;
let apiKey: string;
let safeId: string;
let plainId: string;

async function post(connectionId: string, query: Record<string, string>, body: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(`${h.url}/webhooks/wechat/${connectionId}?${new URLSearchParams(query).toString()}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

/** As WeChat posts in safe mode: a new nonce, timestamp and sealing each time, even for a retry. */
const postEncrypted = (xml: string, creds = SAFE, connectionId = safeId) => {
  const { query, body } = encryptedWebhook(xml, creds);
  return post(connectionId, query, body);
};

const threadRows = (openId: string, connection = safeId) => threadMessages(h, connection, openId);
const waitForReplies = (openId: string, n: number, opts: { connection?: string; settled?: boolean; timeoutMs?: number } = {}) =>
  waitForThreadReplies(h, opts.connection ?? safeId, openId, n, { status: opts.settled ? 'settled' : 'sent', timeoutMs: opts.timeoutMs || undefined, what: `${n} replies to ${openId}` });

const sendsTo = (openId: string) => fake.sends.filter((s) => s.touser === openId);
const count = (table: CountedTable) => countRows(h, table);

beforeAll(async () => {
  fake = await startFakeWeChat({ accounts: [SAFE, PLAIN] });
  h = await startHarness({ env: { WECHAT_API_BASE_URL: fake.url, PUBLIC_BASE_URL } });
  ({ apiKey } = await h.createTenant('WeChat e2e'));
  const safe = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'wechat', name: 'Acme WeChat', credentials: SAFE });
  expect(safe.status).toBe(201);
  safeId = safe.body.id;
  const plain = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'wechat', name: 'Acme WeChat (plain)', credentials: PLAIN });
  expect(plain.status).toBe(201);
  plainId = plain.body.id;
}, 60_000);

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

describe('connecting an Official Account through the API', () => {
  it('checks AppID and AppSecret with a token request, keeps non-secret settings, never echoes credentials', async () => {
    const view = (await h.api(apiKey, 'GET', `/api/v1/channels/${safeId}`)).body;
    expect(view).toMatchObject({ type: 'wechat', name: 'Acme WeChat', status: 'active', webhookUrl: `${PUBLIC_BASE_URL}/webhooks/wechat/${safeId}`, settings: { appId: SAFE.appId, encryption: 'compatible or safe mode' } });
    const [row] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, safeId));
    for (const secret of [SAFE.appSecret, SAFE.token, SAFE.encodingAesKey]) {
      expect(JSON.stringify(view)).not.toContain(secret);
      expect(row!.credentialsEnc).not.toContain(secret);
    }
    expect(fake.calls.filter((c) => c.kind === 'token').map((c) => c.query.appid)).toEqual([SAFE.appId, PLAIN.appId]);
  });

  it('refuses a wrong AppSecret with 400 and WeChat\'s reason, and bad credentials with the field', async () => {
    const before = await count('channel_connections');
    const wrong = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'wechat', credentials: { ...PLAIN, appSecret: 'guessed' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/errcode 40125: invalid appsecret/);
    expect(JSON.stringify(wrong.body)).not.toContain('guessed');
    const bad = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'wechat', credentials: { appId: 'gh_123', appSecret: 'x', token: 'a b', encodingAesKey: 'short' } });
    expect(bad.status).toBe(400);
    for (const field of ['appId', 'token', 'encodingAesKey']) expect(bad.body.error.message).toContain(field);
    expect(await count('channel_connections')).toBe(before);
  });
});

describe('the server URL check (GET)', () => {
  const check = async (query: Record<string, string>) => {
    const res = await fetch(`${h.url}/webhooks/wechat/${safeId}?${new URLSearchParams(query).toString()}`);
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };

  it('echoes echostr as text/plain when the signature is the Token\'s', async () => {
    const res = await check(signedQuery(SAFE.token, { echostr: '7298461735093614829' }));
    expect(res).toMatchObject({ status: 200, body: '7298461735093614829' });
    expect(res.type).toMatch(/^text\/plain/);
  });

  it('answers 401 to another Token\'s signature or none, and does not echo', async () => {
    for (const query of [signedQuery(PLAIN.token, { echostr: '42' }), { echostr: '42', timestamp: '1', nonce: '2' }]) {
      const res = await check(query);
      expect(res.status).toBe(401);
      expect(res.body).not.toContain('42');
    }
  });
});

describe('messages in', () => {
  it('a bad or missing signature is 401 and stores nothing', async () => {
    const before = await count('messages');
    const xml = textXml(newOpenId(), 'hello');
    expect((await post(plainId, signedQuery('notTheToken1'), xml)).status).toBe(401);
    expect((await post(plainId, {}, xml)).status).toBe(401);
    // Safe mode: signed for our Token but sealed for another AppID.
    const other = encryptedWebhook(xml, { ...SAFE, appId: 'wx0000000000000000' });
    expect((await post(safeId, other.query, other.body)).status).toBe(401);
    expect(await count('messages')).toBe(before);
  });

  it('malformed XML, signed correctly, is 400 with the reason', async () => {
    const res = await post(plainId, signedQuery(PLAIN.token), '<xml><ToUserName>gh_1</ToUserName><Content>unclosed</xml>');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/not well-formed XML/);
    const encrypted = await postEncrypted('<xml><MsgType>text</MsgType></xml>');
    expect(encrypted.status).toBe(400);
    expect(JSON.parse(encrypted.body).error.message).toMatch(/ToUserName/);
  });

  it('an encrypted message is answered "success" at once, stored, and answered through custom/send', async () => {
    const openId = newOpenId();
    const msgId = newMsgId();
    const res = await postEncrypted(textXml(openId, 'Where is my order #4471?', msgId));
    expect(res).toMatchObject({ status: 200, body: 'success' });
    expect(res.type).toMatch(/^text\/plain/);
    const rows = await waitForReplies(openId, 1);
    expect(rows.map((r) => [r.direction, r.kind, r.text, r.platformMessageId])).toEqual([
      ['in', 'text', 'Where is my order #4471?', msgId],
      ['out', 'text', echoText('Where is my order #4471?'), rows[1]!.id],
    ]);
    expect(sendsTo(openId).map((s) => [s.appId, s.msgtype, s.content])).toEqual([[SAFE.appId, 'text', echoText('Where is my order #4471?')]]);
    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, rows[0]!.conversationId));
    expect(conv).toMatchObject({ channel: 'wechat', metadata: { wechatAccountId: 'gh_3d8e7a2b9c41' } });
  });

  it('a plain-mode message on a connection without an EncodingAESKey works the same way', async () => {
    const openId = newOpenId();
    const res = await post(plainId, signedQuery(PLAIN.token, { openid: openId }), textXml(openId, '你好'));
    expect(res).toMatchObject({ status: 200, body: 'success' });
    await waitForReplies(openId, 1, { connection: plainId });
    expect(sendsTo(openId).map((s) => [s.appId, s.content])).toEqual([[PLAIN.appId, echoText('你好')]]);
  });

  it("WeChat's retries of one MsgId (new nonce, new sealing) are stored once and answered once", async () => {
    const openId = newOpenId();
    const xml = textXml(openId, 'Can I return a gift?', newMsgId());
    const answers = await Promise.all([postEncrypted(xml), postEncrypted(xml)]);
    answers.push(await postEncrypted(xml));
    for (const a of answers) expect(a).toMatchObject({ status: 200, body: 'success' });
    const rows = await waitForReplies(openId, 1);
    await new Promise((r) => setTimeout(r, 500));
    expect((await threadRows(openId)).length).toBe(rows.length);
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(1);
    expect(sendsTo(openId)).toHaveLength(1);
  });

  it('events: subscribe is stored (the bot greets), a menu CLICK arrives as its key, unsubscribe is only acknowledged', async () => {
    const openId = newOpenId();
    const t = Math.floor(Date.now() / 1000);
    expect((await postEncrypted(wechatXml({ from: openId, msgType: 'event', createTime: t }, { Event: 'subscribe', EventKey: '' }))).body).toBe('success');
    expect((await postEncrypted(wechatXml({ from: openId, msgType: 'event', createTime: t + 1 }, { Event: 'CLICK', EventKey: 'ORDER_STATUS' }))).body).toBe('success');
    const rows = await waitForReplies(openId, 2);
    expect(rows.filter((r) => r.direction === 'in').map((r) => [r.kind, r.text, r.payload])).toEqual([
      ['text', '[subscribe]', { conversationStart: true, platform: { wechatEvent: 'subscribe' } }],
      ['button_reply', 'ORDER_STATUS', { buttonPayload: 'ORDER_STATUS', platform: { wechatEvent: 'CLICK' } }],
    ]);
    const before = await count('messages');
    expect((await postEncrypted(wechatXml({ from: openId, msgType: 'event', createTime: t + 2 }, { Event: 'unsubscribe' })))).toMatchObject({ status: 200, body: 'success' });
    expect(await count('messages')).toBe(before);
  });
});

describe('the 48-hour window and the access token', () => {
  it('errcode 45015 fails the reply for good with the window reason, after one attempt', async () => {
    const openId = newOpenId();
    fake.failNext({ errcode: 45015 });
    await postEncrypted(textXml(openId, 'Are you still there?'));
    const rows = await waitForReplies(openId, 1, { settled: true });
    expect(rows.find((r) => r.direction === 'out')).toMatchObject({ deliveryStatus: 'failed', deliveryError: `${WINDOW_CLOSED_REASON} (errcode 45015)`, attempts: 1 });
    expect(sendsTo(openId)).toHaveLength(0);
  });

  it('two worker processes, starting without a cached token, fetch it once between them and share it', async () => {
    // Only the real worker entry point, twice: no in-process worker from here on.
    for (const w of h.workers.splice(0)) await w.close();
    const children = [h.spawnWorker(), h.spawnWorker()];
    await Promise.all(children.map((child) => waitForOutput(child, /conversation worker started/, 180_000)));
    const redis = new Redis(h.env.REDIS_URL!);
    const cached = await redis.keys(`${h.env.QUEUE_PREFIX}:wechat:token:*`);
    expect(cached).toHaveLength(2);
    await redis.del(...cached);
    redis.disconnect();

    const before = fake.tokensIssued();
    const users = Array.from({ length: 6 }, () => newOpenId());
    await Promise.all(users.map((openId) => postEncrypted(textXml(openId, `Hello from ${openId.slice(0, 6)}`))));
    // Two freshly started processes under the whole suite's load: the point is one token between them, not latency.
    for (const openId of users) await waitForReplies(openId, 1, { timeoutMs: 90_000 });
    for (const openId of users) expect(sendsTo(openId)).toHaveLength(1);
    expect(fake.tokensIssued() - before).toBe(1);
    const tokensUsed = new Set(fake.calls.filter((c) => c.kind === 'send' && users.includes(String((c.body as { touser?: string }).touser))).map((c) => c.query.access_token));
    expect(tokensUsed.size).toBe(1);
    for (const child of h.children) expect(child.exitCode).toBeNull();
  }, 300_000);
});
