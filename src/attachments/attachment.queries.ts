/** SQL of the attachments table. Every query is scoped by tenant. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { attachments, tenants, type AttachmentParentType } from '../../drizzle/schema.js';
import type { DbOrTx } from '../db/client.js';
import type { AttachmentJson } from '../domain/model.js';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachmentRow = typeof attachments.$inferInsert;

export type { AttachmentJson };

export function attachmentJson(a: AttachmentRow): AttachmentJson {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    size: a.sizeBytes,
    url: a.status === 'stored' ? `/api/v1/attachments/${a.id}` : null,
    status: a.status,
  };
}

/** Records an attachment; a second record for the same parent and position is a no-op (returns null). */
export async function insertAttachment(db: DbOrTx, row: NewAttachmentRow): Promise<AttachmentRow | null> {
  const [inserted] = await db.insert(attachments).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function findAttachment(db: DbOrTx, tenantId: string, id: string): Promise<AttachmentRow | null> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), eq(attachments.id, id)))
    .limit(1);
  return row ?? null;
}

export async function attachmentsOfParents(db: DbOrTx, tenantId: string, parentType: AttachmentParentType, parentIds: readonly string[]): Promise<AttachmentRow[]> {
  if (parentIds.length === 0) return [];
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), eq(attachments.parentType, parentType), inArray(attachments.parentId, [...parentIds])))
    .orderBy(attachments.parentId, attachments.position);
}

/** The attachments of these messages, by message id, in position order. */
export async function messageAttachments(db: DbOrTx, tenantId: string, messageIds: readonly string[]): Promise<Map<string, AttachmentJson[]>> {
  const out = new Map<string, AttachmentJson[]>();
  for (const a of await attachmentsOfParents(db, tenantId, 'message', messageIds)) {
    const list = out.get(a.parentId) ?? [];
    list.push(attachmentJson(a));
    out.set(a.parentId, list);
  }
  return out;
}

/** An inbound download's outcome: replaces a `pending` row (a retried job), never a final one. */
export async function settleInboundAttachment(db: DbOrTx, row: NewAttachmentRow): Promise<void> {
  await db
    .insert(attachments)
    .values(row)
    .onConflictDoUpdate({
      target: [attachments.tenantId, attachments.parentType, attachments.parentId, attachments.position],
      set: {
        fileName: row.fileName,
        contentType: row.contentType ?? null,
        sizeBytes: row.sizeBytes ?? null,
        checksum: row.checksum ?? null,
        storageKey: row.storageKey ?? null,
        status: row.status,
        error: row.error ?? null,
        attempts: sql`${attachments.attempts} + 1`,
      },
      setWhere: sql`${attachments.status} = 'pending'`,
    });
}

export async function tenantAttachmentMaxBytes(db: DbOrTx, tenantId: string): Promise<number | null> {
  const [t] = await db.select({ max: tenants.attachmentMaxBytes }).from(tenants).where(eq(tenants.id, tenantId)).limit(1);
  return t?.max ?? null;
}

/** Sets (or clears, with null) the tenant's own attachment limit; returns the previous value. */
export async function setTenantAttachmentMaxBytes(db: DbOrTx, tenantId: string, maxBytes: number | null): Promise<number | null> {
  const [before] = await db.select({ max: tenants.attachmentMaxBytes }).from(tenants).where(eq(tenants.id, tenantId)).for('update');
  await db.update(tenants).set({ attachmentMaxBytes: maxBytes, updatedAt: sql`now()` }).where(eq(tenants.id, tenantId));
  return before?.max ?? null;
}

/** Deletes the attachment rows of these conversations (GDPR erasure); returns the storage keys they used. */
export async function deleteConversationAttachments(db: DbOrTx, tenantId: string, conversationIds: readonly string[]): Promise<string[]> {
  if (conversationIds.length === 0) return [];
  const rows = await db
    .delete(attachments)
    .where(and(eq(attachments.tenantId, tenantId), inArray(attachments.conversationId, [...conversationIds])))
    .returning({ storageKey: attachments.storageKey });
  return [...new Set(rows.map((r) => r.storageKey).filter((k): k is string => k !== null))];
}

/** Those of `keys` that no attachment row uses any more (keys are content-addressed: two rows may share one). */
export async function unreferencedKeys(db: DbOrTx, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const used = await db.select({ key: attachments.storageKey }).from(attachments).where(inArray(attachments.storageKey, [...keys]));
  const inUse = new Set(used.map((u) => u.key));
  return keys.filter((k) => !inUse.has(k));
}
