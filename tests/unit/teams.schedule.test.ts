import { describe, expect, it } from 'vitest';
import { describeOpening, isOpen, isValidTimeZone, nextOpening, parseShift, zonedInstant, type TeamHours } from '../../src/teams/schedule.js';

const at = (iso: string) => new Date(iso);
const weekdays9to17 = { monday: ['09:00-17:00'], tuesday: ['09:00-17:00'], wednesday: ['09:00-17:00'], thursday: ['09:00-17:00'], friday: ['09:00-17:00'] };

describe('parseShift', () => {
  it('reads day shifts, overnight shifts and a whole day', () => {
    expect(parseShift('09:00-17:30')).toEqual({ start: 540, end: 1050 });
    expect(parseShift('22:00-06:00')).toEqual({ start: 1320, end: 1800 });
    expect(parseShift('00:00-24:00')).toEqual({ start: 0, end: 1440 });
  });
  it('rejects malformed and empty shifts', () => {
    for (const s of ['9:00-17:00', '09:00-25:00', '24:00-01:00', '09:00-09:00', '09:60-10:00', '09:00-24:30', 'nine to five']) expect(parseShift(s)).toBeNull();
  });
});

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
  it('maps local wall times to instants, across a DST change', () => {
    // Berlin: CET (+01:00) before 2026-03-29 02:00, CEST (+02:00) after.
    expect(zonedInstant(2026, 3, 28, 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(zonedInstant(2026, 3, 30, 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // 02:30 does not exist that night: the same distance past the gap (03:30 CEST).
    expect(zonedInstant(2026, 3, 29, 150, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('isOpen / nextOpening', () => {
  const berlin: TeamHours = { timeZone: 'Europe/Berlin', schedule: weekdays9to17, holidays: ['2026-12-25'] };

  it('no schedule: always open', () => {
    const always: TeamHours = { timeZone: 'UTC', schedule: null, holidays: [] };
    expect(isOpen(always, at('2026-12-25T03:00:00Z'))).toBe(true);
    expect(nextOpening(always, at('2026-12-25T03:00:00Z'))!.toISOString()).toBe('2026-12-25T03:00:00.000Z');
  });

  it('a day shift in the team time zone, not the server one', () => {
    // Wednesday 2026-12-02: 08:30 UTC = 09:30 Berlin (open); 16:30 UTC = 17:30 Berlin (closed).
    expect(isOpen(berlin, at('2026-12-02T08:30:00Z'))).toBe(true);
    expect(isOpen(berlin, at('2026-12-02T07:59:00Z'))).toBe(false);
    expect(isOpen(berlin, at('2026-12-02T16:30:00Z'))).toBe(false);
    expect(nextOpening(berlin, at('2026-12-02T16:30:00Z'))!.toISOString()).toBe('2026-12-03T08:00:00.000Z');
  });

  it('a weekend rolls over to Monday', () => {
    // Friday 2026-12-04 18:00 Berlin → Monday 2026-12-07 09:00 Berlin.
    expect(nextOpening(berlin, at('2026-12-04T17:00:00Z'))!.toISOString()).toBe('2026-12-07T08:00:00.000Z');
  });

  it('a holiday cancels its shifts', () => {
    // Friday 2026-12-25 is a holiday: closed at noon, next opening Monday 28th.
    expect(isOpen(berlin, at('2026-12-25T11:00:00Z'))).toBe(false);
    expect(nextOpening(berlin, at('2026-12-24T17:00:00Z'))!.toISOString()).toBe('2026-12-28T08:00:00.000Z');
  });

  it('a shift crossing midnight belongs to the day it starts', () => {
    const nights: TeamHours = { timeZone: 'America/New_York', schedule: { friday: ['22:00-06:00'] }, holidays: [] };
    // Friday 2026-12-04 23:00 New York (EST, -05:00) = Sat 04:00 UTC: open.
    expect(isOpen(nights, at('2026-12-05T04:00:00Z'))).toBe(true);
    // Saturday 05:59 New York: still the Friday shift.
    expect(isOpen(nights, at('2026-12-05T10:59:00Z'))).toBe(true);
    // Saturday 06:00: closed; next is the following Friday 22:00.
    expect(isOpen(nights, at('2026-12-05T11:00:00Z'))).toBe(false);
    expect(nextOpening(nights, at('2026-12-05T11:00:00Z'))!.toISOString()).toBe('2026-12-12T03:00:00.000Z');
    // Friday 21:00: not yet.
    expect(isOpen(nights, at('2026-12-05T02:00:00Z'))).toBe(false);
  });

  it('a holiday on the start day cancels an overnight shift, not one starting the day before', () => {
    const nights: TeamHours = { timeZone: 'UTC', schedule: { thursday: ['22:00-06:00'], friday: ['22:00-06:00'] }, holidays: ['2026-12-04'] };
    // Thursday 3rd's shift runs into Friday 4th (holiday): still on.
    expect(isOpen(nights, at('2026-12-04T03:00:00Z'))).toBe(true);
    // Friday 4th's own shift is cancelled.
    expect(isOpen(nights, at('2026-12-04T23:00:00Z'))).toBe(false);
  });

  it('the DST edge: an overnight shift is an hour shorter in UTC on the spring-forward night', () => {
    const nights: TeamHours = { timeZone: 'Europe/Berlin', schedule: { saturday: ['22:00-06:00'] }, holidays: [] };
    // Saturday 2026-03-28 22:00 CET = 21:00 UTC; Sunday 06:00 CEST = 04:00 UTC.
    expect(isOpen(nights, at('2026-03-28T20:59:00Z'))).toBe(false);
    expect(isOpen(nights, at('2026-03-28T21:00:00Z'))).toBe(true);
    expect(isOpen(nights, at('2026-03-29T03:59:00Z'))).toBe(true);
    expect(isOpen(nights, at('2026-03-29T04:00:00Z'))).toBe(false);
    // Autumn: Saturday 2026-10-24 22:00 CEST = 20:00 UTC; Sunday 06:00 CET = 05:00 UTC.
    expect(isOpen(nights, at('2026-10-24T20:00:00Z'))).toBe(true);
    expect(isOpen(nights, at('2026-10-25T04:59:00Z'))).toBe(true);
    expect(isOpen(nights, at('2026-10-25T05:00:00Z'))).toBe(false);
  });

  it('the next opening after a DST change keeps the local hour', () => {
    const ny: TeamHours = { timeZone: 'America/New_York', schedule: { monday: ['09:00-17:00'] }, holidays: [] };
    // Sunday 2026-03-08 is the US change: Monday 09:00 EDT = 13:00 UTC (not 14:00).
    expect(nextOpening(ny, at('2026-03-07T12:00:00Z'))!.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('never open: null', () => {
    expect(nextOpening({ timeZone: 'UTC', schedule: {}, holidays: [] }, at('2026-12-02T00:00:00Z'))).toBeNull();
  });

  it('describes the opening in the team time zone', () => {
    const text = describeOpening(at('2026-12-07T08:00:00Z'), 'Europe/Berlin');
    expect(text).toMatch(/Monday/);
    expect(text).toMatch(/09:00/);
    expect(text).toMatch(/Europe\/Berlin/);
    expect(describeOpening(at('2026-12-07T08:00:00Z'), 'Europe/Berlin', 'es')).toMatch(/lunes/);
  });
});
