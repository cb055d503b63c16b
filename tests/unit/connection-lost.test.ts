/**
 * isConnectionLost (src/db/errors.ts) decides that a reserved connection gets
 * no ROLLBACK and is not released (the pool reclaims it): only for a
 * connection that is really gone. A driver error that leaves the connection
 * alive, or a cancelled statement, must still be rolled back and released, or
 * the connection would stay reserved in an open transaction.
 */
import { expect, it } from 'vitest';
import { isConnectionLost } from '../../src/db/errors.js';

const err = (code: unknown) => Object.assign(new Error('x'), { code });

it('is true for socket and postgres.js connection codes, class 08 and 57P01-57P03', () => {
  for (const code of ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', '08006', '08P01', '57P01', '57P02', '57P03']) {
    expect(isConnectionLost(err(code)), code).toBe(true);
  }
});

it('is false for errors that leave the connection alive', () => {
  for (const code of ['UNDEFINED_VALUE', 'MAX_PARAMETERS_EXCEEDED', '57014', '40P01', '23505', '25P02', undefined, 23]) {
    expect(isConnectionLost(err(code)), String(code)).toBe(false);
  }
  expect(isConnectionLost(null)).toBe(false);
});
