/**
 * Picks the agent for an escalated ticket among the tenant's active agents
 * (role agent: admins take tickets by hand; skills, languages, team, capacity),
 * round-robin or least-loaded. Picks within a tenant are serialised by a
 * transaction-scoped advisory lock, so concurrent escalations each see the loads
 * the previous ones left: every eligible agent is considered (SKIP LOCKED would
 * leave a ticket unassigned whenever the others' rows were momentarily locked)
 * and the counts stay exact.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';

export interface AssignmentPolicy {
  strategy: 'round_robin' | 'least_loaded';
  skills?: string[];
  languages?: string[];
  team?: string;
  /** Only these agents (a routed team's members on shift). */
  candidateIds?: string[];
  /** Never these agents (members of teams that are all off shift now). */
  excludeIds?: string[];
}

export async function pickAgentTx(tx: Tx, tenantId: string, policy: AssignmentPolicy, customerLanguage: string | null): Promise<string | null> {
  const skills = policy.skills ?? [];
  // The rule's languages, else the customer's own language when an agent speaks it (preferred, not required).
  const languages = (policy.languages ?? []).map((l) => l.toLowerCase().split('-')[0]!);
  const customerLang = customerLanguage?.toLowerCase().split('-')[0] ?? null;
  const uuidArray = (xs: string[]) => (xs.length ? sql`array[${sql.join(xs.map((x) => sql`${x}::uuid`), sql`, `)}]::uuid[]` : sql`'{}'::uuid[]`);
  const textArray = (xs: string[]) => (xs.length ? sql`array[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]` : sql`'{}'::text[]`);
  const order =
    policy.strategy === 'round_robin'
      ? sql`last_assigned_at asc nulls first, current_load asc`
      : sql`current_load asc, last_assigned_at asc nulls first`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`assign:${tenantId}`}, 0))`);
  const rows = await tx.execute<{ id: string }>(sql`
    update users set current_load = current_load + 1, last_assigned_at = now()
    where id = (
      select id from users
      where tenant_id = ${tenantId} and role = 'agent' and status = 'active' and current_load < max_load
        and skills @> ${textArray(skills)}
        and (${languages.length === 0} or exists (select 1 from unnest(languages) l where split_part(lower(l), '-', 1) = any(${textArray(languages)})))
        and (${policy.team ?? null}::text is null or team = ${policy.team ?? null})
        and (${policy.candidateIds === undefined} or id = any(${uuidArray(policy.candidateIds ?? [])}))
        and not (id = any(${uuidArray(policy.excludeIds ?? [])}))
      order by (${customerLang}::text is not null and exists (select 1 from unnest(languages) l where split_part(lower(l), '-', 1) = ${customerLang})) desc,
               ${order}
      limit 1
    )
    returning id`);
  return rows[0]?.id ?? null;
}

/** A ticket given to a named agent (takeover, reply, manual assignment) counts on their load. */
export async function claimAgentTx(tx: Tx, tenantId: string, agentId: string): Promise<void> {
  await tx.execute(sql`update users set current_load = current_load + 1, last_assigned_at = now() where id = ${agentId} and tenant_id = ${tenantId}`);
}

export async function releaseAgentTx(tx: Tx, tenantId: string, agentId: string): Promise<void> {
  await tx.execute(sql`update users set current_load = greatest(current_load - 1, 0) where id = ${agentId} and tenant_id = ${tenantId}`);
}
