/**
 * The channel contract, run over every adapter in the registry: a new channel
 * is tested by adding it to channels/registry.ts and a kit in ./kits.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../channels/registry.js';
import { CHANNEL_TYPES } from '../../src/domain/model.js';
import type { WebhookRequest } from '../../channels/types.js';
import { PayloadError, WebhookAuthError } from '../../src/domain/errors.js';
import { contractContext as context, kits } from './kits.js';


const request = (body: string): WebhookRequest => ({ method: 'POST', headers: { 'content-type': 'application/json' }, query: {}, rawBody: Buffer.from(body) });

it('registers each channel type at most once, all known types', () => {
  const types = adapters.map((a) => a.type);
  expect(new Set(types).size).toBe(types.length);
  for (const t of types) expect(CHANNEL_TYPES).toContain(t);
});

describe.each(adapters.map((a) => [a.type, a] as const))('%s adapter', (type, adapter) => {
  const kit = kits[type];

  it('has a contract kit', () => {
    expect(kit, `add a kit for ${type} in tests/contract/kits.ts`).toBeDefined();
  });
  if (!kit) return;
  const creds = adapter.credentialsSchema.parse(kit.credentials);
  const ctx = context(type, creds, kit.endpoints);

  it('declares sane capabilities', () => {
    const c = adapter.capabilities;
    expect(c.maxButtons).toBeGreaterThanOrEqual(0);
    expect(c.maxTextLength).toBeGreaterThan(100);
    if (c.maxButtons > 0) expect(c.maxButtonTitleLength).toBeGreaterThan(0);
  });

  it('validates credentials with a readable schema', () => {
    expect(adapter.credentialsSchema.safeParse('not an object').success).toBe(false);
  });

  it('rejects an unauthenticated webhook with WebhookAuthError', async () => {
    await expect(Promise.resolve().then(() => adapter.verifyWebhook(request(kit.samplePayload), ctx))).rejects.toBeInstanceOf(WebhookAuthError);
  });

  // A channel without webhooks (kit.webhooks === false) must refuse every call, even an "authenticated" one;
  // the signature and payload tests below do not apply to it.
  if (kit.webhooks === false) {
    it('has no webhooks: rejects every call and parses nothing', async () => {
      const req = kit.authenticate(request(kit.samplePayload), ctx);
      await expect(Promise.resolve().then(() => adapter.verifyWebhook(req, ctx))).rejects.toBeInstanceOf(WebhookAuthError);
      await expect(Promise.resolve().then(() => adapter.parseWebhook(req, ctx))).rejects.toBeInstanceOf(WebhookAuthError);
    });
    return;
  }

  it('rejects a tampered body or a wrong credential', async () => {
    const signed = kit.authenticate(request(kit.samplePayload), ctx);
    const tampered = { ...signed, rawBody: Buffer.from(`${kit.samplePayload} `) };
    const otherCtx = {
      ...ctx,
      connection: { ...ctx.connection, webhookSecret: 'another-secret' },
      ...(kit.otherCredentials ? { credentials: adapter.credentialsSchema.parse(kit.otherCredentials) } : {}),
    };
    const results = await Promise.allSettled([
      Promise.resolve().then(() => adapter.verifyWebhook(tampered, ctx)),
      Promise.resolve().then(() => adapter.verifyWebhook(signed, otherCtx)),
    ]);
    // Token-based platforms (Telegram, web chat) do not sign the body; signature-based ones must catch tampering.
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    for (const r of rejected) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(WebhookAuthError);
  });

  it('accepts an authenticated documented payload and normalises it', async () => {
    const signed = kit.authenticate(request(kit.samplePayload), ctx);
    await adapter.verifyWebhook(signed, ctx);
    const events = adapter.parseWebhook(signed, ctx);
    const msg = events.find((e) => e.type === 'message');
    expect(msg?.type).toBe('message');
    if (msg?.type === 'message') {
      expect(msg.message.platformMessageId).toBeTruthy();
      expect(msg.message.externalUserId).toBeTruthy();
      expect(msg.message.externalThreadId).toBeTruthy();
      expect(msg.message.sentAt).toBeInstanceOf(Date);
    }
  });

  it('answers malformed JSON with PayloadError, never another error', async () => {
    for (const body of ['{not json', '[]', '"a string"', '{}']) {
      const signed = kit.authenticate(request(body), ctx);
      let thrown: unknown;
      try {
        await adapter.verifyWebhook(signed, ctx);
        adapter.parseWebhook(signed, ctx);
      } catch (err) {
        thrown = err;
      }
      expect(thrown, `body ${body}`).toBeInstanceOf(PayloadError);
    }
  });
});
