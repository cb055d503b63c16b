/**
 * The worker's lookups of a conversation's pending work (the oldest inbound message to answer, the outbound
 * messages to send) read that conversation's pending rows only, even on a young table whose statistics the
 * planner has not caught up with — the state of every new deployment and of the answer benchmark, where they
 * used to scan every outbound message of the connection (issue #12: 1.5 ms of Postgres time per lookup, two
 * per answer, growing with the table). The partial indexes `messages_pending_in_idx` / `messages_pending_out_idx`
 * (drizzle/schema.ts) make the cheap plan the planner's choice whatever the statistics say.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webchatVisitor } from '../helpers/webhooks.js';
import { startHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let sql: postgres.Sql;

beforeAll(async () => {
  h = await startHarness({ workers: 0 });
  sql = postgres(h.db.url, { max: 1, onnotice: () => {} });
}, 60_000);

afterAll(async () => {
  await sql?.end({ timeout: 5 });
  await h?.close();
});

interface PlanNode {
  'Node Type': string;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

/** Rows the plan read and threw away, over all its nodes. */
function discarded(node: PlanNode): number {
  return (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0) + (node.Plans ?? []).reduce((n, p) => n + discarded(p), 0);
}

async function explain(query: string, params: string[]): Promise<PlanNode> {
  const rows = await sql.unsafe<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(`explain (analyze, format json) ${query}`, params);
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('pending-work lookups on a young messages table', () => {
  it('read the conversation’s pending rows, not every outbound message of the connection', async () => {
    const tenant = await h.createTenant('Plans');
    const conn = (await h.api(tenant.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
    const busy = await webchatVisitor(h.url, conn);
    const quiet = await webchatVisitor(h.url, conn);
    await busy.say('first question');
    await quiet.say('a question still to answer');
    // A long history on another conversation of the same connection: 3,000 sent replies and answered questions,
    // inserted at once (no ANALYZE has seen them), then one reply of `quiet` waiting to be sent.
    await sql`
      insert into messages (tenant_id, conversation_id, connection_id, direction, sender_type, kind, text, payload, idempotency_key, delivery_status)
      select m.tenant_id, m.conversation_id, m.connection_id, 'out', 'bot', 'text', 'an old answer', '{}'::jsonb, 'old-' || g, 'sent'
      from messages m cross join generate_series(1, 3000) g where m.conversation_id = ${busy.conversationId} and m.direction = 'in'`;
    await sql`
      insert into messages (tenant_id, conversation_id, connection_id, direction, sender_type, kind, text, payload, platform_message_id, processing_status)
      select m.tenant_id, m.conversation_id, m.connection_id, 'in', 'customer', 'text', 'an old question', '{}'::jsonb, 'old-in-' || g, 'replied'
      from messages m cross join generate_series(1, 3000) g where m.conversation_id = ${busy.conversationId} and m.direction = 'in' and m.platform_message_id is not null`;
    await sql`
      insert into messages (tenant_id, conversation_id, connection_id, direction, sender_type, kind, text, payload, idempotency_key, delivery_status)
      select m.tenant_id, m.conversation_id, m.connection_id, 'out', 'bot', 'text', 'to send', '{}'::jsonb, 'waiting', 'pending'
      from messages m where m.conversation_id = ${quiet.conversationId} and m.direction = 'in'`;
    const [count] = await sql<Array<{ n: number }>>`select count(*)::int as n from messages where connection_id = ${conn}`;
    expect(count?.n).toBeGreaterThan(6000);

    // The shapes of src/conversation/conversation.processor.ts (pendingWork and its attempt CTE).
    const out = await explain(
      `select m.id from messages m where m.tenant_id = $1 and m.conversation_id = $2 and m.direction = 'out' and m.delivery_status = 'pending' order by m.seq limit 1`,
      [tenant.tenantId, quiet.conversationId],
    );
    const inbound = await explain(
      `select m.id from messages m where m.tenant_id = $1 and m.conversation_id = $2 and m.direction = 'in' and m.processing_status = 'pending' order by m.seq limit 1`,
      [tenant.tenantId, quiet.conversationId],
    );
    const either = await explain(
      `select 1 from messages where tenant_id = $1 and conversation_id = $2 and ((direction = 'out' and delivery_status = 'pending') or (direction = 'in' and processing_status = 'pending'))`,
      [tenant.tenantId, quiet.conversationId],
    );
    for (const [name, plan] of [['outbound to send', out], ['inbound to answer', inbound], ['any pending', either]] as const) {
      // Without the pending indexes the planner scanned the connection's outbound index and filtered ~3,000 rows away.
      expect(discarded(plan), `${name}: ${JSON.stringify(plan)}`).toBeLessThan(20);
    }
    expect(out['Actual Rows']).toBe(1);
    expect(inbound['Actual Rows']).toBe(1);
  });
});
