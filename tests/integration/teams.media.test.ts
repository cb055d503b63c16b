/**
 * Teams attachments through the adapter against the fake Bot Framework
 * (tests/fakes/botframework.ts): an inline image is downloaded from the Bot
 * Connector with the bot's token (from the token endpoint, cached by the SDK);
 * the token never goes to another host; a OneDrive/SharePoint file stays a
 * reference; limits and a vanished attachment; and outbound images natively,
 * files as links.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import { teamsAdapter, type TeamsCredentials } from '../../channels/teams/teams.adapter.js';
import { parseTeamsActivity } from '../../channels/teams/teams.normalize.js';
import type { ChannelContext, OutboundTarget } from '../../channels/types.js';
import { MediaTooLargeError, PermanentSendError } from '../../src/domain/errors.js';
import { startFakeBotFramework, type FakeBotFramework } from '../fakes/botframework.js';
import { fakeJpeg, startFakeFileHost, type FakeFileHost } from '../fakes/media.js';
import { appServices } from '../helpers/channel-context.js';
import { REDIS_URL, ROOT } from '../helpers/harness.js';

const APP = { appId: '7b2e9c41-3d5f-4a6b-8c7d-9e0f1a2b3c4d', appPassword: 'teams-media-secret' };
const KEY_PREFIX = `test-teams-media-${process.pid}-${randomUUID().slice(0, 8)}`;

let fake: FakeBotFramework;
let files: FakeFileHost;
let redis: Redis;

function ctx(credentials: TeamsCredentials = APP): ChannelContext<TeamsCredentials> {
  return {
    connection: { id: randomUUID(), tenantId: 'tenant-teams', type: 'teams', webhookSecret: 'unused', settings: {} },
    credentials,
    endpoints: {
      telegramApiRoot: 'http://127.0.0.1:9',
      lineApiBaseUrl: 'http://127.0.0.1:9',
      lineDataApiBaseUrl: 'http://127.0.0.1:9',
      whatsappGraphApiUrl: 'http://127.0.0.1:9',
      botframeworkLoginUrl: fake.loginUrl,
      botframeworkOpenIdMetadataUrl: fake.openIdMetadataUrl,
    },
    webhookUrl: 'https://gw.example/webhooks/teams/x',
    logger: pino({ level: 'silent' }),
    redis,
    keyPrefix: KEY_PREFIX,
    ...appServices(redis, KEY_PREFIX),
    requestTimeoutMs: 5000,
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
  }
  throw new Error('expected a rejection');
}

/** A fixture activity as the fake's Bot Connector would deliver it, parsed as the webhook does. */
function inboundOf(fixture: string, contentUrl?: string) {
  const activity = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/teams', fixture), 'utf8')) as { serviceUrl: string; attachments: Array<{ contentUrl?: string }> };
  activity.serviceUrl = fake.serviceUrl;
  const first = activity.attachments[0];
  if (contentUrl && first) first.contentUrl = contentUrl;
  const [event] = parseTeamsActivity(JSON.stringify(activity));
  if (event?.type !== 'message') throw new Error(`${fixture} is not a message`);
  const attachment = event.message.payload.attachments?.[0];
  if (!attachment) throw new Error(`${fixture} has no attachment`);
  return { attachment, inbound: { platformMessageId: event.message.platformMessageId, kind: event.message.kind, payload: event.message.payload } };
}

beforeAll(async () => {
  fake = await startFakeBotFramework({ apps: [APP] });
  files = await startFakeFileHost();
  redis = new Redis(REDIS_URL);
});

afterAll(async () => {
  const keys = await redis.keys(`${KEY_PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await fake.stop();
  await files.stop();
});

beforeEach(() => {
  fake.reset();
  fake.attachmentDownloads.length = 0;
});

describe('inbound attachments', () => {
  it('an inline image → downloaded from the Bot Connector with the bot token', async () => {
    const body = fakeJpeg(5000);
    const { attachment, inbound } = inboundOf('image-attachment.json', fake.putAttachment({ body, contentType: 'image/png' }));
    expect(inbound.payload.platform?.teamsServiceUrl).toBe(fake.serviceUrl);
    const got = await teamsAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 });
    expect(got.body.equals(body)).toBe(true);
    expect(got.contentType).toBe('image/png');
    const [download] = fake.attachmentDownloads;
    expect(download?.status).toBe(200);
    expect(fake.issuedTokens().map((t) => `Bearer ${t}`)).toContain(download?.authorization);
  });

  it('the token is cached: a second download asks the token endpoint no more', async () => {
    const { attachment, inbound } = inboundOf('image-attachment.json', fake.putAttachment({ body: fakeJpeg(100), contentType: 'image/png' }));
    await teamsAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 });
    const tokensBefore = fake.tokenRequests.length;
    await teamsAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 });
    expect(fake.tokenRequests.length).toBe(tokensBefore);
  });

  it('a contentUrl on another host gets no token, and plain http there is refused without a request', async () => {
    const url = files.put('leak.png', { body: fakeJpeg(100), contentType: 'image/png' });
    const { attachment, inbound } = inboundOf('image-attachment.json', url);
    const err = await rejection(teamsAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(files.hits.size).toBe(0);
  });

  it('a OneDrive/SharePoint file stays a reference: its downloadUrl was never stored, the download fails for good', async () => {
    const { attachment, inbound } = inboundOf('file-attachment.json');
    const err = await rejection(teamsAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.message).toMatch(/downloadUrl/);
    expect(fake.attachmentDownloads).toHaveLength(0);
  });

  it('past the limit → MediaTooLargeError (declared length and counted stream)', async () => {
    for (const mode of ['length', 'chunked'] as const) {
      const { attachment, inbound } = inboundOf('image-attachment.json', fake.putAttachment({ body: fakeJpeg(30_000), contentType: 'image/png', mode }));
      expect(await rejection(teamsAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 10_000 }))).toBeInstanceOf(MediaTooLargeError);
    }
  });

  it('an attachment the Bot Connector no longer has (404) → PermanentSendError', async () => {
    const { attachment, inbound } = inboundOf('image-attachment.json', `${fake.serviceUrl}v3/attachments/0-eus-d1-deleted/views/original`);
    expect(await rejection(teamsAdapter.fetchMedia!(ctx(), attachment, inbound, { maxBytes: 1_000_000 }))).toBeInstanceOf(PermanentSendError);
  });
});

describe('outbound attachments', () => {
  const reference = () => ({ bot: { id: `28:${APP.appId}`, name: 'Bot' }, user: { id: '29:media-user' }, conversation: { id: 'a:media-conv' }, channelId: 'msteams', serviceUrl: fake.serviceUrl });
  const target = (): OutboundTarget => ({ conversationId: randomUUID(), externalUserId: '29:media-user', externalThreadId: 'a:media-conv', conversationMetadata: { teamsConversationReference: reference() }, lastInboundAt: new Date() });

  it('an image goes as an attachment with its URL; a file as a link in the text', async () => {
    const image = 'https://files.example.com/signed/label.png?sig=1';
    const file = 'https://files.example.com/signed/manual.pdf?sig=2';
    for (const draft of [
      { kind: 'image' as const, text: 'Your label', attachment: { url: image, mimeType: 'image/png', name: 'label.png' }, senderType: 'agent' as const },
      { kind: 'file' as const, text: 'The manual', attachment: { url: file, mimeType: 'application/pdf', name: 'manual.pdf' }, senderType: 'agent' as const },
    ]) {
      for (const part of degrade(draft, teamsAdapter.capabilities)) await teamsAdapter.send(ctx(), target(), { id: randomUUID(), ...part });
    }
    const sent = fake.delivered().map((c) => c.activity);
    expect(sent[0]).toMatchObject({ text: 'Your label', attachments: [{ contentType: 'image/png', contentUrl: image, name: 'label.png' }] });
    expect(sent[1]?.attachments).toBeUndefined();
    expect(String(sent[1]?.text)).toContain(file);
  });
});
