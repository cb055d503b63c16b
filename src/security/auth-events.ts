/**
 * Access changes every gateway process must act on at once: a key revoked, a
 * user deactivated or given another role. Requests need no event (every
 * request reads the key and its user from Postgres, nothing is cached); the
 * events close *open* streams authenticated by that key or user, in every
 * process (Redis pub/sub, one channel per deployment).
 */
import type { RedisClient } from '../../channels/types.js';
import type { Logger } from 'pino';
import { z } from 'zod';

export const authEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('key-revoked'), tenantId: z.string(), keyId: z.string() }),
  z.object({ kind: z.literal('user-changed'), tenantId: z.string(), userId: z.string() }),
]);
export type AuthEvent = z.infer<typeof authEventSchema>;

export function authEventsChannel(prefix: string): string {
  return `${prefix}:auth-events`;
}

export function parseAuthEvent(raw: string): AuthEvent | null {
  try {
    const parsed = authEventSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export class AuthEventPublisher {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  /**
   * Best effort: the change itself is already committed and every new request
   * sees it. A stream that misses the event is re-checked when its process's
   * subscriber reconnects (see src/http/stream-guard.ts).
   */
  async publish(e: AuthEvent): Promise<void> {
    await this.redis.publish(authEventsChannel(this.prefix), JSON.stringify(e)).catch((err: unknown) => {
      this.logger.warn({ err, kind: e.kind, tenantId: e.tenantId }, 'auth event not published');
    });
  }
}
