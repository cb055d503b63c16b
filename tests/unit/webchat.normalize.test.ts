import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Redis } from 'ioredis';
import { issueVisitorToken, webchatAdapter, type WebchatCredentials } from '../../channels/webchat/webchat.adapter.js';
import type { ChannelContext, WebhookRequest } from '../../channels/types.js';
import { PayloadError, WebhookAuthError } from '../../src/domain/errors.js';
import { appServices, tokens } from '../helpers/channel-context.js';

const ctx: ChannelContext<WebchatCredentials> = {
  connection: { id: 'c0ffee00-0000-4000-8000-000000000001', tenantId: 't', type: 'webchat', webhookSecret: 'secret-1', settings: {} },
  credentials: { allowedOrigins: [] },
  endpoints: { telegramApiRoot: '', lineApiBaseUrl: '', lineDataApiBaseUrl: '', whatsappGraphApiUrl: '' },
  webhookUrl: 'http://x/webhooks/webchat/c',
  logger: pino({ level: 'silent' }),
  redis: {} as Redis,
  ...appServices(),
};
const token = issueVisitorToken(tokens, 'secret-1', { connectionId: ctx.connection.id, visitorId: 'visitor-9' });
const req = (body: string, auth?: string): WebhookRequest => ({ method: 'POST', headers: auth ? { authorization: `Bearer ${auth}` } : {}, query: {}, rawBody: Buffer.from(body) });

describe('web chat normalisation', () => {
  it('normalises a visitor message with an idempotent platform id', () => {
    const [ev] = webchatAdapter.parseWebhook(req(JSON.stringify({ text: ' hi there ', clientMessageId: 'abc-1' }), token), ctx);
    expect(ev).toMatchObject({ type: 'message', message: { platformMessageId: 'visitor-9:abc-1', externalUserId: 'visitor-9', externalThreadId: 'visitor-9', kind: 'text', text: 'hi there' } });
  });

  it('rejects missing, forged and foreign tokens', () => {
    expect(() => webchatAdapter.verifyWebhook(req('{}'), ctx)).toThrow(WebhookAuthError);
    expect(() => webchatAdapter.verifyWebhook(req('{}', `${token}x`), ctx)).toThrow(WebhookAuthError);
    const foreign = issueVisitorToken(tokens, 'secret-1', { connectionId: 'another', visitorId: 'visitor-9' });
    expect(() => webchatAdapter.verifyWebhook(req('{}', foreign), ctx)).toThrow(WebhookAuthError);
    expect(() => webchatAdapter.verifyWebhook(req('{}', token), ctx)).not.toThrow();
  });

  it('explains malformed bodies', () => {
    expect(() => webchatAdapter.parseWebhook(req('{', token), ctx)).toThrow(/invalid JSON/);
    expect(() => webchatAdapter.parseWebhook(req('{"text":""}', token), ctx)).toThrow(PayloadError);
    expect(() => webchatAdapter.parseWebhook(req('{"text":"x","clientMessageId":"a b"}', token), ctx)).toThrow(/clientMessageId/);
    expect(() => webchatAdapter.parseWebhook(req('[1,2]', token), ctx)).toThrow(PayloadError);
  });
});
