/**
 * LINE end to end through the running gateway: `POST /api/v1/channels` (bot
 * info + webhook endpoint on the fake Messaging API), signed webhooks in
 * (401s, 400s, redeliveries), the real BullMQ worker answering through
 * `@line/bot-sdk` against the fake (reply token while fresh, push with
 * X-Line-Retry-Key otherwise), 429 handling, quick-reply degradation, and two
 * worker processes.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelConnections, conversations } from '../../drizzle/schema.js';
import { degrade } from '../../channels/degrade.js';
import { lineAdapter } from '../../channels/line/line.adapter.js';
import { echoText } from '../../src/conversation/echo.responder.js';
import { MenuResponder, menuDraft as menuDraftWith } from '../helpers/menu-responder.js';
import { signLineBody, startFakeLine, type FakeLine, type FakeLineCall } from '../fakes/line-api.js';
import { startHarness, waitForOutput, type Harness } from '../helpers/harness.js';
import { countRows, threadMessages, waitForThreadReplies, type CountedTable } from '../helpers/thread-messages.js';
import { expectSecretsNeverShown, postRawWebhook, type WebhookAnswer } from '../helpers/webhooks.js';

const SECRET = 'e2e-channel-secret-main';
const TOKEN = 'e2e-channel-access-token-main';
const CONNECT_SECRET = 'e2e-channel-secret-connect';
const CONNECT_TOKEN = 'e2e-channel-access-token-connect';
/** LINE only accepts https webhook endpoints; the gateway itself listens on plain http behind it. */
const PUBLIC_BASE_URL = 'https://gateway.e2e.example';
const PUSH = '/v2/bot/message/push';
const REPLY = '/v2/bot/message/reply';
const placeholder = (text: string) => echoText(text);

// One long first title: degrade() must shorten it to the platform's limit.
const FIRST_TITLE = 'Option 1 with a long explanation';
const menuDraft = (n: number) => menuDraftWith(n, FIRST_TITLE);

// ---------------------------------------------------------------- payloads

interface LineEvent {
  type: string;
  replyToken: string;
  mode: string;
  timestamp: number;
  source: { type: string; userId?: string; groupId?: string };
  webhookEventId: string;
  deliveryContext: { isRedelivery: boolean };
  message?: { type: string; id: string; text?: string; [k: string]: unknown };
  postback?: { data: string; params?: Record<string, string> };
  [k: string]: unknown;
}
interface LineBody {
  destination: string;
  events: LineEvent[];
}

/** Documented Messaging API examples (tests/fixtures/line), parsed fresh on every use. */
const fixture = (name: string): LineBody => JSON.parse(readFileSync(new URL(`../fixtures/line/${name}.json`, import.meta.url), 'utf8')) as LineBody;

const newUserId = () => `U${randomBytes(16).toString('hex')}`;
const newGroupId = () => `C${randomBytes(16).toString('hex')}`;
const newEventId = () => `01E2E${randomBytes(11).toString('hex').toUpperCase()}`.slice(0, 26);
const newReplyToken = () => randomBytes(16).toString('hex');
let nextLineMessageId = 600_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1_000_000)) * 1000n;

function firstEvent(body: LineBody): LineEvent {
  const event = body.events[0];
  if (!event) throw new Error('fixture without events');
  return event;
}

/**
 * A text message event. `fresh`: stamped now, so its reply token is usable;
 * otherwise the fixture's 2016 timestamp, i.e. a stale token and a push.
 */
function textEvent(opts: { userId: string; text: string; fresh: boolean; groupId?: string }): LineEvent {
  const event = firstEvent(fixture(opts.groupId ? 'text-group' : 'text-user'));
  event.webhookEventId = newEventId();
  event.replyToken = newReplyToken();
  if (opts.fresh) event.timestamp = Date.now();
  event.source = opts.groupId ? { type: 'group', groupId: opts.groupId, userId: opts.userId } : { type: 'user', userId: opts.userId };
  event.message = { ...event.message, type: 'text', id: String(nextLineMessageId++), text: opts.text };
  return event;
}

/** A quick-reply press (fixture postback) by `userId`, carrying the button's data. */
function postbackEvent(userId: string, data: string): LineEvent {
  const event = firstEvent(fixture('postback'));
  event.webhookEventId = newEventId();
  event.replyToken = newReplyToken();
  event.timestamp = Date.now();
  event.source = { type: 'user', userId };
  event.postback = { data };
  return event;
}

let destination = '';
const bodyOf = (...events: LineEvent[]): LineBody => ({ destination, events });

// ---------------------------------------------------------------- helpers

let fake: FakeLine;
let h: Harness;
let apiKey: string;
let connId: string;

/** Posts a webhook signed like LINE does (HMAC-SHA256 of the raw body with the channel secret). */
async function postWebhook(body: object | string, opts: { signature?: string | null } = {}): Promise<WebhookAnswer> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const signature = opts.signature === undefined ? signLineBody(raw, SECRET) : opts.signature;
  return postRawWebhook(`${h.url}/webhooks/line/${connId}`, raw, { 'content-type': 'application/json; charset=utf-8', ...(signature === null ? {} : { 'x-line-signature': signature }) });
}

/** Every stored message of a LINE chat (user, group or room id) on the main connection, in order. */
const threadRows = (threadId: string) => threadMessages(h, connId, threadId);
const waitForSentReplies = (threadId: string, n: number, timeoutMs?: number) => waitForThreadReplies(h, connId, threadId, n, { timeoutMs, what: `${n} sent replies in ${threadId}` });
const count = (table: CountedTable) => countRows(h, table);

const bodyField = (call: FakeLineCall, key: string): unknown => (call.body && typeof call.body === 'object' ? (call.body as Record<string, unknown>)[key] : undefined);
/** Push calls to a user/group, failed ones included, in arrival order. */
const pushesTo = (to: string) => fake.calls.filter((c) => c.path === PUSH && bodyField(c, 'to') === to);
const repliesWith = (token: string) => fake.calls.filter((c) => c.path === REPLY && bodyField(c, 'replyToken') === token);
/** What the user actually received: accepted pushes to them, accepted replies with their tokens. */
const deliveriesFor = (to: string, replyTokens: string[] = []) =>
  fake.deliveries.filter((d) => d.to === to || (d.replyToken !== undefined && replyTokens.includes(d.replyToken)));
const textsOf = (messagesSent: unknown[]) => messagesSent.map((m) => (m as { text?: string }).text);
const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  fake = await startFakeLine({ validTokens: [TOKEN, CONNECT_TOKEN] });
  destination = fake.botInfo.userId;
  h = await startHarness({
    responder: new MenuResponder(FIRST_TITLE),
    env: { LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.dataUrl, PUBLIC_BASE_URL },
  });
  apiKey = (await h.createTenant('LINE e2e')).apiKey;
  const created = await h.api(apiKey, 'POST', '/api/v1/channels', {
    type: 'line',
    name: 'Shop LINE',
    credentials: { channelSecret: SECRET, channelAccessToken: TOKEN },
  });
  expect(created.status).toBe(201);
  connId = created.body.id;
});

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

// ---------------------------------------------------------------- tests

describe('connecting an Official Account through the API', () => {
  it('fetches the bot info with the token, sets the webhook endpoint, and never echoes credentials', async () => {
    const created = await h.api(apiKey, 'POST', '/api/v1/channels', {
      type: 'line',
      name: 'Connect test',
      credentials: { channelSecret: CONNECT_SECRET, channelAccessToken: CONNECT_TOKEN },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(created.body).toMatchObject({ type: 'line', name: 'Connect test', status: 'active' });
    expect(created.body.webhookUrl).toBe(`${PUBLIC_BASE_URL}/webhooks/line/${id}`);
    expect(created.body.settings).toEqual({ botUserId: fake.botInfo.userId, basicId: fake.botInfo.basicId, displayName: fake.botInfo.displayName });

    const calls = fake.calls.filter((c) => c.headers.authorization === `Bearer ${CONNECT_TOKEN}`);
    expect(calls.map((c) => [c.method, c.path, c.status])).toEqual([
      ['GET', '/v2/bot/info', 200],
      ['PUT', '/v2/bot/channel/webhook/endpoint', 200],
    ]);
    expect(calls[1]?.body).toEqual({ endpoint: created.body.webhookUrl });
    expect(fake.webhookEndpoint).toBe(created.body.webhookUrl);

    const [row] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, id));
    if (!row) throw new Error('connection row not stored');
    await expectSecretsNeverShown(h, apiKey, created.body, row, [CONNECT_SECRET, CONNECT_TOKEN]);
  });

  it('refuses a token LINE rejects with 400 and LINE\'s reason, and stores no connection', async () => {
    const before = await count('channel_connections');
    const revoked = await h.api(apiKey, 'POST', '/api/v1/channels', {
      type: 'line',
      credentials: { channelSecret: 'some-secret-value', channelAccessToken: 'revoked-access-token' },
    });
    expect(revoked.status).toBe(400);
    expect(revoked.body.error.code).toBe('channel_rejected');
    expect(revoked.body.error.message).toMatch(/Authentication failed/);
    expect(JSON.stringify(revoked.body)).not.toContain('revoked-access-token');
    expect(JSON.stringify(revoked.body)).not.toContain('some-secret-value');
    // Stopped at the bot info call: no webhook endpoint set with a rejected token.
    expect(fake.calls.filter((c) => c.headers.authorization === 'Bearer revoked-access-token').map((c) => [c.path, c.status])).toEqual([['/v2/bot/info', 401]]);

    const incomplete = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'line', credentials: { channelSecret: 'some-secret-value' } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toMatch(/channelAccessToken/);
    expect(JSON.stringify(incomplete.body)).not.toContain('some-secret-value');

    expect(await count('channel_connections')).toBe(before);
  });
});

describe('LINE webhooks through the gateway', () => {
  it('stores a signed message and answers with the fresh reply token', async () => {
    const user = newUserId();
    const event = textEvent({ userId: user, text: 'Hello, I need help with my order', fresh: true });
    const res = await postWebhook(bodyOf(event));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, stored: 1, duplicates: 0, ignored: 0 });

    const rows = await waitForSentReplies(user, 1);
    expect(rows.map((r) => [r.direction, r.senderType, r.kind])).toEqual([
      ['in', 'customer', 'text'],
      ['out', 'bot', 'text'],
    ]);
    const [inbound, reply] = rows;
    expect(inbound).toMatchObject({ text: 'Hello, I need help with my order', platformMessageId: event.webhookEventId, processingStatus: 'replied' });
    expect(reply).toMatchObject({ text: placeholder('Hello, I need help with my order'), deliveryStatus: 'sent', attempts: 1, inReplyTo: inbound?.id });

    // Free reply with the event's token; no push, no retry key (LINE refuses one on reply).
    const replies = repliesWith(event.replyToken);
    expect(replies.map((c) => c.status)).toEqual([200]);
    expect(replies[0]?.body).toEqual({ replyToken: event.replyToken, messages: [{ type: 'text', text: placeholder('Hello, I need help with my order') }] });
    expect(replies[0]?.headers['x-line-retry-key']).toBeUndefined();
    expect(replies[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(pushesTo(user)).toHaveLength(0);
    const delivery = fake.deliveries.find((d) => d.replyToken === event.replyToken);
    expect(reply?.platformMessageId).toBe(delivery?.sentMessages[0]?.id);
    // The loading animation ran in this 1:1 chat before the answer.
    const loading = fake.calls.find((c) => c.path === '/v2/bot/chat/loading/start' && bodyField(c, 'chatId') === user);
    expect(loading?.status).toBe(202);
    expect(loading!.at).toBeLessThanOrEqual(replies[0]!.at);

    // A reply token is single-use: it is forgotten once used.
    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, inbound!.conversationId));
    expect(conv?.metadata).toMatchObject({ lineSourceType: 'user', lineUsedReplyToken: event.replyToken });
  });

  it('pushes with X-Line-Retry-Key when the reply token is stale, to the user or to the group', async () => {
    const user = newUserId();
    const group = newGroupId();
    const inUser = textEvent({ userId: user, text: 'an old question', fresh: false });
    const inGroup = textEvent({ userId: newUserId(), groupId: group, text: '@bot what are your opening hours?', fresh: false });
    expect((await postWebhook(bodyOf(inUser, inGroup))).body).toMatchObject({ stored: 2 });

    const userRows = await waitForSentReplies(user, 1);
    const groupRows = await waitForSentReplies(group, 1);
    for (const [to, rows, text, token] of [
      [user, userRows, 'an old question', inUser.replyToken],
      [group, groupRows, '@bot what are your opening hours?', inGroup.replyToken],
    ] as const) {
      const reply = rows.find((r) => r.direction === 'out');
      const pushes = pushesTo(to);
      expect(pushes.map((c) => c.status)).toEqual([200]);
      expect(pushes[0]?.body).toEqual({ to, messages: [{ type: 'text', text: placeholder(text) }] });
      // Our outbound message id (a UUID) is the retry key: a retried job cannot deliver twice.
      expect(pushes[0]?.headers['x-line-retry-key']).toBe(reply?.id);
      expect(repliesWith(token)).toHaveLength(0);
      expect(reply).toMatchObject({ deliveryStatus: 'sent', attempts: 1 });
    }
  });

  it('rejects a forged or missing signature with 401 and stores nothing', async () => {
    const user = newUserId();
    const before = { messages: await count('messages'), outbox: await count('outbox'), identities: await count('channel_identities') };
    const raw = JSON.stringify(bodyOf(textEvent({ userId: user, text: 'let me in', fresh: true })));
    const tampered = raw.replace('let me in', 'let me IN');
    const cases: Array<[string, string, string | null, RegExp]> = [
      ['no signature', raw, null, /missing x-line-signature/],
      ['empty signature', raw, '', /missing x-line-signature/],
      ['signed with another secret', raw, signLineBody(raw, 'not-the-channel-secret'), /invalid x-line-signature/],
      ['body changed after signing', tampered, signLineBody(raw, SECRET), /invalid x-line-signature/],
      ['not base64 at all', raw, '!!!', /invalid x-line-signature/],
    ];
    for (const [what, body, signature, reason] of cases) {
      const res = await postWebhook(body, { signature });
      expect(res.status, what).toBe(401);
      expect(res.body.error?.code, what).toBe('unauthorized');
      expect(res.body.error?.message, what).toMatch(reason);
    }
    expect(await count('messages')).toBe(before.messages);
    expect(await count('outbox')).toBe(before.outbox);
    expect(await count('channel_identities')).toBe(before.identities);
    await settle(300);
    expect(deliveriesFor(user)).toHaveLength(0);
  });

  it('answers malformed JSON and wrong shapes with 400 and a reason, and keeps serving', async () => {
    const user = newUserId();
    const before = await count('messages');
    const good = textEvent({ userId: user, text: 'still there?', fresh: true });
    const { webhookEventId: _dropped, ...withoutEventId } = textEvent({ userId: user, text: 'x', fresh: true });
    const { source: _noSource, ...withoutSource } = textEvent({ userId: user, text: 'x', fresh: true });
    const noText = textEvent({ userId: user, text: 'x', fresh: true });
    delete noText.message?.text;
    const cases: Array<[string, object | string, RegExp]> = [
      ['truncated JSON', '{"destination": "U1", "events": [', /^invalid JSON/],
      ['empty body', '', /^invalid JSON/],
      ['no destination', { events: [] }, /destination/],
      ['events not an array', { destination, events: {} }, /events/],
      ['message event without source', { destination, events: [withoutSource] }, /events\[0\]\.source/],
      ['text message without text', bodyOf(noText), /events\[0\]\.message\.text/],
    ];
    for (const [what, body, reason] of cases) {
      const res = await postWebhook(body);
      expect(res.status, what).toBe(400);
      expect(res.body.error?.code, what).toBe('bad_request');
      expect(res.body.error?.message, what).toMatch(reason);
    }
    expect(await count('messages')).toBe(before);

    // The console's "Verify" (no events) and an event type the gateway does not handle: 200, nothing stored.
    const verify = await postWebhook(fixture('verification'));
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ stored: 0, ignored: 0 });
    const beacon = fixture('unsupported-beacon');
    firstEvent(beacon).webhookEventId = newEventId();
    const ignored = await postWebhook(beacon);
    expect(ignored.status).toBe(200);
    expect(ignored.body).toMatchObject({ stored: 0, ignored: 1 });
    expect(await count('messages')).toBe(before);

    // A bad event never costs the good one beside it (LINE would redeliver a refused batch forever):
    // the good one is stored and answered, the bad one acknowledged as ignored.
    expect((await fetch(`${h.url}/health`)).status).toBe(200);
    const mixed = await postWebhook({ destination, events: [good, noText] });
    expect(mixed.status).toBe(200);
    expect(mixed.body).toMatchObject({ stored: 1, ignored: 1 });
    const rows = await waitForSentReplies(user, 1);
    expect(rows.map((r) => r.text)).toEqual(['still there?', placeholder('still there?')]);

    // An event from before webhookEventId existed is still stored (its message id keys the dedup).
    const old = await postWebhook({ destination, events: [withoutEventId] });
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ stored: 1 });
  });

  it('stores an event delivered three times once and replies once', async () => {
    const user = newUserId();
    const event = textEvent({ userId: user, text: 'are you getting this?', fresh: true });
    const results = await Promise.all([1, 2, 3].map(() => postWebhook(bodyOf(event))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.body.stored).sort()).toEqual([0, 0, 1]);
    expect(results.reduce((n, r) => n + (r.body.duplicates ?? 0), 0)).toBe(2);
    await waitForSentReplies(user, 1);

    // LINE's own redelivery later: same webhookEventId, flagged, with a new reply token.
    const redelivery: LineEvent = { ...event, replyToken: newReplyToken(), deliveryContext: { isRedelivery: true } };
    expect((await postWebhook(bodyOf(redelivery))).body).toMatchObject({ stored: 0, duplicates: 1 });
    await settle();
    const rows = await threadRows(user);
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(1);
    expect(rows.filter((r) => r.direction === 'out')).toHaveLength(1);
    const received = deliveriesFor(user, [event.replyToken, redelivery.replyToken]);
    expect(received).toHaveLength(1);
    expect(textsOf(received[0]!.messages)).toEqual([placeholder('are you getting this?')]);
  });

  it('after a 429 on push the reply arrives exactly once, after Retry-After, with the same retry key', async () => {
    const user = newUserId();
    fake.failNext(PUSH, { status: 429, retryAfter: 1, body: { message: 'The API rate limit has been exceeded. Try again later.' } });
    expect((await postWebhook(bodyOf(textEvent({ userId: user, text: 'slow down please', fresh: false })))).status).toBe(200);

    const rows = await waitForSentReplies(user, 1);
    const reply = rows.find((r) => r.direction === 'out');
    expect(reply).toMatchObject({ text: placeholder('slow down please'), deliveryStatus: 'sent', attempts: 2, deliveryError: null });
    await settle();
    const pushes = pushesTo(user);
    expect(pushes.map((c) => c.status)).toEqual([429, 200]);
    expect(pushes.map((c) => c.headers['x-line-retry-key'])).toEqual([reply?.id, reply?.id]);
    expect(pushes[1]!.at - pushes[0]!.at).toBeGreaterThanOrEqual(900);
    expect(deliveriesFor(user)).toHaveLength(1);
  });

  it('after a 429 on reply the same fresh token is used again once Retry-After has passed', async () => {
    const user = newUserId();
    const event = textEvent({ userId: user, text: 'reply me later', fresh: true });
    fake.failNext(REPLY, { status: 429, retryAfter: 1, body: { message: 'The API rate limit has been exceeded. Try again later.' } });
    expect((await postWebhook(bodyOf(event))).status).toBe(200);

    const rows = await waitForSentReplies(user, 1);
    expect(rows.find((r) => r.direction === 'out')).toMatchObject({ deliveryStatus: 'sent', attempts: 2 });
    await settle();
    const replies = repliesWith(event.replyToken);
    expect(replies.map((c) => c.status)).toEqual([429, 200]);
    expect(replies[1]!.at - replies[0]!.at).toBeGreaterThanOrEqual(900);
    expect(pushesTo(user)).toHaveLength(0);
    const received = deliveriesFor(user, [event.replyToken]);
    expect(received.map((d) => d.endpoint)).toEqual(['reply']);
    expect(textsOf(received[0]!.messages)).toEqual([placeholder('reply me later')]);
  });

  it('degrades buttons to the channel: ≤ 13 as quick replies, more as numbered text; a press comes back as a button_reply', async () => {
    const userQuick = newUserId();
    const userNumbered = newUserId();
    const [asQuick] = degrade(menuDraft(13), lineAdapter.capabilities);
    const [asText] = degrade(menuDraft(14), lineAdapter.capabilities);
    expect(asQuick?.kind).toBe('buttons');
    expect(asText?.kind).toBe('text');

    const quickEvent = textEvent({ userId: userQuick, text: 'menu 13', fresh: true });
    const numberedEvent = textEvent({ userId: userNumbered, text: 'menu 14', fresh: true });
    expect((await postWebhook(bodyOf(quickEvent, numberedEvent))).body).toMatchObject({ stored: 2 });
    const quickRows = await waitForSentReplies(userQuick, 1);
    const textRows = await waitForSentReplies(userNumbered, 1);

    // 13 buttons: postback quick replies, labels cut to 20 characters.
    const items = asQuick!.buttons!.map((b) => ({ type: 'action', action: { type: 'postback', label: b.title, data: b.payload, displayText: b.title } }));
    expect(items).toHaveLength(13);
    expect(items[0]?.action.label).toHaveLength(20);
    expect(repliesWith(quickEvent.replyToken)[0]?.body).toEqual({
      replyToken: quickEvent.replyToken,
      messages: [{ type: 'text', text: 'Pick one of 13:', quickReply: { items } }],
    });
    expect(quickRows.find((r) => r.direction === 'out')).toMatchObject({ kind: 'buttons', payload: { buttons: asQuick!.buttons } });

    // 14 buttons: more than LINE's 13 quick replies, so numbered text.
    expect(repliesWith(numberedEvent.replyToken)[0]?.body).toEqual({ replyToken: numberedEvent.replyToken, messages: [{ type: 'text', text: asText!.text }] });
    expect(asText!.text).toMatch(/^Pick one of 14:\n\n1\. Option 1 with a long explanation\n/);
    expect(asText!.text).toContain('\n14. Option 14\n');
    expect(textRows.find((r) => r.direction === 'out')).toMatchObject({ kind: 'text', text: asText!.text });

    // The customer taps "Option 3": LINE sends a postback event with the button's data.
    const press = postbackEvent(userQuick, 'opt-3');
    expect((await postWebhook(bodyOf(press))).body).toMatchObject({ stored: 1 });
    const afterPress = await waitForSentReplies(userQuick, 2);
    expect(afterPress[2]).toMatchObject({ direction: 'in', kind: 'button_reply', text: 'opt-3', payload: expect.objectContaining({ buttonPayload: 'opt-3' }) });
    expect(afterPress[3]?.text).toBe(placeholder('opt-3'));
    expect(textsOf(deliveriesFor(userQuick, [press.replyToken]).flatMap((d) => d.messages))).toEqual([placeholder('opt-3')]);
  });
});

describe('two worker processes', () => {
  beforeAll(async () => {
    // Only the real worker entry point, twice: no in-process worker from here on.
    for (const w of h.workers.splice(0)) await w.close();
    const children = [h.spawnWorker(), h.spawnWorker()];
    await Promise.all(children.map((child) => waitForOutput(child, /conversation worker started/, 180_000)));
  }, 200_000);

  it('deliver every reply once and in order, each push with its own retry key', async () => {
    const user = newUserId();
    const group = newGroupId();
    const texts = { [user]: [0, 1, 2, 3].map((i) => `user message ${i}`), [group]: [0, 1].map((i) => `group message ${i}`) };
    for (const [to, text] of [
      [user, texts[user]![0]!],
      [group, texts[group]![0]!],
      [user, texts[user]![1]!],
      [group, texts[group]![1]!],
      [user, texts[user]![2]!],
      [user, texts[user]![3]!],
    ] as const) {
      const event = to === group ? textEvent({ userId: newUserId(), groupId: group, text, fresh: false }) : textEvent({ userId: user, text, fresh: false });
      expect((await postWebhook(bodyOf(event))).status).toBe(200);
    }

    for (const to of [user, group]) {
      const rows = await waitForSentReplies(to, texts[to]!.length, 30_000);
      await settle();
      const out = rows.filter((r) => r.direction === 'out');
      expect(out.map((r) => r.text)).toEqual(texts[to]!.map(placeholder));
      expect(out.map((r) => r.attempts)).toEqual(out.map(() => 1));
      const pushes = pushesTo(to);
      expect(pushes.map((c) => c.status)).toEqual(out.map(() => 200));
      expect(pushes.map((c) => textsOf(bodyField(c, 'messages') as unknown[])[0])).toEqual(texts[to]!.map(placeholder));
      expect(pushes.map((c) => c.headers['x-line-retry-key'])).toEqual(out.map((r) => r.id));
    }
    for (const child of h.children) expect(child.exitCode).toBeNull();
  });
});
