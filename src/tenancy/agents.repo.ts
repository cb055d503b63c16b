/** Staff users (agents, admins, analysts) of a tenant, and the API key each one gets once. */
import { and, asc, eq, ne } from 'drizzle-orm';
import { users } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { ConflictError, NotFoundError, PayloadError } from '../domain/errors.js';
import type { UserRole, UserStatus } from '../domain/model.js';
import { isUuid } from '../domain/input.js';
import { diffFields, recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.js';
import type { PlanService } from './plans.js';
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

/** Whether a user in this role and status takes an agent seat of the plan (src/tenancy/plans.ts). */
const takesSeat = (role: string, status: string) => role !== 'analyst' && status !== 'deactivated' && status !== 'inactive';

export class AgentsRepo {
  constructor(
    private readonly db: Db,
    private readonly plans: PlanService,
  ) {}

  async list(tenantId: string): Promise<AgentRow[]> {
    return this.db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.name));
  }

  /** The agent and its API key (shown to the caller once, stored only as a hash). 402 over the plan's agent limit. */
  async create(tenantId: string, a: NewAgent, actor: AuditActor = SYSTEM_ACTOR): Promise<{ agent: AgentRow; apiKey: string }> {
    return this.db.transaction(async (tx) => {
      if (takesSeat(a.role, 'active')) await this.plans.assertAgentSeatTx(tx, tenantId);
      const [row] = await tx
        .insert(users)
        .values({ tenantId, email: a.email, name: a.name, role: a.role, skills: a.skills, languages: a.languages, team: a.team ?? null, maxLoad: a.maxLoad })
        .onConflictDoNothing()
        .returning();
      if (!row) throw new PayloadError('a user with this email already exists');
      // The key follows the user: its rights are the user's role at each request.
      const key = await createApiKey(tx, { tenantId, name: `${a.name} key`, userId: row.id });
      await recordAudit(tx, { tenantId, actor, action: 'agent.create', entityType: 'agent', entityId: row.id, changes: { role: a.role } });
      return { agent: row, apiKey: key.apiKey };
    });
  }

  /**
   * Changes a user. A new role or `deactivated` applies to every key of the
   * user on its next request. The last active admin of a tenant cannot be
   * demoted or deactivated (409): the tenant would have nobody to manage it.
   * Role and status changes are audited; one that gives a user a seat back is
   * checked against the plan.
   */
  async update(tenantId: string, id: string, patch: AgentPatch, actor: AuditActor = SYSTEM_ACTOR): Promise<AgentRow> {
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
      const [before] = await tx.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id))).for('update');
      if (!before) throw new NotFoundError('agent');
      const role = patch.role ?? before.role;
      const status = patch.status ?? before.status;
      if (takesSeat(role, status) && !takesSeat(before.role, before.status)) await this.plans.assertAgentSeatTx(tx, tenantId);
      const [row] = await tx.update(users).set(patch).where(and(eq(users.tenantId, tenantId), eq(users.id, id))).returning();
      if (!row) throw new NotFoundError('agent');
      const changes = diffFields({ role: before.role, status: before.status }, { role: patch.role, status: patch.status });
      if (Object.keys(changes).length > 0) await recordAudit(tx, { tenantId, actor, action: 'agent.update', entityType: 'agent', entityId: id, changes });
      return row;
    });
  }
}
