/**
 * Default escalation rules: a new tenant gets one rule per category; a tenant seeded
 * with the previous rule set keeps its own rules untouched and gains, once, only the
 * rules whose trigger it has none of (the situation rules) and the new ticket categories.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { escalationRules, tenants, ticketCategories } from '../../drizzle/schema.js';
import { EscalationRulesRepo } from '../../src/escalation/escalation-rules.repo.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
}, 60_000);

afterAll(async () => {
  await h?.close();
});

it('gives a new tenant one named rule per category, security and vulnerable customers urgent', async () => {
  const t = await h.createTenant('New');
  const rules = await new EscalationRulesRepo(h.c.database.db).list(t.tenantId);
  const byCategory = Object.fromEntries(rules.map((r) => [r.category, r]));
  expect(Object.keys(byCategory).sort()).toEqual(['anger', 'churn', 'frustration', 'human_request', 'knowledge_gap', 'legal', 'media_needs_review', 'regulator', 'security', 'self_harm', 'vulnerable']);
  // The self-harm safety net: urgent, priority 1, and named to sort first among priority-1 rules.
  expect(byCategory.self_harm).toMatchObject({ priorityLevel: 1, ticketPriority: 'urgent', triggerConditions: { situations: ['self_harm'] } });
  expect(byCategory.security).toMatchObject({ priorityLevel: 1, ticketPriority: 'urgent', triggerConditions: { situations: ['security'] } });
  expect(byCategory.vulnerable).toMatchObject({ priorityLevel: 1, ticketPriority: 'urgent', triggerConditions: { situations: ['vulnerable'] } });
  const cats = await h.c.database.db.select({ name: ticketCategories.name }).from(ticketCategories).where(eq(ticketCategories.tenantId, t.tenantId));
  expect(cats.map((c) => c.name)).toEqual(expect.arrayContaining(['security', 'vulnerable', 'regulator', 'churn', 'legal']));
});

it('upgrades a tenant seeded with the previous defaults once, adding only what it lacks', async () => {
  const t = await h.createTenant('Old');
  const db = h.c.database.db;
  // Make it look like a tenant of the previous version: its own four rules, flag "seeded", no new categories.
  await db.delete(escalationRules).where(eq(escalationRules.tenantId, t.tenantId));
  await db.delete(ticketCategories).where(eq(ticketCategories.tenantId, t.tenantId));
  const old = [
    { name: 'Explicit request for a human', triggerKeywords: [], triggerConditions: { humanRequest: true }, category: 'human_request' },
    { name: 'Legal threat, chargeback or public complaint', triggerKeywords: ['my lawyer*', 'sue'], triggerConditions: {}, category: 'legal' },
    { name: 'Strong negative sentiment', triggerKeywords: [], triggerConditions: { negativeSentimentBelow: -0.5 }, category: 'frustration' },
    { name: 'Bot unsure twice in a row', triggerKeywords: [], triggerConditions: { consecutiveUnsure: 2 }, category: 'knowledge_gap', active: false },
  ];
  for (const r of old) {
    await db.insert(escalationRules).values({ tenantId: t.tenantId, active: true, priorityLevel: 2, match: 'any', ticketPriority: 'high', assignment: { strategy: 'round_robin' }, ...r });
  }
  await db.update(tenants).set({ settings: { escalationDefaults: 'seeded' } }).where(eq(tenants.id, t.tenantId));

  const repo = new EscalationRulesRepo(db);
  const rules = await repo.list(t.tenantId);
  const names = rules.map((r) => r.name).sort();
  expect(names).toEqual(
    [
      ...old.map((r) => r.name),
      'Crisis: self-harm safety net',
      'Security incident',
      'Vulnerable customer',
      'Legal threat or chargeback',
      'Complaint to a regulator',
      'Churn: closing, cancelling or leaving',
      'Repeated frustration',
      'Media needs review',
    ].sort(),
  );
  // Its own rules are as they were (the deactivated one stays deactivated and is not duplicated).
  expect(rules.find((r) => r.name === 'Bot unsure twice in a row')?.active).toBe(false);
  expect(rules.find((r) => r.name === 'Legal threat, chargeback or public complaint')?.triggerKeywords).toEqual(['my lawyer*', 'sue']);
  const [row] = await db.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, t.tenantId));
  expect(row?.settings.escalationDefaults).toBe('seeded-v4');
  // Once only.
  expect((await repo.list(t.tenantId)).length).toBe(rules.length);
});

it('gives a tenant seeded with the v2 defaults the self-harm safety net once, and nothing else', async () => {
  const t = await h.createTenant('V2');
  const db = h.c.database.db;
  const repo = new EscalationRulesRepo(db);
  const before = await repo.list(t.tenantId);
  const crisis = before.find((r) => r.category === 'self_harm');
  expect(crisis).toBeDefined();
  // Back to what a v2 tenant had: every rule but the crisis rule.
  await db.delete(escalationRules).where(eq(escalationRules.id, crisis!.id));
  await db.update(tenants).set({ settings: { escalationDefaults: 'seeded-v2' } }).where(eq(tenants.id, t.tenantId));

  const after = await repo.list(t.tenantId);
  expect(after.map((r) => r.name).sort()).toEqual(before.map((r) => r.name).sort());
  expect(after.filter((r) => r.category === 'self_harm')).toHaveLength(1);
});

it('gives a tenant seeded with the v3 defaults the media rule and its category once, and nothing else', async () => {
  const t = await h.createTenant('V3');
  const db = h.c.database.db;
  const repo = new EscalationRulesRepo(db);
  const before = await repo.list(t.tenantId);
  const media = before.find((r) => r.category === 'media_needs_review');
  expect(media).toMatchObject({ triggerConditions: { mediaWithoutText: true }, active: true });
  await db.delete(escalationRules).where(eq(escalationRules.id, media!.id));
  await db.update(tenants).set({ settings: { escalationDefaults: 'seeded-v3', categoryDefaults: 'v2' } }).where(eq(tenants.id, t.tenantId));

  const after = await repo.list(t.tenantId);
  expect(after.map((r) => r.name).sort()).toEqual(before.map((r) => r.name).sort());
  const cats = await db.select({ name: ticketCategories.name }).from(ticketCategories).where(eq(ticketCategories.tenantId, t.tenantId));
  expect(cats.filter((c) => c.name === 'media_needs_review')).toHaveLength(1);
});

it("the worker's cached active rules follow every change at once: API edits, hand edits in the database, deletes, new rules", async () => {
  const t = await h.createTenant('Cached');
  const db = h.c.database.db;
  const repo = new EscalationRulesRepo(db);
  const names = async () => (await repo.activeRules(t.tenantId)).map((r) => r.name).sort();
  const first = await repo.activeRules(t.tenantId);
  expect(first.length).toBeGreaterThan(0);
  expect(await repo.activeRules(t.tenantId)).toBe(first); // unchanged: the cached list itself
  const rule = first.find((r) => r.category === 'churn')!;

  await repo.update(t.tenantId, rule.id, { name: 'Churn (edited)' });
  expect(await names()).toContain('Churn (edited)');

  await db.update(escalationRules).set({ active: false }).where(eq(escalationRules.id, rule.id));
  expect(await names()).not.toContain('Churn (edited)');

  // By hand, keeping updated_at: the row version still tells.
  await h.c.database.sql`update escalation_rules set active = true where id = ${rule.id}`;
  expect(await names()).toContain('Churn (edited)');

  const created = await repo.create(t.tenantId, { name: 'Lawyer', triggerKeywords: ['lawyer'], priorityLevel: 2, ticketPriority: 'high', assignment: { strategy: 'round_robin' } });
  expect(await names()).toContain('Lawyer');
  await repo.remove(t.tenantId, created.id);
  expect(await names()).not.toContain('Lawyer');
});
