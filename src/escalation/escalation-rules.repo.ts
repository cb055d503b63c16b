/** Escalation rules per tenant (seed 001), validated by ./rules.ts before they are stored. */
import { archiveRecord, diffFields, recordAudit, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.js';
import { and, asc, eq, sql } from 'drizzle-orm';
import { escalationRules, tenants, ticketCategories } from '../../drizzle/schema.js';
import { rawClient, type Db, type DbOrTx } from '../db/client.js';
import { pinnedOr } from '../db/pinned-connection.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { DEFAULT_RULES_VERSION, defaultEscalationRules } from './default-rules.js';
import { escalationRulePatchSchema, formatIssues, parseEscalationRule, type Rule, type RuleWithId } from './rules.js';

type RuleRow = typeof escalationRules.$inferSelect;

/** Seed 004-style categories a new tenant starts with (minutes). */
export const DEFAULT_CATEGORIES = [
  { name: 'general', responseSlaMinutes: 60, resolutionSlaMinutes: 24 * 60 },
  { name: 'billing', responseSlaMinutes: 30, resolutionSlaMinutes: 8 * 60 },
  { name: 'technical', responseSlaMinutes: 60, resolutionSlaMinutes: 48 * 60 },
  { name: 'legal', responseSlaMinutes: 15, resolutionSlaMinutes: 4 * 60 },
  { name: 'cancellation', responseSlaMinutes: 30, resolutionSlaMinutes: 24 * 60 },
  { name: 'security', responseSlaMinutes: 15, resolutionSlaMinutes: 4 * 60 },
  { name: 'vulnerable', responseSlaMinutes: 15, resolutionSlaMinutes: 4 * 60 },
  { name: 'self_harm', responseSlaMinutes: 5, resolutionSlaMinutes: 60 },
  { name: 'regulator', responseSlaMinutes: 30, resolutionSlaMinutes: 24 * 60 },
  { name: 'churn', responseSlaMinutes: 30, resolutionSlaMinutes: 24 * 60 },
  { name: 'human_request', responseSlaMinutes: 30, resolutionSlaMinutes: 24 * 60 },
  { name: 'anger', responseSlaMinutes: 30, resolutionSlaMinutes: 24 * 60 },
  { name: 'frustration', responseSlaMinutes: 30, resolutionSlaMinutes: 24 * 60 },
  { name: 'knowledge_gap', responseSlaMinutes: 60, resolutionSlaMinutes: 24 * 60 },
  { name: 'media_needs_review', responseSlaMinutes: 60, resolutionSlaMinutes: 24 * 60 },
];

/** Version of DEFAULT_CATEGORIES: a tenant seeded with an older list gets the missing categories once. */
const CATEGORIES_SEEDED = 'v3';

/** The trigger a default rule stands for, to tell whether a tenant already has one like it. */
function triggerSignature(rule: Pick<Rule, 'triggerConditions'>): string[] {
  const c = rule.triggerConditions;
  return [
    ...(c.humanRequest === true ? ['humanRequest'] : []),
    ...(c.negativeSentimentBelow !== undefined ? ['negativeSentiment'] : []),
    ...(c.consecutiveUnsure !== undefined ? ['consecutiveUnsure'] : []),
    ...(c.mediaWithoutText === true ? ['mediaWithoutText'] : []),
    ...(c.situations ?? []).map((x) => `situation:${x}`),
  ];
}

const SEEDED = `seeded-v${DEFAULT_RULES_VERSION}`;

/** Stored rows are validated again on the way out: a rule edited in the database by hand fails loudly. */
export function ruleFromRow(r: RuleRow): RuleWithId {
  const rule = parseEscalationRule({
    name: r.name,
    active: r.active,
    priorityLevel: r.priorityLevel,
    triggerKeywords: r.triggerKeywords,
    triggerConditions: r.triggerConditions,
    match: r.match,
    ticketPriority: r.ticketPriority,
    ...(r.category ? { category: r.category } : {}),
    assignment: r.assignment,
  });
  return { ...rule, id: r.id };
}

function toRow(tenantId: string, rule: Rule) {
  return {
    tenantId,
    name: rule.name,
    active: rule.active,
    priorityLevel: rule.priorityLevel,
    triggerKeywords: rule.triggerKeywords,
    triggerConditions: rule.triggerConditions as Record<string, unknown>,
    match: rule.match,
    ticketPriority: rule.ticketPriority,
    category: rule.category ?? null,
    assignment: rule.assignment as Record<string, unknown>,
  };
}

/**
 * Gives a tenant its default rules and categories once (new tenants, and tenants
 * created before escalation existed). Idempotent; admins may edit or delete them after.
 *
 * A tenant seeded with an older rule set ("seeded") gets, once, the default rules
 * whose trigger none of its rules (active or not) has yet — the new situation
 * rules — and the new ticket categories. Its own rules are never changed.
 */
export async function ensureEscalationDefaults(db: DbOrTx, tenantId: string): Promise<void> {
  // Every call after the first finds the flag: no lock, no transaction (the worker asks on every message).
  const [seen] = await db.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId));
  if (!seen || (seen.settings.escalationDefaults === SEEDED && seen.settings.categoryDefaults === CATEGORIES_SEEDED)) return;
  await db.transaction(async (tx) => {
    const [t] = await tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId)).for('update');
    if (!t || (t.settings.escalationDefaults === SEEDED && t.settings.categoryDefaults === CATEGORIES_SEEDED)) return;
    // Every default rule's category is a real category of the tenant (same transaction as the rules).
    await tx.insert(ticketCategories).values(DEFAULT_CATEGORIES.map((c) => ({ tenantId, ...c }))).onConflictDoNothing();
    await tx
      .update(tenants)
      .set({ settings: sql`${tenants.settings} || ${JSON.stringify({ categoryDefaults: CATEGORIES_SEEDED })}::jsonb` })
      .where(eq(tenants.id, tenantId));
    if (t.settings.escalationDefaults === SEEDED) return;
    let rules = defaultEscalationRules();
    if (t.settings.escalationDefaults !== undefined) {
      const existing = await tx.select({ triggerConditions: escalationRules.triggerConditions }).from(escalationRules).where(eq(escalationRules.tenantId, tenantId));
      const have = new Set(existing.flatMap((r) => triggerSignature({ triggerConditions: r.triggerConditions as Rule['triggerConditions'] })));
      rules = rules.filter((r) => triggerSignature(r).some((sig) => !have.has(sig)));
    }
    for (const rule of rules) await tx.insert(escalationRules).values(toRow(tenantId, rule));
    await tx
      .update(tenants)
      .set({ settings: sql`${tenants.settings} || ${JSON.stringify({ escalationDefaults: SEEDED })}::jsonb` })
      .where(eq(tenants.id, tenantId));
  });
}

export class EscalationRulesRepo {
  constructor(private readonly db: Db) {}

  async list(tenantId: string): Promise<RuleWithId[]> {
    await ensureEscalationDefaults(this.db, tenantId);
    const rows = await this.db
      .select()
      .from(escalationRules)
      .where(eq(escalationRules.tenantId, tenantId))
      .orderBy(asc(escalationRules.priorityLevel), asc(escalationRules.name));
    return rows.map(ruleFromRow);
  }

  async get(tenantId: string, id: string): Promise<RuleWithId> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('escalation rule');
    const [row] = await this.db.select().from(escalationRules).where(and(eq(escalationRules.tenantId, tenantId), eq(escalationRules.id, id))).limit(1);
    if (!row) throw new NotFoundError('escalation rule');
    return ruleFromRow(row);
  }

  async create(tenantId: string, input: unknown, actor: AuditActor = SYSTEM_ACTOR): Promise<RuleWithId> {
    const rule = parseEscalationRule(input);
    await ensureEscalationDefaults(this.db, tenantId);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.insert(escalationRules).values(toRow(tenantId, rule)).returning();
      const created = ruleFromRow(row!);
      await recordAudit(tx, { tenantId, actor, action: 'escalation-rule.create', entityType: 'escalation-rule', entityId: created.id, changes: { rule: { ...rule } } });
      return created;
    });
  }

  /** PUT replaces the rule; fields left out keep their stored value, and the result is validated whole. */
  async update(tenantId: string, id: string, input: unknown, actor: AuditActor = SYSTEM_ACTOR): Promise<RuleWithId> {
    const current = await this.get(tenantId, id);
    const patch = escalationRulePatchSchema.safeParse(input);
    if (!patch.success) throw new PayloadError(formatIssues(patch.error), patch.error.issues);
    const { id: _id, ...stored } = current;
    const merged = parseEscalationRule({ ...stored, ...patch.data });
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(escalationRules)
        .set({ ...toRow(tenantId, merged), updatedAt: sql`now()` })
        .where(and(eq(escalationRules.tenantId, tenantId), eq(escalationRules.id, id)))
        .returning();
      if (!row) throw new NotFoundError('escalation rule');
      const changes = diffFields(stored as unknown as Record<string, unknown>, merged as unknown as Record<string, unknown>);
      await recordAudit(tx, { tenantId, actor, action: 'escalation-rule.update', entityType: 'escalation-rule', entityId: id, changes });
      return ruleFromRow(row);
    });
  }

  /** Deleted rules go to the archive (30 days) with an audit entry, in one transaction. */
  async remove(tenantId: string, id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
    await this.get(tenantId, id);
    await this.db.transaction(async (tx) => {
      const deleted = await tx.delete(escalationRules).where(and(eq(escalationRules.tenantId, tenantId), eq(escalationRules.id, id))).returning();
      for (const d of deleted) {
        await archiveRecord(tx, { tenantId, entityType: 'escalation-rule', entityId: d.id, snapshot: { ...d } });
        await recordAudit(tx, { tenantId, actor, action: 'escalation-rule.delete', entityType: 'escalation-rule', entityId: d.id, changes: { name: d.name } });
      }
    });
  }

  /**
   * Active rules for the worker (defaults seeded on first use). Cached per tenant
   * and checked on every call against a fingerprint of the stored rules — their
   * count, the sum of their row versions (`xmin`, new on every insert and update)
   * and the latest `updated_at` — in one small query, instead of loading and
   * validating every rule: an edit through the API or by hand in the database is
   * seen by the very next message.
   */
  async activeRules(tenantId: string): Promise<RuleWithId[]> {
    let row = await this.rulesFingerprint(tenantId);
    if (row && !row.seeded) {
      await ensureEscalationDefaults(this.db, tenantId);
      // Seeding changed the rules: read the fingerprint again rather than cache under a stale one.
      row = await this.rulesFingerprint(tenantId);
    }
    if (!row) return (await this.list(tenantId)).filter((r) => r.active);
    const cached = this.activeCache.get(tenantId);
    if (cached?.version === row.version) return cached.rules;
    const rules = (await this.list(tenantId)).filter((r) => r.active);
    if (this.activeCache.size >= 10_000) this.activeCache.clear();
    this.activeCache.set(tenantId, { version: row.version, rules });
    return rules;
  }

  /**
   * A tagged template of the driver (prepared once per connection), on the connection a conversation job
   * pinned when there is one: written with the job's other reads of the message (src/db/pinned-connection.ts).
   */
  private async rulesFingerprint(tenantId: string): Promise<{ seeded: boolean; version: string } | undefined> {
    const rows = await pinnedOr(rawClient(this.db))<Array<{ seeded: boolean; version: string }>>`
      select coalesce(t.settings->>'escalationDefaults' = ${SEEDED} and t.settings->>'categoryDefaults' = ${CATEGORIES_SEEDED}, false) as seeded,
             (select count(*) || ':' || coalesce(sum(r.xmin::text::bigint), 0) || ':' || coalesce(max(r.updated_at)::text, '')
                from escalation_rules r where r.tenant_id = t.id) as version
      from tenants t where t.id = ${tenantId}`;
    return rows[0];
  }

  private readonly activeCache = new Map<string, { version: string; rules: RuleWithId[] }>();
}
