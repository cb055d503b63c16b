/**
 * Postgres errors as the rest of the code needs to see them: the SQLSTATE of
 * an error however it was wrapped (drizzle's DrizzleQueryError carries the
 * postgres.js error as `cause`), and whether the request's content caused it.
 * @see https://www.postgresql.org/docs/current/errcodes-appendix.html
 */

/** The SQLSTATE of a postgres.js error, looking through wrappers (`cause`). */
export function sqlStateOf(err: unknown): string | null {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const o = e as { name?: unknown; code?: unknown; cause?: unknown };
    if (o.name === 'PostgresError' && typeof o.code === 'string') return o.code;
    e = o.cause;
  }
  return null;
}

/**
 * Data errors a request's content can cause when a validation missed it:
 * class 22 (data exception: 22021 invalid byte sequence, 22P02 invalid text
 * representation, 22003 out of range, 22007/22008 datetime, 22P05 untranslatable
 * character...) and 54001 (statement too complex: stack depth exceeded by deep JSON).
 */
export function isContentDataError(code: string | null): boolean {
  return code !== null && (code.startsWith('22') || code === '54001');
}

/** postgres.js and socket codes of a connection that is gone (postgres.js's other codes, e.g. UNDEFINED_VALUE, leave it alive). */
const LOST_CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * The database connection itself failed (its transaction died with it): a
 * socket or postgres.js connection code, SQLSTATE class 08, or 57P01–57P03
 * (terminated, crash, starting up). Not 57014: a cancelled statement leaves
 * the connection alive, in a transaction to roll back.
 */
export function isConnectionLost(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return LOST_CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code);
}

/** 57014: the statement was cancelled, by statement_timeout here. */
export function isStatementTimeout(code: string | null): boolean {
  return code === '57014';
}

/**
 * 40P01 (deadlock detected) and 40001 (serialization failure): the transaction
 * lost a race with another one (a worker, a scheduled scan). Not the request's
 * fault; running the transaction again succeeds.
 */
export function isTransactionConflict(code: string | null): boolean {
  return code === '40P01' || code === '40001';
}

/** Runs `fn` (a whole transaction) again when it loses a race, up to `attempts` times in all. */
export async function retryOnConflict<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !isTransactionConflict(sqlStateOf(err))) throw err;
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.floor(Math.random() * 20)));
    }
  }
}
