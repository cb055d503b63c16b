/** The Drizzle client over postgres.js, and the migration runner used at start. */
import path from 'node:path';
import postgres from 'postgres';
import { sql as dsql, type SQL } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { PgDialect } from 'drizzle-orm/pg-core';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import * as schema from '../../drizzle/schema.js';
import { PROJECT_ROOT } from '../config/index.js';
import { isConnectionLost } from './errors.js';
import { pinnedOr } from './pinned-connection.js';
import { currentTenantId, TENANT_ROLE } from './tenant-context.js';

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  sql: postgres.Sql;
  /** One round trip (readiness check); rejects when Postgres is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, 'drizzle', 'migrations');

/** Seconds before the n-th reconnect attempt: 0.1, 0.2, 0.4 … capped at 2, with jitter. */
export function reconnectBackoff(attempt: number): number {
  return Math.min(0.05 * 2 ** attempt, 2) * (0.5 + Math.random() / 2);
}

export function connectDatabase(url: string, opts: { max?: number; /** statement_timeout of every statement on this pool */ statementTimeoutMs?: number } = {}): Database {
  const sql = postgres(url, {
    max: opts.max ?? 10,
    onnotice: () => {},
    connection: {
      // Startup parameters of every connection. The driver prepares every statement, and after five
      // executions Postgres may switch a prepared statement to a generic plan chosen while the tables
      // were small (a fresh install, a burst into new tables): one such plan on the group commit's
      // lookups made Postgres's CPU per ingested message jump 3-5x for the rest of the connection's life
      // (npm run bench -- webhooks: 0.25-1.01 ms/msg, throughput 0.31-0.82x of the bare baseline from
      // run to run; with custom plans 0.20 ms/msg and 0.82-0.83x in every run). Planning each execution
      // costs less than one bad plan.
      plan_cache_mode: 'force_custom_plan',
      // A runaway query is cancelled (SQLSTATE 57014).
      ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    },
    // Keep timestamps as Date and bigints as numbers where drizzle asks for them.
    connect_timeout: 10,
    // Reconnect delay after a failed attempt (seconds). The driver's default grows to
    // 10–20 s after a few refused attempts (the count is shared by the pool), so a
    // 3 s Postgres restart kept every process from the database for ~20 s; cap it at 2 s.
    backoff: reconnectBackoff,
  });
  const db = withTenantTransactions(drizzle(sql, { schema }));
  return {
    db,
    sql,
    ping: async () => void (await sql`select 1`),
    close: () => sql.end({ timeout: 5 }),
  };
}

/**
 * The postgres.js client under a drizzle handle (same pool, same connection
 * settings): for hot statements written as tagged templates, which the driver
 * prepares once per connection, and for pipelining on a reserved connection.
 * Not under row-level security (a system path, see ./tenant-context.ts).
 */
export function rawClient(db: Db): postgres.Sql {
  return (db as Db & { $client: postgres.Sql }).$client;
}

/**
 * Row-level security for every transaction opened in a tenant context
 * (src/db/tenant-context.ts): its first statement makes the tenant and the
 * restricted role transaction-local, so the policies of migration
 * `row_level_security` apply until COMMIT/ROLLBACK, after which the pooled
 * connection is the owner again. One round trip, in one place, instead of in
 * every service. Savepoints (`tx.transaction`) belong to the outer transaction
 * and do not repeat it; outside a tenant context a transaction is unchanged
 * (a system path: the owner bypasses RLS). The raw postgres.js `sql.begin` is
 * not wrapped: tenant work goes through `db.transaction`.
 */
function withTenantTransactions(db: Db): Db {
  const begin = db.transaction.bind(db);
  const transaction: Db['transaction'] = (fn, config) => {
    // Read where the caller stands, not inside the driver's callback.
    const tenantId = currentTenantId();
    return begin(async (tx) => {
      if (tenantId !== undefined) {
        await tx.execute(dsql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${TENANT_ROLE}, true)`);
      }
      return fn(tx);
    }, config);
  };
  db.transaction = transaction;
  return db;
}

/**
 * A string, number, boolean or null as an SQL literal. Strings become escape
 * strings (`E'…'`, backslashes and quotes doubled), which read the same whatever
 * `standard_conforming_strings` says; a NUL character (never valid in Postgres
 * text) is refused.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    // Parenthesised when negative: `x -$1` must not become the comment `x --1`.
    return value < 0 ? `(${value})` : String(value);
  }
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : value.toString();
  if (typeof value === 'string') {
    if (value.includes('\0')) throw new TypeError('a NUL character cannot be sent to Postgres');
    return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  }
  throw new TypeError(`no SQL literal for a ${typeof value}`);
}

/**
 * One write statement as its own transaction — as `db.transaction((tx) => tx.execute(statement))`
 * would run it, under row-level security in a tenant context (the settings of
 * {@link withTenantTransactions}) — in one round trip instead of four (BEGIN,
 * settings, statement, COMMIT): the settings and the statement go out as one
 * simple-protocol query (parameters inlined as literals, see {@link sqlLiteral}).
 * Postgres runs the statements of such a query as one implicit transaction and
 * analyses each only after the previous ran, so the transaction-local role and
 * tenant apply to the statement, and a failure rolls both back. An ordinary query
 * on the pool — or on the connection a conversation job pinned (./pinned-connection.ts),
 * written together with the job's other statements of the same tick — errors wrapped by drizzle as
 * for any other statement (the error carries the statement with its placeholders). Sent in call order:
 * what the caller issues on the same connection after the call (without awaiting it) runs after it.
 * The statement's own text must not contain `$` (only
 * drizzle's `$n` placeholders) nor a `;`. Returns the statement's rows.
 */
export async function tenantStatement<T extends Record<string, unknown>>(db: Db, statement: SQL): Promise<T[]> {
  const query = (db as unknown as { dialect: PgDialect }).dialect.sqlToQuery(statement);
  if (query.sql.includes(';')) throw new Error('tenantStatement takes one statement');
  const text = query.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= query.params.length) throw new Error(`statement placeholder $${n} has no parameter`);
    return sqlLiteral(query.params[i]);
  });
  const tenantId = currentTenantId();
  const settings = tenantId === undefined ? '' : `select set_config('app.tenant_id', ${sqlLiteral(tenantId)}, true), set_config('role', ${sqlLiteral(TENANT_ROLE)}, true);\n`;
  // No parameters: postgres.js sends it as a simple query. Handed to its connection at once (`execute`):
  // statements a caller issues after this call go out after this one.
  const pending = pinnedOr(rawClient(db)).unsafe(settings + text).execute();
  try {
    const result = await pending;
    // With the settings, two statements: postgres.js returns one result per statement.
    return (settings ? (result as unknown as T[][])[1] : result) as unknown as T[];
  } catch (err) {
    // As drizzle reports a failed statement (message, then the parameters the logger redacts), never with the literals inlined.
    throw new DrizzleQueryError(query.sql, query.params, err instanceof Error ? err : undefined);
  }
}

/**
 * A hot read of the API (a list, a detail): in a tenant context it runs in a
 * read-only transaction, so row-level security covers it too (one BEGIN and
 * COMMIT more); outside one, a plain read. Plain reads elsewhere are not under
 * RLS: postgres.js pools connections, so only transaction-local settings are safe.
 */
export function tenantRead<T>(db: Db, fn: (q: DbOrTx) => Promise<T>): Promise<T> {
  return currentTenantId() === undefined ? fn(db) : db.transaction((tx) => fn(tx), { accessMode: 'read only' });
}

/**
 * Ends the use of a reserved connection, in a `finally`: ROLLBACK if its transaction is still
 * `open` (it failed with `failure`), then release the connection to the pool. Not when
 * `failure` says the connection itself is lost ({@link isConnectionLost}): its transaction died
 * with it, so there is nothing to roll back, and the handle is left to the pool, which
 * reconnects it once its socket has closed. A failed connection's 'error' handlers run before
 * its 'close': a ROLLBACK sent, or a release handing the connection to the next user, in
 * between was never settled (postgres.js 3.4.9 without patches/postgres+3.4.9.patch) and hung
 * whoever waited on it — an ingest batch, its threads, and with every slot stuck every later
 * message (tests/integration/ingest-connection-reset.test.ts).
 */
export async function endReserved(tx: postgres.ReservedSql, open: boolean, failure: unknown): Promise<void> {
  if (isConnectionLost(failure)) return;
  if (open) await tx`rollback`.catch(() => undefined);
  tx.release();
}

export async function runMigrations(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
