/**
 * What the app puts into every ChannelContext besides the connection: the
 * shared rate limiter and the token signer. Send tests pass a real Redis and
 * get the real RedisRateLimiter; parse/verify tests, which never send, get a
 * limiter that always has room. Also the contexts and targets the contract
 * kits (tests/contract/*-kits.ts) drive adapters with against the fakes.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type { ChannelContext, ChannelType, OutboundTarget, PlatformEndpoints, RateLimiter, TokenSigner } from '../../channels/types.js';
import { RedisRateLimiter } from '../../src/outbound/rate-limiter.js';
import { hmacTokenSigner } from '../../src/security/crypto.js';

export const tokens: TokenSigner = hmacTokenSigner;

const alwaysRoom: RateLimiter = { acquireAll: async () => undefined, tryAcquireAll: async () => 0 };

/** `{ rateLimiter, tokens }` for a context: the Redis limiter under `<keyPrefix>:rl:` when a Redis is given. */
export function appServices(redis?: Redis, keyPrefix = 'gw'): { rateLimiter: RateLimiter; tokens: TokenSigner } {
  return { rateLimiter: redis ? new RedisRateLimiter(redis, `${keyPrefix}:rl:`) : alwaysRoom, tokens };
}

/** A port nothing listens on: a platform the test did not point anywhere fails at once. */
const UNUSED = 'http://127.0.0.1:9';

/**
 * A context factory for adapters under test against fake platforms, every
 * connection of tenant `tenantId`: `over` points the platform at its fake,
 * the other platforms at a closed port; a fresh connection id unless given.
 */
export function fakePlatformContexts(tenantId: string) {
  return (
    type: ChannelType,
    credentials: unknown,
    over: Partial<PlatformEndpoints>,
    redis: Redis,
    keyPrefix: string,
    requestTimeoutMs?: number,
    connectionId: string = randomUUID(),
  ): ChannelContext<unknown> => ({
    connection: { id: connectionId, tenantId, type, webhookSecret: 'contract-secret', settings: {} },
    credentials,
    endpoints: { telegramApiRoot: UNUSED, lineApiBaseUrl: UNUSED, lineDataApiBaseUrl: UNUSED, whatsappGraphApiUrl: UNUSED, ...over },
    webhookUrl: `https://gw.example/webhooks/${type}/contract`,
    logger: pino({ level: 'silent' }),
    redis,
    keyPrefix,
    ...appServices(redis, keyPrefix),
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
  });
}

/** A send target in a new conversation whose customer last wrote just now (inside every platform's reply window). */
export const outboundTarget = (externalUserId: string, externalThreadId = externalUserId, conversationMetadata: Record<string, unknown> = {}): OutboundTarget => ({
  conversationId: randomUUID(),
  externalUserId,
  externalThreadId,
  conversationMetadata,
  lastInboundAt: new Date(),
});
