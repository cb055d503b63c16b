/**
 * Keeps open streams (the agent inbox) honest: a stream lives only while its
 * API key or staff session would still authenticate. Each gateway process listens to the
 * auth events (src/security/auth-events.ts); when a key is revoked or its
 * user changes, the streams of that key or user re-check themselves and close
 * with an `error` event if they lost their right. A key's expiry closes its
 * streams too. After a Redis outage (events may have been missed) every open
 * stream re-checks.
 */
import type { Logger } from 'pino';
import type { UserRole } from '../domain/model.js';
import { authEventsChannel, parseAuthEvent, type AuthEvent } from '../security/auth-events.js';
import type { ApiKeyService, AuthContext } from '../tenancy/api-keys.service.js';
import type { StaffSessionService } from '../tenancy/staff-sessions.service.js';
import type { PubSubHub } from './pubsub-hub.js';
import type { EventStream } from './sse.js';

interface Entry {
  auth: AuthContext;
  stream: EventStream;
  allowed: (role: UserRole) => boolean;
}

/** setTimeout's largest delay; a key expiring later than that is caught by its next event or re-check. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class StreamGuard {
  private readonly entries = new Set<Entry>();
  private subscribed: Promise<void> | null = null;

  constructor(
    private readonly hub: PubSubHub,
    private readonly prefix: string,
    private readonly apiKeys: ApiKeyService,
    private readonly sessions: StaffSessionService,
    private readonly logger: Logger,
  ) {}

  private subscribe(): Promise<void> {
    this.subscribed ??= this.hub
      .subscribe(authEventsChannel(this.prefix), (raw) => {
        const e = parseAuthEvent(raw);
        if (e) this.onEvent(e);
      })
      .then(() => {
        this.hub.onResubscribed(() => {
          for (const entry of this.entries) void this.recheck(entry);
        });
      })
      .catch((err: unknown) => {
        this.subscribed = null;
        throw err;
      });
    return this.subscribed;
  }

  private onEvent(e: AuthEvent): void {
    for (const entry of this.entries) {
      if (entry.auth.tenantId !== e.tenantId) continue;
      const affected = e.kind === 'key-revoked' ? entry.auth.keyId === e.keyId : entry.auth.userId === e.userId;
      if (affected) void this.recheck(entry);
    }
  }

  private async recheck(entry: Entry): Promise<void> {
    if (entry.stream.closed) return;
    try {
      const { keyId, sessionId } = entry.auth;
      const now = keyId ? await this.apiKeys.authenticateById(keyId) : sessionId ? await this.sessions.authenticateById(sessionId) : null;
      if (!now || now.tenantId !== entry.auth.tenantId || !entry.allowed(now.role)) {
        entry.stream.fail('unauthorized', 'access ended: the key or session was revoked or expired, or its user was deactivated or lost the role');
      }
    } catch (err) {
      // The database is unreachable: keep the stream (requests fail on their own); the next event re-checks.
      this.logger.warn({ err, keyId: entry.auth.keyId, sessionId: entry.auth.sessionId }, 'stream access re-check failed');
    }
  }

  /**
   * Watches a stream opened with `auth`, which stays open while the key
   * authenticates with a role `allowed` accepts. Resolves once this process
   * listens for auth events (so a revocation right after cannot be missed).
   */
  async watch(auth: AuthContext, stream: EventStream, allowed: (role: UserRole) => boolean): Promise<void> {
    await this.subscribe();
    const entry: Entry = { auth, stream, allowed };
    this.entries.add(entry);
    let expiry: NodeJS.Timeout | undefined;
    if (auth.expiresAt) {
      const ms = auth.expiresAt.getTime() - Date.now();
      if (ms <= MAX_TIMER_MS) expiry = setTimeout(() => stream.fail('unauthorized', auth.sessionId ? 'the session expired: sign in again' : 'the API key expired'), Math.max(0, ms));
    }
    stream.onClose(() => {
      this.entries.delete(entry);
      if (expiry) clearTimeout(expiry);
    });
  }

  get size(): number {
    return this.entries.size;
  }
}
