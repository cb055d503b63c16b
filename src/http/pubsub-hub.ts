/**
 * One Redis subscriber connection per gateway process, fanned out to many SSE
 * clients: a channel is subscribed while at least one client listens. Pub/sub
 * keeps nothing for a disconnected subscriber, so after a Redis outage the
 * streams are told to catch up from the database (`onResubscribed`).
 */
import type { Logger } from 'pino';
import type { RedisConfig } from '../config/index.js';
import { createRedisClient, type RedisClient } from '../queue/redis-client.js';

type Handler = (message: string) => void;

export class PubSubHub {
  private readonly sub: RedisClient;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly resubscribed = new Set<() => void>();
  private connected = false;

  /** On a Redis Cluster, ioredis subscribes on one node; PUBLISH on any node reaches every node. */
  constructor(redis: RedisConfig, private readonly logger: Logger) {
    this.sub = createRedisClient(redis, { maxRetriesPerRequest: null });
    this.sub.on('error', (err: Error) => this.logger.debug({ err: err.message }, 'redis subscriber error'));
    this.sub.on('ready', () => {
      if (!this.connected) return void (this.connected = true);
      // A reconnect: ioredis has re-sent SUBSCRIBE for every channel before 'ready', so once a PING
      // queued behind them answers, new publications arrive again. What was published while this
      // connection was down is lost to pub/sub: listeners catch up from the database.
      this.sub.ping().then(
        () => {
          this.logger.info({ channels: this.handlers.size }, 'redis subscriber reconnected: streams catch up');
          for (const l of this.resubscribed) l();
        },
        () => undefined,
      );
    });
    this.sub.on('message', (channel: string, message: string) => {
      for (const h of this.handlers.get(channel) ?? []) h(message);
    });
  }

  async subscribe(channel: string, handler: Handler): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await this.sub.subscribe(channel);
    }
    set.add(handler);
    return async () => {
      const s = this.handlers.get(channel);
      if (!s) return;
      s.delete(handler);
      if (s.size === 0) {
        this.handlers.delete(channel);
        await this.sub.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  /** Calls `listener` each time the subscriber connection is back after a Redis outage. Returns the unsubscribe. */
  onResubscribed(listener: () => void): () => void {
    this.resubscribed.add(listener);
    return () => void this.resubscribed.delete(listener);
  }

  get channelCount(): number {
    return this.handlers.size;
  }

  close(): void {
    this.sub.disconnect();
  }
}
