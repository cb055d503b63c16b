/**
 * The connection a conversation job holds for its whole run (the session its
 * advisory lock lives on, src/conversation/conversation.processor.ts), carried
 * by AsyncLocalStorage so that the job's hot reads outside any transaction —
 * the processor's own, the escalation rules' fingerprint, the channel's bot
 * config — go out on it. postgres.js writes every query queued on one
 * connection in the same tick in one socket write: reads that a job issues
 * together cost one write and one round trip, instead of one each on as many
 * pooled connections. Postgres runs them one after the other, each with its own
 * snapshot, as it would have on separate connections.
 *
 * Only statements that leave the session as they found it go through
 * `pinnedOr`: plain reads, and one-query implicit transactions
 * (`tenantStatement`); `db.transaction` stays on the pool, and the session's
 * own state (the conversation lock) is the processor's business. Once the job
 * settled, what it started and runs later uses the pool again; a query sent
 * through the handle after its release is rejected by the driver (patched
 * postgres.js), never run in another job's session.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';

const storage = new AsyncLocalStorage<{ conn: postgres.Sql; open: boolean }>();

/**
 * Runs `fn` (and everything it starts) with `conn` as the connection of its plain reads, until `fn`
 * settles; whatever it started that runs later (a timer, a batch) uses the pool again. The caller releases
 * `conn` afterwards, once every statement that changes its session has completed.
 */
export async function withPinnedConnection<T>(conn: postgres.Sql, fn: () => Promise<T>): Promise<T> {
  const pin = { conn, open: true };
  try {
    return await storage.run(pin, fn);
  } finally {
    pin.open = false;
  }
}

/** The connection pinned by the current job, else `pool`. */
export function pinnedOr(pool: postgres.Sql): postgres.Sql {
  const pin = storage.getStore();
  return pin?.open ? pin.conn : pool;
}

/**
 * A drizzle handle (no relational schema) whose statements run on the current job's pinned connection,
 * else on `pool`: for statements built once (`.prepare`) that a job runs on its own session. Drizzle's
 * type settings are left to the pools' own handles (src/db/client.ts); this one gets a private copy to set.
 */
export function pinnedDrizzle(pool: postgres.Sql): PostgresJsDatabase {
  const client = {
    options: { parsers: {}, serializers: {} },
    unsafe: (...args: Parameters<postgres.Sql['unsafe']>) => pinnedOr(pool).unsafe(...args),
  };
  return drizzle(client as unknown as postgres.Sql);
}
