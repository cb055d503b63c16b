/** Pure parts of the desk: custom-field values per type, SLA due times, pause/resume, and default categories. */
import { describe, expect, it } from 'vitest';
import { checkValue, diffCustomFields, validateCustomFields, type CustomFieldDefinition } from '../../src/custom-fields/validate.js';
import { defaultEscalationRules } from '../../src/escalation/default-rules.js';
import { DEFAULT_CATEGORIES } from '../../src/escalation/escalation-rules.repo.js';
import { PayloadError } from '../../src/domain/errors.js';
import { alertResets, resumeSla, slaDueTimes } from '../../src/tickets/sla.js';

const def = (key: string, type: CustomFieldDefinition['type'], extra: Partial<CustomFieldDefinition> = {}): CustomFieldDefinition => ({ key, label: key.toUpperCase(), type, options: [], required: false, ...extra });
const defs = [def('notes', 'text'), def('total', 'number'), def('due', 'date'), def('tier', 'dropdown', { options: ['gold', 'silver'] }), def('region', 'text', { required: true })];

describe('custom-field values', () => {
  it.each([
    ['text', 'hello', true],
    ['text', 3, false],
    ['text', 'x'.repeat(2001), false],
    ['text', 'bad\u0000', false],
    ['number', 3.5, true],
    ['number', '3', false],
    ['number', Number.NaN, false],
    ['date', '2026-11-01', true],
    ['date', '2026-11-01T09:30:00Z', true],
    ['date', '01/11/2026', false],
    ['date', '2026-13-01', false],
    ['date', 20261101, false],
  ] as const)('%s accepts %j: %s', (type, value, ok) => {
    expect(checkValue(def('f', type), value).ok).toBe(ok);
  });

  it('dropdown accepts only its options', () => {
    expect(checkValue(defs[3]!, 'gold').ok).toBe(true);
    expect(checkValue(defs[3]!, 'Gold').ok).toBe(false);
    expect(checkValue(defs[3]!, null).ok).toBe(false);
  });

  it('names the field in every error, requires required fields on create, and merges on update', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(PayloadError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(err(() => validateCustomFields(defs, 'ticket', { total: 'x', region: 'EU' }))).toMatch(/^customFields\.total: "TOTAL" must be a number/);
    expect(err(() => validateCustomFields(defs, 'ticket', {}))).toMatch(/customFields\.region: "REGION" is required/);
    expect(err(() => validateCustomFields(defs, 'ticket', { other: 1, region: 'EU' }))).toMatch(/customFields\.other: no such ticket custom field/);
    expect(err(() => validateCustomFields(defs, 'ticket', [] as unknown))).toMatch(/must be an object/);
    expect(err(() => validateCustomFields(defs, 'ticket', { region: null }, { region: 'EU' }))).toMatch(/region.*required/);
    expect(validateCustomFields(defs, 'ticket', { tier: 'gold', notes: null }, { region: 'EU', notes: 'x', gone: 'stale' })).toEqual({ region: 'EU', tier: 'gold' });
  });

  it('diffs values for history events', () => {
    expect(diffCustomFields({ a: 1, b: 'x' }, { b: 'y', c: 2 })).toEqual([
      { key: 'a', old: 1, new: null },
      { key: 'b', old: 'x', new: 'y' },
      { key: 'c', old: null, new: 2 },
    ]);
  });
});

describe('SLA clock', () => {
  const created = new Date('2026-01-01T00:00:00Z');
  const cat = { responseSlaMinutes: 60, resolutionSlaMinutes: 480 };

  it('scales the category minutes by priority and adds paused time', () => {
    expect(slaDueTimes(created, 'medium', cat).firstResponseDueAt?.toISOString()).toBe('2026-01-01T01:00:00.000Z');
    expect(slaDueTimes(created, 'urgent', cat).resolutionDueAt?.toISOString()).toBe('2026-01-01T04:00:00.000Z');
    expect(slaDueTimes(created, 'low', cat, 600).firstResponseDueAt?.toISOString()).toBe('2026-01-01T01:40:00.000Z');
    expect(slaDueTimes(created, 'high', null)).toEqual({ firstResponseDueAt: null, resolutionDueAt: null });
  });

  it('resuming moves both due times by the paused time and re-arms alerts that no longer hold', () => {
    const now = new Date('2026-01-01T00:50:00Z');
    const r = resumeSla(
      { slaPausedAt: new Date('2026-01-01T00:20:00Z'), slaPausedSeconds: 60, firstResponseDueAt: new Date('2026-01-01T01:00:00Z'), resolutionDueAt: new Date('2026-01-01T08:00:00Z') },
      15,
      now,
    );
    expect(r).toMatchObject({ slaPausedAt: null, slaPausedSeconds: 60 + 1800, firstResponseWarnedAt: null, firstResponseBreachedAt: null });
    expect((r as { firstResponseDueAt: Date }).firstResponseDueAt.toISOString()).toBe('2026-01-01T01:30:00.000Z');
    expect(resumeSla({ slaPausedAt: null, slaPausedSeconds: 0, firstResponseDueAt: null, resolutionDueAt: null }, 15, now)).toEqual({});
  });

  it('keeps a warning that still holds', () => {
    const now = new Date('2026-01-01T00:50:00Z');
    const r = alertResets({ firstResponseDueAt: new Date('2026-01-01T00:55:00Z'), resolutionDueAt: null }, 15, now);
    expect(r).not.toHaveProperty('firstResponseWarnedAt');
    expect(r).toHaveProperty('firstResponseBreachedAt', null);
  });
});

describe('default categories', () => {
  it('every default escalation rule names a default ticket category', () => {
    const names = new Set(DEFAULT_CATEGORIES.map((c) => c.name));
    const missing = defaultEscalationRules().filter((r) => r.category && !names.has(r.category)).map((r) => r.category);
    expect(missing).toEqual([]);
  });
});
