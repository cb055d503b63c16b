/** Staff users (agents, admins, analysts) of a tenant, and the API key each one gets once. */
import { and, asc, eq, ne } from 'drizzle-orm';
import { users } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { ConflictError, NotFoundError, PayloadError } from '../domain/errors.js';
import type { UserRole, UserStatus } from '../domain/model.js';
import { isUuid } from '../domain/input.js';
import { createApiKey } from './api-keys.service.js';

export type AgentRow = typeof users.$inferSelect;

export interface NewAgent {
  email: string;
  name: string;
  role: UserRole;
  skills: string[];
  languages: string[];
  team?: string;
  maxLoad: number;
}

export interface AgentPatch {
  name?: string;
  role?: UserRole;
  skills?: string[];
  languages?: string[];
  team?: string;
  maxLoad?: number;
  status?: UserStatus;
}

export class AgentsRepo {
  constructor(private readonly db: Db) {}

  async list(tenantId: string): Promise<AgentRow[]> {
    return this.db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.name));
  }

  /** The agent and its API key (shown to the caller once, stored only as a hash). */
  async create(tenantId: string, a: NewAgent): Promise<{ agent: AgentRow; apiKey: string }> {
    const [row] = await this.db
      .insert(users)
      .values({ tenantId, email: a.email, name: a.name, role: a.role, skills: a.skills, languages: a.languages, team: a.team ?? null, maxLoad: a.maxLoad })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new PayloadError('a user with this email already exists');
    // The key follows the user: its rights are the user's role at each request.
    const key = await createApiKey(this.db, { tenantId, name: `${a.name} key`, userId: row.id });
    return { agent: row, apiKey: key.apiKey };
  }

  /**
   * Changes a user. A new role or `deactivated` applies to every key of the
   * user on its next request. The last active admin of a tenant cannot be
   * demoted or deactivated (409): the tenant would have nobody to manage it.
   */
  async update(tenantId: string, id: string, patch: AgentPatch): Promise<AgentRow> {
    if (!isUuid(id)) throw new NotFoundError('agent');
    return this.db.transaction(async (tx) => {
      const losesAdmin = (patch.role !== undefined && patch.role !== 'admin') || patch.status === 'deactivated';
      if (losesAdmin) {
        // Lock the tenant's active admins so two concurrent demotions cannot both pass the check.
        const admins = await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.tenantId, tenantId), eq(users.role, 'admin'), ne(users.status, 'deactivated')))
          .for('update');
        if (admins.length === 1 && admins[0]?.id === id) throw new ConflictError('this is the last active admin of the tenant: make another user admin first');
      }
      const [row] = await tx
        .update(users)
        .set(patch)
        .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
        .returning();
      if (!row) throw new NotFoundError('agent');
      return row;
    });
  }
}
