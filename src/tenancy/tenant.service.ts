/** Tenants, their staff users and API keys. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys, tenants, users } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { UserRole } from '../domain/model.js';
import { generateApiKey, hashApiKey } from '../security/api-keys.js';
import { ensureEscalationDefaults } from '../escalation/escalation-rules.repo.js';

export interface AuthContext {
  tenantId: string;
  role: UserRole;
  keyId: string;
  userId: string | null;
}

export async function createTenant(db: Db, input: { name: string; plan?: string; adminEmail?: string }): Promise<{ tenantId: string; apiKey: string; adminUserId: string }> {
  return db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: input.name, plan: input.plan ?? 'basic' }).returning({ id: tenants.id });
    if (!tenant) throw new Error('tenant insert returned nothing');
    const [admin] = await tx
      .insert(users)
      .values({ tenantId: tenant.id, email: input.adminEmail ?? `admin@${tenant.id}.local`, name: 'Admin', role: 'admin' })
      .returning({ id: users.id });
    if (!admin) throw new Error('user insert returned nothing');
    const key = generateApiKey();
    await tx.insert(apiKeys).values({ tenantId: tenant.id, userId: admin.id, name: 'admin (created with tenant)', prefix: key.prefix, keyHash: key.hash, role: 'admin' });
    // A new tenant starts with the default escalation rules and ticket categories.
    await ensureEscalationDefaults(tx, tenant.id);
    return { tenantId: tenant.id, apiKey: key.key, adminUserId: admin.id };
  });
}

export async function createApiKey(db: DbOrTx, input: { tenantId: string; role: UserRole; name: string; userId?: string | null }): Promise<{ id: string; apiKey: string }> {
  const key = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({ tenantId: input.tenantId, userId: input.userId ?? null, name: input.name, prefix: key.prefix, keyHash: key.hash, role: input.role })
    .returning({ id: apiKeys.id });
  if (!row) throw new Error('api key insert returned nothing');
  return { id: row.id, apiKey: key.key };
}

/** Resolves a presented key to its tenant and role; null when unknown or revoked. */
export async function authenticateApiKey(db: Db, presented: string): Promise<AuthContext | null> {
  if (!presented.startsWith('gwk_') || presented.length > 200) return null;
  const [row] = await db
    .select({ id: apiKeys.id, tenantId: apiKeys.tenantId, role: apiKeys.role, userId: apiKeys.userId, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(presented)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  // Touch last_used_at at most once a minute: a hot key must not turn every request into a write.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: sql`now()` }).where(eq(apiKeys.id, row.id));
  }
  return { tenantId: row.tenantId, role: row.role, keyId: row.id, userId: row.userId };
}

export async function countTenants(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(tenants);
  return row?.n ?? 0;
}
