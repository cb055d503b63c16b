/** Staff users (agents, admins, analysts) of a tenant, and the API key each one gets once. */
import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import type { UserRole } from '../domain/model.js';
import { createApiKey } from './tenant.service.js';

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
  status?: 'active' | 'away' | 'offline';
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
    const key = await createApiKey(this.db, { tenantId, role: a.role, name: `${a.name} key`, userId: row.id });
    return { agent: row, apiKey: key.apiKey };
  }

  async update(tenantId: string, id: string, patch: AgentPatch): Promise<AgentRow> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('agent');
    const [row] = await this.db
      .update(users)
      .set(patch)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
      .returning();
    if (!row) throw new NotFoundError('agent');
    return row;
  }
}
