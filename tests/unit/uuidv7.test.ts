import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Time } from '../../src/db/uuidv7.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7 (time-ordered ids for rows written at message rate)', () => {
  it('is a version 7, variant 10 UUID carrying the millisecond it was made', () => {
    const at = Date.UTC(2031, 4, 6, 7, 8, 9, 123);
    const id = uuidv7(at);
    expect(id).toMatch(V7);
    expect(uuidv7Time(id)).toBe(at);
  });

  it('increases strictly, within one millisecond and across them, so inserts follow the index order', () => {
    const at = Date.UTC(2032, 0, 1);
    const ids = [...Array.from({ length: 50 }, () => uuidv7(at)), ...Array.from({ length: 50 }, () => uuidv7(at + 1)), uuidv7(at + 5000)];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(uuidv7Time(ids[0]!)).toBe(at);
    expect(uuidv7Time(ids[100]!)).toBe(at + 5000);
  });

  it('keeps increasing when the clock steps back or one millisecond makes more ids than the counter holds', () => {
    const at = Date.UTC(2033, 0, 1);
    const ids = Array.from({ length: 5000 }, () => uuidv7(at));
    ids.push(uuidv7(at - 10_000));
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(V7);
    // 12 counter bits: past 4096 ids (fewer, as it starts at a random value) the time borrows the next millisecond.
    expect(uuidv7Time(ids[ids.length - 1]!)).toBeGreaterThan(at);
  });

  it('differs in its random tail between ids of the same millisecond', () => {
    const at = Date.UTC(2034, 0, 1);
    const tails = new Set(Array.from({ length: 200 }, () => uuidv7(at).slice(19)));
    expect(tails.size).toBe(200);
  });
});
