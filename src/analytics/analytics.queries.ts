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

/** The admin console's reports for one tenant and period (days in UTC, inclusive bounds). */
export interface OverviewReport {
  conversationsPerChannel: Array<{ day: string; channel: string; conversations: number }>;
  containment: Array<{ day: string; botConversations: number; containedByBot: number }>;
  escalationsByReason: Array<{ reason: string; tickets: number }>;
  responseTimes: Array<{ day: string; avgFirstResponseSeconds: number | null; respondedTickets: number; avgResolutionSeconds: number | null; resolvedTickets: number }>;
  csat: Array<{ day: string; average: number; responses: number }>;
  csatDistribution: Array<{ rating: number; responses: number }>;
  slaBreaches: Array<{ day: string; firstResponse: number; resolution: number }>;
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

  /**
   * Conversations per channel per day, bot containment per day, escalations by
   * reason (the rule's name; a manual takeover; a ticket opened without a chat),
   * first-response and resolution times, CSAT and SLA breaches. Every figure
   * is the tenant's only; days are UTC calendar days.
   */
  async overview(tenantId: string, from: Date, to: Date): Promise<OverviewReport> {
    const fromTs = sql`${from.toISOString()}::timestamptz`;
    const toTs = sql`${to.toISOString()}::timestamptz`;
    const day = (col: string) => sql.raw(`to_char((${col}) at time zone 'UTC', 'YYYY-MM-DD')`);
    const [perChannel, containment, reasons, firstResp, resolution, csat, dist, breaches] = await Promise.all([
      this.db.execute<{ day: string; channel: string; n: number }>(sql`
        select ${day('c.created_at')} as day, c.channel::text as channel, count(*)::int as n
        from conversations c where c.tenant_id = ${tenantId} and c.created_at between ${fromTs} and ${toTs}
        group by 1, 2 order by 1, 2`),
      this.db.execute<{ day: string; total: number; contained: number }>(sql`
        with convs as (
          select c.created_at, exists (select 1 from tickets t where t.conversation_id = c.id) as escalated
          from conversations c
          where c.tenant_id = ${tenantId} and c.created_at between ${fromTs} and ${toTs}
            and exists (select 1 from messages m where m.conversation_id = c.id and m.sender_type = 'bot')
        )
        select ${day('created_at')} as day, count(*)::int as total, count(*) filter (where not escalated)::int as contained
        from convs group by 1 order by 1`),
      this.db.execute<{ reason: string; n: number }>(sql`
        select coalesce(
                 nullif(t.escalation_evidence->>'ruleName', ''),
                 r.name,
                 case when t.escalation_evidence ? 'takeoverBy' then 'manual takeover'
                      when t.conversation_id is null then 'opened by staff (' || t.source || ')'
                      else 'other' end) as reason,
               count(*)::int as n
        from tickets t left join escalation_rules r on r.id = t.escalation_rule_id and r.tenant_id = t.tenant_id
        where t.tenant_id = ${tenantId} and t.created_at between ${fromTs} and ${toTs}
        group by 1 order by 2 desc, 1`),
      this.db.execute<{ day: string; s: number | null; n: number }>(sql`
        select ${day('t.first_response_at')} as day, avg(extract(epoch from t.first_response_at - t.created_at))::float8 as s, count(*)::int as n
        from tickets t where t.tenant_id = ${tenantId} and t.first_response_at between ${fromTs} and ${toTs}
        group by 1 order by 1`),
      this.db.execute<{ day: string; s: number | null; n: number }>(sql`
        select ${day('coalesce(t.resolved_at, t.closed_at)')} as day,
               avg(extract(epoch from coalesce(t.resolved_at, t.closed_at) - t.created_at))::float8 as s, count(*)::int as n
        from tickets t where t.tenant_id = ${tenantId} and coalesce(t.resolved_at, t.closed_at) between ${fromTs} and ${toTs}
        group by 1 order by 1`),
      this.db.execute<{ day: string; avg: number; n: number }>(sql`
        select ${day('f.created_at')} as day, avg(f.rating)::float8 as avg, count(*)::int as n
        from feedback f where f.tenant_id = ${tenantId} and f.created_at between ${fromTs} and ${toTs}
        group by 1 order by 1`),
      this.db.execute<{ rating: number; n: number }>(sql`
        select f.rating::int as rating, count(*)::int as n
        from feedback f where f.tenant_id = ${tenantId} and f.created_at between ${fromTs} and ${toTs}
        group by 1 order by 1`),
      this.db.execute<{ day: string; first_response: number; resolution: number }>(sql`
        with b as (
          select t.first_response_breached_at as at, 'first' as kind from tickets t
          where t.tenant_id = ${tenantId} and t.first_response_breached_at between ${fromTs} and ${toTs}
          union all
          select t.resolution_breached_at, 'resolution' from tickets t
          where t.tenant_id = ${tenantId} and t.resolution_breached_at between ${fromTs} and ${toTs}
        )
        select ${day('at')} as day, count(*) filter (where kind = 'first')::int as first_response,
               count(*) filter (where kind = 'resolution')::int as resolution
        from b group by 1 order by 1`),
    ]);
    const times = new Map<string, OverviewReport['responseTimes'][number]>();
    const timeRow = (d: string) => {
      let row = times.get(d);
      if (!row) times.set(d, (row = { day: d, avgFirstResponseSeconds: null, respondedTickets: 0, avgResolutionSeconds: null, resolvedTickets: 0 }));
      return row;
    };
    for (const r of firstResp) Object.assign(timeRow(r.day), { avgFirstResponseSeconds: r.s, respondedTickets: r.n });
    for (const r of resolution) Object.assign(timeRow(r.day), { avgResolutionSeconds: r.s, resolvedTickets: r.n });
    return {
      conversationsPerChannel: perChannel.map((r) => ({ day: r.day, channel: r.channel, conversations: r.n })),
      containment: containment.map((r) => ({ day: r.day, botConversations: r.total, containedByBot: r.contained })),
      escalationsByReason: reasons.map((r) => ({ reason: r.reason, tickets: r.n })),
      responseTimes: [...times.values()].sort((a, b) => a.day.localeCompare(b.day)),
      csat: csat.map((r) => ({ day: r.day, average: r.avg, responses: r.n })),
      csatDistribution: dist.map((r) => ({ rating: r.rating, responses: r.n })),
      slaBreaches: breaches.map((r) => ({ day: r.day, firstResponse: r.first_response, resolution: r.resolution })),
    };
  }
}

/** Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet formulas in text. */
function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as one long CSV table: `metric,day,dimension,value` (a row per figure; pivot it in a spreadsheet). */
export function overviewCsv(r: OverviewReport): string {
  const rows: Array<[string, string, string, string | number | null]> = [];
  for (const x of r.conversationsPerChannel) rows.push(['conversations', x.day, x.channel, x.conversations]);
  for (const x of r.containment) {
    rows.push(['bot_conversations', x.day, '', x.botConversations]);
    rows.push(['contained_by_bot', x.day, '', x.containedByBot]);
  }
  for (const x of r.escalationsByReason) rows.push(['escalations', '', x.reason, x.tickets]);
  for (const x of r.responseTimes) {
    rows.push(['avg_first_response_seconds', x.day, '', x.avgFirstResponseSeconds]);
    rows.push(['avg_resolution_seconds', x.day, '', x.avgResolutionSeconds]);
  }
  for (const x of r.csat) {
    rows.push(['csat_average', x.day, '', x.average]);
    rows.push(['csat_responses', x.day, '', x.responses]);
  }
  for (const x of r.slaBreaches) {
    rows.push(['sla_breaches', x.day, 'first_response', x.firstResponse]);
    rows.push(['sla_breaches', x.day, 'resolution', x.resolution]);
  }
  return ['metric,day,dimension,value', ...rows.map((row) => row.map(csvField).join(','))].join('\r\n') + '\r\n';
}
