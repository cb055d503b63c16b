/**
 * What the send-side contract needs to drive one adapter: its fake platform
 * (tests/fakes/), a context pointing at it, a target, and how to make the next
 * send fail in each way a platform can fail. A new channel adds a kit here; the
 * suite fails for any registered adapter without one.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ChannelContext, ChannelType, OutboundTarget } from '../../channels/types.js';
import { startFakeBotFramework } from '../fakes/botframework.js';
import { startFakeLine } from '../fakes/line-api.js';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { startFakeSessionOwner } from '../fakes/whatsapp-web-client.js';
import { startFakeWeChat } from '../fakes/wechat-api.js';
import { startFakeWhatsAppGraph } from '../fakes/whatsapp-graph.js';
import { webchatChannelName } from '../../channels/webchat/webchat.adapter.js';
import { fakePlatformContexts, outboundTarget } from '../helpers/channel-context.js';

export const FAILURES = ['429 with Retry-After', '429 without Retry-After', '4xx', '5xx', 'timeout'] as const;
export type Failure = (typeof FAILURES)[number];
/** The wait a `429 with Retry-After` asks for, in seconds. */
export const RETRY_AFTER_S = 7;

export interface SendSetup {
  ctx(requestTimeoutMs?: number): ChannelContext<unknown>;
  target: OutboundTarget;
  /** Makes the next send fail this way. */
  fail(failure: Failure): void;
  /** The text of the last message the platform received (of message `id`, where the transport is asynchronous), as the customer will see it (web chat: its HTML). */
  lastDelivered(id: string): Promise<string>;
  /** How many send requests reached the platform so far (a hidden client retry would show here). */
  requestsMade(): number;
  stop(): Promise<void>;
}

/**
 * Formatted text every channel must render its own way (tests/contract/send.contract.test.ts):
 * what the bot's answers look like (bold, italic, a link, a list, a table).
 */
export const FORMATTED_SAMPLE = [
  '**7 days of delivery** for *most* orders, see [the refund policy](https://shop.example/refunds).',
  '',
  '- Card: 3 days',
  '- Bank transfer: 7 days',
  '',
  '| Method | Time |',
  '| --- | --- |',
  '| Bank transfer | up to 7 business days |',
].join('\n');

export interface SendKit {
  /** `http`: a platform API answers each send; `redis`: the message goes through our own Redis (no platform status). */
  transport: 'http' | 'redis';
  setup(redis: Redis, keyPrefix: string): Promise<SendSetup>;
  /** Failures the transport cannot produce, each with the reason. An `http` kit may declare none. */
  notApplicable?: Partial<Record<Failure, string>>;
  /** How {@link FORMATTED_SAMPLE} must reach this platform: pieces that must be there, and Markdown that must not leak. */
  formatted: { contains: string[]; absent: string[] };
}

/** Markdown that means nothing to a platform without it: literal asterisks and table pipes. */
const RAW_MARKDOWN = ['**', '| Method |', '| --- |', '](https://'];
const WHATSAPP_FORMAT = {
  contains: ['*7 days of delivery*', '_most_', 'the refund policy (https://shop.example/refunds)', '- Card: 3 days', '```\nMethod         Time\n', 'Bank transfer  up to 7 business days'],
  absent: RAW_MARKDOWN,
};

const context = fakePlatformContexts('tenant-contract');

const TEAMS_APP = { appId: '4d7c2a9e-1b3f-4c5d-8e6f-7a8b9c0d1e2f', appPassword: 'contract-teams-secret' };
const WA_PHONE = '106540352242922';

export const sendKits: Partial<Record<ChannelType, SendKit>> = {
  telegram: {
    transport: 'http',
    async setup(redis, prefix) {
      const token = '7000000002:AAH-contract_token';
      const fake = await startFakeTelegram({ validTokens: [token] });
      return {
        ctx: (t) => context('telegram', { botToken: token }, { telegramApiRoot: fake.url }, redis, prefix, t),
        target: outboundTarget('111222333'),
        // Telegram names its wait in the body (`parameters.retry_after`), not in a header.
        fail: (f) =>
          fake.failNext('sendMessage', f === '429 with Retry-After' ? { status: 429, retryAfter: RETRY_AFTER_S } : f === '429 without Retry-After' ? { status: 429 } : f === '4xx' ? { status: 403, description: 'Forbidden: bot was blocked by the user' } : f === '5xx' ? { status: 502, description: 'Bad Gateway' } : { hang: true }),
        lastDelivered: async () => String(fake.callsTo('sendMessage').at(-1)?.body.text),
        requestsMade: () => fake.callsTo('sendMessage').length,
        stop: () => fake.stop(),
      };
    },
    formatted: {
      contains: ['<b>7 days of delivery</b>', '<i>most</i>', '<a href="https://shop.example/refunds">the refund policy</a>', '• Card: 3 days', '<pre>Method         Time\n'],
      absent: RAW_MARKDOWN,
    },
  },
  line: {
    transport: 'http',
    async setup(redis, prefix) {
      const fake = await startFakeLine();
      const push = '/v2/bot/message/push';
      return {
        ctx: (t) => context('line', { channelSecret: 'contract-secret', channelAccessToken: 'contract-token' }, { lineApiBaseUrl: fake.url, lineDataApiBaseUrl: fake.dataUrl }, redis, prefix, t),
        // No reply token on the conversation: the send is a push.
        target: outboundTarget('U4af4980629a1b2c3d4e5f60718293a4b'),
        fail: (f) =>
          fake.failNext(push, f === '429 with Retry-After' ? { status: 429, retryAfter: RETRY_AFTER_S } : f === '429 without Retry-After' ? { status: 429 } : f === '4xx' ? { status: 400 } : f === '5xx' ? { status: 500 } : { status: 0, hang: true }),
        lastDelivered: async () => {
          const [first] = (fake.deliveries.at(-1)?.messages ?? []) as Array<{ text?: string }>;
          return String(first?.text);
        },
        requestsMade: () => fake.calls.filter((c) => c.path === push).length,
        stop: () => fake.stop(),
      };
    },
    formatted: {
      contains: ['7 days of delivery for most orders, see the refund policy (https://shop.example/refunds).', '• Card: 3 days', 'Method         Time\n', 'Bank transfer  up to 7 business days'],
      absent: [...RAW_MARKDOWN, '*most*', '```'],
    },
  },
  teams: {
    transport: 'http',
    async setup(redis, prefix) {
      const fake = await startFakeBotFramework({ apps: [TEAMS_APP] });
      const reference = { bot: { id: `28:${TEAMS_APP.appId}`, name: 'Bot' }, user: { id: '29:contract-user' }, conversation: { id: 'a:contract-conversation' }, channelId: 'msteams', serviceUrl: fake.serviceUrl };
      return {
        ctx: (t) => context('teams', TEAMS_APP, { botframeworkLoginUrl: fake.loginUrl, botframeworkOpenIdMetadataUrl: fake.openIdMetadataUrl }, redis, prefix, t),
        target: outboundTarget('29:contract-user', 'a:contract-conversation', { teamsConversationReference: reference }),
        fail: (f) => {
          if (f === 'timeout') return fake.hangNext();
          const status = f === '4xx' ? 403 : f === '5xx' ? 502 : 429;
          fake.failNext(status, f === '429 with Retry-After' ? { 'Retry-After': String(RETRY_AFTER_S) } : {});
        },
        lastDelivered: async () => String(fake.delivered().at(-1)?.activity.text),
        requestsMade: () => fake.connectorCalls.filter((c) => c.activity.type === 'message').length,
        stop: () => fake.stop(),
      };
    },
    // Teams reads Markdown (textFormat: markdown) but has no tables: those become a code block.
    formatted: {
      contains: ['**7 days of delivery**', '_most_', '[the refund policy](https://shop.example/refunds)', '- Card: 3 days', '```\nMethod         Time\n'],
      absent: ['| Method |', '| --- |'],
    },
  },
  whatsapp: {
    transport: 'http',
    async setup(redis, prefix) {
      const fake = await startFakeWhatsAppGraph({ phoneNumbers: { [WA_PHONE]: { display_phone_number: '15550783881', verified_name: 'Contract' } } });
      return {
        ctx: (t) => context('whatsapp', { accessToken: 'contract-token', appSecret: 'contract-secret', verifyToken: 'contract-verify', phoneNumberId: WA_PHONE }, { whatsappGraphApiUrl: fake.url }, redis, prefix, t),
        target: outboundTarget('16505551234'),
        fail: (f) =>
          fake.failNext(f === '429 with Retry-After' ? { status: 429, retryAfter: RETRY_AFTER_S } : f === '429 without Retry-After' ? { status: 429 } : f === '4xx' ? { status: 400, code: 131026 } : f === '5xx' ? { status: 500 } : { status: 0, hang: true }),
        lastDelivered: async () => String((fake.sends.at(-1)?.body.text as { body?: string } | undefined)?.body),
        requestsMade: () => fake.calls.filter((c) => c.kind === 'send').length,
        stop: () => fake.stop(),
      };
    },
    formatted: WHATSAPP_FORMAT,
  },
  wechat: {
    transport: 'http',
    async setup(redis, prefix) {
      const account = { appId: 'wx7c1e4a9f2b6d3058', appSecret: 'contract-wechat-secret' };
      const fake = await startFakeWeChat({ accounts: [account] });
      return {
        ctx: (t) => context('wechat', { ...account, token: 'contractToken42' }, { wechatApiBaseUrl: fake.url }, redis, prefix, t),
        target: outboundTarget('oLVPpjqs9BhvzwPj5A-vTYAX3GLc'),
        // WeChat answers its own errors with HTTP 200 and an errcode (45009, -1, 45015, 40001…: tests/integration/wechat.adapter.test.ts);
        // the HTTP statuses here are those a proxy or load balancer in front of the API answers.
        fail: (f) =>
          fake.failNext(f === '429 with Retry-After' ? { status: 429, retryAfter: RETRY_AFTER_S } : f === '429 without Retry-After' ? { status: 429 } : f === '4xx' ? { status: 403 } : f === '5xx' ? { status: 502 } : { hang: true }),
        lastDelivered: async () => String(fake.sends.at(-1)?.content),
        requestsMade: () => fake.calls.filter((c) => c.kind === 'send').length,
        stop: () => fake.stop(),
      };
    },
    // Plain text, like LINE: WeChat shows no formatting.
    formatted: {
      contains: ['7 days of delivery for most orders, see the refund policy (https://shop.example/refunds).', '• Card: 3 days', 'Method         Time\n', 'Bank transfer  up to 7 business days'],
      absent: [...RAW_MARKDOWN, '*most*', '```'],
    },
  },
  whatsapp_web: {
    transport: 'redis',
    notApplicable: {
      '429 with Retry-After': 'WhatsApp Web (a browser session) has no rate-limit answer',
      '429 without Retry-After': 'WhatsApp Web (a browser session) has no rate-limit answer',
    },
    async setup(redis, prefix) {
      const base = context('whatsapp_web', {}, {}, redis, prefix);
      const owner = await startFakeSessionOwner(redis, prefix, base.connection.id);
      return {
        ctx: (t) => ({ ...base, ...(t !== undefined ? { requestTimeoutMs: t } : {}) }),
        target: outboundTarget('4917612345678@c.us'),
        // A message the session refuses for good (4xx), a client error a retry may pass (5xx), no answer (timeout).
        fail: (f) => owner.next(f === '4xx' ? 'permanent' : f === '5xx' ? 'failed' : 'hang'),
        lastDelivered: async () => String((owner.commands.at(-1) as { message?: { text?: string } } | undefined)?.message?.text),
        requestsMade: () => owner.commands.length,
        stop: () => owner.stop(),
      };
    },
    formatted: WHATSAPP_FORMAT,
  },
  webchat: {
    transport: 'redis',
    notApplicable: Object.fromEntries(
      ['429 with Retry-After', '429 without Retry-After', '4xx', '5xx', 'timeout'].map((f) => [f, 'web chat replies are published to Redis pub/sub: there is no platform to answer']),
    ) as Record<Failure, string>,
    async setup(redis, prefix) {
      const base = context('webchat', { allowedOrigins: [] }, {}, redis, prefix);
      const visitor = randomUUID();
      // What the page receives: the visitor's pub/sub channel.
      const subscriber = redis.duplicate();
      const received: Array<{ event: string; data: { id?: string; html?: string } }> = [];
      subscriber.on('message', (_channel: string, raw: string) => received.push(JSON.parse(raw)));
      await subscriber.subscribe(webchatChannelName(prefix, base.connection.id, visitor));
      return {
        ctx: (t) => ({ ...base, ...(t !== undefined ? { requestTimeoutMs: t } : {}) }),
        target: outboundTarget(visitor),
        fail: () => undefined,
        // Pub/sub delivers a moment after publish resolves.
        lastDelivered: async (id) => {
          for (let i = 0; i < 100 && !received.some((m) => m.data.id === id); i++) await new Promise((r) => setTimeout(r, 20));
          return String(received.find((m) => m.data.id === id)?.data.html);
        },
        requestsMade: () => received.filter((m) => m.event === 'message').length,
        stop: async () => void subscriber.disconnect(),
      };
    },
    // The page inserts this HTML as it is: our tags only, the link safe.
    formatted: {
      contains: ['<strong>7 days of delivery</strong>', '<em>most</em>', '<a href="https://shop.example/refunds" target="_blank" rel="noopener noreferrer nofollow">the refund policy</a>', '<ul><li>Card: 3 days</li>', '<table><thead><tr><th>Method</th><th>Time</th></tr></thead>'],
      absent: RAW_MARKDOWN,
    },
  },
};
