/**
 * Row-level security (issue 10, defence in depth): every tenant table has a
 * `tenant_isolation` policy; as the restricted role `gateway_tenant` a query
 * sees nothing without `app.tenant_id` and only that tenant's rows with it,
 * and cannot write another tenant's rows. The app really runs under it: API
 * requests, web chat posts and the worker's conversation jobs open their
 * transactions as gateway_tenant with their tenant set (observed by a
 * test-only trigger), while system paths (a platform webhook, code outside a
 * tenant context) stay the owner.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { eq, is, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../drizzle/schema.js';
import { archivedRecords, attachments, communicationLog, staffSessions, customers, feedback, messages, outbox, webhookSubscriptions, whatsappWebSessions } from '../../drizzle/schema.js';
import { tenantRead } from '../../src/db/client.js';
import { TENANT_ROLE, withTenant, withoutTenant } from '../../src/db/tenant-context.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { indexArticles } from '../helpers/knowledge.js';
import { insertConnection } from '../helpers/connections.js';

interface Seeded {
  tenantId: string;
  apiKey: string;
  connectionId: string;
  customerId: string;
  conversationId: string;
}

let h: Harness;
let A: Seeded;
let B: Seeded;
/** Tables of drizzle/schema.ts, and those with a tenant_id column (plus `tenants`, keyed by its own id). */
const allTables = Object.values(schema as Record<string, unknown>).filter((v): v is PgTable => is(v, PgTable)).map((t) => getTableConfig(t));
const tenantTables = allTables.filter((t) => t.name === 'tenants' || t.columns.some((c) => c.name === 'tenant_id')).map((t) => t.name);
const tenantColumn = (table: string) => (table === 'tenants' ? 'id' : 'tenant_id');

async function session(conn: string): Promise<{ token: string; conversationId: string }> {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; conversationId: string };
}

async function say(conn: string, token: string, text: string): Promise<void> {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, clientMessageId: randomUUID() }),
  });
  expect(res.status).toBe(202);
}

/** Data in every tenant table, through the API where there is one. */
async function seedTenant(name: string): Promise<Seeded> {
  const t = await h.createTenant(name);
  const api = async (method: string, p: string, body?: unknown, status = 201) => {
    const r = await h.api(t.apiKey, method, p, body);
    expect(r.status, `${method} ${p}: ${JSON.stringify(r.body)}`).toBe(status);
    return r.body;
  };
  const conn = await api('POST', '/api/v1/channels', { type: 'webchat', name: `${name} site` });
  await api('PUT', `/api/v1/channels/${conn.id}/bot`, { botName: `${name} bot` }, 200);
  const s = await session(conn.id);
  await say(conn.id, s.token, `hello from ${name}`);
  // The echo worker answers: an outbound message and AI processing logs.
  await waitFor(async () => {
    const rows = await h.c.database.db.select({ id: messages.id }).from(messages).where(sql`${messages.conversationId} = ${s.conversationId} and ${messages.direction} = 'out'`);
    return rows.length > 0;
  }, { what: `the reply to ${name}` });
  const [cust] = await h.c.database.db.select({ id: customers.id }).from(customers).where(eq(customers.tenantId, t.tenantId));
  const agent = await api('POST', '/api/v1/agents', { email: `agent@${name.toLowerCase()}.example`, name: 'Agent', role: 'agent' });
  const team = await api('POST', '/api/v1/teams', { name: `${name} team`, memberIds: [agent.id] });
  await api('POST', '/api/v1/routing-rules', { name: `${name} routing`, actions: { teamId: team.id } });
  await api('POST', '/api/v1/custom-fields', { entity: 'ticket', key: 'tier', label: 'Tier', type: 'text' });
  const ticket = await api('POST', '/api/v1/tickets', { customerId: cust!.id, subject: `${name} phone call` });
  await api('POST', `/api/v1/tickets/${ticket.id}/notes`, { text: 'internal note' });
  await api('POST', '/api/v1/canned-responses', { shortcut: 'hi', text: 'Hello!' });
  await indexArticles(h, t.tenantId, { name: `${name} KB`, language: 'english' }, [['Returns', '# Returns\n\nReturn within 30 days.']]);
  // Tables without a simple API path here: written as the owner.
  const db = h.c.database.db;
  const [sub] = await db.insert(webhookSubscriptions).values({ tenantId: t.tenantId, url: 'https://hooks.example/x', events: ['ticket.created'], secretEncrypted: 'v1.x' }).returning();
  await db.insert(communicationLog).values({ tenantId: t.tenantId, channel: 'webhook', recipient: 'https://hooks.example/x', template: 'ticket.created', subscriptionId: sub!.id });
  await db.insert(feedback).values({ tenantId: t.tenantId, conversationId: s.conversationId, rating: 5 });
  await db.insert(attachments).values({ tenantId: t.tenantId, parentType: 'message', parentId: randomUUID(), conversationId: s.conversationId, fileName: 'photo.jpg', uploadedBy: 'customer', status: 'pending' });
  await db.insert(staffSessions).values({ tenantId: t.tenantId, userId: agent.id, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 3_600_000) });
  await db.insert(archivedRecords).values({ tenantId: t.tenantId, entityType: 'note', entityId: randomUUID(), snapshot: {} });
  // The relay deletes the outbox rows it relays: one not due before tomorrow stays.
  await db.insert(outbox).values({ tenantId: t.tenantId, queue: 'conversation', jobName: 'inbound', jobId: `rls-${randomUUID()}`, data: {}, availableAt: new Date(Date.now() + 86_400_000) });
  const wa = await insertConnection(h, t.tenantId, 'webchat', {});
  await db.insert(whatsappWebSessions).values({ connectionId: wa.id, tenantId: t.tenantId, archiveEnc: 'v1.x' });
  return { tenantId: t.tenantId, apiKey: t.apiKey, connectionId: conn.id, customerId: cust!.id, conversationId: s.conversationId };
}

/** Runs `fn` in a transaction as gateway_tenant (optionally with a tenant), always rolled back. */
async function asTenantRole<T>(tenantId: string | null, fn: (sql: postgres.TransactionSql) => Promise<T>): Promise<T> {
  let out: T | undefined;
  await h.c.database.sql
    .begin(async (tx) => {
      await tx`select set_config('role', ${TENANT_ROLE}, true)`;
      if (tenantId) await tx`select set_config('app.tenant_id', ${tenantId}, true)`;
      out = await fn(tx);
      throw new RolledBack();
    })
    .catch((err: unknown) => {
      if (!(err instanceof RolledBack)) throw err;
    });
  return out as T;
}
class RolledBack extends Error {}

async function ownerCounts(table: string): Promise<{ a: number; b: number; all: number }> {
  const [row] = await h.c.database.sql.unsafe<Array<{ a: number; b: number; all: number }>>(
    `select count(*) filter (where ${tenantColumn(table)} = $1)::int as a, count(*) filter (where ${tenantColumn(table)} = $2)::int as b, count(*)::int as all from ${table}`,
    [A.tenantId, B.tenantId],
  );
  return row!;
}

beforeAll(async () => {
  h = await startHarness();
  A = await seedTenant('Alpha');
  B = await seedTenant('Beta');
  // Test-only probe: who runs the statements that write these tables, and for which tenant.
  await h.c.database.sql.unsafe(`
    create table rls_probe (tbl text not null, usr text not null, tenant text);
    grant insert on rls_probe to ${TENANT_ROLE};
    create function rls_probe() returns trigger language plpgsql as $$
    begin
      insert into rls_probe values (TG_TABLE_NAME, current_user, nullif(current_setting('app.tenant_id', true), ''));
      return null;
    end $$;
    create trigger rls_probe after insert on knowledge_bases for each row execute function rls_probe();
    create trigger rls_probe after insert on ai_processing_logs for each row execute function rls_probe();
    create trigger rls_probe after insert on messages for each row execute function rls_probe();
  `);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe('row-level security policies', () => {
  it('puts every tenant table of the schema under RLS with a policy, and gives gateway_tenant nothing else', async () => {
    const rows = await h.c.database.sql<Array<{ relname: string; rls: boolean; policies: number; selectable: boolean }>>`
      select c.relname, c.relrowsecurity as rls,
             (select count(*)::int from pg_policies p where p.schemaname = current_schema() and p.tablename = c.relname) as policies,
             has_table_privilege(${TENANT_ROLE}, c.oid, 'SELECT') as selectable
      from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')`;
    const byName = new Map(rows.map((r) => [r.relname, r]));
    expect(tenantTables.length).toBeGreaterThanOrEqual(29);
    for (const table of tenantTables) {
      const r = byName.get(table);
      // A new tenant table needs a migration calling gateway_tenant_rls('<table>') (see 0017_row_level_security.sql).
      expect({ table, rls: r?.rls, policies: r?.policies, selectable: r?.selectable }).toEqual({ table, rls: true, policies: 1, selectable: true });
    }
    // Tables without a tenant (early_receipts, operator_keys) are out of gateway_tenant's reach.
    const systemTables = allTables.map((t) => t.name).filter((n) => !tenantTables.includes(n));
    expect(systemTables.sort()).toEqual(['early_receipts', 'operator_keys']);
    for (const table of systemTables) expect({ table, selectable: byName.get(table)?.selectable }).toEqual({ table, selectable: false });
  });

  it('seeded both tenants in every tenant table', async () => {
    const empty: string[] = [];
    for (const table of tenantTables) {
      const n = await ownerCounts(table);
      if (n.a === 0 || n.b === 0) empty.push(table);
    }
    expect(empty).toEqual([]);
  });

  it('as gateway_tenant without a tenant, every tenant table returns no rows', async () => {
    for (const table of tenantTables) {
      const n = await asTenantRole(null, async (tx) => (await tx.unsafe<Array<{ n: number }>>(`select count(*)::int as n from ${table}`))[0]!.n);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
  });

  it("with tenant A set, every tenant table shows exactly A's rows", async () => {
    for (const table of tenantTables) {
      const owner = await ownerCounts(table);
      const seen = await asTenantRole(A.tenantId, async (tx) => {
        const [r] = await tx.unsafe<Array<{ n: number; foreign: number }>>(`select count(*)::int as n, count(*) filter (where ${tenantColumn(table)} <> $1)::int as foreign from ${table}`, [A.tenantId]);
        return r!;
      });
      expect({ table, ...seen }).toEqual({ table, n: owner.a, foreign: 0 });
    }
  });

  it("with tenant A set, writing B's rows fails (WITH CHECK) and B's rows cannot be changed or deleted", async () => {
    const insert = asTenantRole(A.tenantId, (tx) => tx`insert into customers (tenant_id, display_name) values (${B.tenantId}, 'planted')`);
    await expect(insert).rejects.toThrow(/row-level security/);
    const moved = asTenantRole(A.tenantId, (tx) => tx`update customers set tenant_id = ${B.tenantId} where id = ${A.customerId}`);
    await expect(moved).rejects.toThrow(/row-level security/);
    const touched = await asTenantRole(A.tenantId, async (tx) => {
      const u = await tx`update customers set display_name = 'hijacked' where id = ${B.customerId}`;
      const d = await tx`delete from conversations where id = ${B.conversationId}`;
      return { updated: u.count, deleted: d.count };
    });
    expect(touched).toEqual({ updated: 0, deleted: 0 });
    // Tables without a tenant are not reachable at all.
    await expect(asTenantRole(A.tenantId, (tx) => tx`select * from operator_keys`)).rejects.toThrow(/permission denied/);
    await expect(asTenantRole(A.tenantId, (tx) => tx`select * from early_receipts`)).rejects.toThrow(/permission denied/);
  });
});

describe('the migration', () => {
  it('creates the role race-free: concurrent migrations of several databases of one cluster all succeed', async () => {
    const dir = path.join(ROOT, 'drizzle', 'migrations');
    const file = readdirSync(dir).find((f) => f.endsWith('_row_level_security.sql'));
    const createRole = readFileSync(path.join(dir, file!), 'utf8').split('--> statement-breakpoint')[0]!;
    // The same statement for a throwaway role (gateway_tenant exists already), in transactions that
    // overlap as concurrent migrations do: the losers see a duplicate key on pg_authid until the winner commits.
    const role = `gw_rls_probe_${randomBytes(4).toString('hex')}`;
    const statement = createRole.replaceAll('gateway_tenant', role);
    try {
      const runs = await Promise.allSettled(
        Array.from({ length: 4 }, () =>
          h.c.database.sql.begin(async (tx) => {
            await tx.unsafe(statement);
            await tx`select pg_sleep(0.3)`;
          }),
        ),
      );
      expect(runs.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      expect((await h.c.database.sql`select 1 from pg_roles where rolname = ${role}`).length).toBe(1);
    } finally {
      await h.c.database.sql.unsafe(`drop role if exists ${role}`);
    }
  });
});

describe('the app runs under it', () => {
  const whoami = (tx: { execute: typeof h.c.database.db.execute }) =>
    tx.execute<{ usr: string; tenant: string | null }>(sql`select current_user as usr, nullif(current_setting('app.tenant_id', true), '') as tenant`).then((r) => r[0]!);

  it('a transaction opened in a tenant context is gateway_tenant with the tenant set; outside (or in a system path) it is not', async () => {
    const db = h.c.database.db;
    expect(await withTenant(A.tenantId, () => db.transaction((tx) => whoami(tx)))).toEqual({ usr: TENANT_ROLE, tenant: A.tenantId });
    const outside = await db.transaction((tx) => whoami(tx));
    expect(outside.usr).not.toBe(TENANT_ROLE);
    expect(outside.tenant).toBeNull();
    const system = await withTenant(A.tenantId, () => withoutTenant(() => db.transaction((tx) => whoami(tx))));
    expect(system.usr).not.toBe(TENANT_ROLE);
    // Savepoints stay in the outer transaction's role and tenant; after commit the pooled connection is the owner again.
    const nested = await withTenant(B.tenantId, () => db.transaction((tx) => tx.transaction((sp) => whoami(sp))));
    expect(nested).toEqual({ usr: TENANT_ROLE, tenant: B.tenantId });
    // The API's hot reads (tenantRead: lists, details) run in such a read-only transaction too.
    expect(await withTenant(A.tenantId, () => tenantRead(db, (q) => whoami(q)))).toEqual({ usr: TENANT_ROLE, tenant: A.tenantId });
    expect((await tenantRead(db, (q) => whoami(q))).usr).toBe(outside.usr);
    const after = await Promise.all(Array.from({ length: 8 }, () => whoami(db)));
    for (const w of after) expect(w).toEqual({ usr: outside.usr, tenant: null });
  });

  it("a deliberately unscoped query inside a tenant transaction returns only that tenant's rows", async () => {
    const db = h.c.database.db;
    const all = await db.select({ tenantId: customers.tenantId }).from(customers);
    expect(new Set(all.map((r) => r.tenantId))).toEqual(new Set([A.tenantId, B.tenantId]));
    const scoped = await withTenant(A.tenantId, () => db.transaction((tx) => tx.select({ tenantId: customers.tenantId }).from(customers)));
    expect(scoped.length).toBeGreaterThan(0);
    expect(new Set(scoped.map((r) => r.tenantId))).toEqual(new Set([A.tenantId]));
    // And a write for another tenant from inside fails instead of landing there.
    const planted = withTenant(A.tenantId, () => db.transaction((tx) => tx.insert(customers).values({ tenantId: B.tenantId, displayName: 'planted' })));
    await expect(planted).rejects.toThrow();
    expect((await db.select().from(customers).where(eq(customers.displayName, 'planted'))).length).toBe(0);
  });

  it("an API request with A's key writes through a service transaction as gateway_tenant for A, and A's lists stay A's", async () => {
    const kb = await h.api(A.apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Probe KB' });
    expect(kb.status).toBe(201);
    const probe = await h.c.database.sql<Array<{ usr: string; tenant: string | null }>>`select usr, tenant from rls_probe where tbl = 'knowledge_bases'`;
    expect(probe).toEqual([{ usr: TENANT_ROLE, tenant: A.tenantId }]);
    const list = await h.api(A.apiKey, 'GET', '/api/v1/knowledge-bases');
    expect(list.status).toBe(200);
    expect(list.body.items.map((k: { name: string }) => k.name)).toContain('Probe KB');
    expect((await h.api(B.apiKey, 'GET', `/api/v1/knowledge-bases/${kb.body.id}`)).status).toBe(404);
  });

  it('the worker answers a web chat message as gateway_tenant for its tenant; ingest (group commit) and platform webhooks stay system paths', async () => {
    await h.c.database.sql`delete from rls_probe`;
    const s = await session(B.connectionId);
    await say(B.connectionId, s.token, 'probe me');
    await waitFor(async () => (await h.c.database.sql`select 1 from rls_probe where tbl = 'ai_processing_logs'`).length > 0, { what: 'the worker reply' });
    const rows = await h.c.database.sql<Array<{ tbl: string; usr: string; tenant: string | null }>>`select distinct tbl, usr, tenant from rls_probe order by tbl, usr`;
    // The worker's reply and its AI log are written under the tenant; the customer's message itself is
    // stored by the group commit of ingest (one transaction for many tenants' messages: a system path).
    expect(rows.filter((r) => r.usr === TENANT_ROLE)).toEqual([
      { tbl: 'ai_processing_logs', usr: TENANT_ROLE, tenant: B.tenantId },
      { tbl: 'messages', usr: TENANT_ROLE, tenant: B.tenantId },
    ]);
    expect(rows.filter((r) => r.usr !== TENANT_ROLE)).toEqual([expect.objectContaining({ tbl: 'messages', tenant: null })]);

    // Telegram webhook: ingest runs without a tenant context (connection lookup first; see src/db/tenant-context.ts).
    await h.c.database.sql`delete from rls_probe`;
    const tg = await insertConnection(h, A.tenantId, 'telegram', { botToken: '123:abc' });
    const secret = tg.ctx.connection.webhookSecret;
    const res = await fetch(`${h.url}/webhooks/telegram/${tg.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify({ update_id: 1, message: { message_id: 7, date: 1700000000, chat: { id: 42, type: 'private' }, from: { id: 42, is_bot: false, first_name: 'T' }, text: 'hi' } }),
    });
    expect(res.status).toBe(200);
    const [inbound] = await h.c.database.sql<Array<{ usr: string; tenant: string | null }>>`select usr, tenant from rls_probe where tbl = 'messages' limit 1`;
    expect(inbound?.usr).not.toBe(TENANT_ROLE);
    expect(inbound?.tenant).toBeNull();
  });
});
