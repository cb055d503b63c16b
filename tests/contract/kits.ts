/**
 * What the contract suite needs to exercise one adapter: sample credentials,
 * a well-formed platform payload (from the platform's documented examples)
 * and how the platform authenticates a webhook call. A new channel adds a kit
 * here; the suite fails for any registered adapter without one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { issueVisitorToken } from '../../channels/webchat/webchat.adapter.js';
import type { ChannelContext, WebhookRequest } from '../../channels/types.js';
import { signLineBody } from '../fakes/line-api.js';
import { ROOT } from '../helpers/harness.js';

export interface AdapterKit {
  credentials: Record<string, unknown>;
  samplePayload: string;
  /** Adds the platform's authentication to a request. */
  authenticate(req: WebhookRequest, ctx: ChannelContext<unknown>): WebhookRequest;
}

const fixture = (p: string) => readFileSync(path.join(ROOT, 'tests/fixtures', p), 'utf8');

export const kits: Record<string, AdapterKit> = {
  webchat: {
    credentials: {},
    samplePayload: JSON.stringify({ text: 'hello', clientMessageId: 'k-1' }),
    authenticate: (req, ctx) => ({
      ...req,
      headers: { ...req.headers, authorization: `Bearer ${issueVisitorToken(ctx.connection.webhookSecret, { connectionId: ctx.connection.id, visitorId: 'v-1' })}` },
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
};
