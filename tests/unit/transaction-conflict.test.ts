/**
 * A transaction that loses a race (deadlock 40P01, serialization failure 40001)
 * is run again, and if it keeps losing the client gets 503 + Retry-After, never
 * a 500 (found by the fast-check body property under CI load: an agent reply
 * racing a worker).
 */
import { DrizzleQueryError } from 'drizzle-orm';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { isTransactionConflict, retryOnConflict } from '../../src/db/errors.js';
import { errorHandler } from '../../src/http/errors.js';
import { createLogger } from '../../src/logging/logger.js';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { name: 'PostgresError', code });

describe('retryOnConflict', () => {
  it('runs the transaction again after a deadlock or a serialization failure, also wrapped by drizzle', async () => {
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls++;
      if (calls === 1) throw new DrizzleQueryError('update tickets', [], pgError('40P01'));
      if (calls === 2) throw pgError('40001');
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up after the attempts, and never retries other errors', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => void (calls++, (() => { throw pgError('40P01'); })()), 2)).rejects.toThrow('pg 40P01');
    expect(calls).toBe(2);
    calls = 0;
    await expect(retryOnConflict(async () => void (calls++, (() => { throw pgError('23505'); })()))).rejects.toThrow('pg 23505');
    expect(calls).toBe(1);
    expect(isTransactionConflict('22P02')).toBe(false);
  });
});

describe('the error handler', () => {
  it('answers a transaction conflict with 503 and Retry-After', () => {
    const headers: Record<string, string> = {};
    let status = 0;
    let body: unknown;
    const res = {
      headersSent: false,
      setHeader: (k: string, v: string) => void (headers[k] = v),
      status(code: number) {
        status = code;
        return this;
      },
      json(b: unknown) {
        body = b;
        return this;
      },
    } as unknown as Response;
    const handle = errorHandler(createLogger({ level: 'silent' }));
    handle(new DrizzleQueryError('update tickets', [], pgError('40P01')), { method: 'POST', path: '/api/v1/tickets/x/messages' } as Request, res, () => undefined);
    expect(status).toBe(503);
    expect(headers['Retry-After']).toBe('1');
    expect(body).toMatchObject({ error: { code: 'conflict_retry' } });
  });
});
