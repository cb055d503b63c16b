/**
 * Abuse limits shared by every gateway process: counters live in Redis under
 * the configured key prefix, one key per limited subject (single-key
 * operations only, so a Redis Cluster can serve them), via
 * `rate-limiter-flexible`. When Redis is unreachable each process falls back
 * to an in-memory limiter with the same limits (insurance), so a Redis outage
 * neither opens the gates entirely nor fails requests.
 *
 * - web chat session creation and messages: per client IP and per connection;
 * - concurrent SSE streams: per token (API key or visitor token) and per client
 *   IP for unauthenticated streams (a sorted set of live stream ids per subject,
 *   each with an expiry the stream refreshes, so a crashed process's streams
 *   are forgotten within a minute);
 * - failed API-key authentications: per client IP and per presented key prefix;
 *   over the limit the subject is blocked for a while (429 + Retry-After).
 */
import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../channels/types.js';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitsConfig } from '../config/index.js';
import { TooManyRequestsError } from '../domain/errors.js';

type Limiter = RateLimiterRedis;

function limiter(redis: RedisClient, keyPrefix: string, points: number, duration: number, blockDuration = 0): Limiter {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix,
    points,
    duration,
    blockDuration,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration, blockDuration }),
  });
}

/** Seconds until a rejected subject may try again. */
const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Adds a stream id to the subject's set if fewer than ARGV[3] live ones are in
 * it. KEYS[1] the set; ARGV: now ms, expiry ms, limit, stream id, set TTL s.
 * Returns 1 when admitted, 0 when full.
 */
const OPEN_STREAM_LUA = `
redis.call('zremrangebyscore', KEYS[1], '-inf', ARGV[1])
if redis.call('zcard', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('zadd', KEYS[1], ARGV[2], ARGV[4])
redis.call('expire', KEYS[1], ARGV[5])
return 1
`;

/** How long a stream counts without a refresh (its heartbeat refreshes it well before). */
export const STREAM_LEASE_MS = 60_000;

export interface StreamLease {
  /** Keeps the stream counted (call on each heartbeat). */
  refresh(): Promise<void>;
  release(): Promise<void>;
}

export class AbuseLimits {
  private readonly sessionsPerIp: Limiter;
  private readonly sessionsPerConnection: Limiter;
  private readonly messagesPerIp: Limiter;
  private readonly messagesPerConnection: Limiter;
  private readonly authFailuresPerIp: Limiter;
  private readonly authFailuresPerKeyPrefix: Limiter;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly cfg: LimitsConfig,
    private readonly logger: Logger,
  ) {
    const p = `${prefix}:limit`;
    const w = cfg.webchat;
    this.sessionsPerIp = limiter(redis, `${p}:webchat-session:ip`, w.sessionsPerIp, 60);
    this.sessionsPerConnection = limiter(redis, `${p}:webchat-session:conn`, w.sessionsPerConnection, 60);
    this.messagesPerIp = limiter(redis, `${p}:webchat-message:ip`, w.messagesPerIp, 60);
    this.messagesPerConnection = limiter(redis, `${p}:webchat-message:conn`, w.messagesPerConnection, 60);
    const a = cfg.auth;
    this.authFailuresPerIp = limiter(redis, `${p}:auth-fail:ip`, a.failuresPerIp, a.windowSeconds, a.blockSeconds);
    this.authFailuresPerKeyPrefix = limiter(redis, `${p}:auth-fail:key`, a.failuresPerKeyPrefix, a.windowSeconds, a.blockSeconds);
  }

  private async consume(l: Limiter, key: string, what: string): Promise<void> {
    try {
      await l.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw new TooManyRequestsError(retryAfter(res), `too many ${what}; retry later`);
      // Neither Redis nor the insurance limiter answered: let the request through rather than fail it.
      this.logger.warn({ err: res, limiter: what }, 'rate limiter unavailable: request allowed');
    }
  }

  /** One new web chat session from `ip` on `connectionId`. */
  async webchatSession(ip: string, connectionId: string): Promise<void> {
    await this.consume(this.sessionsPerIp, ip, 'web chat sessions from this address');
    await this.consume(this.sessionsPerConnection, connectionId, 'web chat sessions on this connection');
  }

  /** One web chat message from `ip` on `connectionId`. */
  async webchatMessage(ip: string, connectionId: string): Promise<void> {
    await this.consume(this.messagesPerIp, ip, 'web chat messages from this address');
    await this.consume(this.messagesPerConnection, connectionId, 'web chat messages on this connection');
  }

  /** Throws TooManyRequestsError when this IP or key prefix is blocked after too many failed authentications. */
  async assertAuthAllowed(ip: string, keyPrefix: string | null): Promise<void> {
    const checks: Array<[Limiter, string]> = [[this.authFailuresPerIp, ip]];
    if (keyPrefix) checks.push([this.authFailuresPerKeyPrefix, keyPrefix]);
    for (const [l, key] of checks) {
      let res: RateLimiterRes | null = null;
      try {
        res = await l.get(key);
      } catch (err) {
        this.logger.warn({ err }, 'rate limiter unavailable: authentication not throttled');
      }
      if (res && res.consumedPoints > l.points) {
        throw new TooManyRequestsError(retryAfter(res), 'too many failed authentications; retry later');
      }
    }
  }

  /** Counts one failed authentication (wrong, revoked or missing key); past the limit the subject is blocked. */
  async recordAuthFailure(ip: string, keyPrefix: string | null): Promise<void> {
    const record = async (l: Limiter, key: string) => {
      try {
        await l.consume(key);
      } catch (res) {
        // Over the limit: rate-limiter-flexible has now blocked the key for blockDuration.
        if (!(res instanceof RateLimiterRes)) this.logger.warn({ err: res }, 'rate limiter unavailable: failed authentication not counted');
      }
    };
    await record(this.authFailuresPerIp, ip);
    if (keyPrefix) await record(this.authFailuresPerKeyPrefix, keyPrefix);
  }

  /**
   * Admits one more concurrent stream for each subject (e.g. `token:<key id>`,
   * `ip:<address>`) or throws TooManyRequestsError; subjects already admitted
   * are released again when a later one is full.
   */
  async openStream(subjects: Array<{ key: string; limit: number }>): Promise<StreamLease> {
    const id = randomUUID();
    const admitted: string[] = [];
    const keyOf = (s: string) => `${this.prefix}:limit:streams:${s}`;
    const release = async () => {
      await Promise.all(admitted.map((k) => this.redis.zrem(k, id).catch(() => 0)));
    };
    for (const s of subjects) {
      const key = keyOf(s.key);
      let ok: unknown;
      try {
        const now = Date.now();
        ok = await this.redis.eval(OPEN_STREAM_LUA, 1, key, now, now + STREAM_LEASE_MS, s.limit, id, Math.ceil((STREAM_LEASE_MS * 2) / 1000));
      } catch (err) {
        this.logger.warn({ err }, 'stream limiter unavailable: stream allowed');
        continue;
      }
      if (ok !== 1) {
        await release();
        throw new TooManyRequestsError(Math.ceil(STREAM_LEASE_MS / 2000), `too many open streams (at most ${s.limit})`);
      }
      admitted.push(key);
    }
    return {
      refresh: async () => {
        await Promise.all(admitted.map((k) => this.redis.zadd(k, 'XX', Date.now() + STREAM_LEASE_MS, id).catch(() => 0)));
      },
      release,
    };
  }
}
