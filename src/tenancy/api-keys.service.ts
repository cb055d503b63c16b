/**
 * API keys of a tenant: who a key is, what it may do, listing, creating and
 * revoking. A key either belongs to a user — then its rights are that user's
 * *current* role, and it works only while the user is not deactivated — or is
 * a service key with its own role (no user). Keys may expire. Nothing is
 * cached: every request reads the key and its user, so a change is in force
 * on the next request in every process; open streams learn of it through
 * {@link AuthEventPublisher}.
 */
import { and, desc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import { apiKeys, users } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import type { UserRole } from '../domain/model.js';
import { generateApiKey, hashApiKey } from '../security/api-keys.js';
import type { AuthEventPublisher } from '../security/auth-events.js';

export interface AuthContext {
  tenantId: string;
  role: UserRole;
  /** The API key presented (null for a browser session). */
  keyId: string | null;
  /** The staff session of the `gw_session` cookie (null for an API key). */
  sessionId: string | null;
  userId: string | null;
  /** When the key or session stops working (null: never); open streams close then. */
  expiresAt: Date | null;
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  prefix: string;
  /** The rights the key has now: its user's role, or the service key's own. */
  role: UserRole | null;
  userId: string | null;
  /** `active`, `revoked`, `expired`, or `user-deactivated`. */
  state: 'active' | 'revoked' | 'expired' | 'user-deactivated';
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export type NewApiKey = { name?: string; expiresAt?: Date } & ({ role: UserRole; userId?: undefined } | { userId: string; role?: undefined });

const keyColumns = {
  id: apiKeys.id,
  tenantId: apiKeys.tenantId,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  keyRole: apiKeys.role,
  userId: apiKeys.userId,
  userRole: users.role,
  userStatus: users.status,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  expiresAt: apiKeys.expiresAt,
  revokedAt: apiKeys.revokedAt,
};

interface KeyRow {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  keyRole: UserRole | null;
  userId: string | null;
  userRole: UserRole | null;
  userStatus: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** The role a key has now, or null when it grants nothing (user deactivated or gone, service key without a role). */
function effectiveRole(row: KeyRow): UserRole | null {
  if (row.userId) return row.userRole && row.userStatus !== 'deactivated' ? row.userRole : null;
  return row.keyRole;
}

function stateOf(row: KeyRow, now = Date.now()): ApiKeyInfo['state'] {
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt && row.expiresAt.getTime() <= now) return 'expired';
  if (row.userId && row.userStatus === 'deactivated') return 'user-deactivated';
  return 'active';
}

export class ApiKeyService {
  constructor(
    private readonly db: Db,
    private readonly events?: AuthEventPublisher,
  ) {}

  private select(where: SQL | undefined) {
    return this.db
      .select(keyColumns)
      .from(apiKeys)
      .leftJoin(users, and(eq(users.id, apiKeys.userId), eq(users.tenantId, apiKeys.tenantId)))
      .where(where);
  }

  private async resolve(where: SQL): Promise<AuthContext | null> {
    const valid = and(where, isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`)));
    const [row]: KeyRow[] = await this.select(valid).limit(1);
    if (!row) return null;
    const role = effectiveRole(row);
    if (!role) return null;
    // Touch last_used_at at most once a minute: a hot key must not turn every request into a write.
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
      await this.db.update(apiKeys).set({ lastUsedAt: sql`now()` }).where(eq(apiKeys.id, row.id));
    }
    return { tenantId: row.tenantId, role, keyId: row.id, sessionId: null, userId: row.userId, expiresAt: row.expiresAt };
  }

  /** A presented key → its tenant and current rights; null when unknown, revoked, expired or its user deactivated. */
  async authenticate(presented: string): Promise<AuthContext | null> {
    if (!presented.startsWith('gwk_') || presented.length > 200) return null;
    return this.resolve(eq(apiKeys.keyHash, hashApiKey(presented)));
  }

  /** The same checks for a key known by id (a redeemed stream ticket, an open stream re-checking itself). */
  async authenticateById(keyId: string): Promise<AuthContext | null> {
    return this.resolve(eq(apiKeys.id, keyId));
  }

  async list(tenantId: string): Promise<ApiKeyInfo[]> {
    const rows: KeyRow[] = await this.select(eq(apiKeys.tenantId, tenantId)).orderBy(desc(apiKeys.createdAt));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      role: r.userId ? (r.userRole ?? null) : r.keyRole,
      userId: r.userId,
      state: stateOf(r),
      createdAt: r.createdAt,
      lastUsedAt: r.lastUsedAt,
      expiresAt: r.expiresAt,
      revokedAt: r.revokedAt,
    }));
  }

  /** A new key; the plaintext is returned here once and only its SHA-256 is stored. */
  async create(tenantId: string, input: NewApiKey): Promise<{ id: string; apiKey: string; info: ApiKeyInfo }> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw new PayloadError('expiresAt must be in the future');
    let name = input.name;
    if (input.userId) {
      const [user] = await this.db
        .select({ id: users.id, name: users.name, status: users.status })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.id, input.userId)));
      if (!user) throw new NotFoundError('user');
      if (user.status === 'deactivated') throw new PayloadError('the user is deactivated: reactivate them (PATCH /api/v1/agents/:id {"status":"active"}) first');
      name ??= `${user.name} key`;
    }
    const k = await createApiKey(this.db, { tenantId, userId: input.userId ?? null, role: input.role ?? null, name: name ?? `${input.role} key`, expiresAt: input.expiresAt ?? null });
    const [info] = (await this.list(tenantId)).filter((x) => x.id === k.id);
    if (!info) throw new Error('created key not found');
    return { ...k, info };
  }

  /** Revokes at once: the next request with the key fails in every process and its open streams close. Idempotent. */
  async revoke(tenantId: string, id: string): Promise<void> {
    const [row] = await this.db
      .update(apiKeys)
      .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
      .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id)))
      .returning({ id: apiKeys.id });
    if (!row) throw new NotFoundError('api key');
    await this.events?.publish({ kind: 'key-revoked', tenantId, keyId: id });
  }

  /** Tells every process that a user's role or status changed (their streams re-check themselves). */
  async userChanged(tenantId: string, userId: string): Promise<void> {
    await this.events?.publish({ kind: 'user-changed', tenantId, userId });
  }
}

/**
 * Inserts a key: a user's key (`userId`, no role of its own) or a service key
 * (`role`, no user). Used by tenant creation, agent creation and the CLI.
 */
export async function createApiKey(
  db: DbOrTx,
  input: { tenantId: string; name: string; userId?: string | null; role?: UserRole | null; expiresAt?: Date | null },
): Promise<{ id: string; apiKey: string }> {
  if (!input.userId && !input.role) throw new PayloadError('a key needs a user or a role');
  const key = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({
      tenantId: input.tenantId,
      userId: input.userId ?? null,
      name: input.name,
      prefix: key.prefix,
      keyHash: key.hash,
      // A user's key follows the user's role; only service keys carry one.
      role: input.userId ? null : (input.role ?? null),
      expiresAt: input.expiresAt ?? null,
    })
    .returning({ id: apiKeys.id });
  if (!row) throw new Error('api key insert returned nothing');
  return { id: row.id, apiKey: key.key };
}
