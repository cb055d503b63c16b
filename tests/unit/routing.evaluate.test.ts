import { describe, expect, it } from 'vitest';
import { evaluateRouting, matches, routingActionsSchema, routingCriteriaSchema, unsafePatternReason, type RoutingFacts, type RoutingRule } from '../../src/routing/evaluate.js';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const AG = '33333333-3333-4333-8333-333333333333';

const facts = (over: Partial<RoutingFacts> = {}): RoutingFacts => ({
  channel: 'whatsapp',
  language: 'es-MX',
  category: 'billing',
  priority: 'medium',
  customerTags: ['VIP', 'wholesale'],
  customFields: { plan: 'gold', seats: 25, regions: ['eu', 'latam'] },
  text: 'I was charged twice for order #A-1234',
  ...over,
});

let n = 0;
const rule = (over: Partial<RoutingRule>): RoutingRule => ({ id: `00000000-0000-4000-8000-00000000000${n++}`, name: `r${n}`, position: n, active: true, continue: false, criteria: {}, actions: { addTags: ['x'] }, ...over });

describe('matches', () => {
  it('an empty criteria object matches everything', () => expect(matches({}, facts())).toBe(true));
  it('channel, language (primary subtag), category (any case), priority', () => {
    expect(matches({ channels: ['whatsapp', 'line'] }, facts())).toBe(true);
    expect(matches({ channels: ['telegram'] }, facts())).toBe(false);
    expect(matches({ languages: ['es'] }, facts())).toBe(true);
    expect(matches({ languages: ['pt'] }, facts())).toBe(false);
    expect(matches({ languages: ['es'] }, facts({ language: null }))).toBe(false);
    expect(matches({ categories: ['Billing'] }, facts())).toBe(true);
    expect(matches({ categories: ['technical'] }, facts())).toBe(false);
    expect(matches({ priorities: ['high', 'urgent'] }, facts())).toBe(false);
    expect(matches({ priorities: ['medium'] }, facts())).toBe(true);
  });
  it('customer tags: any of them, any case', () => {
    expect(matches({ customerTags: ['vip'] }, facts())).toBe(true);
    expect(matches({ customerTags: ['churn-risk'] }, facts())).toBe(false);
  });
  it('custom fields: every field equals one of its values, as text; array values', () => {
    expect(matches({ customFields: { plan: 'gold' } }, facts())).toBe(true);
    expect(matches({ customFields: { plan: ['silver', 'gold'], seats: 25 } }, facts())).toBe(true);
    expect(matches({ customFields: { seats: '25' } }, facts())).toBe(true);
    expect(matches({ customFields: { regions: 'latam' } }, facts())).toBe(true);
    expect(matches({ customFields: { plan: 'gold', seats: 10 } }, facts())).toBe(false);
    expect(matches({ customFields: { missing: 'x' } }, facts())).toBe(false);
  });
  it('text contains (any, case-insensitive) and regex', () => {
    expect(matches({ text: { contains: ['CHARGED TWICE'] } }, facts())).toBe(true);
    expect(matches({ text: { contains: ['refund'] } }, facts())).toBe(false);
    expect(matches({ text: { regex: '#[A-Z]-\\d{4}' } }, facts())).toBe(true);
    expect(matches({ text: { regex: '^refund' } }, facts())).toBe(false);
    expect(matches({ text: { contains: ['charged'], regex: 'nothing-like-this' } }, facts())).toBe(false);
  });
  it('all criteria must hold', () => {
    expect(matches({ channels: ['whatsapp'], customerTags: ['vip'], priorities: ['urgent'] }, facts())).toBe(false);
  });
});

describe('evaluateRouting: precedence', () => {
  it('rules run in position order and the first match wins', () => {
    const rules = [
      rule({ name: 'late', position: 20, criteria: { channels: ['whatsapp'] }, actions: { teamId: T2 } }),
      rule({ name: 'early', position: 10, criteria: { customerTags: ['vip'] }, actions: { teamId: T1, priority: 'high' } }),
    ];
    const d = evaluateRouting(rules, facts());
    expect(d.teamId).toBe(T1);
    expect(d.priority).toBe('high');
    expect(d.matched.map((m) => m.name)).toEqual(['early']);
  });

  it('a non-matching rule is skipped; inactive rules are ignored', () => {
    const rules = [
      rule({ name: 'off', position: 1, active: false, actions: { teamId: T2 } }),
      rule({ name: 'telegram', position: 2, criteria: { channels: ['telegram'] }, actions: { teamId: T2 } }),
      rule({ name: 'billing', position: 3, criteria: { categories: ['billing'] }, actions: { teamId: T1 } }),
    ];
    expect(evaluateRouting(rules, facts()).matched.map((m) => m.name)).toEqual(['billing']);
  });

  it('continue: later rules also apply, later ones override, tags add up', () => {
    const rules = [
      rule({ name: 'tag vip', position: 1, continue: true, criteria: { customerTags: ['vip'] }, actions: { addTags: ['vip'], priority: 'high' } }),
      rule({ name: 'spanish', position: 2, continue: true, criteria: { languages: ['es'] }, actions: { teamId: T1, addTags: ['es', 'vip'] } }),
      rule({ name: 'billing agent', position: 3, criteria: { categories: ['billing'] }, actions: { agentId: AG, priority: 'urgent' } }),
      rule({ name: 'never reached', position: 4, actions: { teamId: T2 } }),
    ];
    const d = evaluateRouting(rules, facts());
    expect(d.matched.map((m) => m.name)).toEqual(['tag vip', 'spanish', 'billing agent']);
    expect(d).toMatchObject({ teamId: T1, agentId: AG, priority: 'urgent', addTags: ['vip', 'es'] });
  });

  it('no rule matches: nothing decided', () => {
    expect(evaluateRouting([rule({ criteria: { channels: ['line'] } })], facts())).toEqual({ teamId: null, agentId: null, priority: null, addTags: [], matched: [] });
  });
});

describe('validation', () => {
  it('refuses unsafe or invalid patterns and overlong ones', () => {
    expect(unsafePatternReason('(a+)+$')).toMatch(/nested/);
    expect(unsafePatternReason('(\\w*)*x')).toMatch(/nested/);
    expect(unsafePatternReason('((a+))+')).toMatch(/nested/);
    expect(unsafePatternReason('(a|aa)+$')).toMatch(/nested/);
    expect(unsafePatternReason('(x{1,3}y){2,}')).toMatch(/nested/);
    expect(unsafePatternReason('order #(\\d+)-(\\d+)')).toBeNull();
    expect(unsafePatternReason('(refund|return) #\\d+')).toBeNull();
    expect(unsafePatternReason('[(+*]+x')).toBeNull();
    expect(unsafePatternReason('(a)\\1')).toMatch(/backreference/);
    expect(unsafePatternReason('x'.repeat(201))).toMatch(/longer/);
    expect(unsafePatternReason('[unclosed')).toMatch(/valid/);
    expect(unsafePatternReason('order #\\d+')).toBeNull();
  });
  it('criteria and actions schemas are strict', () => {
    expect(routingCriteriaSchema.safeParse({ channel: ['whatsapp'] }).success).toBe(false);
    expect(routingCriteriaSchema.safeParse({ channels: ['fax'] }).success).toBe(false);
    expect(routingCriteriaSchema.safeParse({ text: {} }).success).toBe(false);
    expect(routingCriteriaSchema.safeParse({ text: { regex: '(a+)+' } }).success).toBe(false);
    expect(routingActionsSchema.safeParse({}).success).toBe(false);
    expect(routingActionsSchema.safeParse({ teamId: 'not-a-uuid' }).success).toBe(false);
    expect(routingActionsSchema.safeParse({ priority: 'urgent', addTags: ['a'] }).success).toBe(true);
  });
  it('text criteria read a bounded prefix of the message', () => {
    const long = `${'a'.repeat(5000)} needle`;
    expect(matches({ text: { contains: ['needle'] } }, facts({ text: long }))).toBe(false);
  });
});
