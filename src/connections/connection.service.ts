/**
 * Channel connections: creation (credentials validated by the adapter's own
 * schema, checked with the platform, encrypted at rest), listing without
 * secrets, and building the ChannelContext an adapter works with.
 */
import { archiveRecord, recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { RedisClient } from '../../channels/types.js';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { channelConnections } from '../../drizzle/schema.js';
import { getAdapter } from '../../channels/registry.js';
import type { ChannelAdapter, ChannelContext, ConnectionInfo, PlatformEndpoints, RateLimiter } from '../../channels/types.js';
import type { Db } from '../db/client.js';
import { ChannelConnectError, NotFoundError, PayloadError } from '../domain/errors.js';
import type { ChannelType } from '../domain/model.js';
import { RedisRateLimiter } from '../outbound/rate-limiter.js';
import { decryptSecret, encryptSecret, randomToken, visitorTokenSigner } from '../security/crypto.js';

export type ConnectionRow = typeof channelConnections.$inferSelect;

export interface ConnectionDeps {
  db: Db;
  redis: RedisClient;
  logger: Logger;
  encryptionKey: Buffer;
  endpoints: PlatformEndpoints;
  publicBaseUrl: string;
  keyPrefix: string;
  /** Lifetime of web chat visitor tokens (WEBCHAT_TOKEN_TTL_SECONDS). */
  visitorTokenTtlSeconds?: number;
}

/** Associated data of a connection's encrypted webhook secret: the ciphertext only opens on its own row. */
const webhookSecretAad = (tenantId: string, connectionId: string) => `${tenantId}:${connectionId}:webhook-secret`;

/** A stored webhook secret: `v1.…` ciphertext (AES-256-GCM), or a plaintext one written before secrets were encrypted. */
export function isEncryptedSecret(stored: string): boolean {
  return stored.startsWith('v1.');
}

export function encryptWebhookSecret(key: Buffer, tenantId: string, connectionId: string, secret: string): string {
  return encryptSecret(key, secret, webhookSecretAad(tenantId, connectionId));
}

export function decryptWebhookSecret(key: Buffer, row: Pick<ConnectionRow, 'tenantId' | 'id' | 'webhookSecret'>): string {
  return isEncryptedSecret(row.webhookSecret) ? decryptSecret(key, row.webhookSecret, webhookSecretAad(row.tenantId, row.id)) : row.webhookSecret;
}

/**
 * Data migration run after the SQL migrations (src/app/bootstrap.ts): webhook
 * secrets stored in plaintext before they were encrypted at rest get
 * encrypted. Idempotent; rows written meanwhile are read either way.
 */
export async function encryptPlaintextWebhookSecrets(db: Db, key: Buffer): Promise<number> {
  const rows = await db
    .select({ id: channelConnections.id, tenantId: channelConnections.tenantId, webhookSecret: channelConnections.webhookSecret })
    .from(channelConnections)
    .where(sql`${channelConnections.webhookSecret} not like 'v1.%'`);
  for (const r of rows) {
    await db
      .update(channelConnections)
      .set({ webhookSecret: encryptWebhookSecret(key, r.tenantId, r.id, r.webhookSecret) })
      .where(and(eq(channelConnections.id, r.id), eq(channelConnections.webhookSecret, r.webhookSecret)));
  }
  return rows.length;
}

/** The public view of a connection: never the credentials, never the webhook secret. */
export interface ConnectionView {
  id: string;
  type: ChannelType;
  name: string;
  status: string;
  statusReason: string | null;
  webhookUrl: string;
  settings: Record<string, unknown>;
  createdAt: string;
}

export function webhookUrlFor(publicBaseUrl: string, type: string, id: string): string {
  return `${publicBaseUrl}/webhooks/${type}/${id}`;
}

export function toConnectionView(row: ConnectionRow, publicBaseUrl: string): ConnectionView {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    status: row.status,
    statusReason: row.statusReason,
    webhookUrl: webhookUrlFor(publicBaseUrl, row.type, row.id),
    settings: row.settings,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Redis pub/sub channel on which a process says "connection <id> changed": every process drops its cached copy. */
export function connectionChangesChannel(prefix: string): string {
  return `${prefix}:connection-changed`;
}

/**
 * Where a process hears about connection changes made elsewhere: Redis pub/sub,
 * e.g. the gateway's one subscriber connection (src/http/pubsub-hub.ts).
 */
export interface ChangeFeed {
  subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  /** Called after the subscriber connection came back: what was published meanwhile is lost. */
  onResubscribed(listener: () => void): () => void;
}

export interface ResolvedConnection {
  row: ConnectionRow;
  adapter: ChannelAdapter<unknown>;
  ctx: ChannelContext<unknown>;
}

export class ConnectionService {
  /** One limiter for every adapter: platform windows shared by all worker processes through Redis. */
  private readonly rateLimiter: RateLimiter;

  constructor(private readonly deps: ConnectionDeps) {
    this.rateLimiter = new RedisRateLimiter(deps.redis, `${deps.keyPrefix}:rl:`);
  }

  /** `webhookSecret`: the decrypted secret (the row holds its ciphertext). */
  private buildContext(row: ConnectionRow, adapter: ChannelAdapter<unknown>, credentials: unknown, webhookSecret: string): ChannelContext<unknown> {
    const connection: ConnectionInfo = { id: row.id, tenantId: row.tenantId, type: row.type, webhookSecret, settings: row.settings };
    return {
      connection,
      credentials,
      endpoints: this.deps.endpoints,
      webhookUrl: webhookUrlFor(this.deps.publicBaseUrl, row.type, row.id),
      logger: this.deps.logger.child({ tenantId: row.tenantId, channel: row.type, connectionId: row.id }),
      redis: this.deps.redis,
      keyPrefix: this.deps.keyPrefix,
      rateLimiter: this.rateLimiter,
      tokens: visitorTokenSigner(this.deps.encryptionKey, row.id, this.deps.visitorTokenTtlSeconds ?? 86_400),
    };
  }

  async create(tenantId: string, input: { type: string; name?: string; credentials: unknown }, actor: AuditActor = SYSTEM_ACTOR): Promise<ConnectionView> {
    const adapter = getAdapter(input.type);
    if (!adapter) throw new PayloadError(`unsupported channel type: ${input.type}`);
    const parsed = adapter.credentialsSchema.safeParse(input.credentials ?? {});
    if (!parsed.success) {
      throw new PayloadError(`invalid credentials for ${input.type}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'credentials'}: ${i.message}`).join('; ')}`);
    }
    const id = randomUUID();
    const now = new Date();
    const webhookSecret = randomToken(32);
    const row: ConnectionRow = {
      id,
      tenantId,
      type: adapter.type,
      name: input.name ?? `${adapter.type} connection`,
      credentialsEnc: encryptSecret(this.deps.encryptionKey, JSON.stringify(parsed.data), tenantId),
      webhookSecret: encryptWebhookSecret(this.deps.encryptionKey, tenantId, id, webhookSecret),
      status: 'active',
      statusReason: null,
      settings: {},
      createdAt: now,
      updatedAt: now,
    };
    if (adapter.connect) {
      try {
        const result = await adapter.connect(this.buildContext(row, adapter, parsed.data, webhookSecret));
        row.settings = result.settings ?? {};
      } catch (err) {
        if (err instanceof ChannelConnectError) throw err;
        throw new ChannelConnectError(`could not reach ${adapter.type}: ${(err as Error).message}`, { cause: err });
      }
    }
    await this.deps.db.transaction(async (tx) => {
      await tx.insert(channelConnections).values(row);
      await recordAudit(tx, { tenantId, actor, action: 'channel.create', entityType: 'channel', entityId: id, changes: { type: row.type, name: row.name } });
    });
    this.deps.logger.info({ tenantId, connectionId: id, channel: adapter.type }, 'channel connected');
    return toConnectionView(row, this.deps.publicBaseUrl);
  }

  async list(tenantId: string): Promise<ConnectionView[]> {
    const rows = await this.deps.db
      .select()
      .from(channelConnections)
      .where(eq(channelConnections.tenantId, tenantId))
      .orderBy(desc(channelConnections.createdAt));
    return rows.map((r) => toConnectionView(r, this.deps.publicBaseUrl));
  }

  async get(tenantId: string, id: string): Promise<ConnectionView> {
    const [row] = await this.deps.db
      .select()
      .from(channelConnections)
      .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, id)))
      .limit(1);
    if (!row) throw new NotFoundError('channel');
    return toConnectionView(row, this.deps.publicBaseUrl);
  }

  /**
   * Loads a connection for a webhook or a send. Platform webhooks carry no
   * tenant: the connection id in the URL identifies it, and the adapter's
   * signature check is what authenticates the call.
   *
   * Webhook bursts hit the same connection: the row, its decrypted
   * credentials and its context are cached per process, and concurrent
   * requests for one connection share one load (no stampede when an entry
   * expires). A change (PATCH, DELETE, secret rotation, test) drops the entry
   * here at once and, through Redis pub/sub, in every process that
   * {@link followChanges}; the entry's lifetime only bounds how long a lost
   * notification can leave another process with the old configuration.
   */
  async resolve(connectionId: string, expectedType?: string): Promise<ResolvedConnection | null> {
    if (!/^[0-9a-f-]{36}$/i.test(connectionId)) return null;
    const now = Date.now();
    let cached = this.cache.get(connectionId);
    if (!cached || cached.expires <= now) {
      if (this.cache.size > 10_000) this.cache.clear();
      const entry = { value: this.load(connectionId), expires: now + this.cacheMs };
      // A failed load (database down) is not remembered.
      entry.value.catch(() => this.cache.get(connectionId) === entry && this.cache.delete(connectionId));
      this.cache.set(connectionId, entry);
      cached = entry;
    }
    const resolved = await cached.value;
    if (!resolved || (expectedType && resolved.row.type !== expectedType)) return null;
    return resolved;
  }

  /** How long a resolved connection is reused when no change feed is followed: changes made elsewhere take effect within it. */
  static readonly CACHE_MS = 5_000;
  /** The same with a change feed: only a notification lost while Redis was unreachable waits this long. */
  static readonly FOLLOWED_CACHE_MS = 60_000;
  private cacheMs = ConnectionService.CACHE_MS;
  private readonly cache = new Map<string, { value: Promise<ResolvedConnection | null>; expires: number }>();

  /**
   * Drops cached connections when any process changes one (and all of them
   * when the subscriber reconnects: notifications may have been missed).
   * Resolves once subscribed; from then on entries live FOLLOWED_CACHE_MS.
   */
  async followChanges(feed: ChangeFeed): Promise<() => Promise<void>> {
    const unsubscribe = await feed.subscribe(connectionChangesChannel(this.deps.keyPrefix), (id) => this.forget(id));
    const stopResync = feed.onResubscribed(() => this.cache.clear());
    this.cacheMs = ConnectionService.FOLLOWED_CACHE_MS;
    // Anything cached before the subscription may have missed a change.
    this.cache.clear();
    return async () => {
      this.cacheMs = ConnectionService.CACHE_MS;
      stopResync();
      await unsubscribe();
    };
  }

  private forget(id: string): void {
    this.cache.delete(id);
  }

  /** Drops the entry here and tells every other process (best effort: their entries expire anyway). */
  private changed(id: string): void {
    this.forget(id);
    this.deps.redis.publish(connectionChangesChannel(this.deps.keyPrefix), id).catch((err: unknown) => {
      this.deps.logger.warn({ err, connectionId: id }, 'connection change not published: other processes see it when their cache expires');
    });
  }

  private async load(connectionId: string): Promise<ResolvedConnection | null> {
    const [row] = await this.deps.db.select().from(channelConnections).where(eq(channelConnections.id, connectionId)).limit(1);
    // A disabled connection takes no webhook and sends nothing: it is as if it did not exist (404).
    if (!row || row.status === 'disabled') return null;
    const adapter = getAdapter(row.type);
    if (!adapter) return null;
    const credentials = adapter.credentialsSchema.parse(JSON.parse(decryptSecret(this.deps.encryptionKey, row.credentialsEnc, row.tenantId)));
    return { row, adapter, ctx: this.buildContext(row, adapter, credentials, decryptWebhookSecret(this.deps.encryptionKey, row)) };
  }

  private async ownRow(tenantId: string, id: string): Promise<ConnectionRow> {
    const [row] = await this.deps.db
      .select()
      .from(channelConnections)
      .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, id)))
      .limit(1);
    if (!row) throw new NotFoundError('channel');
    return row;
  }

  private decryptCredentials(row: ConnectionRow): Record<string, unknown> {
    const value: unknown = JSON.parse(decryptSecret(this.deps.encryptionKey, row.credentialsEnc, row.tenantId));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  }

  /** Runs the adapter's platform check (Telegram getMe + setWebhook, LINE bot info…); ChannelConnectError when the platform refuses. */
  private async checkWithPlatform(row: ConnectionRow, adapter: ChannelAdapter<unknown>, credentials: unknown): Promise<Record<string, unknown> | undefined> {
    if (!adapter.connect) return undefined;
    try {
      const result = await adapter.connect(this.buildContext(row, adapter, credentials, decryptWebhookSecret(this.deps.encryptionKey, row)));
      return result.settings;
    } catch (err) {
      if (err instanceof ChannelConnectError) throw err;
      throw new ChannelConnectError(`could not reach ${adapter.type}: ${(err as Error).message}`, { cause: err });
    }
  }

  /**
   * Edits a connection: its name, non-secret settings (merged), credentials
   * (merged into the stored ones, so a rotation names only what changes,
   * validated by the adapter's schema and with the platform, re-encrypted) and
   * status (`disabled` stops webhooks and sends; `active` checks with the
   * platform again). Credentials are never echoed or written to the audit log:
   * the audit entry names the credential fields that changed.
   */
  async update(
    tenantId: string,
    id: string,
    patch: { name?: string; settings?: Record<string, unknown>; credentials?: Record<string, unknown>; status?: 'active' | 'disabled' },
    actor: AuditActor = SYSTEM_ACTOR,
  ): Promise<ConnectionView> {
    const current = await this.ownRow(tenantId, id);
    const adapter = getAdapter(current.type);
    if (!adapter) throw new PayloadError(`unsupported channel type: ${current.type}`);
    const next: ConnectionRow = { ...current, updatedAt: new Date() };
    const changes: Record<string, unknown> = {};
    if (patch.name !== undefined && patch.name !== current.name) {
      next.name = patch.name;
      changes.name = { from: current.name, to: patch.name };
    }
    if (patch.settings !== undefined) {
      next.settings = { ...current.settings, ...patch.settings };
      changes.settings = Object.keys(patch.settings);
    }
    const reactivating = patch.status === 'active' && current.status !== 'active';
    let credentials: unknown = undefined;
    if (patch.credentials !== undefined) {
      const parsed = adapter.credentialsSchema.safeParse({ ...this.decryptCredentials(current), ...patch.credentials });
      if (!parsed.success) {
        throw new PayloadError(`invalid credentials for ${current.type}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'credentials'}: ${i.message}`).join('; ')}`);
      }
      credentials = parsed.data;
      next.credentialsEnc = encryptSecret(this.deps.encryptionKey, JSON.stringify(parsed.data), tenantId);
      changes.credentials = { rotated: Object.keys(patch.credentials).sort() };
    }
    if (patch.status !== undefined && patch.status !== current.status) {
      next.status = patch.status;
      next.statusReason = patch.status === 'disabled' ? 'disabled by an admin' : null;
      changes.status = { from: current.status, to: patch.status };
    }
    // New credentials, or a connection coming back: the platform must accept them (and get the webhook URL again).
    if (next.status !== 'disabled' && (credentials !== undefined || reactivating)) {
      const settings = await this.checkWithPlatform(next, adapter, credentials ?? adapter.credentialsSchema.parse(this.decryptCredentials(current)));
      if (settings) next.settings = { ...next.settings, ...settings };
      next.status = 'active';
      next.statusReason = null;
    }
    const [row] = await this.deps.db.transaction(async (tx) => {
      const updated = await tx
        .update(channelConnections)
        .set({ name: next.name, settings: next.settings, credentialsEnc: next.credentialsEnc, status: next.status, statusReason: next.statusReason, updatedAt: next.updatedAt })
        .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, id)))
        .returning();
      if (updated.length > 0) await recordAudit(tx, { tenantId, actor, action: 'channel.update', entityType: 'channel', entityId: id, changes });
      return updated;
    });
    if (!row) throw new NotFoundError('channel');
    this.changed(id);
    this.deps.logger.info({ tenantId, connectionId: id, channel: row.type, changed: Object.keys(changes) }, 'channel updated');
    return toConnectionView(row, this.deps.publicBaseUrl);
  }

  /**
   * "Test connection": checks the stored credentials with the platform again
   * (the adapter's connect: Telegram getMe + setWebhook, LINE bot info…) and
   * records the outcome in the connection's status (`active`, or `error` with
   * the platform's reason). A disabled connection stays disabled.
   */
  async test(tenantId: string, id: string): Promise<{ ok: boolean; message: string; channel: ConnectionView }> {
    const current = await this.ownRow(tenantId, id);
    const adapter = getAdapter(current.type);
    if (!adapter) throw new PayloadError(`unsupported channel type: ${current.type}`);
    let ok = true;
    let message = adapter.connect ? `${adapter.type} accepted the credentials` : `nothing to check with the platform for ${adapter.type}`;
    let settings: Record<string, unknown> | undefined;
    try {
      settings = await this.checkWithPlatform(current, adapter, adapter.credentialsSchema.parse(this.decryptCredentials(current)));
    } catch (err) {
      if (!(err instanceof ChannelConnectError)) throw err;
      ok = false;
      message = err.message;
    }
    const status = current.status === 'disabled' ? 'disabled' : ok ? 'active' : 'error';
    const [row] = await this.deps.db
      .update(channelConnections)
      .set({
        status,
        statusReason: status === 'disabled' ? current.statusReason : ok ? null : message.slice(0, 500),
        settings: settings ? { ...current.settings, ...settings } : current.settings,
        updatedAt: new Date(),
      })
      // Disabled meanwhile (an admin's choice): the test's outcome must not turn it back on.
      .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, id), status === 'disabled' ? undefined : ne(channelConnections.status, 'disabled')))
      .returning();
    this.changed(id);
    return { ok, message, channel: row ? toConnectionView(row, this.deps.publicBaseUrl) : await this.get(tenantId, id) };
  }

  /**
   * `DELETE /api/v1/channels/:id`: by default the connection is disabled (its
   * conversations, tickets and history stay; webhooks for it answer 404).
   * `purge` deletes it with its conversations and messages (a snapshot of the
   * connection, without credentials, goes to the 30-day archive).
   */
  async remove(tenantId: string, id: string, opts: { purge: boolean }, actor: AuditActor = SYSTEM_ACTOR): Promise<{ deleted: boolean; channel: ConnectionView | null }> {
    const current = await this.ownRow(tenantId, id);
    if (!opts.purge) {
      const channel = current.status === 'disabled' ? toConnectionView(current, this.deps.publicBaseUrl) : await this.update(tenantId, id, { status: 'disabled' }, actor);
      return { deleted: false, channel };
    }
    await this.deps.db.transaction(async (tx) => {
      const deleted = await tx
        .delete(channelConnections)
        .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, id)))
        .returning({ id: channelConnections.id });
      if (deleted.length === 0) throw new NotFoundError('channel');
      await archiveRecord(tx, { tenantId, entityType: 'channel', entityId: id, snapshot: { ...toConnectionView(current, this.deps.publicBaseUrl) } });
      await recordAudit(tx, { tenantId, actor, action: 'channel.delete', entityType: 'channel', entityId: id, changes: { type: current.type, name: current.name } });
    });
    this.changed(id);
    this.deps.logger.info({ tenantId, connectionId: id, channel: current.type }, 'channel deleted');
    return { deleted: true, channel: null };
  }

  /**
   * Gives a web chat connection a new secret: every visitor token signed
   * under the old one fails from now on (in every process at once through the
   * change feed, at the latest once their connection cache expires). Visitors start a new
   * session. Platforms that hold the secret themselves (Telegram's
   * secret_token) would need it registered again, so only web chat rotates here.
   */
  async rotateSecret(tenantId: string, id: string): Promise<ConnectionView> {
    const [current] = await this.deps.db
      .select()
      .from(channelConnections)
      .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, id)))
      .limit(1);
    if (!current) throw new NotFoundError('channel');
    if (current.type !== 'webchat') throw new PayloadError(`rotating the secret of a ${current.type} connection is not supported: connect it again instead`);
    const [row] = await this.deps.db
      .update(channelConnections)
      .set({ webhookSecret: encryptWebhookSecret(this.deps.encryptionKey, tenantId, id, randomToken(32)), updatedAt: new Date() })
      .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, id)))
      .returning();
    if (!row) throw new NotFoundError('channel');
    this.changed(id);
    this.deps.logger.info({ tenantId, connectionId: id }, 'web chat secret rotated');
    return toConnectionView(row, this.deps.publicBaseUrl);
  }
}
