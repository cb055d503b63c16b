/**
 * Telegram end to end through the running gateway: `POST /api/v1/channels`
 * (getMe + setWebhook on the fake Bot API), webhooks in (secret token, 400s,
 * redeliveries), the real BullMQ worker answering through telegraf against
 * the fake, 429 handling, button degradation, and the shared per-chat rate
 * limit with two worker processes.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelConnections, conversations } from '../../drizzle/schema.js';
import { degrade } from '../../channels/degrade.js';
import { telegramAdapter } from '../../channels/telegram/telegram.adapter.js';
import { echoText } from '../../src/conversation/echo.responder.js';
import { MenuResponder, menuDraft as menuDraftWith } from '../helpers/menu-responder.js';
import { startFakeTelegram, type FakeTelegram, type FakeTelegramCall } from '../fakes/telegram-api.js';
import { startHarness, waitFor, waitForOutput, type Harness } from '../helpers/harness.js';
import { decryptWebhookSecret } from '../../src/connections/connection.service.js';
import { countRows, threadMessages, waitForThreadReplies, type CountedTable } from '../helpers/thread-messages.js';
import { expectSecretsNeverShown, postRawWebhook, type WebhookAnswer } from '../helpers/webhooks.js';

const TOKEN = '7000000001:AAH-e2e_main_bot';
const OTHER_TOKEN = '7000000002:AAH-e2e_other_bot';
const CONNECT_TOKEN = '7000000003:AAH-e2e_connect_bot';
/** Well-formed, but the fake Bot API does not know it (a revoked token). */
const REVOKED_TOKEN = '7000000099:AAH-e2e_revoked_bot';
/** Telegram only calls HTTPS webhooks; the gateway itself listens on plain http behind it. */
const PUBLIC_BASE_URL = 'https://gateway.e2e.example';
const placeholder = (text: string) => echoText(text);

// One long first title: degrade() must shorten it to the platform's limit.
const FIRST_TITLE = `Option 1 ${'with a very long explanation '.repeat(3)}`;
const menuDraft = (n: number) => menuDraftWith(n, FIRST_TITLE);

// ---------------------------------------------------------------- payloads

interface TgUser {
  id: number;
  first_name: string;
  [k: string]: unknown;
}
interface TgMessage {
  message_id: number;
  from: TgUser;
  chat: { id: number; type: string; [k: string]: unknown };
  date: number;
  text?: string;
  reply_markup?: unknown;
  [k: string]: unknown;
}
interface TextUpdate {
  update_id: number;
  message: TgMessage;
}
interface CallbackUpdate {
  update_id: number;
  callback_query: { id: string; from: TgUser; message: TgMessage; chat_instance: string; data: string };
}

/** Documented Bot API examples (tests/fixtures/telegram), parsed fresh on every use. */
const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/telegram/${name}.json`, import.meta.url), 'utf8')) as T;

let nextUpdateId = 918_400_000 + Math.floor(Math.random() * 1_000_000);

/** A private-chat text update (fixture text-private) with a fresh update_id. */
function textUpdate(chatId: number, text: string): TextUpdate {
  const u = fixture<TextUpdate>('text-private');
  u.update_id = nextUpdateId++;
  u.message.message_id = u.update_id % 1_000_000;
  u.message.date = Math.floor(Date.now() / 1000);
  u.message.from.id = chatId;
  u.message.chat.id = chatId;
  u.message.text = text;
  return u;
}

/** A button press (fixture callback-query) on a message the bot sent. */
function callbackUpdate(chatId: number, sent: { message_id: number; text: string; reply_markup: unknown }, data: string): CallbackUpdate {
  const u = fixture<CallbackUpdate>('callback-query');
  u.update_id = nextUpdateId++;
  u.callback_query.id = randomBytes(8).toString('hex');
  u.callback_query.from.id = chatId;
  u.callback_query.message.chat.id = chatId;
  u.callback_query.message.message_id = sent.message_id;
  u.callback_query.message.text = sent.text;
  u.callback_query.message.reply_markup = sent.reply_markup;
  u.callback_query.data = data;
  return u;
}

// ---------------------------------------------------------------- helpers

let fake: FakeTelegram;
let h: Harness;
let apiKey: string;
let connId: string;
let otherConnId: string;
/** The secret the gateway registered with setWebhook: what Telegram echoes on every webhook. */
let secret: string;

async function postUpdate(body: object | string, opts: { secret?: string | null; connectionId?: string } = {}): Promise<WebhookAnswer> {
  const token = opts.secret === undefined ? secret : opts.secret;
  return postRawWebhook(`${h.url}/webhooks/telegram/${opts.connectionId ?? connId}`, typeof body === 'string' ? body : JSON.stringify(body), token === null ? {} : { 'x-telegram-bot-api-secret-token': token });
}

/** Every stored message of the chat on the main connection, in conversation order. */
const chatRows = (chatId: number) => threadMessages(h, connId, String(chatId));
const waitForSentReplies = (chatId: number, n: number, timeoutMs?: number) => waitForThreadReplies(h, connId, String(chatId), n, { timeoutMs, what: `${n} sent replies in chat ${chatId}` });
const count = (table: CountedTable) => countRows(h, table);

/** sendMessage calls the fake received for a chat (failed ones included), in arrival order. */
const sendsTo = (chatId: number): FakeTelegramCall[] =>
  fake.callsTo('sendMessage').filter((c) => c.token === TOKEN && String(c.body.chat_id) === String(chatId));

const gaps = (calls: FakeTelegramCall[]): number[] => calls.slice(1).map((c, i) => c.at - calls[i]!.at);

const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  fake = await startFakeTelegram({ validTokens: [TOKEN, OTHER_TOKEN, CONNECT_TOKEN] });
  h = await startHarness({ responder: new MenuResponder(FIRST_TITLE), env: { TELEGRAM_API_ROOT: fake.url, PUBLIC_BASE_URL } });
  apiKey = (await h.createTenant('Telegram e2e')).apiKey;
  const main = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Support bot', credentials: { botToken: TOKEN } });
  const other = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Other bot', credentials: { botToken: OTHER_TOKEN } });
  expect(main.status).toBe(201);
  expect(other.status).toBe(201);
  connId = main.body.id;
  otherConnId = other.body.id;
  const setWebhook = fake.callsTo('setWebhook').find((c) => c.token === TOKEN);
  secret = String(setWebhook?.body.secret_token ?? '');
  expect(secret).not.toBe('');
});

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

// ---------------------------------------------------------------- tests

describe('connecting a bot through the API', () => {
  it('checks the token with getMe, registers the webhook URL and secret, and never echoes credentials', async () => {
    const created = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Connect test', credentials: { botToken: CONNECT_TOKEN } });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(created.body).toMatchObject({ type: 'telegram', name: 'Connect test', status: 'active' });
    expect(created.body.webhookUrl).toBe(`${PUBLIC_BASE_URL}/webhooks/telegram/${id}`);
    expect(created.body.settings).toEqual({ botId: 7000000003, botUsername: 'fake_7000000003_bot' });

    const calls = fake.calls.filter((c) => c.token === CONNECT_TOKEN);
    expect(calls.map((c) => c.method)).toEqual(['getMe', 'setWebhook']);
    const [row] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, id));
    if (!row) throw new Error('connection row not stored');
    // The secret is stored encrypted (AES-256-GCM); Telegram gets the plaintext.
    const plainSecret = decryptWebhookSecret(h.config.security.encryptionKey, row);
    expect(row.webhookSecret).toMatch(/^v1\./);
    expect(row.webhookSecret).not.toContain(plainSecret);
    expect(calls[1]?.body).toMatchObject({
      url: created.body.webhookUrl,
      secret_token: plainSecret,
      allowed_updates: ['message', 'edited_message', 'callback_query'],
    });

    // Neither the bot token nor the webhook secret ever comes back, in any view.
    await expectSecretsNeverShown(h, apiKey, created.body, row, [CONNECT_TOKEN.split(':')[1]!]);
  });

  it('refuses a token Telegram rejects with 400 and Telegram\'s reason, and stores no connection', async () => {
    const before = await count('channel_connections');
    const revoked = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', name: 'Revoked', credentials: { botToken: REVOKED_TOKEN } });
    expect(revoked.status).toBe(400);
    expect(revoked.body.error.code).toBe('channel_rejected');
    expect(revoked.body.error.message).toMatch(/getMe failed: Unauthorized/);
    expect(JSON.stringify(revoked.body)).not.toContain(REVOKED_TOKEN.split(':')[1]);
    expect(fake.calls.filter((c) => c.token === REVOKED_TOKEN).map((c) => c.method)).toEqual(['getMe']);

    // Not even shaped like a BotFather token: refused before Telegram is asked.
    const garbage = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'telegram', credentials: { botToken: 'not-a-token' } });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.message).toMatch(/botToken/);
    expect(JSON.stringify(garbage.body)).not.toContain('not-a-token');
    expect(fake.calls.filter((c) => c.token === 'not-a-token')).toHaveLength(0);

    expect(await count('channel_connections')).toBe(before);
  });
});

describe('telegram webhooks through the gateway', () => {
  it('stores a valid update and answers it with sendMessage to the chat', async () => {
    const chat = 5_100_001;
    const update = textUpdate(chat, 'Hola, ¿dónde está mi pedido?');
    const res = await postUpdate(update);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, stored: 1, duplicates: 0, ignored: 0 });

    const rows = await waitForSentReplies(chat, 1);
    expect(rows.map((r) => [r.direction, r.senderType, r.kind])).toEqual([
      ['in', 'customer', 'text'],
      ['out', 'bot', 'text'],
    ]);
    const [inbound, reply] = rows;
    expect(inbound).toMatchObject({ text: 'Hola, ¿dónde está mi pedido?', platformMessageId: String(update.update_id), processingStatus: 'replied' });
    expect(reply).toMatchObject({ text: placeholder('Hola, ¿dónde está mi pedido?'), deliveryStatus: 'sent', attempts: 1, inReplyTo: inbound?.id, deliveryError: null });

    const sends = sendsTo(chat);
    expect(sends).toHaveLength(1);
    expect(sends[0]?.body).toEqual({ chat_id: String(chat), text: placeholder('Hola, ¿dónde está mi pedido?'), parse_mode: 'HTML' });
    // The id Telegram gave the sent message is kept for later status updates.
    expect(reply?.platformMessageId).toBe('1');
    // "typing…" was shown before the answer.
    const typing = fake.callsTo('sendChatAction').find((c) => String(c.body.chat_id) === String(chat));
    expect(typing?.body.action).toBe('typing');
    expect(typing!.at).toBeLessThanOrEqual(sends[0]!.at);

    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, inbound!.conversationId));
    expect(conv?.metadata).toMatchObject({ telegramChatType: 'private' });
  });

  it('rejects a forged or missing secret token with 401 and stores nothing', async () => {
    const chat = 5_100_002;
    const before = { messages: await count('messages'), outbox: await count('outbox'), identities: await count('channel_identities') };
    const [otherRow] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, otherConnId));
    const forgedSameLength = secret.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    const attempts: Array<string | null> = [null, '', forgedSameLength, `${secret}x`, secret.slice(0, -1), decryptWebhookSecret(h.config.security.encryptionKey, otherRow!)];
    for (const given of attempts) {
      const res = await postUpdate(textUpdate(chat, 'let me in'), { secret: given });
      expect(res.status, `secret ${JSON.stringify(given)}`).toBe(401);
      expect(res.body.error?.code).toBe('unauthorized');
      expect(res.body.error?.message).toMatch(/X-Telegram-Bot-Api-Secret-Token/);
    }
    // Our secret on an unknown connection id: 404, not stored either.
    const unknown = await postUpdate(textUpdate(chat, 'let me in'), { connectionId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);

    expect(await count('messages')).toBe(before.messages);
    expect(await count('outbox')).toBe(before.outbox);
    expect(await count('channel_identities')).toBe(before.identities);
    await settle(300);
    expect(sendsTo(chat)).toHaveLength(0);
  });

  it('answers malformed JSON and wrong shapes with 400 and a reason, and keeps serving', async () => {
    const chat = 5_100_003;
    const before = await count('messages');
    const valid = textUpdate(chat, 'still there?');
    const noChat = textUpdate(chat, 'x') as unknown as { message: Record<string, unknown> };
    delete noChat.message.chat;
    const cases: Array<[string, object | string, RegExp]> = [
      ['truncated JSON', '{"update_id": 1, "message": {', /^invalid JSON/],
      ['empty body', '', /^invalid JSON/],
      ['not an object', '[1, 2, 3]', /invalid Telegram update: \(root\)/],
      ['update_id as a string', { ...textUpdate(chat, 'x'), update_id: 'abc' }, /update_id/],
      ['message without chat', noChat, /message\.chat/],
      ['text that is not a string', { ...valid, message: { ...valid.message, text: 42 } }, /message\.text/],
    ];
    for (const [what, body, reason] of cases) {
      const res = await postUpdate(body);
      expect(res.status, what).toBe(400);
      expect(res.body.error?.code, what).toBe('bad_request');
      expect(res.body.error?.message, what).toMatch(reason);
    }
    expect(await count('messages')).toBe(before);

    // Well-formed but not something the gateway handles: 200, nothing stored.
    const member = fixture<{ update_id: number }>('my-chat-member');
    member.update_id = nextUpdateId++;
    const ignored = await postUpdate(member);
    expect(ignored.status).toBe(200);
    expect(ignored.body).toMatchObject({ stored: 0, ignored: 1 });
    expect(await count('messages')).toBe(before);

    // The server is still serving, and the next good update is answered.
    expect((await fetch(`${h.url}/health`)).status).toBe(200);
    expect((await postUpdate(valid)).status).toBe(200);
    const rows = await waitForSentReplies(chat, 1);
    expect(rows.map((r) => r.text)).toEqual(['still there?', placeholder('still there?')]);
  });

  it('stores an update delivered three times once and replies once', async () => {
    const chat = 5_100_004;
    const update = textUpdate(chat, 'are you getting this?');
    // Telegram retries an unanswered webhook; here three deliveries race each other.
    const results = await Promise.all([1, 2, 3].map(() => postUpdate(update)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.body.stored).sort()).toEqual([0, 0, 1]);
    expect(results.reduce((n, r) => n + (r.body.duplicates ?? 0), 0)).toBe(2);

    await waitForSentReplies(chat, 1);
    // A late redelivery, after the reply went out, is still a duplicate.
    const late = await postUpdate(update);
    expect(late.body).toMatchObject({ stored: 0, duplicates: 1 });
    await settle();
    const rows = await chatRows(chat);
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(1);
    expect(rows.filter((r) => r.direction === 'out')).toHaveLength(1);
    expect(sendsTo(chat)).toHaveLength(1);
  });

  it('after a 429 the reply still arrives exactly once, and only after retry_after', async () => {
    const chat = 5_100_005;
    fake.failNext('sendMessage', { status: 429, retryAfter: 1 });
    expect((await postUpdate(textUpdate(chat, 'slow down please'))).status).toBe(200);

    const rows = await waitForSentReplies(chat, 1);
    const reply = rows.find((r) => r.direction === 'out');
    // Two attempts: the refused one, then the delivered one.
    expect(reply).toMatchObject({ text: placeholder('slow down please'), deliveryStatus: 'sent', attempts: 2, deliveryError: null });
    await settle();
    const sends = sendsTo(chat);
    expect(sends).toHaveLength(2);
    expect(sends.map((c) => c.body.text)).toEqual([placeholder('slow down please'), placeholder('slow down please')]);
    // The retry waited for retry_after (1 s), with some tolerance for timer granularity.
    expect(gaps(sends)[0]).toBeGreaterThanOrEqual(900);
    // The fake numbers accepted messages per chat: the only message the customer got is number 1.
    expect(reply?.platformMessageId).toBe('1');
  });

  it('degrades buttons to the channel: ≤ 8 as an inline keyboard, more as numbered text; a press comes back as a button_reply', async () => {
    const chatKeyboard = 5_100_006;
    const chatNumbered = 5_100_007;
    const [asKeyboard] = degrade(menuDraft(8), telegramAdapter.capabilities);
    const [asText] = degrade(menuDraft(9), telegramAdapter.capabilities);
    expect(asKeyboard?.kind).toBe('buttons');
    expect(asText?.kind).toBe('text');

    expect((await postUpdate(textUpdate(chatKeyboard, 'menu 8'))).status).toBe(200);
    expect((await postUpdate(textUpdate(chatNumbered, 'menu 9'))).status).toBe(200);
    const keyboardRows = await waitForSentReplies(chatKeyboard, 1);
    const textRows = await waitForSentReplies(chatNumbered, 1);

    // 8 buttons: one per row, titles cut to 64 characters, payloads as callback_data.
    const inlineKeyboard = asKeyboard!.buttons!.map((b) => [{ text: b.title, callback_data: b.payload }]);
    expect(inlineKeyboard).toHaveLength(8);
    expect(inlineKeyboard[0]?.[0]?.text).toHaveLength(64);
    const [keyboardSend] = sendsTo(chatKeyboard);
    expect(keyboardSend?.body).toEqual({ chat_id: String(chatKeyboard), text: 'Pick one of 8:', parse_mode: 'HTML', reply_markup: { inline_keyboard: inlineKeyboard } });
    expect(keyboardRows.find((r) => r.direction === 'out')).toMatchObject({ kind: 'buttons', payload: { buttons: asKeyboard!.buttons } });

    // 9 buttons: more than Telegram's capability, so numbered text without a keyboard.
    const [textSend] = sendsTo(chatNumbered);
    expect(textSend?.body).toEqual({ chat_id: String(chatNumbered), text: asText!.text, parse_mode: 'HTML' });
    expect(asText!.text).toMatch(/^Pick one of 9:\n\n1\. Option 1 with a very long/);
    expect(asText!.text).toContain('\n9. Option 9\n');
    expect(textRows.find((r) => r.direction === 'out')).toMatchObject({ kind: 'text', text: asText!.text });

    // The customer presses "Option 3": Telegram sends a callback_query with the button's data.
    const sent = { message_id: Number(keyboardRows[1]!.platformMessageId), text: 'Pick one of 8:', reply_markup: { inline_keyboard: inlineKeyboard } };
    expect((await postUpdate(callbackUpdate(chatKeyboard, sent, 'opt-3'))).status).toBe(200);
    const afterPress = await waitForSentReplies(chatKeyboard, 2);
    const press = afterPress[2];
    expect(press).toMatchObject({ direction: 'in', kind: 'button_reply', text: 'Option 3', payload: expect.objectContaining({ buttonPayload: 'opt-3' }) });
    expect(afterPress[3]?.text).toBe(placeholder('Option 3'));
    // The press is acknowledged, so the customer's app stops the button's progress indicator.
    const callbackId = (press!.payload as { platform?: { callbackQueryId?: string } }).platform?.callbackQueryId;
    expect(callbackId).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.body.callback_query_id)).toEqual([callbackId]);
  });
});

describe('per-chat rate limit shared by two worker processes', () => {
  beforeAll(async () => {
    // Only the real worker entry point, twice: no in-process worker from here on.
    for (const w of h.workers.splice(0)) await w.close();
    const children = [h.spawnWorker(), h.spawnWorker()];
    await Promise.all(children.map((child) => waitForOutput(child, /conversation worker started/)));
  });

  it('keeps ≥ ~1 s between sends to one chat, without holding back another chat', async () => {
    const chatA = 5_200_001;
    const chatB = 5_200_002;
    const chatC = 5_200_003;

    // C: each message is sent right after the previous reply went out, so its
    // jobs land on either process and only the shared limiter spaces them.
    const pingPong = (async () => {
      for (let i = 0; i < 3; i++) {
        expect((await postUpdate(textUpdate(chatC, `C turn ${i}`))).status).toBe(200);
        await waitFor(async () => sendsTo(chatC).length > i, { what: `reply ${i} in chat C` });
      }
    })();
    // A and B: a burst, as fast as the webhook answers.
    for (const [chat, text] of [
      [chatA, 'A burst 0'],
      [chatB, 'B burst 0'],
      [chatA, 'A burst 1'],
      [chatB, 'B burst 1'],
      [chatA, 'A burst 2'],
      [chatA, 'A burst 3'],
    ] as const) {
      expect((await postUpdate(textUpdate(chat, text))).status).toBe(200);
    }

    const [rowsA, rowsB, rowsC] = await Promise.all([
      waitForSentReplies(chatA, 4, 30_000),
      waitForSentReplies(chatB, 2, 30_000),
      waitForSentReplies(chatC, 3, 30_000),
      pingPong,
    ]);
    await settle();

    const a = sendsTo(chatA);
    const b = sendsTo(chatB);
    const c = sendsTo(chatC);
    // Every reply once, in the order the customer wrote.
    expect(a.map((s) => s.body.text)).toEqual([0, 1, 2, 3].map((i) => placeholder(`A burst ${i}`)));
    expect(b.map((s) => s.body.text)).toEqual([0, 1].map((i) => placeholder(`B burst ${i}`)));
    expect(c.map((s) => s.body.text)).toEqual([0, 1, 2].map((i) => placeholder(`C turn ${i}`)));
    for (const rows of [rowsA, rowsB, rowsC]) {
      expect(rows.filter((r) => r.direction === 'out').map((r) => r.attempts)).toEqual(rows.filter((r) => r.direction === 'out').map(() => 1));
    }

    // ≤ 1 message per second per chat (tolerance for timers and request latency).
    for (const gap of [...gaps(a), ...gaps(b), ...gaps(c)]) expect(gap).toBeGreaterThanOrEqual(900);
    // A's limit does not hold B back: B's two replies are out long before A's four (≥ 3 s).
    expect(b[1]!.at).toBeLessThan(a[3]!.at);

    for (const child of h.children) expect(child.exitCode).toBeNull();
  });
});
