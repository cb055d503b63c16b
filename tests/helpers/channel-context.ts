/**
 * What the app puts into every ChannelContext besides the connection: the
 * shared rate limiter and the token signer. Send tests pass a real Redis and
 * get the real RedisRateLimiter; parse/verify tests, which never send, get a
 * limiter that always has room.
 */
import type { Redis } from 'ioredis';
import type { RateLimiter, TokenSigner } from '../../channels/types.js';
import { RedisRateLimiter } from '../../src/outbound/rate-limiter.js';
import { hmacTokenSigner } from '../../src/security/crypto.js';

export const tokens: TokenSigner = hmacTokenSigner;

const alwaysRoom: RateLimiter = { acquireAll: async () => undefined, tryAcquireAll: async () => 0 };

/** `{ rateLimiter, tokens }` for a context: the Redis limiter under `<keyPrefix>:rl:` when a Redis is given. */
export function appServices(redis?: Redis, keyPrefix = 'gw'): { rateLimiter: RateLimiter; tokens: TokenSigner } {
  return { rateLimiter: redis ? new RedisRateLimiter(redis, `${keyPrefix}:rl:`) : alwaysRoom, tokens };
}
