import { describe, expect, it } from 'vitest';
import { PayloadError } from '../../src/domain/errors.js';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { businessHoursAt, evaluateRules, type EscalationFacts } from '../../src/escalation/evaluate.js';
import {
  escalationRulePatchSchema,
  escalationRuleSchema,
  parseEscalationRule,
  type RuleInput,
  type RuleWithId,
} from '../../src/escalation/rules.js';
import { LexiconSentimentScorer, type SentimentResult, type SentimentScorer } from '../../src/escalation/sentiment.js';

const deps = { sentiment: new LexiconSentimentScorer() };

function rule(partial: Partial<RuleInput> & Pick<RuleInput, 'name'>, id = partial.name): RuleWithId {
  return {
    ...escalationRuleSchema.parse({
      priorityLevel: 3,
      ticketPriority: 'medium',
      assignment: { strategy: 'round_robin' },
      triggerKeywords: ['refund'],
      ...partial,
    }),
    id,
  };
}

function facts(overrides: Partial<EscalationFacts> = {}): EscalationFacts {
  return {
    text: 'hello',
    channel: 'webchat',
    customerTags: [],
    retrievalConfidence: null,
    consecutiveUnsure: 0,
    repeatedFailures: 0,
    now: new Date('2024-01-08T03:00:00Z'), // Monday 12:00 in Tokyo
    ...overrides,
  };
}

class CountingScorer implements SentimentScorer {
  calls = 0;
  constructor(private readonly value: number) {}
  score(): Promise<SentimentResult> {
    this.calls += 1;
    return Promise.resolve({ score: this.value, label: this.value < 0 ? 'negative' : 'neutral', evidence: ['stub'] });
  }
}

const only = (name: string, c: RuleInput['triggerConditions'], keywords: string[] = []): RuleWithId =>
  rule({ name, triggerKeywords: keywords, triggerConditions: c });

describe('evaluateRules: each trigger fires, and its near-miss does not', () => {
  const tokyoHours = { timezone: 'Asia/Tokyo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
  const cases: ReadonlyArray<readonly [string, RuleWithId, Partial<EscalationFacts>, Partial<EscalationFacts>, unknown]> = [
    ['keywords', only('kw', {}, ['chargeback*', '解約']), { text: 'I will file a Chargeback' }, { text: 'charge back later' }, ['chargeback*']],
    ['humanRequest', only('hr', { humanRequest: true }), { text: 'talk to a human please' }, { text: 'are you a human?' }, { matched: true, evidence: 'talk to a human', language: 'en' }],
    ['situations', only('sit', { situations: ['security', 'churn'] }), { text: 'my card was stolen' }, { text: 'what should I do if my card is ever stolen?' }, [expect.objectContaining({ situation: 'security', frame: 'stolen-card-or-device' })]],
    ['negativeSentiment', only('neg', { negativeSentimentBelow: -0.5 }), { text: 'this is ridiculous!!!' }, { text: 'my package is late, where is it?' }, expect.objectContaining({ threshold: -0.5 })],
    ['retrievalConfidence', only('rc', { minRetrievalConfidence: 0.4 }), { retrievalConfidence: 0.2 }, { retrievalConfidence: 0.4 }, { confidence: 0.2, threshold: 0.4 }],
    ['consecutiveUnsure', only('cu', { consecutiveUnsure: 2 }), { consecutiveUnsure: 2 }, { consecutiveUnsure: 1 }, { count: 2, threshold: 2 }],
    ['repeatedFailures', only('rf', { repeatedFailures: 3 }), { repeatedFailures: 4 }, { repeatedFailures: 2 }, { count: 4, threshold: 3 }],
    ['customerTags', only('vip', { customerTags: ['VIP', 'enterprise'] }), { customerTags: ['vip'] }, { customerTags: ['trial'] }, ['VIP']],
    ['outsideBusinessHours', only('ooh', { outsideBusinessHours: tokyoHours }), { now: new Date('2024-01-08T10:00:00Z') }, { now: new Date('2024-01-08T03:00:00Z') }, { timezone: 'Asia/Tokyo', inside: false, localDay: 1, localTime: '19:00' }],
  ];

  it.each(cases)('%s', async (kind, r, firing, notFiring, evidence) => {
    const hit = await evaluateRules([r], facts(firing), deps);
    expect(hit?.rule.id).toBe(r.id);
    expect(hit?.evidence).toMatchObject({ match: 'any', fired: [kind] });
    expect(hit?.evidence[kind]).toEqual(evidence);
    expect(await evaluateRules([r], facts(notFiring), deps)).toBeNull();
  });
});

describe('evaluateRules: ordering and combination', () => {
  it('evaluates by priority level (1 first), then name, whatever the input order', async () => {
    const low = rule({ name: 'a-low', priorityLevel: 4 });
    const high = rule({ name: 'z-high', priorityLevel: 1 });
    const tieB = rule({ name: 'b', priorityLevel: 2 });
    const tieA = rule({ name: 'a', priorityLevel: 2 });
    const text = { text: 'refund' };
    expect((await evaluateRules([low, high], facts(text), deps))?.rule.name).toBe('z-high');
    expect((await evaluateRules([low, tieB, tieA], facts(text), deps))?.rule.name).toBe('a');
  });

  it('skips inactive rules', async () => {
    const off = rule({ name: 'off', priorityLevel: 1, active: false });
    const on = rule({ name: 'on', priorityLevel: 5 });
    expect((await evaluateRules([off, on], facts({ text: 'refund' }), deps))?.rule.name).toBe('on');
    expect(await evaluateRules([off], facts({ text: 'refund' }), deps)).toBeNull();
  });

  it("'any' fires on one trigger; 'all' needs every configured trigger", async () => {
    const c = { customerTags: ['vip'] };
    const any = rule({ name: 'any', triggerKeywords: ['refund'], triggerConditions: c, match: 'any' });
    const all = rule({ name: 'all', triggerKeywords: ['refund'], triggerConditions: c, match: 'all' });
    expect(await evaluateRules([any], facts({ text: 'refund' }), deps)).not.toBeNull();
    expect(await evaluateRules([all], facts({ text: 'refund' }), deps)).toBeNull();
    const both = await evaluateRules([all], facts({ text: 'refund', customerTags: ['vip'] }), deps);
    expect(both?.evidence).toEqual({ match: 'all', fired: ['keywords', 'customerTags'], keywords: ['refund'], customerTags: ['vip'] });
  });

  it('treats channels as a restriction, not a trigger', async () => {
    const r = rule({ name: 'tg', triggerConditions: { channels: ['telegram', 'line'] }, match: 'all' });
    expect(await evaluateRules([r], facts({ text: 'refund', channel: 'webchat' }), deps)).toBeNull();
    expect(await evaluateRules([r], facts({ text: 'refund', channel: 'telegram' }), deps)).not.toBeNull();
    expect(await evaluateRules([r], facts({ text: 'hello', channel: 'telegram' }), deps)).toBeNull();
  });

  it('does not fire conditions whose fact is missing', async () => {
    const rc = only('rc', { minRetrievalConfidence: 0.9 });
    expect(await evaluateRules([rc], facts({ retrievalConfidence: null }), deps)).toBeNull();
    expect(await evaluateRules([rc], facts({ retrievalConfidence: undefined }), deps)).toBeNull();
    // Neutral text would be "below 0.5", but an image-only message has no text to score.
    const scorer = new CountingScorer(0);
    const sentiment = only('s', { negativeSentimentBelow: 0.5 });
    expect(await evaluateRules([sentiment], facts({ text: '  ' }), { sentiment: scorer })).toBeNull();
    expect(scorer.calls).toBe(0);
  });

  it('calls the sentiment scorer lazily and at most once per message', async () => {
    const scorer = new CountingScorer(-0.9);
    const kwOrSentiment = rule({ name: 'a', priorityLevel: 1, triggerKeywords: ['refund'], triggerConditions: { negativeSentimentBelow: -0.5 } });
    expect((await evaluateRules([kwOrSentiment], facts({ text: 'refund' }), { sentiment: scorer }))?.evidence['fired']).toEqual(['keywords']);
    expect(scorer.calls).toBe(0);
    const s1 = only('s1', { negativeSentimentBelow: -0.95 });
    const s2 = only('s2', { negativeSentimentBelow: -0.5 });
    const hit = await evaluateRules([s1, s2], facts({ text: 'grr' }), { sentiment: scorer });
    expect(hit?.rule.name).toBe('s2');
    expect(hit?.evidence['negativeSentiment']).toEqual({ score: -0.9, threshold: -0.5, evidence: ['stub'] });
    expect(scorer.calls).toBe(1);
  });
});

describe('business hours', () => {
  const weekdays = { timezone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

  it('uses the local time of the zone, including daylight saving time', () => {
    expect(businessHoursAt(weekdays, new Date('2024-07-01T13:30:00Z'))).toEqual({ inside: true, localDay: 1, localTime: '09:30' });
    expect(businessHoursAt(weekdays, new Date('2024-01-02T13:30:00Z'))).toEqual({ inside: false, localDay: 2, localTime: '08:30' });
    expect(businessHoursAt(weekdays, new Date('2024-01-06T16:00:00Z'))?.inside).toBe(false); // Saturday
  });

  it('supports overnight shifts that cross midnight', () => {
    const night = { timezone: 'UTC', days: [5], start: '22:00', end: '06:00' };
    expect(businessHoursAt(night, new Date('2024-01-05T23:00:00Z'))?.inside).toBe(true); // Fri 23:00
    expect(businessHoursAt(night, new Date('2024-01-06T05:59:00Z'))?.inside).toBe(true); // Sat 05:59
    expect(businessHoursAt(night, new Date('2024-01-06T06:00:00Z'))?.inside).toBe(false);
    expect(businessHoursAt(night, new Date('2024-01-05T05:00:00Z'))?.inside).toBe(false); // Fri 05:00: Thu is closed
  });

  it('does not fire for an unknown time zone stored in the database', async () => {
    const r = only('ooh', { outsideBusinessHours: weekdays });
    const broken: RuleWithId = { ...r, triggerConditions: { outsideBusinessHours: { ...weekdays, timezone: 'Mars/Base' } } };
    expect(await evaluateRules([broken], facts({ now: new Date('2024-01-06T12:00:00Z') }), deps)).toBeNull();
  });
});

describe('rule schema', () => {
  const valid = { name: 'VIP', priorityLevel: 2, triggerConditions: { customerTags: ['vip'] }, ticketPriority: 'high', assignment: { strategy: 'least_loaded', languages: ['es', 'pt-BR'] } };

  it('fills defaults', () => {
    expect(parseEscalationRule(valid)).toMatchObject({ active: true, match: 'any', triggerKeywords: [] });
  });

  it.each([
    [{ ...valid, priorityLevel: 7 }, 'priorityLevel: must be a whole number 1..5 (1 = evaluated first)'],
    [{ ...valid, priorityLevel: 1.5 }, 'priorityLevel: must be a whole number 1..5'],
    [{ ...valid, triggerKeyword: ['x'] }, 'Unrecognized key: "triggerKeyword"'],
    [{ ...valid, triggerConditions: { channels: ['telegram'] } }, 'triggerConditions: a rule needs at least one trigger'],
    [{ ...valid, triggerConditions: { humanRequest: false } }, 'a rule needs at least one trigger'],
    [{ ...valid, triggerConditions: { customerTags: ['vip'], channels: ['sms'] } }, 'triggerConditions.channels[0]: must be one of: telegram, line'],
    [{ ...valid, triggerKeywords: ['re*und'] }, 'triggerKeywords[0]: "*" is only allowed at the end'],
    [{ ...valid, triggerConditions: { outsideBusinessHours: { timezone: 'Europe/Atlantis', days: [1], start: '09:00', end: '9pm' } } }, 'triggerConditions.outsideBusinessHours.timezone: must be an IANA time zone'],
    [{ ...valid, triggerConditions: { outsideBusinessHours: { timezone: 'UTC', days: [1], start: '09:00', end: '9pm' } } }, 'triggerConditions.outsideBusinessHours.end: must be "HH:MM"'],
    [{ ...valid, ticketPriority: 'critical' }, 'ticketPriority: must be one of: low, medium, high, urgent'],
    [{ ...valid, assignment: { strategy: 'random' } }, 'assignment.strategy: must be "round_robin" or "least_loaded"'],
    [{ ...valid, triggerConditions: { situations: ['burglary'] } }, 'triggerConditions.situations[0]: must be one of: self_harm, security, vulnerable'],
    [{ ...valid, triggerConditions: { situations: [] } }, 'triggerConditions.situations: list at least one situation'],
    [{ ...valid, triggerConditions: { situations: ['churn', 'churn'] } }, 'situations must not repeat'],
  ])('rejects %j with a readable message', (input, message) => {
    expect(() => parseEscalationRule(input)).toThrow(PayloadError);
    expect(() => parseEscalationRule(input)).toThrow(message);
  });

  it('lists every problem at once', () => {
    expect(() => parseEscalationRule({ name: '', priorityLevel: 0 })).toThrow(/name: name is required; priorityLevel: .*; ticketPriority: .*; assignment: /);
  });

  it('accepts partial updates without filling defaults', () => {
    expect(escalationRulePatchSchema.parse({ active: false })).toEqual({ active: false });
    expect(() => escalationRulePatchSchema.parse({ priorityLevel: 9 })).toThrow();
  });

  it('accepts a situations rule with extra keywords, and stored rules written before situations existed', () => {
    expect(parseEscalationRule({ ...valid, triggerKeywords: ['data breach'], triggerConditions: { situations: ['security'] } })).toMatchObject({ triggerConditions: { situations: ['security'] } });
    expect(parseEscalationRule({ ...valid, triggerKeywords: ['my lawyer*'], triggerConditions: {} })).toMatchObject({ triggerKeywords: ['my lawyer*'] });
  });

  it('accepts every default rule', () => {
    for (const r of defaultEscalationRules()) expect(escalationRuleSchema.parse(r)).toEqual(r);
  });
});
