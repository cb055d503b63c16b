/**
 * Who gets an escalated ticket. Escalation decided that a person is needed;
 * here the routing rules (src/routing/evaluate.ts) decide the team, agent,
 * priority and tags, and the teams' schedules decide who is working: only
 * members on shift are picked. Outside every team's hours (or the routed
 * team's) the ticket waits unassigned in the team's queue and the customer is
 * told when someone will answer. Runs inside the ticket's transaction; the
 * decision goes to the AI processing log (step `assignment`).
 */
import { and, eq } from 'drizzle-orm';
import { customers, users } from '../../drizzle/schema.js';
import type { Tx } from '../db/client.js';
import type { TicketPriority } from '../domain/model.js';
import { evaluateRouting, type RoutingFacts } from '../routing/evaluate.js';
import type { RoutingRulesRepo } from '../routing/routing-rules.repo.js';
import { describeOpening, isOpen, nextOpening } from '../teams/schedule.js';
import type { Team, TeamService } from '../teams/team.service.js';
import { claimAgentTx, pickAgentTx, type AssignmentPolicy } from './assignment.js';
import { outOfHoursLocale, outOfHoursText } from './texts.js';
import type { ConversationRow } from './ticket.queries.js';

export const ROUTING_MODEL = 'routing-rules-v1';

export interface RouteInput {
  tenantId: string;
  conversation: ConversationRow;
  language: string | null;
  category: string | null;
  priority: TicketPriority;
  /** The customer's recent messages. */
  text: string;
  policy?: AssignmentPolicy;
  now?: Date;
}

export interface RouteOutcome {
  assigneeId: string | null;
  teamId: string | null;
  priority: TicketPriority;
  addTags: string[];
  /** Set when nobody works now: the text to send instead of the usual acknowledgement. */
  outOfHours: { teamId: string; nextOpeningAt: string | null; text: string } | null;
  /** For the AI processing log. */
  input: Record<string, unknown>;
  output: Record<string, unknown>;
}

export class TicketRouter {
  constructor(
    private readonly teams: TeamService,
    private readonly rules: RoutingRulesRepo,
  ) {}

  async routeTx(tx: Tx, input: RouteInput): Promise<RouteOutcome> {
    const now = input.now ?? new Date();
    const conv = input.conversation;
    const rules = await this.rules.list(input.tenantId, tx);
    const allTeams = await this.teams.list(input.tenantId, tx);
    const [customer] = await tx.select({ tags: customers.tags, metadata: customers.metadata, language: customers.language }).from(customers).where(eq(customers.id, conv.customerId));
    const language = input.language ?? customer?.language ?? null;
    const customFields = customer?.metadata.customFields;
    const facts: RoutingFacts = {
      channel: conv.channel,
      language,
      category: input.category,
      priority: input.priority,
      customerTags: customer?.tags ?? [],
      customFields: customFields && typeof customFields === 'object' && !Array.isArray(customFields) ? (customFields as Record<string, unknown>) : {},
      text: input.text,
    };
    const decision = evaluateRouting(rules, facts);

    // A member is off shift when every team they belong to is closed now.
    const openTeams = new Set(allTeams.filter((t) => isOpen(t, now)).map((t) => t.id));
    const memberOpen = new Map<string, boolean>();
    for (const t of allTeams) for (const m of t.memberIds) memberOpen.set(m, (memberOpen.get(m) ?? false) || openTeams.has(t.id));
    const offShift = [...memberOpen].filter(([, open]) => !open).map(([id]) => id);
    const strategy = input.policy?.strategy ?? 'round_robin';
    const notes: string[] = [];

    let assigneeId: string | null = null;
    let team: Team | null = null;
    if (decision.teamId) {
      team = allTeams.find((t) => t.id === decision.teamId) ?? null;
      if (!team) notes.push('routed team no longer exists');
    }
    if (decision.agentId) {
      const [agent] = await tx
        .select({ id: users.id, status: users.status })
        .from(users)
        .where(and(eq(users.tenantId, input.tenantId), eq(users.id, decision.agentId)));
      if (!agent || agent.status !== 'active') notes.push('routed agent is not active');
      else if (offShift.includes(agent.id)) notes.push('routed agent is off shift');
      else {
        await claimAgentTx(tx, input.tenantId, agent.id);
        assigneeId = agent.id;
      }
    }
    let outOfHoursTeam: Team | null = null;
    if (!assigneeId && team) {
      if (openTeams.has(team.id)) {
        assigneeId = await pickAgentTx(tx, input.tenantId, { strategy, candidateIds: team.memberIds }, language);
        if (!assigneeId) notes.push('no member of the routed team is free: waiting in its queue');
      } else outOfHoursTeam = team;
    }
    if (!assigneeId && !team) {
      assigneeId = input.policy ? await pickAgentTx(tx, input.tenantId, { ...input.policy, excludeIds: offShift }, language) : null;
      if (!assigneeId && allTeams.length > 0 && openTeams.size === 0) {
        // Outside every team's hours: the ticket waits for the team that opens first.
        const next = allTeams
          .map((t) => ({ t, at: nextOpening(t, now) }))
          .sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity))[0]!;
        outOfHoursTeam = next.t;
        team = next.t;
      }
    }

    let outOfHours: RouteOutcome['outOfHours'] = null;
    if (outOfHoursTeam && !assigneeId) {
      const at = nextOpening(outOfHoursTeam, now);
      const when = at ? describeOpening(at, outOfHoursTeam.timeZone, outOfHoursLocale(language)) : null;
      outOfHours = { teamId: outOfHoursTeam.id, nextOpeningAt: at?.toISOString() ?? null, text: outOfHoursText(language, when) };
    }

    const priority = decision.priority ?? input.priority;
    return {
      assigneeId,
      teamId: team?.id ?? null,
      priority,
      addTags: decision.addTags,
      outOfHours,
      input: { channel: facts.channel, language, category: facts.category, priority: input.priority, customerTags: facts.customerTags, rules: rules.filter((r) => r.active).length, teams: allTeams.length, at: now.toISOString() },
      output: {
        matchedRules: decision.matched,
        teamId: team?.id ?? null,
        assigneeId,
        priority,
        addTags: decision.addTags,
        openTeams: [...openTeams],
        offShiftAgents: offShift,
        outOfHours: outOfHours ? { teamId: outOfHours.teamId, nextOpeningAt: outOfHours.nextOpeningAt } : null,
        notes,
      },
    };
  }
}
