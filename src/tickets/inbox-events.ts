/**
 * Live inbox updates (new ticket, customer message, ticket change) over Redis
 * pub/sub, per tenant. Tickets go out as rows; the HTTP inbox stream shapes
 * them into the API's ticket JSON (src/http/views/ticket.view.ts).
 */
import type { RedisClient } from '../../channels/types.js';
import type { TicketRow } from './ticket.queries.js';

export type InboxEvent =
  | { event: 'ticket.created' | 'ticket.updated'; data: TicketRow }
  | { event: 'ticket.message'; data: { ticketId: string; assigneeId: string | null; conversationId: string; messageId: string; text: string; role: 'customer' } }
  /** SLA_WARNING_MINUTES before a due time, and at it (src/tickets/sla.ts). */
  | { event: 'ticket.sla_warning' | 'ticket.sla_breached'; data: { ticketId: string; assigneeId: string | null; target: 'firstResponse' | 'resolution'; dueAt: string } };

export type InboxEventType = InboxEvent['event'];

export function inboxChannel(prefix: string, tenantId: string): string {
  return `${prefix}:inbox:${tenantId}`;
}

export class InboxPublisher {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  async publish(tenantId: string, e: InboxEvent): Promise<void> {
    // Best effort: the inbox also polls; a lost live event is never lost data.
    await this.redis.publish(inboxChannel(this.prefix, tenantId), JSON.stringify(e)).catch(() => undefined);
  }
}
