/**
 * WhatsApp Cloud API media through the adapter against the fake Graph API
 * (tests/fakes/whatsapp-graph.ts): an inbound media id → `GET /{media-id}` →
 * its URL → the bytes, each with the bearer token; the limit; an unknown id;
 * and outbound media by link, or uploaded (`POST /{phone-number-id}/media`) and
 * sent by id when the link cannot be used.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import type { ChannelContext, OutboundTarget } from '../../channels/types.js';
import { whatsappAdapter, type WhatsAppCredentials } from '../../channels/whatsapp/whatsapp.adapter.js';
import { parseWhatsAppWebhookBody } from '../../channels/whatsapp/whatsapp.normalize.js';
import { MediaTooLargeError, PermanentSendError } from '../../src/domain/errors.js';
import { fakeJpeg, startFakeFileHost, type FakeFileHost } from '../fakes/media.js';
import { startFakeWhatsAppGraph, type FakeWhatsAppGraph } from '../fakes/whatsapp-graph.js';
import { appServices } from '../helpers/channel-context.js';
import { ROOT } from '../helpers/harness.js';

const PHONE = '106540352242922';
const TOKEN = 'wa-media-token';
const CUSTOMER = '16505551234';

let fake: FakeWhatsAppGraph;
let files: FakeFileHost;

function ctx(token = TOKEN): ChannelContext<WhatsAppCredentials> {
  return {
    connection: { id: randomUUID(), tenantId: 'tenant-wa', type: 'whatsapp', webhookSecret: 'unused', settings: {} },
    credentials: { accessToken: token, appSecret: 'app-secret', verifyToken: 'verify', phoneNumberId: PHONE },
    endpoints: { telegramApiRoot: 'http://127.0.0.1:9', lineApiBaseUrl: 'http://127.0.0.1:9', lineDataApiBaseUrl: 'http://127.0.0.1:9', whatsappGraphApiUrl: fake.url },
    webhookUrl: 'https://gw.example/webhooks/whatsapp/x',
    logger: pino({ level: 'silent' }),
    // The WhatsApp adapter keeps nothing in Redis; a lazy client that never connects.
    redis: new Redis({ lazyConnect: true }),
    ...appServices(),
    requestTimeoutMs: 5000,
  };
}

const target = (): OutboundTarget => ({ conversationId: randomUUID(), externalUserId: CUSTOMER, externalThreadId: CUSTOMER, conversationMetadata: {}, lastInboundAt: new Date() });

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
  }
  throw new Error('expected a rejection');
}

/** The image message of the fixture, as the normaliser stores it. */
function imageMessage() {
  const events = parseWhatsAppWebhookBody(readFileSync(path.join(ROOT, 'tests/fixtures/whatsapp/image.json')), { phoneNumberId: PHONE });
  const event = events.find((e) => e.type === 'message');
  if (event?.type !== 'message') throw new Error('not a message');
  const attachment = event.message.payload.attachments?.[0];
  if (!attachment) throw new Error('no attachment');
  return { attachment, inbound: { platformMessageId: event.message.platformMessageId, kind: event.message.kind, payload: event.message.payload } };
}

beforeAll(async () => {
  fake = await startFakeWhatsAppGraph({ validTokens: [TOKEN], phoneNumbers: { [PHONE]: { display_phone_number: '15550783881', verified_name: 'Shop' } } });
  files = await startFakeFileHost();
});

afterAll(async () => {
  await fake.stop();
  await files.stop();
});

beforeEach(() => fake.reset());

describe('inbound media', () => {
  it('media id → GET /{media-id} → its URL → the bytes, both calls with the bearer token', async () => {
    const { attachment, inbound } = imageMessage();
    expect(attachment.platformFileId).toBe('1003383421387256');
    const body = fakeJpeg(7000);
    fake.putMedia({ body, contentType: 'image/jpeg' }, '1003383421387256');
    const got = await whatsappAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.equals(body)).toBe(true);
    expect(got.contentType).toBe('image/jpeg');
    expect(fake.calls.map((c) => [c.kind, c.headers.authorization, c.status])).toEqual([
      ['media', `Bearer ${TOKEN}`, 200],
      ['download', `Bearer ${TOKEN}`, 200],
    ]);
  });

  it('another token cannot read it (401 → PermanentSendError)', async () => {
    const { attachment, inbound } = imageMessage();
    fake.putMedia({ body: fakeJpeg(100), contentType: 'image/jpeg' }, '1003383421387256');
    expect(await rejection(whatsappAdapter.fetchMedia!(ctx('someone-elses-token'), attachment, inbound, { maxBytes: 1_000_000 }))).toBeInstanceOf(PermanentSendError);
  });

  it('a file past the limit: refused on the size Graph reports, before the download', async () => {
    const { attachment, inbound } = imageMessage();
    fake.putMedia({ body: fakeJpeg(50_000), contentType: 'image/jpeg' }, '1003383421387256');
    expect(await rejection(whatsappAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 10_000 }))).toBeInstanceOf(MediaTooLargeError);
    expect(fake.calls.map((c) => c.kind)).toEqual(['media']);
  });

  it('a media id Graph does not know (expired after 30 days) → PermanentSendError', async () => {
    const err = await rejection(whatsappAdapter.fetchMedia!(ctx(), { platformFileId: '777000777000777' }, { platformMessageId: 'wamid.x', kind: 'image', payload: {} }, { maxBytes: 1000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
  });
});

describe('outbound media', () => {
  it('an https link goes as it is', async () => {
    const url = 'https://files.example.com/signed/label.jpg?sig=1';
    await whatsappAdapter.send(ctx(), target(), { id: randomUUID(), kind: 'image', text: 'Your label', attachment: { url, mimeType: 'image/jpeg' }, senderType: 'agent' });
    expect(fake.sends.map((s) => s.body.image)).toEqual([{ link: url, caption: 'Your label' }]);
    expect(fake.uploads.size).toBe(0);
  });

  it('a link Meta cannot fetch (not https) → the file is uploaded and sent by media id', async () => {
    const body = Buffer.from('%PDF-1.7 return form');
    const url = files.put('return-form.pdf', { body, contentType: 'application/pdf' });
    const parts = degrade({ kind: 'file', text: 'Your return form', attachment: { url, mimeType: 'application/pdf', name: 'return-form.pdf' }, senderType: 'agent' }, whatsappAdapter.capabilities);
    for (const part of parts) await whatsappAdapter.send(ctx(), target(), { id: randomUUID(), ...part });
    const [mediaId, uploaded] = [...fake.uploads.entries()][0] ?? [];
    expect(uploaded).toMatchObject({ type: 'application/pdf', fileName: 'return-form.pdf', contentType: 'application/pdf' });
    expect(uploaded?.body.equals(body)).toBe(true);
    expect(fake.sends.map((s) => [s.type, s.body.document])).toEqual([['document', { id: mediaId, caption: 'Your return form', filename: 'return-form.pdf' }]]);
  });

  it('Meta refuses the media at an https link (131053) → the adapter fetches the file to upload it instead, never sending twice', async () => {
    // An https link the test machine cannot serve: the upload fallback's download fails, so the send ends
    // retryable (the job tries again) after exactly one refused message; nothing reached the customer.
    const url = 'https://127.0.0.1:1/signed/photo.jpg';
    fake.failNext({ status: 400, code: 131053 });
    const err = await rejection(whatsappAdapter.send(ctx(), target(), { id: randomUUID(), kind: 'image', text: '', attachment: { url, mimeType: 'image/jpeg' }, senderType: 'agent' }));
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect(err.message).toMatch(/attachment download request failed/);
    expect(fake.calls.filter((c) => c.kind === 'send').map((c) => c.status)).toEqual([400]);
    expect(fake.sends).toHaveLength(0);
  });

  it('an upload Meta refuses fails for good, nothing sent', async () => {
    const url = files.put('tiny.jpg', { body: fakeJpeg(100), contentType: 'image/jpeg' });
    const err = await rejection(whatsappAdapter.send(ctx('expired-token'), target(), { id: randomUUID(), kind: 'image', text: '', attachment: { url, mimeType: 'image/jpeg' }, senderType: 'agent' }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(fake.calls.map((c) => [c.method, c.path, c.status])).toEqual([['POST', `/${PHONE}/media`, 401]]);
    expect(fake.sends).toHaveLength(0);
  });
});
