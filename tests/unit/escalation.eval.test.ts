import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { evaluateCases, sliceReport } from '../../src/escalation/eval.js';
import { LexiconSentimentScorer } from '../../src/escalation/sentiment.js';

const caseSchema = z.object({ messages: z.array(z.string().min(1)).min(1), escalate: z.boolean(), note: z.string().optional() });
const fixture = readFileSync(new URL('../fixtures/escalation-cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => caseSchema.parse(JSON.parse(line)));
const deps = { sentiment: new LexiconSentimentScorer() };

// Floors a little below what was measured (precision 1.0, recall 0.95+ on 230 cases after
// the fixture-derived vocabulary was removed; 0.968 / 0.992 before). The fixture was written
// by the same hand as the first vocabularies, so treat these as a regression guard, not as an
// estimate of production accuracy: held-out figures are in the README.
const PRECISION_FLOOR = 0.93;
const RECALL_FLOOR = 0.95;

describe('default escalation rules on the labelled fixture', () => {
  it('has 100+ cases with both labels', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(100);
    expect(fixture.some((c) => c.escalate)).toBe(true);
    expect(fixture.some((c) => !c.escalate)).toBe(true);
  });

  it(`reaches precision >= ${PRECISION_FLOOR} and recall >= ${RECALL_FLOOR}`, async () => {
    const result = await evaluateCases(fixture, defaultEscalationRules(), deps);
    const { errors, ...metrics } = result;
    console.info('escalation eval', JSON.stringify(metrics));
    for (const e of errors) console.info(`  ${e.expected ? 'FN' : 'FP'}${e.rule === undefined ? '' : ` (${e.rule})`}: ${e.messages.join(' | ')}`);
    expect(result.n).toBe(fixture.length);
    expect(result.tp + result.fp + result.fn + result.tn).toBe(fixture.length);
    expect(result.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  }, 60_000);
});

// The multilingual in-sample file (17 languages, every category, near-misses): written before the
// safety-net frames, by the same hand, so again a regression floor and not an estimate.
const multilingual = readFileSync(new URL('../fixtures/escalation-cases-multilingual.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => z.object({ messages: z.array(z.string().min(1)).min(1), escalate: z.boolean(), why: z.string(), lang: z.string() }).parse(JSON.parse(line)));

describe('default escalation rules on the multilingual in-sample file', () => {
  it('covers 17 languages and every category with 250+ cases', () => {
    expect(multilingual.length).toBeGreaterThanOrEqual(250);
    expect(new Set(multilingual.map((c) => c.lang)).size).toBe(17);
    expect(new Set(multilingual.map((c) => c.why))).toContain('self-harm');
  });

  it('keeps precision >= 0.95, recall >= 0.93 and catches every self-harm case', async () => {
    const result = await evaluateCases(multilingual, defaultEscalationRules(), deps);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.93);
    const selfHarm = sliceReport(result.outcomes).find((l) => 'why' in l && l.why === 'self-harm');
    expect(selfHarm?.recall).toBe(1);
  }, 120_000);
});

describe('evaluateCases', () => {
  it('counts a case as escalated when any message escalates, and rounds to 3 decimals', async () => {
    const cases = [
      { messages: ['hi', 'talk to a human'], escalate: true },
      { messages: ['agent'], escalate: true },
      { messages: ['where is my order?'], escalate: true },
      { messages: ['I want to cancel my subscription'], escalate: false },
      { messages: ['thanks'], escalate: false },
      { messages: ['ok'], escalate: false },
    ];
    const result = await evaluateCases(cases, defaultEscalationRules(), deps);
    expect(result).toMatchObject({ n: 6, tp: 2, fp: 1, fn: 1, tn: 2, precision: 0.667, recall: 0.667 });
    expect(result.errors.map((e) => [e.index, e.expected, e.rule])).toEqual([
      [2, true, undefined],
      [3, false, 'Churn: closing, cancelling or leaving'],
    ]);
  });

  it('judges each message with the earlier messages of the case as its history', async () => {
    const cases = [{ messages: ['Where is my refund?', 'I asked yesterday and still nothing'], escalate: true }];
    const result = await evaluateCases(cases, defaultEscalationRules(), deps);
    expect(result).toMatchObject({ tp: 1, fn: 0 });
    expect(result.outcomes[0]).toMatchObject({ escalated: true, rule: 'Repeated frustration' });
  });

  it('returns 0 rather than NaN when nothing escalates', async () => {
    const result = await evaluateCases([{ messages: ['hello'], escalate: false }], defaultEscalationRules(), deps);
    expect(result).toMatchObject({ precision: 0, recall: 0, tn: 1 });
  });
});

describe('sliceReport', () => {
  it('prints recall for escalating slices, false alarms for the others, both per language, in order of appearance', async () => {
    const cases = [
      { messages: ['I want to cancel my contract'], escalate: true, why: 'churn', lang: 'en' },
      { messages: ['Quiero cancelar mi contrato'], escalate: true, why: 'churn', lang: 'es' },
      { messages: ['hello'], escalate: true, why: 'churn', lang: 'en' },
      { messages: ['What does the cancellation fee cover?'], escalate: false, why: 'near-miss', lang: 'en' },
      { messages: ['I want to talk to a human'], escalate: false, why: 'near-miss', lang: 'es' },
      { messages: ['no labels here'], escalate: false },
    ];
    const { outcomes } = await evaluateCases(cases, defaultEscalationRules(), deps);
    expect(sliceReport(outcomes)).toEqual([
      { why: 'churn', n: 3, recall: 0.667 },
      { why: 'near-miss', n: 2, false_alarms: 1 },
      { lang: 'en', n: 3, recall: 0.5, false_alarms: 0 },
      { lang: 'es', n: 2, recall: 1, false_alarms: 1 },
    ]);
  });

  it('reports both figures for a slice that mixes labels, and nothing without labels', async () => {
    const { outcomes } = await evaluateCases([{ messages: ['agent'], escalate: true, why: 'mixed' }, { messages: ['hi'], escalate: false, why: 'mixed' }], defaultEscalationRules(), deps);
    expect(sliceReport(outcomes)).toEqual([{ why: 'mixed', n: 2, recall: 1, false_alarms: 0 }]);
    expect(sliceReport([])).toEqual([]);
  });
});
