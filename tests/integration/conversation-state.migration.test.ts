/**
 * The migration that gave conversations typed state columns moves the values
 * the app used to keep in `conversations.metadata` (consecutiveUnsure,
 * awaitingCsat) into them, and leaves the channel context in the JSON.
 * Runs the real migrations: everything before it, then the rest.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { MIGRATIONS_FOLDER, runMigrations } from '../../src/db/client.js';
import { dbUrl, withAdmin } from '../helpers/db.js';

const dbName = `gw_t_${inject('testRunId')}_mig${randomBytes(3).toString('hex')}`;
const url = dbUrl(dbName);
let before: string;

interface Journal {
  entries: Array<{ idx: number; tag: string }>;
}

beforeAll(async () => {
  await withAdmin(async (sql) => void (await sql.unsafe(`create database ${dbName}`)));
  // A copy of the migrations that stops right before the one under test.
  before = mkdtempSync(path.join(tmpdir(), 'gw-mig-'));
  cpSync(MIGRATIONS_FOLDER, before, { recursive: true });
  const journalFile = path.join(before, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  const at = journal.entries.findIndex((e) => e.tag.endsWith('_conversation_state_columns'));
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: before });
  } finally {
    await sql.end();
  }
});

afterAll(async () => {
  rmSync(before, { recursive: true, force: true });
  await withAdmin(async (sql) => void (await sql.unsafe(`drop database if exists ${dbName} with (force)`)));
});

it('moves consecutiveUnsure and awaitingCsat out of the metadata JSON into typed columns', async () => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const ticketId = randomUUID();
  const agentId = randomUUID();
  const until = '2031-05-04T03:02:01.000Z';
  try {
    const [t] = await sql<{ id: string }[]>`insert into tenants (name) values ('Migration') returning id`;
    const [conn] = await sql<{ id: string }[]>`insert into channel_connections (tenant_id, type, name, credentials_enc, webhook_secret) values (${t!.id}, 'line', 'LINE', 'x', 'y') returning id`;
    const [cust] = await sql<{ id: string }[]>`insert into customers (tenant_id) values (${t!.id}) returning id`;
    const [ident] = await sql<{ id: string }[]>`insert into channel_identities (tenant_id, customer_id, connection_id, channel, external_user_id) values (${t!.id}, ${cust!.id}, ${conn!.id}, 'line', 'U1') returning id`;
    const conv = async (thread: string, status: string, metadata: Record<string, unknown>) => {
      const [row] = await sql<{ id: string }[]>`insert into conversations (tenant_id, customer_id, connection_id, identity_id, channel, external_thread_id, status, metadata)
        values (${t!.id}, ${cust!.id}, ${conn!.id}, ${ident!.id}, 'line', ${thread}, ${status}, ${sql.json(metadata as postgres.JSONValue)}) returning id`;
      return row!.id;
    };
    const unsure = await conv('T1', 'ACTIVE', { consecutiveUnsure: 2, lineSourceType: 'user' });
    const rating = await conv('T2', 'COMPLETED', { awaitingCsat: { ticketId, agentId, until }, consecutiveUnsure: 0, lineUsedReplyToken: 'r1' });
    const noAgent = await conv('T3', 'COMPLETED', { awaitingCsat: { ticketId, agentId: null, until } });
    const plain = await conv('T4', 'ACTIVE', { lineSourceType: 'group' });

    await runMigrations(url);

    const rows = await sql<Array<{ id: string; metadata: Record<string, unknown>; consecutive_unsure: number; awaiting_csat_ticket_id: string | null; awaiting_csat_agent_id: string | null; awaiting_csat_until: Date | null }>>`
      select id, metadata, consecutive_unsure, awaiting_csat_ticket_id, awaiting_csat_agent_id, awaiting_csat_until from conversations`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(unsure)).toMatchObject({ consecutive_unsure: 2, awaiting_csat_ticket_id: null, metadata: { lineSourceType: 'user' } });
    expect(byId.get(rating)).toMatchObject({ consecutive_unsure: 0, awaiting_csat_ticket_id: ticketId, awaiting_csat_agent_id: agentId, metadata: { lineUsedReplyToken: 'r1' } });
    expect(byId.get(rating)?.awaiting_csat_until?.toISOString()).toBe(until);
    expect(byId.get(noAgent)).toMatchObject({ awaiting_csat_ticket_id: ticketId, awaiting_csat_agent_id: null, metadata: {} });
    expect(byId.get(plain)).toMatchObject({ consecutive_unsure: 0, awaiting_csat_ticket_id: null, metadata: { lineSourceType: 'group' } });
    for (const r of rows) expect(Object.keys(r.metadata).filter((k) => k === 'consecutiveUnsure' || k === 'awaitingCsat')).toEqual([]);
  } finally {
    await sql.end();
  }
});
