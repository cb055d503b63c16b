/**
 * The tenant a piece of work runs for, carried by AsyncLocalStorage so that
 * every transaction opened under it (src/db/client.ts wraps `db.transaction`)
 * switches to Postgres row-level security: its first statement is
 * `select set_config('app.tenant_id', <id>, true), set_config('role', 'gateway_tenant', true)`,
 * and the policies of migration `row_level_security` then show and accept only
 * that tenant's rows, whatever the query says. Defence in depth: the services
 * still filter on `tenant_id` themselves.
 *
 * Runs under a tenant (RLS applies to its transactions):
 * - the API behind an API key or stream ticket (src/http/auth.ts `requireApiKey`);
 * - web chat sessions, messages and streams once the connection (and visitor token) is known;
 * - the worker's processing of one conversation job (src/worker/conversation.worker.ts)
 *   and of one document indexing job (src/worker/ingestion.worker.ts).
 *
 * Explicit system paths, outside any tenant context: the connection owns the
 * tables, so RLS does not apply to them (the owner bypasses it):
 * - webhook connection lookup and ingest of the platform webhooks (one tenant
 *   per request today; batching across tenants must stay a system path);
 * - the web chat stream (reads only);
 * - the outbox relay (`OutboxRelay.kick` leaves the caller's context on purpose);
 * - the retrieval candidate query (src/rag/retriever.ts; it filters on tenant_id
 *   itself): under RLS Postgres cannot use the full-text GIN index, `@@` not being leakproof;
 * - operator routes (/admin/queues, operator sign-in) and the admin CLI;
 * - migrations, boot (demo tenant, local key), tenant creation;
 * - the maintenance jobs (retention, SLA alerts, inactivity), outgoing webhook deliveries;
 * - API key authentication itself (it finds the tenant).
 *
 * Not covered: plain reads outside a transaction. postgres.js pools
 * connections, so a session-level setting could leak to another request; only
 * transaction-local settings are safe, and a read that is not in a
 * transaction runs as the owner with the query's own tenant filter only.
 *
 * Code that starts long-lived shared work from inside a request (a timer, a
 * batcher that serves several tenants) must start it with `withoutTenant`,
 * or the work keeps the tenant of the request that happened to start it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The restricted role the app switches to inside tenant transactions (created by the `row_level_security` migration). */
export const TENANT_ROLE = 'gateway_tenant';

const storage = new AsyncLocalStorage<{ tenantId: string }>();

/** Runs `fn` (and everything it starts) for `tenantId`: its transactions run under row-level security. */
export function withTenant<T>(tenantId: string, fn: () => T): T {
  return storage.run({ tenantId }, fn);
}

/** Runs `fn` outside any tenant context (a system path: its transactions are not restricted). */
export function withoutTenant<T>(fn: () => T): T {
  return storage.exit(fn);
}

/** The tenant of the current context, if any. */
export function currentTenantId(): string | undefined {
  return storage.getStore()?.tenantId;
}
