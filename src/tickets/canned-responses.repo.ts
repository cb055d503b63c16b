/**
 * Canned responses of a tenant: a short name (typed after `/` in the agent
 * composer) and the text it inserts. Shared by the tenant's agents; an agent
 * removes its own, supervisors and admins any.
 */
import { and, asc, eq } from 'drizzle-orm';
import { cannedResponses } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors.js';
import { isUuid } from '../domain/input.js';

export type CannedResponseRow = typeof cannedResponses.$inferSelect;

export class CannedResponsesRepo {
  constructor(private readonly db: Db) {}

  async list(tenantId: string): Promise<CannedResponseRow[]> {
    return this.db.select().from(cannedResponses).where(eq(cannedResponses.tenantId, tenantId)).orderBy(asc(cannedResponses.shortcut));
  }

  async create(tenantId: string, input: { shortcut: string; text: string }, createdBy: string | null): Promise<CannedResponseRow> {
    const [row] = await this.db
      .insert(cannedResponses)
      .values({ tenantId, shortcut: input.shortcut, text: input.text, createdBy })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError(`a canned response named "${input.shortcut}" already exists`);
    return row;
  }

  /** `by`: who deletes; without `any` (an agent), only a response it created. */
  async delete(tenantId: string, id: string, by: { userId: string | null; any: boolean }): Promise<void> {
    if (!isUuid(id)) throw new NotFoundError('canned response');
    const [row] = await this.db.select().from(cannedResponses).where(and(eq(cannedResponses.tenantId, tenantId), eq(cannedResponses.id, id)));
    if (!row) throw new NotFoundError('canned response');
    if (!by.any && (row.createdBy === null || row.createdBy !== by.userId)) throw new ForbiddenError('an agent deletes only its own canned responses; a supervisor or admin deletes any');
    await this.db.delete(cannedResponses).where(and(eq(cannedResponses.tenantId, tenantId), eq(cannedResponses.id, id)));
  }
}
