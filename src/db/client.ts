/** The Drizzle client over postgres.js, and the migration runner used at start. */
import path from 'node:path';
import postgres from 'postgres';
import { sql as dsql } from 'drizzle-orm';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import * as schema from '../../drizzle/schema.js';
import { PROJECT_ROOT } from '../config/index.js';
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
 * A hot read of the API (a list, a detail): in a tenant context it runs in a
 * read-only transaction, so row-level security covers it too (one BEGIN and
 * COMMIT more); outside one, a plain read. Plain reads elsewhere are not under
 * RLS: postgres.js pools connections, so only transaction-local settings are safe.
 */
export function tenantRead<T>(db: Db, fn: (q: DbOrTx) => Promise<T>): Promise<T> {
  return currentTenantId() === undefined ? fn(db) : db.transaction((tx) => fn(tx), { accessMode: 'read only' });
}

export async function runMigrations(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
