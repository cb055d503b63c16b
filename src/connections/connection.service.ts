/**
 * Channel connections: creation (credentials validated by the adapter's own
 * schema, checked with the platform, encrypted at rest), listing without
 * secrets, and building the ChannelContext an adapter works with.
 */
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import { and, desc, eq, sql } from 'drizzle-orm';
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
  redis: Redis;
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
   */
  async resolve(connectionId: string, expectedType?: string): Promise<ResolvedConnection | null> {
    if (!/^[0-9a-f-]{36}$/i.test(connectionId)) return null;
    // Webhook bursts hit the same connection: a short cache saves a query and a decryption per call.
    const cached = this.cache.get(connectionId);
    let resolved: ResolvedConnection | null;
    if (cached && cached.expires > Date.now()) {
      resolved = cached.value;
    } else {
      resolved = await this.load(connectionId);
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(connectionId, { value: resolved, expires: Date.now() + ConnectionService.CACHE_MS });
    }
    if (!resolved || (expectedType && resolved.row.type !== expectedType)) return null;
    return resolved;
  }

  /** How long a resolved connection is reused; credential changes take effect within it. */
  static readonly CACHE_MS = 5_000;
  private readonly cache = new Map<string, { value: ResolvedConnection | null; expires: number }>();

  private async load(connectionId: string): Promise<ResolvedConnection | null> {
    const [row] = await this.deps.db.select().from(channelConnections).where(eq(channelConnections.id, connectionId)).limit(1);
    if (!row) return null;
    const adapter = getAdapter(row.type);
    if (!adapter) return null;
    const credentials = adapter.credentialsSchema.parse(JSON.parse(decryptSecret(this.deps.encryptionKey, row.credentialsEnc, row.tenantId)));
    return { row, adapter, ctx: this.buildContext(row, adapter, credentials, decryptWebhookSecret(this.deps.encryptionKey, row)) };
  }

  /**
   * Gives a web chat connection a new secret: every visitor token signed
   * under the old one fails from now on (in this process at once, in others
   * once their connection cache expires, CACHE_MS). Visitors start a new
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
    this.cache.delete(id);
    this.deps.logger.info({ tenantId, connectionId: id }, 'web chat secret rotated');
    return toConnectionView(row, this.deps.publicBaseUrl);
  }
}
