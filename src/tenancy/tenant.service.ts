/** Tenants, their staff users and API keys. */
import { sql } from 'drizzle-orm';
import { tenants, users } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { ApiKeyService, createApiKey, type AuthContext } from './api-keys.service.js';
import { ensureEscalationDefaults } from '../escalation/escalation-rules.repo.js';

export type { AuthContext };
export { createApiKey };

export async function createTenant(db: Db, input: { name: string; plan?: string; adminEmail?: string }): Promise<{ tenantId: string; apiKey: string; adminUserId: string }> {
  return db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: input.name, plan: input.plan ?? 'basic' }).returning({ id: tenants.id });
    if (!tenant) throw new Error('tenant insert returned nothing');
    const [admin] = await tx
      .insert(users)
      .values({ tenantId: tenant.id, email: input.adminEmail ?? `admin@${tenant.id}.local`, name: 'Admin', role: 'admin' })
      .returning({ id: users.id });
    if (!admin) throw new Error('user insert returned nothing');
    const key = await createApiKey(tx, { tenantId: tenant.id, userId: admin.id, name: 'admin (created with tenant)' });
    // A new tenant starts with the default escalation rules and ticket categories.
    await ensureEscalationDefaults(tx, tenant.id);
    return { tenantId: tenant.id, apiKey: key.apiKey, adminUserId: admin.id };
  });
}

/** Resolves a presented key to its tenant and current role; null when unknown, revoked, expired or its user deactivated. */
export async function authenticateApiKey(db: Db, presented: string): Promise<AuthContext | null> {
  return new ApiKeyService(db).authenticate(presented);
}

export async function countTenants(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(tenants);
  return row?.n ?? 0;
}
