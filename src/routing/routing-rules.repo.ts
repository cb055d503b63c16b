/**
 * Routing rules per tenant (seed 000 TicketRoutingRule), ordered by position.
 * A rule's team and agent must be the tenant's.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { routingRules, teams, users } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { isUuid } from '../domain/input.js';
import { routingActionsSchema, routingCriteriaSchema, type RoutingActions, type RoutingCriteria, type RoutingRule } from './evaluate.js';

export interface RoutingRuleInput {
  name: string;
  position?: number;
  active: boolean;
  continue: boolean;
  criteria: RoutingCriteria;
  actions: RoutingActions;
}

type Row = typeof routingRules.$inferSelect;

function toRule(r: Row): RoutingRule & { createdAt: Date; updatedAt: Date } {
  // Stored rules were validated on write; a row that no longer parses matches nothing and does nothing.
  const criteria = routingCriteriaSchema.safeParse(r.criteria);
  const actions = routingActionsSchema.safeParse(r.actions);
  return {
    id: r.id,
    name: r.name,
    position: r.position,
    active: r.active && criteria.success && actions.success,
    continue: r.continueEvaluation,
    criteria: criteria.success ? criteria.data : {},
    actions: actions.success ? actions.data : { addTags: [] },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function routingRuleView(r: ReturnType<typeof toRule>) {
  return { id: r.id, name: r.name, position: r.position, active: r.active, continue: r.continue, criteria: r.criteria, actions: r.actions, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

export class RoutingRulesRepo {
  constructor(private readonly db: Db) {}

  async list(tenantId: string, tx: DbOrTx = this.db) {
    const rows = await tx.select().from(routingRules).where(eq(routingRules.tenantId, tenantId)).orderBy(asc(routingRules.position), asc(routingRules.id));
    return rows.map(toRule);
  }

  async get(tenantId: string, id: string) {
    if (!isUuid(id)) throw new NotFoundError('routing rule');
    const [row] = await this.db.select().from(routingRules).where(and(eq(routingRules.tenantId, tenantId), eq(routingRules.id, id))).limit(1);
    if (!row) throw new NotFoundError('routing rule');
    return toRule(row);
  }

  private async assertTargets(tenantId: string, actions: RoutingActions): Promise<void> {
    if (actions.teamId) {
      const [t] = await this.db.select({ id: teams.id }).from(teams).where(and(eq(teams.tenantId, tenantId), eq(teams.id, actions.teamId))).limit(1);
      if (!t) throw new PayloadError(`actions.teamId: no team ${actions.teamId} in this tenant`);
    }
    if (actions.agentId) {
      const [u] = await this.db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, actions.agentId))).limit(1);
      if (!u) throw new PayloadError(`actions.agentId: no agent ${actions.agentId} in this tenant`);
    }
  }

  async create(tenantId: string, input: RoutingRuleInput) {
    await this.assertTargets(tenantId, input.actions);
    const [row] = await this.db
      .insert(routingRules)
      .values({
        tenantId,
        name: input.name,
        // Without a position the rule goes last.
        position: input.position ?? sql`(select coalesce(max(position), 0) + 1 from routing_rules where tenant_id = ${tenantId})`,
        active: input.active,
        continueEvaluation: input.continue,
        criteria: input.criteria,
        actions: input.actions,
      })
      .returning();
    if (!row) throw new Error('routing rule insert returned nothing');
    return toRule(row);
  }

  async update(tenantId: string, id: string, patch: Partial<RoutingRuleInput>) {
    await this.get(tenantId, id);
    if (patch.actions) await this.assertTargets(tenantId, patch.actions);
    const [row] = await this.db
      .update(routingRules)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.position !== undefined ? { position: patch.position } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        ...(patch.continue !== undefined ? { continueEvaluation: patch.continue } : {}),
        ...(patch.criteria !== undefined ? { criteria: patch.criteria } : {}),
        ...(patch.actions !== undefined ? { actions: patch.actions } : {}),
        updatedAt: sql`now()`,
      })
      .where(and(eq(routingRules.tenantId, tenantId), eq(routingRules.id, id)))
      .returning();
    if (!row) throw new NotFoundError('routing rule');
    return toRule(row);
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.get(tenantId, id);
    await this.db.delete(routingRules).where(and(eq(routingRules.tenantId, tenantId), eq(routingRules.id, id)));
  }
}
