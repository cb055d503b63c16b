/**
 * Microsoft Teams end to end through the running gateway, against the fake
 * Bot Framework (tests/fakes/botframework.ts): `POST /api/v1/channels` (token
 * from the fake Azure AD), webhooks in with real JWT validation by botbuilder
 * (keys from the fake OpenID metadata), and replies sent proactively by the
 * real BullMQ worker through the SDK's connector client to the activity's
 * serviceUrl, with a bearer token from the fake login endpoint.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelConnections, conversations } from '../../drizzle/schema.js';
import { degrade, type OutboundDraft } from '../../channels/degrade.js';
import { teamsAdapter } from '../../channels/teams/teams.adapter.js';
import type { Responder, ResponderInput, ResponderResult } from '../../src/conversation/responder.js';
import { EchoResponder, echoText } from '../../src/conversation/echo.responder.js';
import { startFakeBotFramework, type FakeBotFramework, type FakeConnectorCall } from '../fakes/botframework.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { countRows, threadMessages, waitForThreadReplies, type CountedTable } from '../helpers/thread-messages.js';
import { postRawWebhook, type WebhookAnswer } from '../helpers/webhooks.js';

const APP_ID = '7b3c5d9e-1f2a-4b6c-8d0e-2a4c6e8f0b1d';
const APP_PASSWORD = 'e2e~main-bot-client-secret-value';
/** A single-tenant bot: its tokens come from its own directory, not botframework.com. */
const TENANT_APP_ID = 'c4d5e6f7-0819-4a2b-9c3d-4e5f60718293';
const TENANT_APP_PASSWORD = 'e2e~tenant-bot-client-secret-value';
const TENANT_ID = '3f2e1d0c-9b8a-4765-8432-10fedcba9876';
/** Another bot registered with the Bot Framework: its tokens must not open our webhook. */
const OTHER_APP_ID = '0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9';
const PUBLIC_BASE_URL = 'https://gateway.e2e.example';

// ---------------------------------------------------------------- responder

function menuDraft(n: number): OutboundDraft {
  const buttons = Array.from({ length: n }, (_, i) => ({ title: `Option ${i + 1}`, payload: `opt-${i + 1}` }));
  // Over the 40 characters Teams shows on a card button: degrade() must shorten it.
  buttons[0] = { title: `Option 1 ${'with a long explanation '.repeat(3)}`, payload: 'opt-1' };
  return { kind: 'buttons', senderType: 'bot', text: `Pick one of ${n}:`, buttons };
}

/** Echo, except `menu <n>` (n buttons) and `burst <n>` (n separate messages). */
class MenuResponder implements Responder {
  readonly name = 'e2e-menu';
  private readonly echo = new EchoResponder();
  async respond(input: ResponderInput): Promise<ResponderResult> {
    const menu = /^menu (\d+)$/.exec(input.message.text);
    if (menu) return { drafts: [menuDraft(Number(menu[1]))], model: 'e2e-menu' };
    const burst = /^burst (\d+)$/.exec(input.message.text);
    if (burst) {
      const drafts = Array.from({ length: Number(burst[1]) }, (_, i): OutboundDraft => ({ kind: 'text', senderType: 'bot', text: `part ${i + 1}` }));
      return { drafts, model: 'e2e-menu' };
    }
    return this.echo.respond(input);
  }
}

// ---------------------------------------------------------------- activities

type Activity = Record<string, unknown> & { id: string; serviceUrl: string; conversation: { id: string; [k: string]: unknown } };

const fixture = (name: string): Activity => JSON.parse(readFileSync(new URL(`../fixtures/teams/${name}.json`, import.meta.url), 'utf8')) as Activity;

let nextId = Date.now();

/** A documented activity (tests/fixtures/teams) addressed to our bot, through the fake connector. */
function activity(name: string, conversationId: string, patch: Record<string, unknown> = {}): Activity {
  const a = fixture(name);
  a.id = String(nextId++);
  a.timestamp = new Date().toISOString();
  a.serviceUrl = fake.serviceUrl;
  a.recipient = { id: `28:${APP_ID}`, name: 'Contoso Support' };
  a.conversation = { ...a.conversation, id: conversationId };
  for (const e of (a.entities as Array<Record<string, unknown>> | undefined) ?? []) {
    if (e.type === 'mention') e.mentioned = { id: `28:${APP_ID}`, name: 'Contoso Support' };
  }
  return Object.assign(a, patch);
}

const textActivity = (conversationId: string, text: string) => activity('personal-message', conversationId, { text });

// ---------------------------------------------------------------- helpers

let fake: FakeBotFramework;
let h: Harness;
let apiKey: string;
let connId: string;
let tenantConnId: string;

/** Posts like the Bot Framework channel: a JWT for our app id bound to the activity's serviceUrl, unless `authorization` says otherwise. */
async function post(body: Activity | string, opts: { authorization?: string | null; connectionId?: string } = {}): Promise<WebhookAnswer> {
  const serviceUrl = typeof body === 'string' ? fake.serviceUrl : body.serviceUrl;
  const authorization = opts.authorization === undefined ? `Bearer ${fake.signChannelToken({ audience: APP_ID, serviceUrl })}` : opts.authorization;
  return postRawWebhook(`${h.url}/webhooks/teams/${opts.connectionId ?? connId}`, typeof body === 'string' ? body : JSON.stringify(body), authorization === null ? {} : { authorization });
}

const rowsOf = (conversationId: string) => threadMessages(h, connId, conversationId);
const waitForSentReplies = (conversationId: string, n: number, timeoutMs?: number) =>
  waitForThreadReplies(h, connId, conversationId, n, { timeoutMs, what: `${n} sent replies in ${conversationId}` });
const count = (table: CountedTable) => countRows(h, table);

const callsTo = (conversationId: string, type?: string): FakeConnectorCall[] =>
  fake.connectorCalls.filter((c) => c.conversationId === conversationId && (type === undefined || c.activity.type === type));

const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  fake = await startFakeBotFramework({
    apps: [
      { appId: APP_ID, appPassword: APP_PASSWORD },
      { appId: TENANT_APP_ID, appPassword: TENANT_APP_PASSWORD, tenant: TENANT_ID },
      { appId: OTHER_APP_ID, appPassword: 'other-secret' },
    ],
  });
  h = await startHarness({
    responder: new MenuResponder(),
    env: { BOTFRAMEWORK_OPENID_METADATA_URL: fake.openIdMetadataUrl, BOTFRAMEWORK_LOGIN_URL: fake.loginUrl, PUBLIC_BASE_URL },
  });
  apiKey = (await h.createTenant('Teams e2e')).apiKey;
  const main = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'teams', name: 'Support bot', credentials: { appId: APP_ID, appPassword: APP_PASSWORD } });
  expect(main.status).toBe(201);
  connId = main.body.id;
  const single = await h.api(apiKey, 'POST', '/api/v1/channels', {
    type: 'teams',
    name: 'Single-tenant bot',
    credentials: { appId: TENANT_APP_ID, appPassword: TENANT_APP_PASSWORD, appTenantId: TENANT_ID },
  });
  expect(single.status).toBe(201);
  tenantConnId = single.body.id;
});

afterAll(async () => {
  await h?.close();
  await fake?.stop();
});

// ---------------------------------------------------------------- tests

describe('connecting an Azure Bot through the API', () => {
  it('checks the app id and secret with Azure AD (in the app\'s tenant) and never echoes the secret', async () => {
    const [mainToken, tenantToken] = fake.tokenRequests;
    expect(mainToken).toMatchObject({ tenant: 'botframework.com', clientId: APP_ID, grantType: 'client_credentials', scope: 'https://api.botframework.com/.default', status: 200 });
    expect(tenantToken).toMatchObject({ tenant: TENANT_ID, clientId: TENANT_APP_ID, status: 200 });

    const view = await h.api(apiKey, 'GET', `/api/v1/channels/${tenantConnId}`);
    expect(view.body).toMatchObject({
      type: 'teams',
      status: 'active',
      webhookUrl: `${PUBLIC_BASE_URL}/webhooks/teams/${tenantConnId}`,
      settings: { appId: TENANT_APP_ID, botId: `28:${TENANT_APP_ID}`, appTenantId: TENANT_ID },
    });
    const list = JSON.stringify((await h.api(apiKey, 'GET', '/api/v1/channels')).body);
    expect(list).not.toContain(APP_PASSWORD);
    expect(list).not.toContain(TENANT_APP_PASSWORD);
    const [row] = await h.c.database.db.select().from(channelConnections).where(eq(channelConnections.id, connId));
    expect(row?.credentialsEnc).not.toContain(APP_PASSWORD);
  });

  it('refuses a wrong secret with Azure AD\'s reason, and a malformed app id before asking, storing nothing', async () => {
    const before = await count('channel_connections');
    const wrong = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'teams', credentials: { appId: APP_ID, appPassword: 'not-the-secret' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('channel_rejected');
    expect(wrong.body.error.message).toMatch(/AADSTS7000215: Invalid client secret provided/);
    expect(JSON.stringify(wrong.body)).not.toContain('not-the-secret');

    // The single-tenant app asked at botframework.com (no appTenantId): AAD does not know it there.
    const noTenant = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'teams', credentials: { appId: TENANT_APP_ID, appPassword: TENANT_APP_PASSWORD } });
    expect(noTenant.status).toBe(400);
    expect(noTenant.body.error.message).toMatch(/AADSTS700016/);

    const asked = fake.tokenRequests.length;
    const garbage = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'teams', credentials: { appId: 'my-bot', appPassword: 'x' } });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.message).toMatch(/appId/);
    expect(fake.tokenRequests.length).toBe(asked);
    expect(await count('channel_connections')).toBe(before);
  });
});

describe('teams webhooks through the gateway', () => {
  it('stores a valid activity and answers proactively through the connector at its serviceUrl, typing first', async () => {
    const conv = 'a:e2e-valid';
    // Another region's serviceUrl: the reply must go exactly where the activity came from.
    const a = activity('personal-message', conv, { text: 'Where is my order #4471?', serviceUrl: `${fake.url}/emea/` });
    const res = await post(a);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, stored: 1, duplicates: 0, ignored: 0 });

    const rows = await waitForSentReplies(conv, 1);
    expect(rows.map((r) => [r.direction, r.senderType, r.kind])).toEqual([
      ['in', 'customer', 'text'],
      ['out', 'bot', 'text'],
    ]);
    const [inbound, reply] = rows;
    expect(inbound).toMatchObject({ text: 'Where is my order #4471?', platformMessageId: `${conv}|${a.id}`, processingStatus: 'replied' });
    expect(reply).toMatchObject({ text: echoText('Where is my order #4471?'), deliveryStatus: 'sent', attempts: 1, inReplyTo: inbound?.id });

    const [typing, sent, ...more] = callsTo(conv);
    expect(more).toHaveLength(0);
    expect(typing?.activity.type).toBe('typing');
    expect(sent?.activity).toMatchObject({
      type: 'message',
      text: echoText('Where is my order #4471?'),
      textFormat: 'markdown',
      from: { id: `28:${APP_ID}` },
      recipient: { id: (a.from as { id: string }).id },
      conversation: { id: conv },
      serviceUrl: `${fake.url}/emea/`,
    });
    expect(sent?.path).toMatch(/^\/emea\/v3\/conversations\/[^/]+\/activities\/[^/]+$/);
    expect(sent?.replyToId).toBe(sent?.activity.replyToId);
    expect(typing!.at).toBeLessThanOrEqual(sent!.at);
    // The bearer token is one the fake Azure AD issued to our app for the Bot Connector.
    const tokenRequest = fake.tokenRequests.find((t) => `Bearer ${t.accessToken}` === sent?.authorization);
    expect(tokenRequest).toMatchObject({ clientId: APP_ID, tenant: 'botframework.com', scope: 'https://api.botframework.com/.default' });
    expect(typing?.authorization).toBe(sent?.authorization);
    expect(reply?.platformMessageId).toBe(sent?.id);

    const [stored] = await h.c.database.db.select().from(conversations).where(eq(conversations.id, inbound!.conversationId));
    expect(stored?.metadata).toMatchObject({
      teamsConversationType: 'personal',
      teamsConversationReference: { serviceUrl: `${fake.url}/emea/`, bot: { id: `28:${APP_ID}` }, conversation: { id: conv }, channelId: 'msteams' },
    });
    // The signing keys came from the configured OpenID metadata.
    expect(fake.metadataFetches).toBeGreaterThanOrEqual(1);
  });

  it('rejects forged, expired, wrong-audience, wrong-issuer and unsigned tokens with 401, storing nothing', async () => {
    const conv = 'a:e2e-forged';
    const a = textActivity(conv, 'let me in');
    const serviceUrl = a.serviceUrl;
    const bearer = (t: string) => `Bearer ${t}`;
    const before = { messages: await count('messages'), outbox: await count('outbox'), identities: await count('channel_identities'), conversations: await count('conversations') };
    const attempts: Array<[string, string | null]> = [
      ['no Authorization header', null],
      ['not a bearer token', `Basic ${Buffer.from(`${APP_ID}:${APP_PASSWORD}`).toString('base64')}`],
      ['garbage', 'Bearer not.a.jwt'],
      ['forged signature', bearer(fake.signChannelToken({ audience: APP_ID, serviceUrl, forged: true }))],
      ['expired (beyond the 5 min skew)', bearer(fake.signChannelToken({ audience: APP_ID, serviceUrl, expiresIn: -600 }))],
      ['wrong audience (another bot)', bearer(fake.signChannelToken({ audience: OTHER_APP_ID, serviceUrl }))],
      ['wrong issuer', bearer(fake.signChannelToken({ audience: APP_ID, serviceUrl, issuer: 'https://sts.evil.example/' }))],
      ['unsigned (alg none)', bearer(fake.signChannelToken({ audience: APP_ID, serviceUrl, unsigned: true }))],
      ['unknown signing key', bearer(fake.signChannelToken({ audience: APP_ID, serviceUrl, keyId: 'not-published' }))],
      ['token bound to another serviceUrl', bearer(fake.signChannelToken({ audience: APP_ID, serviceUrl: 'https://attacker.example/' }))],
    ];
    // botbuilder prints rejected tokens to console.error itself (key PEM, TokenExpiredError): keep the test output readable.
    const sdkConsole = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const [what, authorization] of attempts) {
        const res = await post(a, { authorization });
        expect(res.status, what).toBe(401);
        expect(res.body.error?.code, what).toBe('unauthorized');
      }
    } finally {
      sdkConsole.mockRestore();
    }
    // A genuine token for our bot does not open another bot's webhook.
    const elsewhere = await post(a, { connectionId: tenantConnId });
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.body.error?.message).toMatch(/Invalid AppId/);
    // A token for our serviceUrl does not let a body redirect replies elsewhere.
    const redirected = await post({ ...a, serviceUrl: 'https://attacker.example/' }, { authorization: bearer(fake.signChannelToken({ audience: APP_ID, serviceUrl })) });
    expect(redirected.status).toBe(401);
    expect(redirected.body.error?.message).toMatch(/ServiceUrl claim/);

    expect(await count('messages')).toBe(before.messages);
    expect(await count('outbox')).toBe(before.outbox);
    expect(await count('channel_identities')).toBe(before.identities);
    expect(await count('conversations')).toBe(before.conversations);
    await settle(300);
    expect(callsTo(conv)).toHaveLength(0);
  });

  it('answers malformed activities with 400 and a reason, ignores unsupported ones, and keeps serving', async () => {
    const conv = 'a:e2e-malformed';
    const before = await count('messages');
    const valid = textActivity(conv, 'still there?');
    const noConversation: Record<string, unknown> = { ...textActivity(conv, 'x') };
    delete noConversation.conversation;
    const cases: Array<[string, Activity | string, RegExp]> = [
      ['truncated JSON', '{"type": "message", "text": ', /^invalid JSON/],
      ['empty body', '', /^invalid JSON/],
      ['not an object', '[1, 2, 3]', /invalid Bot Framework activity: \(root\)/],
      ['message without conversation', noConversation as Activity, /activity: conversation: /],
      ['text that is not a string', { ...textActivity(conv, 'x'), text: 42 }, /activity: text: /],
      ['timestamp that is not a date', { ...textActivity(conv, 'x'), timestamp: 'yesterday' }, /activity: timestamp: expected an ISO 8601 timestamp/],
    ];
    for (const [what, body, reason] of cases) {
      const res = await post(body);
      expect(res.status, what).toBe(400);
      expect(res.body.error?.code, what).toBe('bad_request');
      expect(res.body.error?.message, what).toMatch(reason);
    }
    expect(await count('messages')).toBe(before);

    // Well-formed but nothing to store: 200, nothing stored, no customer created.
    const conversationsBefore = await count('conversations');
    for (const name of ['message-reaction', 'conversation-update-members-added']) {
      const res = await post(activity(name, conv));
      expect(res.status, name).toBe(200);
      expect(res.body, name).toMatchObject({ stored: 0, ignored: 1 });
    }
    expect(await count('messages')).toBe(before);
    expect(await count('conversations')).toBe(conversationsBefore);

    expect((await fetch(`${h.url}/health`)).status).toBe(200);
    expect((await post(valid)).status).toBe(200);
    const rows = await waitForSentReplies(conv, 1);
    expect(rows.map((r) => r.text)).toEqual(['still there?', echoText('still there?')]);
  });

  it('stores an activity delivered three times once and replies once', async () => {
    const conv = 'a:e2e-dup';
    const a = textActivity(conv, 'are you getting this?');
    const results = await Promise.all([1, 2, 3].map(() => post(a)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.body.stored).sort()).toEqual([0, 0, 1]);
    expect(results.reduce((n, r) => n + (r.body.duplicates ?? 0), 0)).toBe(2);

    await waitForSentReplies(conv, 1);
    expect((await post(a)).body).toMatchObject({ stored: 0, duplicates: 1 });
    await settle();
    const rows = await rowsOf(conv);
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(1);
    expect(rows.filter((r) => r.direction === 'out')).toHaveLength(1);
    expect(callsTo(conv, 'message')).toHaveLength(1);
  });

  it('after a 429 the reply arrives exactly once, and only after Retry-After', async () => {
    const conv = 'a:e2e-429';
    fake.failNext(429, { 'Retry-After': '1' });
    expect((await post(textActivity(conv, 'slow down please'))).status).toBe(200);

    const rows = await waitForSentReplies(conv, 1);
    const reply = rows.find((r) => r.direction === 'out');
    // Two attempts by the job (the SDK's own retry policy is off): the refused one, then the delivered one.
    expect(reply).toMatchObject({ text: echoText('slow down please'), deliveryStatus: 'sent', attempts: 2, deliveryError: null });
    await settle();
    const sends = callsTo(conv, 'message');
    expect(sends.map((c) => c.status)).toEqual([429, 201]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(900);
    expect(fake.delivered(conv).filter((c) => c.activity.type === 'message')).toHaveLength(1);
  });

  it('retries 412/502 with the job\'s backoff, and gives up at once on a 403', async () => {
    const flaky = 'a:e2e-502';
    fake.failNext(502);
    fake.failNext(412);
    expect((await post(textActivity(flaky, 'flaky connector'))).status).toBe(200);
    const rows = await waitForSentReplies(flaky, 1);
    expect(rows.find((r) => r.direction === 'out')).toMatchObject({ deliveryStatus: 'sent', attempts: 3 });
    expect(callsTo(flaky, 'message').map((c) => c.status)).toEqual([502, 412, 201]);

    const blocked = 'a:e2e-403';
    fake.failNext(403);
    expect((await post(textActivity(blocked, 'you were removed'))).status).toBe(200);
    const failed = await waitFor(
      async () => (await rowsOf(blocked)).find((r) => r.direction === 'out' && r.deliveryStatus === 'failed'),
      { what: 'a failed reply' },
    );
    expect(failed).toMatchObject({ attempts: 1, deliveryError: expect.stringMatching(/Bot Connector 403: BotNotInConversationRoster/) });
    await settle(1500);
    expect(callsTo(blocked, 'message')).toHaveLength(1);
  });

  it('degrades buttons: ≤ 6 as a hero card of messageBack buttons, more as numbered text; presses come back as button_reply', async () => {
    const cardConv = 'a:e2e-card';
    const textConv = 'a:e2e-numbered';
    const [asCard] = degrade(menuDraft(6), teamsAdapter.capabilities);
    const [asText] = degrade(menuDraft(7), teamsAdapter.capabilities);
    expect(asCard?.kind).toBe('buttons');
    expect(asText?.kind).toBe('text');

    expect((await post(textActivity(cardConv, 'menu 6'))).status).toBe(200);
    expect((await post(textActivity(textConv, 'menu 7'))).status).toBe(200);
    const cardRows = await waitForSentReplies(cardConv, 1);
    await waitForSentReplies(textConv, 1);

    const [card] = callsTo(cardConv, 'message');
    expect(card?.activity.attachments).toEqual([
      {
        contentType: 'application/vnd.microsoft.card.hero',
        content: {
          text: 'Pick one of 6:',
          buttons: asCard!.buttons!.map((b) => ({ type: 'messageBack', title: b.title, text: b.title, displayText: b.title, value: { buttonPayload: b.payload } })),
        },
      },
    ]);
    expect(asCard!.buttons![0]!.title).toHaveLength(40);
    expect(cardRows.find((r) => r.direction === 'out')).toMatchObject({ kind: 'buttons', payload: { buttons: asCard!.buttons } });

    const [numbered] = callsTo(textConv, 'message');
    expect(numbered?.activity).toMatchObject({ text: asText!.text, textFormat: 'markdown' });
    expect(numbered?.activity.attachments).toBeUndefined();
    expect(asText!.text).toContain('\n7. Option 7\n');

    // The customer presses "Option 3": Teams posts a messageBack with the button's text and value.
    const press = activity('message-back', cardConv, { text: 'Option 3', value: { buttonPayload: 'opt-3' }, replyToId: card?.id });
    expect((await post(press)).status).toBe(200);
    const afterPress = await waitForSentReplies(cardConv, 2);
    expect(afterPress[2]).toMatchObject({ direction: 'in', kind: 'button_reply', text: 'Option 3', payload: expect.objectContaining({ buttonPayload: 'opt-3' }) });
    expect(afterPress[3]?.text).toBe(echoText('Option 3'));

    // An Adaptive Card Action.Submit (value, no text) is a button_reply too.
    const submit = activity('adaptive-card-submit', cardConv);
    expect((await post(submit)).status).toBe(200);
    const afterSubmit = await waitForSentReplies(cardConv, 3);
    expect(afterSubmit[4]).toMatchObject({ kind: 'button_reply', payload: expect.objectContaining({ buttonPayload: JSON.stringify(submit.value) }) });
  });

  it('strips the bot @mention in a channel and replies into the channel thread', async () => {
    const thread = '19:4a6c8e0b2d4f46a8b0c2e4a6c8e0b2d4@thread.tacv2;messageid=1736161361088';
    expect((await post(activity('channel-mention', thread))).status).toBe(200);
    const rows = await waitForSentReplies(thread, 1);
    expect(rows[0]).toMatchObject({ text: 'is the VPN down for everyone?', kind: 'text' });
    const [sent] = callsTo(thread, 'message');
    expect(sent?.activity).toMatchObject({ text: echoText('is the VPN down for everyone?'), conversation: { id: thread, conversationType: 'channel' } });
    expect(sent?.path).toContain(encodeURIComponent(thread));
  });

  it('keeps to Teams\' per-conversation limits (7 per second, 8 per 2 seconds) across a burst', async () => {
    const conv = 'a:e2e-burst';
    expect((await post(textActivity(conv, 'burst 9'))).status).toBe(200);
    await waitForSentReplies(conv, 9, 30_000);
    // Typing and messages share the limits. The limiter spaces acquisitions; arrival at the fake adds request
    // latency jitter, hence the tolerance (unlimited, all ten would arrive within a few hundred ms).
    const calls = callsTo(conv);
    expect(calls.map((c) => c.activity.type)).toEqual(['typing', ...Array.from({ length: 9 }, () => 'message')]);
    expect(calls.filter((c) => c.activity.type === 'message').map((c) => c.activity.text)).toEqual(Array.from({ length: 9 }, (_, i) => `part ${i + 1}`));
    for (let i = 7; i < calls.length; i++) expect(calls[i]!.at - calls[i - 7]!.at, `call ${i}`).toBeGreaterThanOrEqual(750);
    for (let i = 8; i < calls.length; i++) expect(calls[i]!.at - calls[i - 8]!.at, `call ${i}`).toBeGreaterThanOrEqual(1750);
  });
});
