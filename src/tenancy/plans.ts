/**
 * Plans and their monthly limits (seed 004: organizations with a plan, a
 * monthly ticket limit and an agent limit). `null` = unlimited.
 *
 * Agents are staff seats: every user who can handle tickets (admin,
 * supervisor, agent; analysts do not take a seat), deactivated users aside.
 * Tickets count per calendar month (UTC). Going over is a PlanLimitError (402)
 * for agent creation and for tickets a person opens by hand; a ticket opened by
 * escalation is never refused — the customer is still handed over — but it is
 * flagged `overLimit` and counted in the tenant's usage.
 */
import { and, eq, gte, notInArray, sql } from 'drizzle-orm';
import { tenants, tickets, users } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError, PlanLimitError } from '../domain/errors.js';
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.js';

export const PLAN_NAMES = ['basic', 'pro', 'enterprise'] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

export interface PlanLimits {
  monthlyTickets: number | null;
  agents: number | null;
}

export const PLANS: Record<PlanName, PlanLimits> = {
  basic: { monthlyTickets: 50, agents: 3 },
  pro: { monthlyTickets: 2000, agents: 25 },
  enterprise: { monthlyTickets: null, agents: null },
};

/** Roles that do not take an agent seat. */
const SEATLESS_ROLES = ['analyst'];
/** Statuses of users that no longer take a seat. */
const INACTIVE_STATUSES = ['deactivated', 'inactive'];

/** A stored plan name that is not (or no longer) a plan counts as basic. */
export function planOf(name: string): PlanName {
  return (PLAN_NAMES as readonly string[]).includes(name) ? (name as PlanName) : 'basic';
}

export function isPlanName(name: string): name is PlanName {
  return (PLAN_NAMES as readonly string[]).includes(name);
}

/** Start of the current calendar month (UTC), as Postgres computes it. */
const monthStart = sql`date_trunc('month', now() at time zone 'UTC') at time zone 'UTC'`;

export interface TenantUsage {
  tenantId: string;
  name: string;
  plan: PlanName;
  retentionDays: number;
  limits: PlanLimits;
  usage: { month: string; tickets: number; overLimitTickets: number; agents: number };
}

async function lockTenant(tx: DbOrTx, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 13))`);
}

export class PlanService {
  constructor(private readonly db: Db) {}

  private async tenant(tx: DbOrTx, tenantId: string) {
    const [t] = await tx.select({ id: tenants.id, name: tenants.name, plan: tenants.plan, retentionDays: tenants.retentionDays }).from(tenants).where(eq(tenants.id, tenantId)).limit(1);
    if (!t) throw new NotFoundError('tenant');
    return t;
  }

  async seatsUsed(tx: DbOrTx, tenantId: string): Promise<number> {
    const [r] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.tenantId, tenantId), notInArray(sql`${users.role}::text`, SEATLESS_ROLES), notInArray(users.status, INACTIVE_STATUSES)));
    return r?.n ?? 0;
  }

  private async ticketsThisMonth(tx: DbOrTx, tenantId: string): Promise<{ tickets: number; overLimit: number }> {
    const [r] = await tx
      .select({ n: sql<number>`count(*)::int`, over: sql<number>`count(*) filter (where ${tickets.overLimit})::int` })
      .from(tickets)
      .where(and(eq(tickets.tenantId, tenantId), gte(tickets.createdAt, monthStart)));
    return { tickets: r?.n ?? 0, overLimit: r?.over ?? 0 };
  }

  async usage(tenantId: string): Promise<TenantUsage> {
    const t = await this.tenant(this.db, tenantId);
    const plan = planOf(t.plan);
    const [used, agents] = await Promise.all([this.ticketsThisMonth(this.db, tenantId), this.seatsUsed(this.db, tenantId)]);
    const now = new Date();
    return {
      tenantId: t.id,
      name: t.name,
      plan,
      retentionDays: t.retentionDays,
      limits: PLANS[plan],
      usage: { month: `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`, tickets: used.tickets, overLimitTickets: used.overLimit, agents },
    };
  }

  /**
   * Before a new seat (an agent created, or a user given a seat back): throws
   * PlanLimitError when the plan's agent limit is reached. Serialised per tenant
   * (advisory lock until the transaction ends), so two creations cannot both pass.
   */
  async assertAgentSeatTx(tx: DbOrTx, tenantId: string): Promise<void> {
    await lockTenant(tx, `plan-agents:${tenantId}`);
    const plan = planOf((await this.tenant(tx, tenantId)).plan);
    const max = PLANS[plan].agents;
    if (max === null) return;
    const used = await this.seatsUsed(tx, tenantId);
    if (used >= max) throw new PlanLimitError('agents', { plan, max, used });
  }

  /**
   * Before a new ticket, in its transaction: whether the month's ticket limit is
   * reached. `manual` (a person opening a ticket) throws PlanLimitError when it
   * is; escalation gets `{ overLimit: true }` and opens the ticket anyway.
   */
  async ticketAllowanceTx(tx: DbOrTx, tenantId: string, opts: { manual: boolean }): Promise<{ overLimit: boolean }> {
    await lockTenant(tx, `plan-tickets:${tenantId}`);
    const plan = planOf((await this.tenant(tx, tenantId)).plan);
    const max = PLANS[plan].monthlyTickets;
    if (max === null) return { overLimit: false };
    const used = (await this.ticketsThisMonth(tx, tenantId)).tickets;
    if (used < max) return { overLimit: false };
    if (opts.manual) throw new PlanLimitError('monthlyTickets', { plan, max, used });
    return { overLimit: true };
  }

  /** `npm run admin -- set-plan`: the change and its audit entry in one transaction. */
  async setPlan(tenantId: string, plan: PlanName, actor: AuditActor = SYSTEM_ACTOR): Promise<TenantUsage> {
    await this.db.transaction(async (tx) => {
      const [before] = await tx.select({ plan: tenants.plan }).from(tenants).where(eq(tenants.id, tenantId)).for('update');
      if (!before) throw new NotFoundError('tenant');
      await tx.update(tenants).set({ plan, updatedAt: sql`now()` }).where(eq(tenants.id, tenantId));
      await recordAudit(tx, { tenantId, actor, action: 'tenant.set-plan', entityType: 'tenant', entityId: tenantId, changes: { plan: { from: before.plan, to: plan } } });
    });
    return this.usage(tenantId);
  }
}
