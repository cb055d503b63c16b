/**
 * A backing service outage is told apart from a bad request (503 + Retry-After
 * instead of a 500), however the driver or the ORM wraps it; and the database
 * reconnect delay stays short.
 */
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { reconnectBackoff } from '../../src/db/client.js';
import { outageCode } from '../../src/http/errors.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('outageCode', () => {
  it('recognises postgres.js connection errors, also wrapped by drizzle', () => {
    expect(outageCode(withCode('write CONNECTION_CLOSED 127.0.0.1:5432', 'CONNECTION_CLOSED'))).toBe('CONNECTION_CLOSED');
    expect(outageCode(new DrizzleQueryError('select 1', [], withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')))).toBe('ECONNREFUSED');
    expect(outageCode(new Error('outer', { cause: new Error('middle', { cause: withCode('x', 'CONNECT_TIMEOUT') }) }))).toBe('CONNECT_TIMEOUT');
  });

  it('recognises the SQLSTATEs of a server going down, starting up or full', () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001', '53300']) expect(outageCode(withCode('pg', code))).toBe(code);
  });

  it('recognises ioredis giving up', () => {
    expect(outageCode(Object.assign(new Error('Reached the max retries per request limit'), { name: 'MaxRetriesPerRequestError' }))).toBe('MaxRetriesPerRequestError');
    expect(outageCode(new Error('Connection is closed.'))).toBe('REDIS_CONNECTION_CLOSED');
  });

  it('leaves every other error alone', () => {
    expect(outageCode(withCode('duplicate key value', '23505'))).toBeUndefined();
    expect(outageCode(withCode('canceling statement due to statement timeout', '57014'))).toBeUndefined();
    expect(outageCode(new DrizzleQueryError('select 1', [], withCode('syntax error', '42601')))).toBeUndefined();
    expect(outageCode(new TypeError('x is not a function'))).toBeUndefined();
    expect(outageCode('a string')).toBeUndefined();
  });
});

describe('reconnectBackoff', () => {
  it('grows from a fraction of a second and never waits more than 2 s', () => {
    expect(reconnectBackoff(1)).toBeLessThanOrEqual(0.1);
    for (let n = 0; n < 40; n++) {
      expect(reconnectBackoff(n)).toBeGreaterThan(0);
      expect(reconnectBackoff(n)).toBeLessThanOrEqual(2);
    }
  });
});
