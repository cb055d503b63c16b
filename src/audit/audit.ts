/**
 * The audit log: who did what to which record. `recordAudit` takes the
 * caller's transaction, so an entry exists exactly when its change committed
 * (a change that fails leaves no entry). Every service that changes admin-level
 * state calls it; `AuditQueries` is the read side of `GET /api/v1/audit-log`.
 */
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { archivedRecords, auditLog } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';

/** Who acted: an API key (and the staff user behind it), or the system (jobs, CLI). */
export interface AuditActor {
  userId: string | null;
  keyId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, keyId: null };

export interface AuditEntry {
  tenantId: string;
  actor: AuditActor;
  /** `<entity>.<verb>`, e.g. `customer.merge`, `channel.create`, `agent.update`. */
  action: string;
  entityType: string;
  entityId: string | null;
  changes?: Record<string, unknown>;
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Writes one audit entry in the transaction of the change it records. */
export async function recordAudit(tx: DbOrTx, e: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    tenantId: e.tenantId,
    actorUserId: e.actor.userId,
    actorKeyId: e.actor.keyId,
    actorType: e.actor.keyId ? 'api_key' : e.actor.userId ? 'user' : 'system',
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: e.changes ?? {},
  });
}

/**
 * Seed 004 "deleted records: 30 days in archive": keeps a snapshot of a row
 * being deleted, in the deleting transaction; the retention job purges it
 * after 30 days.
 */
export async function archiveRecord(tx: DbOrTx, r: { tenantId: string; entityType: string; entityId: string; snapshot: Record<string, unknown> }): Promise<void> {
  await tx.insert(archivedRecords).values({ tenantId: r.tenantId, entityType: r.entityType, entityId: r.entityId, snapshot: JSON.parse(JSON.stringify(r.snapshot)) as Record<string, unknown> });
}

/** `{field: {from, to}}` for every field of `next` whose value differs from `prev`. */
export function diffFields(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, to] of Object.entries(next)) {
    if (to === undefined) continue;
    const from = prev[k] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) out[k] = { from, to };
  }
  return out;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export class AuditQueries {
  constructor(private readonly db: Db) {}

  async list(tenantId: string, f: AuditFilter): Promise<{ items: AuditRow[]; total: number }> {
    const conds: SQL[] = [eq(auditLog.tenantId, tenantId)];
    if (f.actorId) conds.push(sql`(${auditLog.actorUserId} = ${f.actorId} or ${auditLog.actorKeyId} = ${f.actorId})`);
    if (f.action) conds.push(eq(auditLog.action, f.action));
    if (f.entityType) conds.push(eq(auditLog.entityType, f.entityType));
    if (f.entityId) conds.push(eq(auditLog.entityId, f.entityId));
    if (f.from) conds.push(gte(auditLog.createdAt, f.from));
    if (f.to) conds.push(lt(auditLog.createdAt, f.to));
    const where = and(...conds);
    const [items, [count]] = await Promise.all([
      this.db.select().from(auditLog).where(where).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(f.limit).offset(f.offset),
      this.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
    ]);
    return { items, total: count?.n ?? 0 };
  }
}
