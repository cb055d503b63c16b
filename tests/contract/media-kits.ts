/**
 * What the media contract (tests/contract/media.contract.test.ts) needs to
 * drive one adapter's attachments both ways against its fake platform: a
 * context, a way to put a file on the platform as a customer sent it (and
 * the attachment the normaliser stores for it), one the platform no longer
 * has, and what the customer received natively. A new channel adds a kit here;
 * the suite fails for any registered adapter without one.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type { Attachment, ChannelContext, ChannelType, InboundRef, OutboundTarget } from '../../channels/types.js';
import { webchatChannelName } from '../../channels/webchat/webchat.adapter.js';
import { WhatsAppWebSession } from '../../channels/whatsapp-web/whatsapp-web.session.js';
import { startFakeBotFramework } from '../fakes/botframework.js';
import { startFakeLine } from '../fakes/line-api.js';
import type { FakeMediaFile } from '../fakes/media.js';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { startFakeWeChat } from '../fakes/wechat-api.js';
import { MemoryRemoteAuthStore, startFakeSessionOwner, StandInClientFactory } from '../fakes/whatsapp-web-client.js';
import { startFakeWhatsAppGraph } from '../fakes/whatsapp-graph.js';
import { fakePlatformContexts, outboundTarget } from '../helpers/channel-context.js';

/** An inbound attachment as stored: the attachment and the message it came with. */
export interface StoredMedia {
  attachment: Attachment;
  inbound: InboundRef;
}

/** What the customer received, in order: native media, or text (with the text). */
export type Received = { type: 'image' | 'file' } | { type: 'text'; text: string };

export interface MediaSetup {
  ctx(requestTimeoutMs?: number): ChannelContext<unknown>;
  target: OutboundTarget;
  /** A file a customer sent, on the fake platform. `null` when the channel downloads nothing (web chat uploads go to storage). */
  put: ((file: FakeMediaFile) => Promise<StoredMedia>) | null;
  /** An attachment whose file the platform no longer has (expired, deleted). */
  gone: (() => Promise<StoredMedia>) | null;
  /** Everything the customer received so far. */
  received(): Promise<Received[]>;
  stop(): Promise<void>;
}

export interface MediaKit {
  setup(redis: Redis, keyPrefix: string): Promise<MediaSetup>;
  /** The platform fetches outbound media URLs itself and wants public https ones (the test file host is http). */
  httpsUrls?: boolean;
  /** Why a download that streams endlessly cannot happen on this transport, when it cannot. */
  noStreaming?: string;
}

const context = fakePlatformContexts('tenant-media-contract');

const inboundOf = (kind: InboundRef['kind'], attachment: Attachment, platform: Record<string, unknown> = {}): StoredMedia => ({
  attachment,
  inbound: { platformMessageId: randomUUID(), kind, payload: { attachments: [attachment], platform } },
});
const kindOf = (file: FakeMediaFile): InboundRef['kind'] => (file.contentType.startsWith('image/') ? 'image' : 'file');

export const mediaKits: Partial<Record<ChannelType, MediaKit>> = {
  telegram: {
    async setup(redis, prefix) {
      const token = '7000000003:AAH-media_contract';
      const fake = await startFakeTelegram({ validTokens: [token] });
      const METHODS: Record<string, 'image' | 'file' | 'text'> = { sendphoto: 'image', senddocument: 'file', sendmessage: 'text' };
      return {
        ctx: (t) => context('telegram', { botToken: token }, { telegramApiRoot: fake.url }, redis, prefix, t),
        target: outboundTarget('111222333'),
        // As telegram.normalize.ts stores it: the file_id, MIME type and name when the message gave them.
        put: async (file) => inboundOf(kindOf(file), { platformFileId: fake.putFile(file), mimeType: file.contentType, ...(file.fileName ? { name: file.fileName } : {}) }),
        gone: async () => inboundOf('image', { platformFileId: 'AgACAgQAAxkBAAIBgone', mimeType: 'image/jpeg' }),
        received: async () =>
          fake.calls
            .filter((c) => c.status === 200 && METHODS[c.method.toLowerCase()])
            .map((c): Received => {
              const type = METHODS[c.method.toLowerCase()] ?? 'text';
              return type === 'text' ? { type, text: String(c.body.text) } : { type };
            }),
        stop: () => fake.stop(),
      };
    },
  },
  line: {
    httpsUrls: true,
    async setup(redis, prefix) {
      const fake = await startFakeLine({ validTokens: ['media-contract-token'] });
      return {
        ctx: (t) => context('line', { channelSecret: 'contract-secret', channelAccessToken: 'media-contract-token' }, { lineApiBaseUrl: fake.url, lineDataApiBaseUrl: fake.dataUrl }, redis, prefix, t),
        target: outboundTarget('U4af4980629a1b2c3d4e5f60718293a4b'),
        put: async (file) => {
          const messageId = String(480_000_000_000_000 + Math.floor(Math.random() * 1e9));
          fake.putContent(messageId, file);
          return inboundOf(kindOf(file), { platformFileId: messageId, ...(file.fileName ? { name: file.fileName } : { mimeType: file.contentType }) }, { lineMessageId: messageId });
        },
        gone: async () => {
          fake.putContent('480000000000001', null);
          return inboundOf('image', { platformFileId: '480000000000001', mimeType: 'image/jpeg' }, { lineMessageId: '480000000000001' });
        },
        received: async () =>
          fake.deliveries.flatMap((d) =>
            (d.messages as Array<{ type: string; text?: string }>).map((m): Received => (m.type === 'image' ? { type: 'image' } : { type: 'text', text: String(m.text) })),
          ),
        stop: () => fake.stop(),
      };
    },
  },
  teams: {
    httpsUrls: true,
    async setup(redis, prefix) {
      const app = { appId: '5e8d3b0f-2c4a-4d6e-9f70-8b9cad0e1f23', appPassword: 'media-contract-secret' };
      const fake = await startFakeBotFramework({ apps: [app] });
      const reference = { bot: { id: `28:${app.appId}`, name: 'Bot' }, user: { id: '29:media-user' }, conversation: { id: 'a:media-conversation' }, channelId: 'msteams', serviceUrl: fake.serviceUrl };
      return {
        ctx: (t) => context('teams', app, { botframeworkLoginUrl: fake.loginUrl, botframeworkOpenIdMetadataUrl: fake.openIdMetadataUrl }, redis, prefix, t),
        target: outboundTarget('29:media-user', 'a:media-conversation', { teamsConversationReference: reference }),
        // An inline attachment, as teams.normalize.ts stores it: the Bot Connector contentUrl and where the Bot Connector is.
        put: async (file) => inboundOf(kindOf(file), { url: fake.putAttachment(file), mimeType: file.contentType, ...(file.fileName ? { name: file.fileName } : {}) }, { teamsServiceUrl: fake.serviceUrl }),
        gone: async () => inboundOf('image', { url: `${fake.serviceUrl}v3/attachments/0-eus-d1-gone/views/original`, mimeType: 'image/png' }, { teamsServiceUrl: fake.serviceUrl }),
        received: async () =>
          fake.delivered().flatMap((c): Received[] => {
            if (c.activity.type !== 'message') return [];
            const attachments = (c.activity.attachments ?? []) as Array<{ contentType?: string }>;
            if (attachments.some((a) => a.contentType?.startsWith('image/'))) return [{ type: 'image' }];
            return [{ type: 'text', text: String(c.activity.text) }];
          }),
        stop: () => fake.stop(),
      };
    },
  },
  whatsapp: {
    async setup(redis, prefix) {
      const phone = '106540352242923';
      const fake = await startFakeWhatsAppGraph({ validTokens: ['media-contract-token'], phoneNumbers: { [phone]: { display_phone_number: '15550783882', verified_name: 'Media' } } });
      const TYPES: Record<string, 'image' | 'file'> = { image: 'image', document: 'file', audio: 'file', video: 'file' };
      return {
        ctx: (t) => context('whatsapp', { accessToken: 'media-contract-token', appSecret: 'contract-secret', verifyToken: 'contract-verify', phoneNumberId: phone }, { whatsappGraphApiUrl: fake.url }, redis, prefix, t),
        target: outboundTarget('16505551234'),
        put: async (file) => inboundOf(kindOf(file), { platformFileId: fake.putMedia(file), mimeType: file.contentType, ...(file.fileName ? { name: file.fileName } : {}) }),
        gone: async () => inboundOf('image', { platformFileId: '909090909090909', mimeType: 'image/jpeg' }),
        received: async () =>
          fake.sends.map((s): Received => {
            const type = TYPES[s.type];
            return type ? { type } : { type: 'text', text: String((s.body.text as { body?: string } | undefined)?.body) };
          }),
        stop: () => fake.stop(),
      };
    },
  },
  wechat: {
    async setup(redis, prefix) {
      const account = { appId: 'wx7c1e4a9f2b6d3059', appSecret: 'media-contract-secret' };
      const fake = await startFakeWeChat({ accounts: [account] });
      return {
        ctx: (t) => context('wechat', { ...account, token: 'contractToken42' }, { wechatApiBaseUrl: fake.url }, redis, prefix, t),
        target: outboundTarget('oLVPpjqs9BhvzwPj5A-vTYAX3GLd'),
        put: async (file) => inboundOf(kindOf(file), { platformFileId: fake.putMedia(file), mimeType: file.contentType }),
        gone: async () => inboundOf('image', { platformFileId: 'expired-media-id-0001', mimeType: 'image/jpeg' }),
        received: async () => fake.sends.map((s): Received => (s.msgtype === 'image' ? { type: 'image' } : { type: 'text', text: s.content })),
        stop: () => fake.stop(),
      };
    },
  },
  whatsapp_web: {
    noStreaming: 'whatsapp-web.js decrypts the whole file in the page and hands it over at once: the owner checks its size, there is no stream to cut',
    async setup(redis, prefix) {
      const connectionId = randomUUID();
      const dataPath = await mkdtemp(path.join(tmpdir(), 'waweb-media-'));
      const factory = new StandInClientFactory();
      const session = new WhatsAppWebSession({
        connectionId,
        tenantId: 'tenant-media-contract',
        factory,
        store: new MemoryRemoteAuthStore(dataPath),
        dataPath,
        logger: pino({ level: 'silent' }),
        sink: { state: async () => undefined, inbound: async () => undefined },
        backoff: { initialMs: 1000, maxMs: 1000, jitter: 0 },
      });
      session.start();
      // The session listens to the client once it initializes it.
      for (let i = 0; i < 500 && !factory.latest()?.initialized; i++) await new Promise((r) => setTimeout(r, 10));
      const client = factory.latest();
      if (!client?.initialized) throw new Error('the stand-in client did not start');
      await client.scan();
      const owner = await startFakeSessionOwner(redis, prefix, connectionId, session);
      let seq = 0;
      return {
        ctx: (t) => context('whatsapp_web', {}, {}, redis, prefix, t, connectionId),
        target: outboundTarget('4917612345678@c.us'),
        put: async (file) => {
          const id = `false_4917612345678@c.us_3EB0MEDIA${seq++}`;
          // An endless stream stands for a file far larger than any limit.
          const body = file.mode === 'endless' ? Buffer.concat(Array.from({ length: 64 }, () => file.body)) : file.body;
          client.media.set(id, { mimetype: file.contentType, data: body.toString('base64'), filename: file.fileName ?? null });
          return inboundOf(kindOf(file), { platformFileId: id, mimeType: file.contentType, ...(file.fileName ? { name: file.fileName } : {}) });
        },
        gone: async () => {
          const id = `false_4917612345678@c.us_3EB0GONE${seq++}`;
          client.media.set(id, null);
          return inboundOf('image', { platformFileId: id, mimeType: 'image/jpeg' });
        },
        received: async () =>
          (owner.commands as Array<{ message: { kind: string; text: string } }>).map((c): Received => {
            if (c.message.kind === 'image') return { type: 'image' };
            return c.message.kind === 'file' ? { type: 'file' } : { type: 'text', text: c.message.text };
          }),
        stop: async () => {
          await owner.stop();
          await session.stop();
          await rm(dataPath, { recursive: true, force: true });
        },
      };
    },
  },
  webchat: {
    async setup(redis, prefix) {
      const base = context('webchat', { allowedOrigins: [] }, {}, redis, prefix);
      const visitor = randomUUID();
      const subscriber = redis.duplicate();
      const got: Array<{ event: string; data: { kind?: string; text?: string; payload?: { attachments?: unknown[] } } }> = [];
      subscriber.on('message', (_channel: string, raw: string) => got.push(JSON.parse(raw)));
      await subscriber.subscribe(webchatChannelName(prefix, base.connection.id, visitor));
      return {
        ctx: (t) => ({ ...base, ...(t !== undefined ? { requestTimeoutMs: t } : {}) }),
        target: outboundTarget(visitor),
        // The visitor uploads to the gateway's own storage (POST /api/v1/webchat/:connectionId/attachments): nothing to download.
        put: null,
        gone: null,
        received: async () => {
          // Pub/sub delivers a moment after publish resolves.
          for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
          return got
            .filter((m) => m.event === 'message')
            .map((m): Received => (m.data.payload?.attachments?.length ? { type: m.data.kind === 'image' ? 'image' : 'file' } : { type: 'text', text: String(m.data.text) }));
        },
        stop: async () => void subscriber.disconnect(),
      };
    },
  },
};
