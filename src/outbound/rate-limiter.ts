/**
 * A rate limiter shared by every worker process through Redis.
 *
 * Sliding-window log: each key is a sorted set of acquisition times (scored in
 * ms of the Redis server clock, so process clock skew does not matter). One Lua
 * script checks every window of every key and, only when all have room,
 * records the acquisition in all of them. The script runs atomically in Redis,
 * so two processes can never both take the last slot. On a Redis Cluster a
 * script runs only over keys of one slot: the app's key prefix carries the hash
 * tag `{QUEUE_PREFIX}` there (src/config), so every window of a call shares it.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { RedisClient } from '../../channels/types.js';
import { RateLimitedError } from '../domain/errors.js';

/** At most `max` acquisitions in any `perMs` window. */
export interface RateLimit {
  max: number;
  perMs: number;
}

/** A window on a given key; several rules are acquired all-or-nothing. */
export interface RateLimitRule extends RateLimit {
  key: string;
}

export interface RateLimiterOptions {
  /** How long `acquire` may sleep in total before giving up. Default 30 s. */
  maxWaitMs?: number;
}

// KEYS[i] has window (ARGV[2i], ARGV[2i+1]) = (max, perMs); ARGV[1] is a unique member.
// A key may appear several times with different windows: entries are only
// pruned past the longest one, and each window counts its own range.
// Returns 0 when reserved, else the ms until the blocking entry leaves its window.
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local longest = {}
for i, key in ipairs(KEYS) do
  local per = tonumber(ARGV[2 * i + 1])
  if (longest[key] or 0) < per then longest[key] = per end
end
for key, per in pairs(longest) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', string.format('%d', now - per))
end
local wait = 0
for i, key in ipairs(KEYS) do
  local max = tonumber(ARGV[2 * i])
  local per = tonumber(ARGV[2 * i + 1])
  local since = '(' .. string.format('%d', now - per)
  local count = redis.call('ZCOUNT', key, since, '+inf')
  if count >= max then
    local blocking = redis.call('ZRANGEBYSCORE', key, since, '+inf', 'WITHSCORES', 'LIMIT', count - max, 1)
    local w = tonumber(blocking[2]) + per - now
    if w > wait then wait = w end
  end
end
if wait > 0 then return wait end
for key, per in pairs(longest) do
  redis.call('ZADD', key, string.format('%d', now), ARGV[1])
  redis.call('PEXPIRE', key, per)
end
return 0
`;
const SCRIPT_SHA = createHash('sha1').update(SCRIPT).digest('hex');

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RedisRateLimiter {
  private readonly maxWaitMs: number;

  constructor(
    private readonly redis: RedisClient,
    private readonly keyPrefix: string,
    options: RateLimiterOptions = {},
  ) {
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
  }

  /** Waits until `key` has room in every window, then takes one slot in each. */
  acquire(key: string, limits: RateLimit[]): Promise<void> {
    return this.acquireAll(limits.map((l) => ({ key, ...l })));
  }

  /** Returns 0 when a slot was reserved, otherwise the ms to wait before trying again. */
  tryAcquire(key: string, limits: RateLimit[]): Promise<number> {
    return this.tryAcquireAll(limits.map((l) => ({ key, ...l })));
  }

  /**
   * Takes one slot in every rule atomically (a per-chat and a per-bot window,
   * say): no slot is consumed on one key while waiting for another.
   * Throws {@link RateLimitedError} when no slot frees up within `maxWaitMs`,
   * so the job is retried later instead of holding a worker.
   */
  async acquireAll(rules: RateLimitRule[]): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      const wait = await this.tryAcquireAll(rules);
      if (wait === 0) return;
      if (Date.now() + wait > deadline) {
        throw new RateLimitedError(wait, `rate limiter: no free slot within ${this.maxWaitMs} ms`);
      }
      // A little jitter so processes woken by the same expiry do not all collide.
      await sleep(wait + Math.floor(Math.random() * 10));
    }
  }

  async tryAcquireAll(rules: RateLimitRule[]): Promise<number> {
    if (rules.length === 0) return 0;
    for (const r of rules) {
      if (!Number.isInteger(r.max) || r.max < 1 || !Number.isInteger(r.perMs) || r.perMs < 1) {
        throw new RangeError(`invalid rate limit for ${r.key}: max and perMs must be positive integers`);
      }
    }
    const keys = rules.map((r) => this.keyPrefix + r.key);
    const args = [randomUUID(), ...rules.flatMap((r) => [String(r.max), String(r.perMs)])];
    const result = await this.run(keys, args);
    const wait = Number(result);
    if (!Number.isFinite(wait) || wait < 0) throw new Error(`rate limiter: unexpected script result ${String(result)}`);
    return Math.ceil(wait);
  }

  private async run(keys: string[], args: string[]): Promise<unknown> {
    try {
      return await this.redis.evalsha(SCRIPT_SHA, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return await this.redis.eval(SCRIPT, keys.length, ...keys, ...args);
    }
  }
}
