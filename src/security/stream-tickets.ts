/**
 * Stream tickets: `EventSource` cannot send an `Authorization` header, and a
 * long-lived API key in a URL ends up in proxy logs and browser history. A
 * client with a key asks for a ticket (`POST /api/v1/inbox/stream-tickets`)
 * and opens the stream with `?ticket=`: the ticket names the key (or the
 * staff session: `session:<id>`), lives
 * STREAM_TICKET_TTL_SECONDS (60 by default) and works once (Redis GETDEL, so
 * single use holds across every gateway process). Only its SHA-256 is a key
 * in Redis.
 */
import type { RedisClient } from '../../channels/types.js';
import { randomToken, sha256Hex } from './crypto.js';

export const STREAM_TICKET_PREFIX = 'gst_';

export class StreamTickets {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
  ) {}

  private key(ticket: string): string {
    return `${this.prefix}:stream-ticket:${sha256Hex(ticket)}`;
  }

  /** `subject`: an API key id, or `session:<id>` for a staff browser session. */
  async issue(keyId: string): Promise<{ ticket: string; expiresAt: Date }> {
    const ticket = `${STREAM_TICKET_PREFIX}${randomToken(24)}`;
    await this.redis.set(this.key(ticket), keyId, 'EX', this.ttlSeconds);
    return { ticket, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  /** The subject (key id or `session:<id>`) the ticket was issued for, or null when unknown, expired or already used. */
  async redeem(ticket: string): Promise<string | null> {
    if (!ticket.startsWith(STREAM_TICKET_PREFIX) || ticket.length > 100) return null;
    return this.redis.getdel(this.key(ticket));
  }
}
