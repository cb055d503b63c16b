/**
 * One Redis subscriber connection per gateway process, fanned out to many SSE
 * clients: a channel is subscribed while at least one client listens.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

type Handler = (message: string) => void;

export class PubSubHub {
  private readonly sub: Redis;
  private readonly handlers = new Map<string, Set<Handler>>();

  constructor(url: string, private readonly logger: Logger) {
    this.sub = new Redis(url, { maxRetriesPerRequest: null });
    this.sub.on('error', (err: Error) => this.logger.debug({ err: err.message }, 'redis subscriber error'));
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

  get channelCount(): number {
    return this.handlers.size;
  }

  close(): void {
    this.sub.disconnect();
  }
}
