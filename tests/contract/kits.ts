/**
 * What the contract suite needs to exercise one adapter: sample credentials,
 * a well-formed platform payload (from the platform's documented examples)
 * and how the platform authenticates a webhook call. A new channel adds a kit
 * here; the suite fails for any registered adapter without one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { issueVisitorToken } from '../../channels/webchat/webchat.adapter.js';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type { ChannelContext, ChannelType, PlatformEndpoints, WebhookRequest } from '../../channels/types.js';
import { appServices } from '../helpers/channel-context.js';
import { startFakeBotFramework } from '../fakes/botframework.js';
import { signLineBody } from '../fakes/line-api.js';
import { encryptedWebhook } from '../fakes/wechat-api.js';
import { signWhatsAppBody } from '../fakes/whatsapp-graph.js';
import { ROOT } from '../helpers/harness.js';

export interface AdapterKit {
  credentials: Record<string, unknown>;
  samplePayload: string;
  /** Adds the platform's authentication to a request. */
  authenticate(req: WebhookRequest, ctx: ChannelContext<unknown>): WebhookRequest;
  /**
   * `false` for a channel without webhooks (whatsapp_web: messages arrive in a
   * browser session). The suite then checks that every webhook call is
   * rejected with WebhookAuthError, and skips the payload tests.
   */
  webhooks?: false;
  /** Platform endpoints the adapter needs to authenticate (e.g. where its token signing keys are published). */
  endpoints?: Partial<PlatformEndpoints>;
  /**
   * Credentials of another account on the platform, for channels whose webhook
   * authentication depends on the credentials rather than the connection's
   * webhook secret (Teams: the token's audience is the app id).
   */
  otherCredentials?: Record<string, unknown>;
}

/** A context for verify and parse, which never touch Redis or send anything. */
export function contractContext(type: ChannelType | string, credentials: unknown, endpoints: Partial<PlatformEndpoints> = {}): ChannelContext<unknown> {
  return {
    connection: { id: '9b2f4c1e-0000-4000-8000-00000000000a', tenantId: 't', type: type as ChannelType, webhookSecret: 'generated-secret_ABC-123', settings: {} },
    credentials,
    endpoints: { telegramApiRoot: 'http://127.0.0.1:9', lineApiBaseUrl: 'http://127.0.0.1:9', lineDataApiBaseUrl: 'http://127.0.0.1:9', whatsappGraphApiUrl: 'http://127.0.0.1:9', ...endpoints },
    webhookUrl: 'https://gw.example/webhooks/x/y',
    logger: pino({ level: 'silent' }),
    redis: {} as Redis,
    ...appServices(),
  };
}

const fixture = (p: string) => readFileSync(path.join(ROOT, 'tests/fixtures', p), 'utf8');

/** Teams tokens are JWTs checked against keys from OpenID metadata: a local fake publishes them. */
const botframework = await startFakeBotFramework({ unref: true });
const TEAMS_APP_ID = '9e4c1d2a-7b3f-4e8a-a1c5-2f6d8b0e4c71';
/** The channel binds its token to the activity's serviceUrl (`serviceurl` claim). */
const serviceUrlOf = (body: Buffer): string | undefined => {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && 'serviceUrl' in parsed && typeof parsed.serviceUrl === 'string' ? parsed.serviceUrl : undefined;
  } catch {
    return undefined;
  }
};

/** WeChat in safe mode: the kit seals whatever body it is given in the encrypted envelope and signs it, as WeChat does. */
export const WECHAT_KIT_CREDENTIALS = { appId: 'wx5f2a9c3e7b1d4086', appSecret: 'contract-wechat-app-secret', token: 'contractToken42', encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' };

export const kits: Record<string, AdapterKit> = {
  whatsapp_web: {
    credentials: {},
    samplePayload: JSON.stringify({ text: 'no webhooks here' }),
    authenticate: (req) => req,
    webhooks: false,
  },
  webchat: {
    credentials: {},
    samplePayload: JSON.stringify({ text: 'hello', clientMessageId: 'k-1' }),
    authenticate: (req, ctx) => ({
      ...req,
      headers: { ...req.headers, authorization: `Bearer ${issueVisitorToken(ctx.tokens, ctx.connection.webhookSecret, { connectionId: ctx.connection.id, visitorId: 'v-1' })}` },
    }),
  },
  telegram: {
    credentials: { botToken: '123456:ABC-DEF_ghi' },
    samplePayload: fixture('telegram/text-private.json'),
    authenticate: (req, ctx) => ({ ...req, headers: { ...req.headers, 'x-telegram-bot-api-secret-token': ctx.connection.webhookSecret } }),
  },
  line: {
    credentials: { channelSecret: 'line-channel-secret', channelAccessToken: 'line-access-token' },
    samplePayload: fixture('line/text-user.json'),
    authenticate: (req) => ({ ...req, headers: { ...req.headers, 'x-line-signature': signLineBody(req.rawBody, 'line-channel-secret') } }),
  },
  whatsapp: {
    // phoneNumberId matches the fixture's metadata.phone_number_id: changes for other numbers are ignored.
    credentials: { accessToken: 'wa-access-token', appSecret: 'wa-app-secret', verifyToken: 'wa-verify-token', phoneNumberId: '106540352242922' },
    samplePayload: fixture('whatsapp/text.json'),
    authenticate: (req) => ({ ...req, headers: { ...req.headers, 'x-hub-signature-256': signWhatsAppBody(req.rawBody, 'wa-app-secret') } }),
  },
  wechat: {
    credentials: WECHAT_KIT_CREDENTIALS,
    otherCredentials: { ...WECHAT_KIT_CREDENTIALS, token: 'anotherToken77' },
    samplePayload: fixture('wechat/text.xml'),
    authenticate: (req) => {
      const { query, body } = encryptedWebhook(req.rawBody.toString('utf8'), WECHAT_KIT_CREDENTIALS);
      return { ...req, headers: { ...req.headers, 'content-type': 'text/xml' }, query: { ...req.query, ...query }, rawBody: Buffer.from(body, 'utf8') };
    },
  },
  teams: {
    credentials: { appId: TEAMS_APP_ID, appPassword: 'teams-client-secret' },
    otherCredentials: { appId: '0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9', appPassword: 'other-client-secret' },
    endpoints: { botframeworkOpenIdMetadataUrl: botframework.openIdMetadataUrl, botframeworkLoginUrl: botframework.loginUrl },
    samplePayload: fixture('teams/personal-message.json'),
    authenticate: (req) => ({
      ...req,
      headers: { ...req.headers, authorization: `Bearer ${botframework.signChannelToken({ audience: TEAMS_APP_ID, serviceUrl: serviceUrlOf(req.rawBody) })}` },
    }),
  },
};
