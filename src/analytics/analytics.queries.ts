/**
 * Agent analytics (seed 001 agent_analytics), computed from the ticket history:
 * per agent and day — conversations handled, average first-response and
 * resolution time, CSAT average, escalations received — and per tenant the bot
 * containment: conversations with a bot answer that never became a ticket.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

export interface AgentDayRow {
  [key: string]: unknown;
  agent_id: string;
  agent_name: string;
  day: string;
  conversations_handled: number;
  avg_first_response_seconds: number | null;
  avg_resolution_seconds: number | null;
  csat_average: number | null;
  csat_count: number;
  escalations_received: number;
}

export interface Containment {
  /** Conversations in the period with at least one bot answer. */
  total: number;
  /** Of those, the ones that never became a ticket. */
  contained: number;
}

export class AnalyticsQueries {
  constructor(private readonly db: Db) {}

  /** Both figures for one tenant and period (inclusive bounds). */
  async agentsReport(tenantId: string, from: Date, to: Date): Promise<{ rows: AgentDayRow[]; containment: Containment }> {
    const fromTs = sql`${from.toISOString()}::timestamptz`;
    const toTs = sql`${to.toISOString()}::timestamptz`;
    const rows = await this.db.execute<AgentDayRow>(sql`
      with handled as (
        select e.author_id as agent_id, date_trunc('day', e.created_at)::date as day, count(distinct e.ticket_id)::int as n
        from ticket_events e
        where e.tenant_id = ${tenantId} and e.type = 'message' and e.role = 'agent' and e.created_at between ${fromTs} and ${toTs}
        group by 1, 2
      ),
      first_resp as (
        select t.assignee_id as agent_id, date_trunc('day', t.first_response_at)::date as day, avg(extract(epoch from t.first_response_at - t.created_at))::float8 as s
        from tickets t where t.tenant_id = ${tenantId} and t.first_response_at between ${fromTs} and ${toTs} and t.assignee_id is not null
        group by 1, 2
      ),
      resolved as (
        select e.author_id as agent_id, date_trunc('day', t.closed_at)::date as day, avg(extract(epoch from t.closed_at - t.created_at))::float8 as s
        from tickets t join ticket_events e on e.ticket_id = t.id and e.type = 'status-update' and e.new_value = 'closed'
        where t.tenant_id = ${tenantId} and t.closed_at between ${fromTs} and ${toTs}
        group by 1, 2
      ),
      csat as (
        select f.agent_id, date_trunc('day', f.created_at)::date as day, avg(f.rating)::float8 as avg, count(*)::int as n
        from feedback f where f.tenant_id = ${tenantId} and f.created_at between ${fromTs} and ${toTs} and f.agent_id is not null
        group by 1, 2
      ),
      received as (
        select e.agent_id, date_trunc('day', e.created_at)::date as day, count(*)::int as n
        from ticket_events e where e.tenant_id = ${tenantId} and e.type = 'assignment-added' and e.created_at between ${fromTs} and ${toTs}
        group by 1, 2
      ),
      keys as (
        select agent_id, day from handled union select agent_id, day from first_resp union select agent_id, day from resolved
        union select agent_id, day from csat union select agent_id, day from received
      )
      select k.agent_id, u.name as agent_name, to_char(k.day, 'YYYY-MM-DD') as day,
             coalesce(h.n, 0) as conversations_handled, fr.s as avg_first_response_seconds, rs.s as avg_resolution_seconds,
             cs.avg as csat_average, coalesce(cs.n, 0) as csat_count, coalesce(rc.n, 0) as escalations_received
      from keys k
      join users u on u.id = k.agent_id and u.tenant_id = ${tenantId}
      left join handled h on h.agent_id = k.agent_id and h.day = k.day
      left join first_resp fr on fr.agent_id = k.agent_id and fr.day = k.day
      left join resolved rs on rs.agent_id = k.agent_id and rs.day = k.day
      left join csat cs on cs.agent_id = k.agent_id and cs.day = k.day
      left join received rc on rc.agent_id = k.agent_id and rc.day = k.day
      order by k.day, u.name`);
    const [containment] = await this.db.execute<{ total: number; contained: number }>(sql`
      with convs as (
        select c.id, exists (select 1 from tickets t where t.conversation_id = c.id) as escalated
        from conversations c
        where c.tenant_id = ${tenantId} and c.created_at between ${fromTs} and ${toTs}
          and exists (select 1 from messages m where m.conversation_id = c.id and m.sender_type = 'bot')
      )
      select count(*)::int as total, count(*) filter (where not escalated)::int as contained from convs`);
    return { rows: [...rows], containment: { total: containment?.total ?? 0, contained: containment?.contained ?? 0 } };
  }
}
