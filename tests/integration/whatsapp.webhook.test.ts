/**
 * WhatsApp Cloud API end to end through the running gateway: `POST
 * /api/v1/channels` (token checked on the fake Graph API), Meta's GET
 * challenge, signed webhooks in (401s, 400s, redeliveries, status receipts),
 * the real BullMQ worker answering through plain `fetch` against the fake
 * (mark-as-read + typing, text, reply buttons, lists, numbered text), rate
 * limits, and the 24-hour customer service window (template, or a clear
 * failure without one).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelConnections, channelIdentities, conversations, messages } from '../../drizzle/schema.js';
import { degrade, type OutboundDraft } from '../../channels/degrade.js';
import { NO_TEMPLATE_REASON, whatsappAdapter } from '../../channels/whatsapp/whatsapp.adapter.js';
import type { Responder, ResponderInput, ResponderResult } from '../../src/conversation/responder.js';
import { recordOutbox } from '../../src/queue/outbox.js';
import { CONVERSATION_QUEUE, jobIds } from '../../src/queue/queues.js';
import {
  newWamid,
  signWhatsAppBody,
  startFakeWhatsAppGraph,
  waMessage,
  waMessagesWebhook,
  waStatus,
  waText,
  type FakeGraphCall,
  type FakeGraphFailure,
  type FakeWhatsAppGraph,
  type WaBusinessNumber,
  type WaObject,
} from '../fakes/whatsapp-graph.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { countRows, threadMessages, waitForThreadReplies, type CountedTable } from '../helpers/thread-messages.js';
import { expectSecretsNeverShown, postRawWebhook, type WebhookAnswer } from '../helpers/webhooks.js';

/** Meta only calls https webhooks; the gateway itself listens on plain http behind it. */
const PUBLIC_BASE_URL = 'https://gateway.e2e.example';
const TOKEN = 'EAAGe2eMainAccessToken';
const NT_TOKEN = 'EAAGe2eNoTemplateAccessToken';
const CONNECT_TOKEN = 'EAAGe2eConnectAccessToken';
const APP_SECRET = 'e2e-app-secret-main';
const NT_APP_SECRET = 'e2e-app-secret-no-template';
const VERIFY_TOKEN = 'e2e-verify-token-main';
const NT_VERIFY_TOKEN = 'e2e-verify-token-no-template';
const MAIN: WaBusinessNumber = { phoneNumberId: '106540352242922', displayPhoneNumber: '15550783881' };
const NO_TEMPLATE: WaBusinessNumber = { phoneNumberId: '106540352242933', displayPhoneNumber: '15550783882' };
const CONNECT: WaBusinessNumber = { phoneNumberId: '106540352242944', displayPhoneNumber: '15550783883' };
const TEMPLATE = { name: 'reengage_customer', language: 'en_US' };
const DAY_MS = 24 * 3600 * 1000;

// ---------------------------------------------------------------- responder

const echo = (text: string) => `You said: ${text}`;

/** `menu <n>` answers with n buttons (so degrade() runs in the worker as for a real answer); anything else is echoed. */
function menuDraft(n: number): OutboundDraft {
  const buttons = Array.from({ length: n }, (_, i) => ({ title: `Option ${i + 1}`, payload: `opt-${i + 1}` }));
  // Over WhatsApp's 20-character button title: degrade() must shorten it.
  buttons[0] = { title: 'Option 1 with a long explanation', payload: 'opt-1' };
  return { kind: 'buttons', senderType: 'bot', text: `Pick one of ${n}:`, buttons };
}

class MenuResponder implements Responder {
  readonly name = 'e2e-menu';
  async respond(input: ResponderInput): Promise<ResponderResult> {
    const menu = /^menu (\d+)$/.exec(input.message.text);
    if (menu) return { drafts: [menuDraft(Number(menu[1]))], model: 'e2e-menu' };
    return { drafts: [{ kind: 'text', senderType: 'bot', text: echo(input.message.text) }], model: 'e2e-echo' };
  }
}

// ---------------------------------------------------------------- helpers

let fake: FakeWhatsAppGraph;
let h: Harness;
let apiKey: string;
let tenantId: string;
let connId: string;
let ntConnId: string;

const newWaId = () => `1650${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

interface Inbound {
  body: WaObject;
  id: string;
}

/** A text message webhook from `from` to `business` (Meta's documented shape, see the fake). */
function textWebhook(from: string, text: string, business = MAIN, name = 'Ana Souza'): Inbound {
  const id = newWamid();
  return { id, body: waMessagesWebhook(business, { contacts: [{ waId: from, name }], messages: [waMessage(from, waText(text), { id })] }) };
}

async function postWebhook(body: object | string, opts: { signature?: string | null; connectionId?: string; secret?: string } = {}): Promise<WebhookAnswer> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const signature = opts.signature === undefined ? signWhatsAppBody(raw, opts.secret ?? APP_SECRET) : opts.signature;
  return postRawWebhook(`${h.url}/webhooks/whatsapp/${opts.connectionId ?? connId}`, raw, signature === null ? {} : { 'x-hub-signature-256': signature });
}

const threadRows = (waId: string, connection = connId) => threadMessages(h, connection, waId);
const waitForReplies = (waId: string, n: number, opts: { connection?: string; status?: 'sent' | 'failed' | 'settled' } = {}) =>
  waitForThreadReplies(h, opts.connection ?? connId, waId, n, { status: opts.status, what: `${n} replies to ${waId}` });
const count = (table: CountedTable) => countRows(h, table);

const bodyOf = (call: FakeGraphCall): Record<string, unknown> => (call.body && typeof call.body === 'object' ? (call.body as Record<string, unknown>) : {});
/** Message send calls to a customer, failed ones included, in arrival order. */
const sendCallsTo = (waId: string) => fake.calls.filter((c) => c.kind === 'send' && bodyOf(c).to === waId);
/** What the customer actually received. */
const sendsTo = (waId: string) => fake.sends.filter((s) => s.to === waId);
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
const fixture = (name: string): WaObject => JSON.parse(readFileSync(new URL(`../fixtures/whatsapp/${name}.json`, import.meta.url), 'utf8')) as WaObject;

beforeAll(async () => {
  fake = await startFakeWhatsAppGraph({
    validTokens: [TOKEN, NT_TOKEN, CONNECT_TOKEN],
    phoneNumbers: {
      [MAIN.phoneNumberId]: { display_phone_number: '+1 555-078-3881', verified_name: 'Acme Support' },
      [NO_TEMPLATE.phoneNumberId]: { display_phone_number: '+1 555-078-3882', verified_name: 'Acme Returns' },
      [CONNECT.phoneNumberId]: { display_phone_number: '+1 555-078-3883', verified_name: 'Acme Sales' },
    },
    templates: [TEMPLATE],
  });
  h = await startHarness({ responder: new MenuResponder(), env: { WHATSAPP_GRAPH_API_URL: fake.url, PUBLIC_BASE_URL } });
  ({ apiKey, tenantId } = await h.createTenant('WhatsApp e2e'));
  const main = await h.api(apiKey, 'POST', '/api/v1/channels', {
    type: 'whatsapp',
    name: 'Acme Support',
    credentials: { accessToken: TOKEN, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, phoneNumberId: MAIN.phoneNumberId, template: TEMPLATE },
  });
  expect(main.status).toBe(201);
  connId = main.body.id;
  const nt = await h.api(apiKey, 'POST', '/api/v1/channels', {
    type: 'whatsapp',
    name: 'Acme Returns',
    credentials: { accessToken: NT_TOKEN, appSecret: NT_APP_SECRET, verifyToken: NT_VERIFY_TOKEN, phoneNumberId: NO_TEMPLATE.phoneNumberId },
  });
  expect(nt.status).toBe(201);
  ntConnId = nt.body.id;
});

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

// ---------------------------------------------------------------- tests

describe('connecting a phone number through the API', () => {
  it('checks the token with GET /{phone-number-id}, keeps the number and template as settings, never echoes credentials', async () => {
    const created = await h.api(apiKey, 'POST', '/api/v1/channels', {
      type: 'whatsapp',
      name: 'Connect test',
      credentials: { accessToken: CONNECT_TOKEN, appSecret: 'connect-app-secret', verifyToken: 'connect-verify-token', phoneNumberId: CONNECT.phoneNumberId, template: TEMPLATE },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(created.body).toMatchObject({ type: 'whatsapp', name: 'Connect test', status: 'active', webhookUrl: `${PUBLIC_BASE_URL}/webhooks/whatsapp/${id}` });
    expect(created.body.settings).toEqual({ displayPhoneNumber: '+1 555-078-3883', verifiedName: 'Acme Sales', template: TEMPLATE });

    const calls = fake.calls.filter((c) => c.headers.authorization === `Bearer ${CONNECT_TOKEN}`);
    expect(calls.map((c) => [c.method, c.path, c.query, c.status])).toEqual([
      ['GET', `/${CONNECT.phoneNumberId}`, { fields: 'display_phone_number,verified_name' }, 200],
    ]);

    const [row] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, id));
    if (!row) throw new Error('connection row not stored');
    await expectSecretsNeverShown(h, apiKey, created.body, row, [CONNECT_TOKEN, 'connect-app-secret', 'connect-verify-token']);
  });

  it('refuses credentials Graph rejects with 400 and Graph\'s message, and stores no connection', async () => {
    const before = await count('channel_connections');
    const creds = { accessToken: 'EAAGrevokedToken', appSecret: 'some-app-secret', verifyToken: 'some-verify-token', phoneNumberId: CONNECT.phoneNumberId };
    const revoked = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'whatsapp', credentials: creds });
    expect(revoked.status).toBe(400);
    expect(revoked.body.error.code).toBe('channel_rejected');
    expect(revoked.body.error.message).toBe('WhatsApp rejected the credentials: Invalid OAuth access token - Cannot parse access token');
    for (const secret of [creds.accessToken, creds.appSecret, creds.verifyToken]) expect(JSON.stringify(revoked.body)).not.toContain(secret);

    const unknownNumber = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'whatsapp', credentials: { ...creds, accessToken: CONNECT_TOKEN, phoneNumberId: '123456789' } });
    expect(unknownNumber.status).toBe(400);
    expect(unknownNumber.body.error.message).toMatch(/Object with ID '123456789' does not exist/);

    const incomplete = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'whatsapp', credentials: { accessToken: CONNECT_TOKEN, phoneNumberId: 'not-a-number' } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toMatch(/appSecret/);
    expect(incomplete.body.error.message).toMatch(/verifyToken/);
    expect(incomplete.body.error.message).toMatch(/phoneNumberId/);
    expect(JSON.stringify(incomplete.body)).not.toContain(CONNECT_TOKEN);

    const badTemplate = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'whatsapp', credentials: { ...creds, accessToken: CONNECT_TOKEN, template: { name: 'Hello World!' } } });
    expect(badTemplate.status).toBe(400);
    expect(badTemplate.body.error.message).toMatch(/template\.name/);

    expect(await count('channel_connections')).toBe(before);
  });
});

describe("Meta's webhook verification (GET)", () => {
  const verify = async (query: Record<string, string>, connection = connId) => {
    const res = await fetch(`${h.url}/webhooks/whatsapp/${connection}?${new URLSearchParams(query).toString()}`);
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };

  it('echoes hub.challenge as text/plain when hub.verify_token is the connection\'s', async () => {
    const res = await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' });
    expect(res).toMatchObject({ status: 200, body: '1158201444' });
    expect(res.type).toMatch(/^text\/plain/);
  });

  it('answers 403 to a wrong token (also another connection\'s), another mode, or no token; 404 to an unknown connection', async () => {
    const refused: Array<Record<string, string>> = [
      { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '42' },
      { 'hub.mode': 'subscribe', 'hub.verify_token': NT_VERIFY_TOKEN, 'hub.challenge': '42' },
      { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '42' },
      { 'hub.challenge': '42' },
    ];
    for (const query of refused) {
      const res = await verify(query);
      expect(res.status, JSON.stringify(query)).toBe(403);
      expect(res.body).not.toContain('42');
    }
    expect((await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': NT_VERIFY_TOKEN, 'hub.challenge': '7' }, ntConnId)).status).toBe(200);
    expect((await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '7' }, randomUUID())).status).toBe(404);
  });
});

describe('WhatsApp webhooks through the gateway', () => {
  it('stores a signed message, marks it read with the typing indicator, and answers through the Graph API', async () => {
    const waId = newWaId();
    const inbound = textWebhook(waId, 'Hi, where is my order #1042? https://shop.example/o/1042');
    const res = await postWebhook(inbound.body);
    expect(res).toEqual({ status: 200, body: { ok: true, stored: 1, duplicates: 0, ignored: 0 } });

    const rows = await waitForReplies(waId, 1);
    expect(rows.map((r) => [r.direction, r.senderType, r.kind])).toEqual([
      ['in', 'customer', 'text'],
      ['out', 'bot', 'text'],
    ]);
    const [msg, reply] = rows;
    expect(msg).toMatchObject({ platformMessageId: inbound.id, text: 'Hi, where is my order #1042? https://shop.example/o/1042', processingStatus: 'replied' });
    expect(reply).toMatchObject({ text: echo(msg!.text), deliveryStatus: 'sent', attempts: 1, inReplyTo: msg?.id });

    const [identity] = await h.c.database.db.select().from(channelIdentities).where(and(eq(channelIdentities.connectionId, connId), eq(channelIdentities.externalUserId, waId)));
    expect(identity?.displayName).toBe('Ana Souza');

    // Read receipt + typing indicator on the answered message, before the answer.
    const read = fake.calls.find((c) => c.kind === 'read' && bodyOf(c).message_id === inbound.id);
    expect(read?.status).toBe(200);
    expect(read?.path).toBe(`/${MAIN.phoneNumberId}/messages`);
    expect(read?.body).toEqual({ messaging_product: 'whatsapp', status: 'read', message_id: inbound.id, typing_indicator: { type: 'text' } });

    const calls = sendCallsTo(waId);
    expect(calls.map((c) => c.status)).toEqual([200]);
    expect(calls[0]?.path).toBe(`/${MAIN.phoneNumberId}/messages`);
    expect(calls[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: waId,
      type: 'text',
      text: { body: echo(msg!.text), preview_url: true },
    });
    expect(read!.at).toBeLessThanOrEqual(calls[0]!.at);
    // The wamid Graph returned is kept, so status webhooks find the row.
    expect(reply?.platformMessageId).toBe(sendsTo(waId)[0]?.id);
  });

  it('rejects a forged, missing or stale signature with 401 and stores nothing', async () => {
    const waId = newWaId();
    const before = { messages: await count('messages'), outbox: await count('outbox'), identities: await count('channel_identities') };
    const raw = JSON.stringify(textWebhook(waId, 'let me in').body);
    const tampered = raw.replace('let me in', 'let me IN');
    const hex = signWhatsAppBody(raw, APP_SECRET).slice('sha256='.length);
    const cases: Array<[string, string, string | null, RegExp]> = [
      ['no signature', raw, null, /missing X-Hub-Signature-256/],
      ['empty signature', raw, '', /missing X-Hub-Signature-256/],
      ['signed with another app secret', raw, signWhatsAppBody(raw, 'not-the-app-secret'), /invalid X-Hub-Signature-256/],
      ['signed with the other connection\'s secret', raw, signWhatsAppBody(raw, NT_APP_SECRET), /invalid X-Hub-Signature-256/],
      ['body changed after signing', tampered, signWhatsAppBody(raw, APP_SECRET), /invalid X-Hub-Signature-256/],
      ['hex without the sha256= prefix', raw, hex, /invalid X-Hub-Signature-256/],
      ['legacy sha1 header format', raw, `sha1=${hex.slice(0, 40)}`, /invalid X-Hub-Signature-256/],
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
    expect(fake.calls.filter((c) => bodyOf(c).to === waId)).toHaveLength(0);
  });

  it('answers malformed JSON and wrong shapes with 400 and a reason, ignores what it does not handle, and keeps serving', async () => {
    const waId = newWaId();
    const before = await count('messages');
    const good = textWebhook(waId, 'still there?');
    const noBody = textWebhook(waId, 'x');
    const change = ((noBody.body.entry as WaObject[])[0]!.changes as WaObject[])[0]!.value as { messages: WaObject[] };
    change.messages[0]!.text = {};
    const noId = textWebhook(waId, 'x');
    delete (((noId.body.entry as WaObject[])[0]!.changes as WaObject[])[0]!.value as { messages: WaObject[] }).messages[0]!.id;
    const cases: Array<[string, object | string, RegExp]> = [
      ['truncated JSON', '{"object": "whatsapp_business_account", "entry": [', /^invalid JSON/],
      ['empty body', '', /^invalid JSON/],
      ['no entry', { object: 'whatsapp_business_account' }, /entry/],
      ['text message without body', noBody.body, /entry\[0\]\.changes\[0\]\.value\.messages\[0\]\.text\.body/],
      ['message without id', noId.body, /value\.messages\[0\]\.id/],
    ];
    for (const [what, body, reason] of cases) {
      const res = await postWebhook(body);
      expect(res.status, what).toBe(400);
      expect(res.body.error?.code, what).toBe('bad_request');
      expect(res.body.error?.message, what).toMatch(reason);
    }
    expect(await count('messages')).toBe(before);

    // Well-formed but not for us: a reaction, a template status update, another number of the same app.
    for (const body of [fixture('reaction'), fixture('template-status-update'), textWebhook(waId, 'x', CONNECT).body]) {
      const res = await postWebhook(body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ stored: 0, ignored: 1 });
    }
    expect(await count('messages')).toBe(before);

    expect((await fetch(`${h.url}/health`)).status).toBe(200);
    expect((await postWebhook(good.body)).body).toMatchObject({ stored: 1 });
    const rows = await waitForReplies(waId, 1);
    expect(rows.map((r) => r.text)).toEqual(['still there?', echo('still there?')]);
  });

  it('stores a message delivered three times once and replies once', async () => {
    const waId = newWaId();
    const inbound = textWebhook(waId, 'are you getting this?');
    const results = await Promise.all([1, 2, 3].map(() => postWebhook(inbound.body)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.body.stored).sort()).toEqual([0, 0, 1]);
    expect(results.reduce((n, r) => n + (r.body.duplicates ?? 0), 0)).toBe(2);
    await waitForReplies(waId, 1);
    // Meta's own redelivery later: same wamid.
    expect((await postWebhook(inbound.body)).body).toMatchObject({ stored: 0, duplicates: 1 });
    await settle();
    const rows = await threadRows(waId);
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(1);
    expect(rows.filter((r) => r.direction === 'out')).toHaveLength(1);
    expect(sendsTo(waId).map((s) => (s.body.text as { body: string }).body)).toEqual([echo('are you getting this?')]);
  });

  it.each<[string, FakeGraphFailure & { code: number }]>([
    ['throughput limit 130429', { status: 400, code: 130429 }],
    ['HTTP 429 (code 4) with Retry-After', { status: 429, code: 4, retryAfter: 1 }],
  ])('after %s the reply arrives exactly once, after the backoff', async (_what, failure) => {
    const waId = newWaId();
    fake.failNext(failure);
    expect((await postWebhook(textWebhook(waId, 'slow down please').body)).status).toBe(200);
    const rows = await waitForReplies(waId, 1);
    expect(rows.find((r) => r.direction === 'out')).toMatchObject({ text: echo('slow down please'), deliveryStatus: 'sent', attempts: 2, deliveryError: null });
    await settle();
    const calls = sendCallsTo(waId);
    expect(calls.map((c) => c.status)).toEqual([failure.status, 200]);
    expect((calls[0]?.response as { error: { code: number } }).error.code).toBe(failure.code);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(900);
    expect(sendsTo(waId)).toHaveLength(1);
  });

  it('retries a Graph 5xx with backoff; a 4xx fails the message at once with Graph\'s reason', async () => {
    const flaky = newWaId();
    fake.failNext({ status: 500, code: 131000 });
    await postWebhook(textWebhook(flaky, 'hello?').body);
    const rows = await waitForReplies(flaky, 1);
    expect(rows.find((r) => r.direction === 'out')).toMatchObject({ deliveryStatus: 'sent', attempts: 2 });
    expect(sendCallsTo(flaky).map((c) => c.status)).toEqual([500, 200]);

    const gone = newWaId();
    fake.failNext({ status: 400, code: 131026 });
    await postWebhook(textWebhook(gone, 'hello?').body);
    const failed = await waitForReplies(gone, 1, { status: 'failed' });
    expect(failed.find((r) => r.direction === 'out')).toMatchObject({ deliveryStatus: 'failed', attempts: 1, deliveryError: 'WhatsApp Graph 400: (#131026) Message undeliverable' });
    await settle();
    expect(sendCallsTo(gone).map((c) => c.status)).toEqual([400]);
  });

  it('renders ≤ 3 buttons as reply buttons, 4–10 as a list, more as numbered text; a press comes back as a button_reply', async () => {
    const [three, seven, eleven] = [newWaId(), newWaId(), newWaId()];
    const drafts = [3, 7, 11].map((n) => degrade(menuDraft(n), whatsappAdapter.capabilities)[0]!);
    expect(drafts.map((d) => d.kind)).toEqual(['buttons', 'buttons', 'text']);
    for (const [waId, n] of [[three, 3], [seven, 7], [eleven, 11]] as const) {
      expect((await postWebhook(textWebhook(waId, `menu ${n}`).body)).body).toMatchObject({ stored: 1 });
    }
    await Promise.all([three, seven, eleven].map((w) => waitForReplies(w, 1)));

    const title1 = drafts[0]!.buttons![0]!.title;
    expect([...title1]).toHaveLength(20);
    expect(sendsTo(three)[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: three,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pick one of 3:' },
        action: { buttons: drafts[0]!.buttons!.map((b) => ({ type: 'reply', reply: { id: b.payload, title: b.title } })) },
      },
    });
    expect(sendsTo(seven)[0]?.body).toMatchObject({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick one of 7:' },
        action: { button: 'Choose', sections: [{ title: 'Options', rows: drafts[1]!.buttons!.map((b) => ({ id: b.payload, title: b.title })) }] },
      },
    });
    expect(sendsTo(eleven)[0]?.body).toMatchObject({ type: 'text', text: { body: drafts[2]!.text } });
    expect(drafts[2]!.text).toMatch(/^Pick one of 11:\n\n1\. Option 1 with a long explanation\n[\s\S]*\n11\. Option 11\n/);

    // The customer taps "Option 2": an interactive button_reply replying to our message.
    const pressId = newWamid();
    const press = waMessagesWebhook(MAIN, {
      contacts: [{ waId: three, name: 'Ana Souza' }],
      messages: [
        waMessage(three, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'opt-2', title: 'Option 2' } } }, { id: pressId, context: { from: MAIN.displayPhoneNumber, id: sendsTo(three)[0]!.id } }),
      ],
    });
    expect((await postWebhook(press)).body).toMatchObject({ stored: 1 });
    const rows = await waitForReplies(three, 2);
    expect(rows[2]).toMatchObject({ direction: 'in', kind: 'button_reply', text: 'Option 2', payload: expect.objectContaining({ buttonPayload: 'opt-2' }) });
    expect(rows[3]?.text).toBe(echo('Option 2'));
  });

  it('status webhooks update the outbound row: delivered, read, failed with the error', async () => {
    const waId = newWaId();
    await postWebhook(textWebhook(waId, 'first').body);
    await waitForReplies(waId, 1);
    await postWebhook(textWebhook(waId, 'second').body);
    const rows = await waitForReplies(waId, 2);
    const [out1, out2] = rows.filter((r) => r.direction === 'out');
    const status = (id: string, s: string, errors?: WaObject[]) => waMessagesWebhook(MAIN, { statuses: [waStatus(id, s, waId, errors ? { errors } : {})] });
    const row = async (id: string) => (await h.c.database.db.select().from(messages).where(eq(messages.id, id)))[0];

    expect((await postWebhook(status(out1!.platformMessageId!, 'delivered'))).body).toEqual({ ok: true, stored: 0, duplicates: 0, ignored: 0 });
    expect(await row(out1!.id)).toMatchObject({ deliveryStatus: 'delivered', deliveryError: null });
    await postWebhook(status(out1!.platformMessageId!, 'read'));
    expect(await row(out1!.id)).toMatchObject({ deliveryStatus: 'read' });
    // Receipts arrive out of order: a late "delivered" (or "sent") never undoes "read".
    await postWebhook(status(out1!.platformMessageId!, 'delivered'));
    await postWebhook(status(out1!.platformMessageId!, 'sent'));
    expect(await row(out1!.id)).toMatchObject({ deliveryStatus: 'read' });

    const errors = [{ code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Message Undeliverable.' } }];
    await postWebhook(status(out2!.platformMessageId!, 'failed', errors));
    expect(await row(out2!.id)).toMatchObject({ deliveryStatus: 'failed', deliveryError: '131026: Message undeliverable - Message Undeliverable.' });
    expect(await row(out1!.id)).toMatchObject({ deliveryStatus: 'read' });

    // A receipt for a message this gateway never sent changes nothing.
    const before = await count('messages');
    expect((await postWebhook(status(newWamid(), 'delivered'))).status).toBe(200);
    expect(await count('messages')).toBe(before);
  });
});

describe('the 24-hour customer service window', () => {
  /** A conversation whose customer last wrote 25 h ago, with outbound messages an agent wrote now, queued through the outbox. */
  async function lateAgentMessages(connection: string, business: WaBusinessNumber, secret: string, texts: string[]): Promise<{ waId: string; ids: string[] }> {
    const waId = newWaId();
    await postWebhook(textWebhook(waId, 'I will be back tomorrow', business).body, { connectionId: connection, secret });
    const [first] = await waitForReplies(waId, 1, { connection });
    const conversationId = first!.conversationId;
    await h.c.database.db.update(conversations).set({ lastInboundAt: new Date(Date.now() - DAY_MS - 3600_000) }).where(eq(conversations.id, conversationId));
    const ids = texts.map(() => randomUUID());
    await h.c.database.db.transaction(async (tx) => {
      await tx.insert(messages).values(
        texts.map((text, i) => ({
          id: ids[i]!,
          tenantId,
          conversationId,
          connectionId: connection,
          direction: 'out' as const,
          senderType: 'agent' as const,
          kind: 'text' as const,
          text,
          idempotencyKey: `e2e-late-${ids[i]}`,
          deliveryStatus: 'pending' as const,
        })),
      );
      await recordOutbox(tx, [{ tenantId, queue: CONVERSATION_QUEUE, jobName: 'outbound', jobId: jobIds.outbound(ids[0]!), data: { tenantId, conversationId, messageId: ids[0]! } }]);
    });
    h.c.relay.kick();
    return { waId, ids };
  }

  const row = async (id: string) => (await h.c.database.db.select().from(messages).where(eq(messages.id, id)))[0];

  it('outside it, the configured template goes out instead of free-form text, once', async () => {
    const { waId, ids } = await lateAgentMessages(connId, MAIN, APP_SECRET, ['Your refund was approved.', 'Anything else?']);
    const rows = await waitForReplies(waId, 3, { status: 'settled' });
    const [late, again] = [await row(ids[0]!), await row(ids[1]!)];
    const sends = sendsTo(waId);
    expect(sends.map((s) => s.type)).toEqual(['text', 'template']);
    expect(sends[1]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: waId,
      type: 'template',
      template: { name: TEMPLATE.name, language: { code: TEMPLATE.language } },
    });
    expect(late).toMatchObject({ deliveryStatus: 'sent', platformMessageId: sends[1]?.id, attempts: 1 });
    // One template per silent stretch: the next message waits for the customer instead of a second template.
    expect(again).toMatchObject({ deliveryStatus: 'failed', attempts: 1 });
    expect(again?.deliveryError).toMatch(/outside the 24-hour customer service window; template "reengage_customer" already sent/);
    const [conv] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, rows[0]!.conversationId));
    expect(conv?.metadata).toMatchObject({ whatsappTemplateForMessageId: ids[0], whatsappTemplateSentAt: expect.any(Number) });
    expect(sendCallsTo(waId).map((c) => bodyOf(c).type)).toEqual(['text', 'template']);
  });

  it('without a template, the outbound row fails with the clear reason and nothing is sent', async () => {
    const { waId, ids } = await lateAgentMessages(ntConnId, NO_TEMPLATE, NT_APP_SECRET, ['Your refund was approved.']);
    await waitForReplies(waId, 2, { connection: ntConnId, status: 'settled' });
    expect(await row(ids[0]!)).toMatchObject({ deliveryStatus: 'failed', deliveryError: NO_TEMPLATE_REASON, attempts: 1, platformMessageId: null });
    expect(NO_TEMPLATE_REASON).toBe('outside the 24-hour customer service window and no template configured');
    await settle();
    expect(sendCallsTo(waId).map((c) => bodyOf(c).type)).toEqual(['text']);
  });

  it('when Graph says 131047 (its clock is the judge), the template is sent instead', async () => {
    const waId = newWaId();
    fake.failNext({ status: 400, code: 131047 });
    await postWebhook(textWebhook(waId, 'hello after a while').body);
    const rows = await waitForReplies(waId, 1);
    const calls = sendCallsTo(waId);
    expect(calls.map((c) => [c.status, bodyOf(c).type])).toEqual([
      [400, 'text'],
      [200, 'template'],
    ]);
    expect(rows.find((r) => r.direction === 'out')).toMatchObject({ deliveryStatus: 'sent', attempts: 1, platformMessageId: sendsTo(waId)[0]?.id });
  });
});
