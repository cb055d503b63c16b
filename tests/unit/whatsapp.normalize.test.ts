import { readFileSync, readdirSync } from 'node:fs';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import type { PlatformResponse } from '../../channels/platform-http.js';
import { graphFailure, whatsappAdapter, type WhatsAppCredentials } from '../../channels/whatsapp/whatsapp.adapter.js';
import { renderWhatsApp } from '../../channels/whatsapp/whatsapp.render.js';
import type { ChannelContext, InboundEvent, OutboundMessage, WebhookRequest } from '../../channels/types.js';
import { PayloadError, PermanentSendError, RateLimitedError, RetryableSendError, WebhookAuthError } from '../../src/domain/errors.js';
import { signedWhatsAppWebhook, signWhatsAppBody, waMessage, waMessagesWebhook, waStatus, waText } from '../fakes/whatsapp-graph.js';

const APP_SECRET = 'test-app-secret';
const VERIFY_TOKEN = 'my-verify-token-123';
const PHONE_NUMBER_ID = '106540352242922';
const WA_ID = '16505551234';
const BUSINESS = { phoneNumberId: PHONE_NUMBER_ID, displayPhoneNumber: '15550783881' };
const credentials: WhatsAppCredentials = { accessToken: 'token', appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, phoneNumberId: PHONE_NUMBER_ID };
// verifyWebhook, parseWebhook and handleWebhookGet read only the credentials (and log).
const ctx = { credentials, logger: pino({ level: 'silent' }) } as ChannelContext<WhatsAppCredentials>;

const FIXTURES = new URL('../fixtures/whatsapp/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8');
const fixtureJson = (name: string): Record<string, any> => JSON.parse(fixture(name)) as Record<string, any>;
const parse = (body: string | object): InboundEvent[] => {
  const req = signedWhatsAppWebhook(body, APP_SECRET);
  whatsappAdapter.verifyWebhook(req, ctx);
  return whatsappAdapter.parseWebhook(req, ctx);
};
const parseFixture = (name: string) => parse(fixture(name));
const payloadError = (body: string | object): PayloadError => {
  try {
    whatsappAdapter.parseWebhook(signedWhatsAppWebhook(body, APP_SECRET), ctx);
  } catch (err) {
    expect(err).toBeInstanceOf(PayloadError);
    return err as PayloadError;
  }
  throw new Error('expected a PayloadError');
};
const only = (events: InboundEvent[]) => {
  expect(events).toHaveLength(1);
  return events[0];
};

describe('WhatsApp webhook signature (X-Hub-Signature-256)', () => {
  const body = fixture('text');

  it('accepts sha256=<hex HMAC-SHA256 of the raw body with the app secret>', () => {
    expect(() => whatsappAdapter.verifyWebhook(signedWhatsAppWebhook(body, APP_SECRET), ctx)).not.toThrow();
  });

  it('rejects a missing signature', () => {
    const req: WebhookRequest = { ...signedWhatsAppWebhook(body, APP_SECRET), headers: { 'content-type': 'application/json' } };
    expect(() => whatsappAdapter.verifyWebhook(req, ctx)).toThrow(/missing X-Hub-Signature-256/);
    expect(() => whatsappAdapter.verifyWebhook(req, ctx)).toThrow(WebhookAuthError);
  });

  it('rejects a signature forged with another secret', () => {
    expect(() => whatsappAdapter.verifyWebhook(signedWhatsAppWebhook(body, 'someone-elses-secret'), ctx)).toThrow(WebhookAuthError);
  });

  it('rejects malformed signatures', () => {
    const hex = signWhatsAppBody(body, APP_SECRET).slice('sha256='.length);
    const sha1 = `sha1=${hex.slice(0, 40)}`;
    for (const sig of ['', 'sha256=', hex, sha1, `sha256=${hex.slice(0, 63)}`, `sha256=${hex}00`, `sha256=${'z'.repeat(64)}`]) {
      const req = signedWhatsAppWebhook(body, APP_SECRET);
      req.headers['x-hub-signature-256'] = sig;
      expect(() => whatsappAdapter.verifyWebhook(req, ctx), sig).toThrow(WebhookAuthError);
    }
  });

  it('rejects a body changed by one byte after signing', () => {
    const req = signedWhatsAppWebhook(body, APP_SECRET);
    const tampered = Buffer.from(req.rawBody);
    tampered[tampered.indexOf('1042')] = '2'.charCodeAt(0);
    expect(() => whatsappAdapter.verifyWebhook({ ...req, rawBody: tampered }, ctx)).toThrow(WebhookAuthError);
  });

  it('checks the raw bytes, not a re-serialisation', () => {
    const raw = '{"object": "whatsapp_business_account",   "entry": []}';
    const req: WebhookRequest = { method: 'POST', headers: { 'x-hub-signature-256': signWhatsAppBody(raw, APP_SECRET) }, query: {}, rawBody: Buffer.from(raw) };
    expect(() => whatsappAdapter.verifyWebhook(req, ctx)).not.toThrow();
    const compact = { ...req, rawBody: Buffer.from(JSON.stringify(JSON.parse(raw))) };
    expect(() => whatsappAdapter.verifyWebhook(compact, ctx)).toThrow(WebhookAuthError);
  });
});

describe('WhatsApp GET verification (hub.challenge)', () => {
  const get = (query: Record<string, string | undefined>) => whatsappAdapter.handleWebhookGet!({ method: 'GET', headers: {}, query, rawBody: Buffer.alloc(0) }, ctx);

  it('echoes hub.challenge as text/plain when the verify token matches', () => {
    expect(get({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' })).toEqual({
      status: 200,
      body: '1158201444',
      contentType: 'text/plain',
    });
  });

  it('answers 403 to a wrong or missing token, another mode, or no challenge', () => {
    for (const query of [
      { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong-token', 'hub.challenge': '1' },
      { 'hub.mode': 'subscribe', 'hub.verify_token': `${VERIFY_TOKEN}x`, 'hub.challenge': '1' },
      { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN.slice(0, -1), 'hub.challenge': '1' },
      { 'hub.mode': 'subscribe', 'hub.challenge': '1' },
      { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' },
      { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN },
      {},
    ]) {
      const reply = get(query);
      expect(reply.status, JSON.stringify(query)).toBe(403);
      expect(reply.body).not.toContain('1');
    }
  });
});

describe('WhatsApp webhook normalisation: every fixture', () => {
  it('has a test for every fixture file', () => {
    const tested = [
      'text', 'image', 'document', 'audio', 'voice-legacy', 'video', 'location', 'sticker', 'interactive-button-reply', 'interactive-list-reply',
      'button-template-reply', 'reaction', 'unsupported', 'status-sent', 'status-delivered', 'status-read', 'status-failed', 'template-status-update',
    ];
    // The published corpus (./corpus/) is run by tests/contract/corpus.contract.test.ts.
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(tested.sort());
  });

  it('text: wa_id is user and thread, wamid is the dedup id, profile name and timestamp kept', () => {
    expect(parseFixture('text')).toEqual([
      {
        type: 'message',
        message: {
          platformMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUZCRjQ4RjE0OTIzNjhEMTg2MwA=',
          externalUserId: WA_ID,
          externalThreadId: WA_ID,
          userDisplayName: 'Sheena Nelson',
          kind: 'text',
          text: 'Hi, where is my order #1042?',
          payload: { platform: { waMessageType: 'text' } },
          sentAt: new Date(1749416383 * 1000),
          threadMetadata: { whatsappPhoneNumberId: PHONE_NUMBER_ID },
        },
      },
    ]);
  });

  it('image: media id, mime type, caption as text', () => {
    expect(only(parseFixture('image'))).toMatchObject({
      type: 'message',
      message: {
        kind: 'image',
        text: 'The box arrived damaged',
        payload: { attachments: [{ platformFileId: '1003383421387256', mimeType: 'image/jpeg' }], platform: { waMessageType: 'image' } },
      },
    });
  });

  it('document: file with filename and caption', () => {
    expect(only(parseFixture('document'))).toMatchObject({
      message: {
        kind: 'file',
        text: 'Here is the invoice',
        payload: { attachments: [{ platformFileId: '1222212525939785', mimeType: 'application/pdf', name: 'invoice-2025-0042.pdf' }] },
      },
    });
  });

  it('audio (voice note) and the legacy voice type', () => {
    expect(only(parseFixture('audio'))).toMatchObject({
      message: { kind: 'file', text: '', payload: { attachments: [{ platformFileId: '1487290615425823', mimeType: 'audio/ogg; codecs=opus' }], platform: { voice: true } } },
    });
    expect(only(parseFixture('voice-legacy'))).toMatchObject({
      message: { kind: 'file', payload: { attachments: [{ platformFileId: '1720548295324491' }], platform: { waMessageType: 'voice', voice: true } } },
    });
  });

  it('video: a file with its caption', () => {
    expect(only(parseFixture('video'))).toMatchObject({
      message: { kind: 'file', text: 'It makes this noise', payload: { attachments: [{ platformFileId: '1147356926842590', mimeType: 'video/mp4' }] } },
    });
  });

  it('location with name and address', () => {
    expect(only(parseFixture('location'))).toMatchObject({
      message: {
        kind: 'location',
        text: '📍 Main Street Store, 1 Hacker Way, Menlo Park, CA 94025 (37.483307, -122.148981)',
        payload: { location: { latitude: 37.483307, longitude: -122.148981, name: 'Main Street Store', address: '1 Hacker Way, Menlo Park, CA 94025' } },
      },
    });
  });

  it('sticker: text [sticker], the sticker kept as an attachment', () => {
    expect(only(parseFixture('sticker'))).toMatchObject({
      message: { kind: 'text', text: '[sticker]', payload: { attachments: [{ platformFileId: '1288309285411186', mimeType: 'image/webp' }], platform: { animated: false } } },
    });
  });

  it('interactive button_reply and list_reply → button_reply: payload = reply id, text = title', () => {
    expect(only(parseFixture('interactive-button-reply'))).toMatchObject({
      message: {
        kind: 'button_reply',
        text: 'Track my order',
        payload: {
          buttonPayload: 'track-order',
          platform: { interactiveType: 'button_reply', contextMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0RjBEQzY5QkI3NUE1NkE3QTAA' },
        },
      },
    });
    expect(only(parseFixture('interactive-list-reply'))).toMatchObject({
      message: { kind: 'button_reply', text: 'Priority Mail Express', payload: { buttonPayload: 'priority_express', platform: { interactiveType: 'list_reply' } } },
    });
  });

  it('legacy template quick-reply button → button_reply', () => {
    expect(only(parseFixture('button-template-reply'))).toMatchObject({
      message: { kind: 'button_reply', text: 'Continue chat', payload: { buttonPayload: 'resume-conversation', platform: { waMessageType: 'button' } } },
    });
  });

  it('reactions, unsupported messages and template status updates are ignored', () => {
    expect(parseFixture('reaction')).toEqual([{ type: 'ignored', reason: 'unsupported message type: reaction' }]);
    expect(parseFixture('unsupported')).toEqual([{ type: 'ignored', reason: 'unsupported message type: unsupported (131051: Message type unknown)' }]);
    expect(parseFixture('template-status-update')).toEqual([{ type: 'ignored', reason: 'unsupported change field: message_template_status_update' }]);
  });

  it('statuses → status events for the outbound message with that wamid', () => {
    const id = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QjZFOUQ0QjhFNzlDNTQyQjkA';
    expect(parseFixture('status-sent')).toEqual([{ type: 'status', status: { platformMessageId: id, status: 'sent', at: new Date(1749416700_000) } }]);
    expect(parseFixture('status-delivered')).toEqual([{ type: 'status', status: { platformMessageId: id, status: 'delivered', at: new Date(1749416702_000) } }]);
    expect(parseFixture('status-read')).toEqual([{ type: 'status', status: { platformMessageId: id, status: 'read', at: new Date(1749416730_000) } }]);
    expect(parseFixture('status-failed')).toEqual([
      {
        type: 'status',
        status: {
          platformMessageId: id,
          status: 'failed',
          error: '131047: Re-engagement message - Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
          at: new Date(1749416705_000),
        },
      },
    ]);
  });
});

describe('WhatsApp webhook normalisation: batches and edge cases', () => {
  it('several messages and statuses in one change, in order; the contact matching `from` names the sender', () => {
    const body = waMessagesWebhook(BUSINESS, {
      contacts: [{ waId: '441234567890', name: 'Other' }, { waId: WA_ID, name: 'Sheena' }],
      messages: [waMessage(WA_ID, waText('one'), { id: 'wamid.A' }), waMessage(WA_ID, waText('two'), { id: 'wamid.B' })],
      statuses: [waStatus('wamid.OUT', 'delivered', WA_ID)],
    });
    const events = parse(body);
    expect(events.map((e) => e.type)).toEqual(['message', 'message', 'status']);
    expect(events[0]).toMatchObject({ message: { platformMessageId: 'wamid.A', text: 'one', userDisplayName: 'Sheena' } });
    expect(events[1]).toMatchObject({ message: { platformMessageId: 'wamid.B', text: 'two' } });
  });

  it('ignores changes for another phone number of the same app, and other objects', () => {
    const other = waMessagesWebhook({ phoneNumberId: '999999999999999', displayPhoneNumber: '15550000000' }, { messages: [waMessage(WA_ID, waText('hi'))] });
    expect(parse(other)).toEqual([{ type: 'ignored', reason: 'change for another phone number id: 999999999999999' }]);
    expect(parse({ object: 'page', entry: [] })).toEqual([{ type: 'ignored', reason: 'unsupported webhook object: page' }]);
    expect(parse({ object: 'whatsapp_business_account', entry: [] })).toEqual([]);
  });

  it('ignores statuses the core has no column for, interactive types it never offered, and empty changes', () => {
    expect(parse(waMessagesWebhook(BUSINESS, { statuses: [waStatus('wamid.X', 'deleted', WA_ID)] }))).toEqual([{ type: 'ignored', reason: 'unsupported status: deleted' }]);
    const other = waMessage(WA_ID, { type: 'interactive', interactive: { type: 'call_permission_reply', call_permission_reply: {} } });
    expect(parse(waMessagesWebhook(BUSINESS, { messages: [other] }))).toEqual([{ type: 'ignored', reason: 'unsupported interactive type: call_permission_reply' }]);
    expect(parse(waMessagesWebhook(BUSINESS, {}))).toEqual([{ type: 'ignored', reason: 'messages change without messages or statuses' }]);
  });

  it('a Flow answer (nfm_reply) is a message with the answers as readable lines, the response kept', () => {
    const response = { flow_token: 'tok-1', rating: '5', comment: 'Quick and kind' };
    const flow = waMessage(WA_ID, { type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: { response_json: JSON.stringify(response), body: 'Sent', name: 'flow' } } });
    expect(only(parse(waMessagesWebhook(BUSINESS, { messages: [flow] })))).toMatchObject({
      type: 'message',
      message: { kind: 'text', text: '[form] Sent\nrating: 5\ncomment: Quick and kind', payload: { platform: { interactiveType: 'nfm_reply', flowResponse: response } } },
    });
  });

  it('an interactive message without its interactive object (error 131000 on reconnects) is ignored with the error, not a 400', () => {
    const broken = waMessage(WA_ID, { type: 'interactive', errors: [{ code: 131000, title: 'Something went wrong' }] });
    const good = waMessage(WA_ID, waText('still here'), { id: 'wamid.GOOD' });
    const events = parse(waMessagesWebhook(BUSINESS, { messages: [broken, good] }));
    expect(events[0]).toEqual({ type: 'ignored', reason: 'interactive message without an interactive object (131000: Something went wrong)' });
    expect(events[1]).toMatchObject({ type: 'message', message: { platformMessageId: 'wamid.GOOD' } });
  });

  it('shared contacts, orders and edits become messages an agent can read', () => {
    const contacts = waMessage(WA_ID, { type: 'contacts', contacts: [{ name: { formatted_name: 'John Smith', first_name: 'John' }, phones: [{ phone: '+1 (650) 555-1234', wa_id: '16505551234', type: 'WORK' }] }] });
    const order = waMessage(WA_ID, { type: 'order', order: { catalog_id: '1', text: 'For the party', product_items: [{ product_retailer_id: 'SKU-1', quantity: '2', item_price: '9.5', currency: 'EUR' }] } });
    const edit = waMessage(WA_ID, { type: 'edit', edit: { original_message_id: 'wamid.ORIG', message: { type: 'text', text: { body: 'corrected' } } } });
    const [c, o, e] = parse(waMessagesWebhook(BUSINESS, { messages: [contacts, order, edit] }));
    expect(c).toMatchObject({ type: 'message', message: { kind: 'text', text: '[contact] John Smith, +1 (650) 555-1234' } });
    expect(o).toMatchObject({ type: 'message', message: { kind: 'text', text: '[order]\nFor the party\n• 2 × SKU-1 (9.5 EUR)' } });
    expect(e).toMatchObject({ type: 'message', message: { kind: 'text', text: 'corrected', payload: { editedPlatformMessageId: 'wamid.ORIG' } } });
  });

  it('a failed status without errors still says so', () => {
    expect(parse(waMessagesWebhook(BUSINESS, { statuses: [waStatus('wamid.X', 'failed', WA_ID, { timestamp: 1 })] }))).toEqual([
      { type: 'status', status: { platformMessageId: 'wamid.X', status: 'failed', error: 'failed (no reason given)', at: new Date(1000) } },
    ]);
  });
});

describe('WhatsApp malformed webhooks → PayloadError naming the field', () => {
  const value = (v: Record<string, unknown>) => ({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: v }] }] });
  const good = fixtureJson('text').entry[0].changes[0].value as Record<string, any>;
  const withMessage = (m: Record<string, unknown>) => value({ ...good, messages: [m] });

  it.each<[string, string | object, RegExp]>([
    ['truncated JSON', '{"object": "whatsapp_business_account", "entry": [', /^invalid JSON/],
    ['empty body', '', /^invalid JSON/],
    ['an array', '[]', /\(root\)/],
    ['no object', { entry: [] }, /: object:/],
    ['entry not an array', { object: 'whatsapp_business_account', entry: {} }, /: entry:/],
    ['change without field', { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ value: {} }] }] }, /entry\[0\]\.changes\[0\]\.field/],
    ['value without metadata', value({ messaging_product: 'whatsapp', messages: [] }), /entry\[0\]\.changes\[0\]\.value\.metadata/],
    ['another messaging product', value({ ...good, messaging_product: 'instagram' }), /value\.messaging_product/],
    ['message without id', withMessage({ from: WA_ID, timestamp: '1', type: 'text', text: { body: 'x' } }), /value\.messages\[0\]\.id/],
    ['message without from', withMessage({ id: 'wamid.1', timestamp: '1', type: 'text', text: { body: 'x' } }), /value\.messages\[0\]\.from/],
    ['timestamp not unix seconds', withMessage({ from: WA_ID, id: 'wamid.1', timestamp: 'yesterday', type: 'text', text: { body: 'x' } }), /messages\[0\]\.timestamp/],
    ['text without body', withMessage({ from: WA_ID, id: 'wamid.1', timestamp: '1', type: 'text', text: {} }), /value\.messages\[0\]\.text\.body/],
    ['image without media id', withMessage({ from: WA_ID, id: 'wamid.1', timestamp: '1', type: 'image', image: { mime_type: 'image/jpeg' } }), /messages\[0\]\.image\.id/],
    ['location without latitude', withMessage({ from: WA_ID, id: 'wamid.1', timestamp: '1', type: 'location', location: { longitude: 1 } }), /messages\[0\]\.location\.latitude/],
    ['button_reply without its object', withMessage({ from: WA_ID, id: 'wamid.1', timestamp: '1', type: 'interactive', interactive: { type: 'button_reply' } }), /messages\[0\]\.interactive\.button_reply/],
    ['status without id', value({ ...good, messages: undefined, statuses: [{ status: 'read', timestamp: '1' }] }), /value\.statuses\[0\]\.id/],
    ['status errors without code', value({ ...good, messages: undefined, statuses: [{ id: 'w', status: 'failed', timestamp: '1', errors: [{ title: 'x' }] }] }), /statuses\[0\]\.errors\[0\]\.code/],
  ])('%s', (_what, body, reason) => {
    const err = payloadError(body);
    expect(err.message).toMatch(reason);
  });

  it('one bad message beside a good one: the good one is kept, the bad one ignored with the reason', () => {
    const bad = { from: WA_ID, id: 'wamid.2', timestamp: '1', type: 'text' };
    const events = parse(value({ ...good, messages: [good.messages[0], bad] }));
    expect(events.map((e) => e.type)).toEqual(['message', 'ignored']);
    expect(events[1]).toMatchObject({ reason: expect.stringMatching(/messages\[1\]\.text/) });
  });
});

describe('outbound rendering (renderWhatsApp, after degrade)', () => {
  const msg = (m: Partial<OutboundMessage>): OutboundMessage => ({ id: 'out-1', kind: 'text', text: '', senderType: 'bot', ...m });
  const buttons = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Option ${i + 1}`, payload: `opt-${i + 1}` }));
  const caps = whatsappAdapter.capabilities;
  const rendered = (m: Partial<OutboundMessage>) => degrade(msg(m), caps).map((part, i) => renderWhatsApp({ id: `out-${i}`, ...part }));

  it('text, with preview_url only when it has a link', () => {
    expect(renderWhatsApp(msg({ text: 'hello' }))).toEqual({ type: 'text', text: { body: 'hello', preview_url: false } });
    expect(renderWhatsApp(msg({ text: 'see https://example.com/x' }))).toEqual({ type: 'text', text: { body: 'see https://example.com/x', preview_url: true } });
    expect(() => renderWhatsApp(msg({ text: '  ' }))).toThrow(PermanentSendError);
  });

  it('≤ 3 buttons → reply buttons; 4–10 → one list section; more → numbered text (degrade)', () => {
    expect(renderWhatsApp(msg({ kind: 'buttons', text: 'Pick', buttons: buttons(3) }))).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pick' },
        action: { buttons: [1, 2, 3].map((i) => ({ type: 'reply', reply: { id: `opt-${i}`, title: `Option ${i}` } })) },
      },
    });
    expect(renderWhatsApp(msg({ kind: 'buttons', text: 'Pick', buttons: buttons(10) }))).toEqual({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick' },
        action: { button: 'Choose', sections: [{ title: 'Options', rows: buttons(10).map((b) => ({ id: b.payload, title: b.title })) }] },
      },
    });
    const [numbered] = rendered({ kind: 'buttons', text: 'Pick', buttons: buttons(11) });
    expect(numbered).toMatchObject({ type: 'text', text: { body: expect.stringMatching(/^Pick\n\n1\. Option 1\n[\s\S]*\n11\. Option 11\n/) } });
    expect(() => renderWhatsApp(msg({ kind: 'buttons', text: 'Pick', buttons: buttons(11) }))).toThrow(PermanentSendError);
  });

  it('cuts titles and ids to the platform limits and gives an empty body a prompt', () => {
    const long = { title: 'A title far longer than twenty-four characters', payload: 'p'.repeat(300) };
    const button = renderWhatsApp(msg({ kind: 'buttons', text: '', buttons: [long] }));
    const reply = (button as any).interactive.action.buttons[0].reply;
    expect([...reply.title]).toHaveLength(20);
    expect(reply.id).toHaveLength(256);
    expect((button as any).interactive.body.text).toBe('Please choose:');
    const list = renderWhatsApp(msg({ kind: 'buttons', text: 'x', buttons: [long, ...buttons(3)] }));
    const row = (list as any).interactive.action.sections[0].rows[0];
    expect([...row.title]).toHaveLength(24);
    expect(row.id).toHaveLength(200);
  });

  it('a button body over 1024 characters: degrade sends the leading text first as plain text', () => {
    const text = `${'word '.repeat(300)}end`;
    const out = rendered({ kind: 'buttons', text, buttons: buttons(2) });
    expect(out.map((m) => m.type)).toEqual(['text', 'interactive']);
    expect(((out[1] as any).interactive.body.text as string).length).toBeLessThanOrEqual(1024);
  });

  it('image and document by link with caption and filename; a long caption follows as text (degrade)', () => {
    expect(renderWhatsApp(msg({ kind: 'image', text: 'look', attachment: { url: 'https://cdn.example/a.png' } }))).toEqual({ type: 'image', image: { link: 'https://cdn.example/a.png', caption: 'look' } });
    expect(renderWhatsApp(msg({ kind: 'file', text: '', attachment: { url: 'https://cdn.example/a.pdf', name: 'a.pdf' } }))).toEqual({ type: 'document', document: { link: 'https://cdn.example/a.pdf', filename: 'a.pdf' } });
    expect(renderWhatsApp(msg({ kind: 'image', text: '', attachment: { platformFileId: '1003383421387256' } }))).toEqual({ type: 'image', image: { id: '1003383421387256' } });
    const long = 'x'.repeat(1025);
    expect(rendered({ kind: 'image', text: long, attachment: { url: 'https://cdn.example/a.png' } })).toEqual([
      { type: 'image', image: { link: 'https://cdn.example/a.png' } },
      { type: 'text', text: { body: long, preview_url: false } },
    ]);
    expect(() => renderWhatsApp(msg({ kind: 'file', text: 'x', attachment: {} }))).toThrow(PermanentSendError);
  });

  it('audio goes as audio (no caption: degrade sends the text after it), video as video', () => {
    expect(rendered({ kind: 'file', text: 'Listen', attachment: { url: 'https://cdn.example/a.ogg', mimeType: 'audio/ogg' } })).toEqual([
      { type: 'audio', audio: { link: 'https://cdn.example/a.ogg' } },
      { type: 'text', text: { body: 'Listen', preview_url: false } },
    ]);
    expect(renderWhatsApp(msg({ kind: 'file', text: 'Watch', attachment: { url: 'https://cdn.example/v.mp4', mimeType: 'video/mp4' } }))).toEqual({ type: 'video', video: { link: 'https://cdn.example/v.mp4', caption: 'Watch' } });
  });
});

describe('Graph errors → job fate (graphFailure)', () => {
  const res = (status: number, code?: number, retryAfter?: string, isTransient?: boolean, message = 'msg'): PlatformResponse => {
    const json = { error: { message, code, ...(isTransient ? { is_transient: true } : {}) } };
    return { status, ok: false, headers: new Headers(retryAfter ? { 'retry-after': retryAfter } : {}), text: JSON.stringify(json), json };
  };
  const error = (r: PlatformResponse) => graphFailure(r).error;

  it('rate limits wait: throughput 1 s, pair limit 6 s, call-count limits 60 s, Retry-After wins', () => {
    const wait = (e: Error) => (e instanceof RateLimitedError ? e.retryAfterMs : undefined);
    expect(wait(error(res(400, 130429)))).toBe(1000);
    expect(wait(error(res(400, 131056)))).toBe(6000);
    expect(wait(error(res(400, 4)))).toBe(60_000);
    expect(wait(error(res(400, 80007)))).toBe(60_000);
    expect(wait(error(res(429, 4, '2')))).toBe(2000);
  });

  it('5xx and transient errors retry; other 4xx are permanent with Graph\'s message; the code is read', () => {
    for (const e of [error(res(500, 131000)), error(res(400, 2, undefined, true))]) expect(e).toBeInstanceOf(RetryableSendError);
    const permanent = graphFailure(res(400, 131026, undefined, false, '(#131026) Message undeliverable'));
    expect(permanent.error).toBeInstanceOf(PermanentSendError);
    expect(permanent.error.message).toBe('WhatsApp Graph 400: (#131026) Message undeliverable');
    expect(permanent.code).toBe(131026);
    expect(error(res(400, 131026, undefined, false, 'Message undeliverable')).message).toBe('WhatsApp Graph 400 (#131026): Message undeliverable');
    expect(error(res(401, 190))).toBeInstanceOf(PermanentSendError);
  });
});
