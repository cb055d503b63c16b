/** Live inbox updates (new ticket, customer message, ticket change) over Redis pub/sub, per tenant. */
import type { Redis } from 'ioredis';

export type InboxEventType = 'ticket.created' | 'ticket.updated' | 'ticket.message';

export function inboxChannel(prefix: string, tenantId: string): string {
  return `${prefix}:inbox:${tenantId}`;
}

export class InboxPublisher {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async publish(tenantId: string, type: InboxEventType, data: unknown): Promise<void> {
    // Best effort: the inbox also polls; a lost live event is never lost data.
    await this.redis.publish(inboxChannel(this.prefix, tenantId), JSON.stringify({ event: type, data })).catch(() => undefined);
  }
}
