import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { backoffDelay, bridgeCommandSchema, connectionIdOfOutKey, wawebKeys } from '../../channels/whatsapp-web/whatsapp-web.bridge.js';
import { whatsappWebAdapter, type WhatsAppWebCredentials } from '../../channels/whatsapp-web/whatsapp-web.adapter.js';
import { normalizeWhatsAppWebMessage } from '../../channels/whatsapp-web/whatsapp-web.normalize.js';
import type { ChannelContext, InboundMessage } from '../../channels/types.js';
import { appServices } from '../helpers/channel-context.js';
import { PayloadError, WebhookAuthError } from '../../src/domain/errors.js';
import { waMessage } from '../fakes/whatsapp-web-client.js';

const USER = '4917612345678@c.us';
const GROUP = '120363025246125486@g.us';

function message(raw: unknown): InboundMessage {
  const event = normalizeWhatsAppWebMessage(raw);
  if (event.type !== 'message') throw new Error(`expected a message, got ${JSON.stringify(event)}`);
  return event.message;
}

describe('normalizeWhatsAppWebMessage', () => {
  it('private text: thread and user are the sender, id is id._serialized', () => {
    const raw = waMessage({ from: USER, body: 'Where is my order?', timestamp: 1_700_000_000 });
    const m = message(raw);
    expect(m).toMatchObject({
      platformMessageId: raw.id._serialized,
      externalUserId: USER,
      externalThreadId: USER,
      userDisplayName: 'Alice',
      kind: 'text',
      text: 'Where is my order?',
      threadMetadata: { waChatType: 'private' },
    });
    expect(m.sentAt.toISOString()).toBe(new Date(1_700_000_000_000).toISOString());
  });

  it('group message: replies go to the group, the customer is the author', () => {
    const m = message(waMessage({ from: GROUP, author: USER, body: 'hi all' }));
    expect(m.externalThreadId).toBe(GROUP);
    expect(m.externalUserId).toBe(USER);
    expect(m.threadMetadata).toEqual({ waChatType: 'group' });
  });

  it('ignores own messages, status updates, channel posts and service messages', () => {
    expect(normalizeWhatsAppWebMessage(waMessage({ from: USER, fromMe: true })).type).toBe('ignored');
    expect(normalizeWhatsAppWebMessage(waMessage({ from: 'status@broadcast', isStatus: true })).type).toBe('ignored');
    expect(normalizeWhatsAppWebMessage(waMessage({ from: '120363000000000000@newsletter' })).type).toBe('ignored');
    expect(normalizeWhatsAppWebMessage(waMessage({ from: USER, type: 'e2e_notification', body: '' }))).toEqual({
      type: 'ignored',
      reason: 'whatsapp_web message type e2e_notification',
    });
  });

  it('image with caption and document: attachment by WhatsApp message id, caption as text', () => {
    const img = waMessage({ from: USER, type: 'image', hasMedia: true, body: 'my receipt', rawData: { mimetype: 'image/jpeg', size: 1234 } });
    expect(message(img)).toMatchObject({
      kind: 'image',
      text: 'my receipt',
      payload: { attachments: [{ platformFileId: img.id._serialized, mimeType: 'image/jpeg', size: 1234 }] },
    });
    const doc = waMessage({ from: USER, type: 'document', hasMedia: true, body: '', rawData: { mimetype: 'application/pdf', filename: 'invoice.pdf' } });
    expect(message(doc)).toMatchObject({ kind: 'file', text: '', payload: { attachments: [{ mimeType: 'application/pdf', name: 'invoice.pdf' }] } });
  });

  it('location (whatsapp-web.js gives the coordinates as strings)', () => {
    const m = message(waMessage({ from: USER, type: 'location', body: '', location: { latitude: '52.52', longitude: '13.405', name: 'Office', address: 'Main St 1' } }));
    expect(m.kind).toBe('location');
    expect(m.payload.location).toEqual({ latitude: 52.52, longitude: 13.405, name: 'Office', address: 'Main St 1' });
    expect(m.text).toBe('📍 52.52, 13.405\nOffice\nMain St 1');
  });

  it('button and list replies carry the selected id', () => {
    expect(message(waMessage({ from: USER, type: 'buttons_response', body: 'Yes', selectedButtonId: 'confirm-yes' }))).toMatchObject({
      kind: 'button_reply',
      text: 'Yes',
      payload: { buttonPayload: 'confirm-yes' },
    });
    expect(message(waMessage({ from: USER, type: 'list_response', body: 'Blue', selectedRowId: 'color-blue' })).payload.buttonPayload).toBe('color-blue');
  });

  it('throws PayloadError for something that is not a message', () => {
    expect(() => normalizeWhatsAppWebMessage({ body: 'no id' })).toThrow(PayloadError);
    expect(() => normalizeWhatsAppWebMessage(null)).toThrow(PayloadError);
  });
});

describe('whatsapp_web adapter without webhooks', () => {
  const ctx: ChannelContext<WhatsAppWebCredentials> = {
    connection: { id: 'c', tenantId: 't', type: 'whatsapp_web', webhookSecret: 's', settings: {} },
    credentials: {},
    endpoints: { telegramApiRoot: 'x', lineApiBaseUrl: 'x', lineDataApiBaseUrl: 'x', whatsappGraphApiUrl: 'x' },
    webhookUrl: 'x',
    logger: pino({ level: 'silent' }),
    redis: {} as unknown as Redis,
    ...appServices(),
  };
  const req = { method: 'POST', headers: {}, query: {}, rawBody: Buffer.from('{}') };

  it('rejects every webhook call', () => {
    expect(() => whatsappWebAdapter.verifyWebhook(req, ctx)).toThrow(WebhookAuthError);
    expect(() => whatsappWebAdapter.parseWebhook(req, ctx)).toThrow(WebhookAuthError);
  });

  it('accepts empty credentials or a phone number, nothing else', () => {
    expect(whatsappWebAdapter.credentialsSchema.safeParse({}).success).toBe(true);
    expect(whatsappWebAdapter.credentialsSchema.safeParse({ phoneNumber: '+491701234567' }).success).toBe(true);
    expect(whatsappWebAdapter.credentialsSchema.safeParse({ phoneNumber: 'call me' }).success).toBe(false);
    expect(whatsappWebAdapter.credentialsSchema.safeParse({ token: 'x' }).success).toBe(false);
  });
});

describe('bridge', () => {
  it('backoff doubles from the initial delay up to the cap', () => {
    const opts = { initialMs: 1000, maxMs: 10_000, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, opts))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    const jittered = backoffDelay(1, { ...opts, jitter: 0.2 }, () => 1);
    expect(jittered).toBe(1200);
  });

  it('keys and command schema', () => {
    const keys = wawebKeys('gw', '9b2f4c1e-0000-4000-8000-00000000000a');
    expect(keys.out).toBe('gw:waweb:9b2f4c1e-0000-4000-8000-00000000000a:out');
    expect(connectionIdOfOutKey(keys.out)).toBe('9b2f4c1e-0000-4000-8000-00000000000a');
    expect(bridgeCommandSchema.safeParse({ op: 'send', requestId: 'r', outboundId: 'o', chatId: USER, deadline: 1, message: { kind: 'text', text: 'hi' } }).success).toBe(true);
    expect(bridgeCommandSchema.safeParse({ op: 'delete-everything', requestId: 'r' }).success).toBe(false);
  });
});
