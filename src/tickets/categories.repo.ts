/** Ticket categories with their SLA minutes (seed 004), per tenant; the defaults come with the escalation rules. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { ticketCategories } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { sqlStateOf } from '../db/errors.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { isUuid } from '../domain/input.js';

export type CategoryRow = typeof ticketCategories.$inferSelect;

export interface CategoryInput {
  name: string;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  active?: boolean;
}

export class CategoriesRepo {
  constructor(
    private readonly db: Db,
    /** Seeds the tenant's default categories before the first read (tenants created before they existed). */
    private readonly ensureDefaults: (db: Db, tenantId: string) => Promise<void> = async () => {},
  ) {}

  async list(tenantId: string): Promise<CategoryRow[]> {
    await this.ensureDefaults(this.db, tenantId);
    return this.db.select().from(ticketCategories).where(eq(ticketCategories.tenantId, tenantId)).orderBy(asc(ticketCategories.name));
  }

  async get(tenantId: string, id: string): Promise<CategoryRow> {
    if (!isUuid(id)) throw new NotFoundError('ticket category');
    const [row] = await this.db.select().from(ticketCategories).where(and(eq(ticketCategories.tenantId, tenantId), eq(ticketCategories.id, id)));
    if (!row) throw new NotFoundError('ticket category');
    return row;
  }

  async create(tenantId: string, input: CategoryInput): Promise<CategoryRow> {
    await this.ensureDefaults(this.db, tenantId);
    const [row] = await this.db
      .insert(ticketCategories)
      .values({ tenantId, name: input.name, responseSlaMinutes: input.firstResponseMinutes, resolutionSlaMinutes: input.resolutionMinutes, active: input.active ?? true })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new PayloadError(`name: a category "${input.name}" already exists`);
    return row;
  }

  /** New minutes apply to tickets whose category or priority changes from now on; open tickets keep their due times. */
  async update(tenantId: string, id: string, patch: Partial<CategoryInput>): Promise<CategoryRow> {
    const current = await this.get(tenantId, id);
    const next = {
      name: patch.name ?? current.name,
      responseSlaMinutes: patch.firstResponseMinutes ?? current.responseSlaMinutes,
      resolutionSlaMinutes: patch.resolutionMinutes ?? current.resolutionSlaMinutes,
      active: patch.active ?? current.active,
    };
    if (next.resolutionSlaMinutes < next.responseSlaMinutes) throw new PayloadError('resolutionMinutes: must not be shorter than firstResponseMinutes');
    try {
      const [row] = await this.db
        .update(ticketCategories)
        .set({ ...next, updatedAt: sql`now()` })
        .where(and(eq(ticketCategories.tenantId, tenantId), eq(ticketCategories.id, id)))
        .returning();
      return row!;
    } catch (err) {
      if (sqlStateOf(err) === '23505') throw new PayloadError(`name: a category "${next.name}" already exists`);
      throw err;
    }
  }
}
