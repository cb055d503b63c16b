/**
 * Teams (seed 000): name, focus area, members (the tenant's staff users), a
 * weekly schedule in an IANA time zone and holidays. Assignment asks which
 * members are on shift now (src/tickets/ticket-router.ts).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { routingRules, teamMembers, teams, tickets, users } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';
import { sqlStateOf } from '../db/errors.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { isUuid } from '../domain/input.js';
import { isOpen, nextOpening, type TeamHours, type WeeklySchedule } from './schedule.js';

export interface TeamInput {
  name: string;
  focusArea: string | null;
  memberIds: string[];
  timeZone: string;
  schedule: WeeklySchedule | null;
  holidays: string[];
}

export interface Team extends TeamHours {
  id: string;
  tenantId: string;
  name: string;
  focusArea: string | null;
  memberIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

export function teamView(t: Team, now = new Date()) {
  const open = isOpen(t, now);
  const next = open ? null : nextOpening(t, now);
  return {
    id: t.id,
    name: t.name,
    focusArea: t.focusArea,
    memberIds: t.memberIds,
    timeZone: t.timeZone,
    schedule: t.schedule,
    holidays: t.holidays,
    openNow: open,
    nextOpeningAt: next?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

export class TeamService {
  constructor(private readonly db: Db) {}

  /** Every team of the tenant with its members (also inside a ticket transaction). */
  async list(tenantId: string, tx: DbOrTx = this.db): Promise<Team[]> {
    const rows = await tx.select().from(teams).where(eq(teams.tenantId, tenantId)).orderBy(asc(teams.name));
    if (rows.length === 0) return [];
    const members = await tx
      .select({ teamId: teamMembers.teamId, userId: teamMembers.userId })
      .from(teamMembers)
      .where(and(eq(teamMembers.tenantId, tenantId), inArray(teamMembers.teamId, rows.map((r) => r.id))))
      .orderBy(asc(teamMembers.createdAt), asc(teamMembers.userId));
    return rows.map((r) => ({
      id: r.id,
      tenantId: r.tenantId,
      name: r.name,
      focusArea: r.focusArea,
      timeZone: r.timeZone,
      schedule: r.schedule as WeeklySchedule | null,
      holidays: r.holidays,
      memberIds: members.filter((m) => m.teamId === r.id).map((m) => m.userId),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    }));
  }

  async get(tenantId: string, id: string, tx: DbOrTx = this.db): Promise<Team> {
    if (!isUuid(id)) throw new NotFoundError('team');
    const team = (await this.list(tenantId, tx)).find((t) => t.id === id);
    if (!team) throw new NotFoundError('team');
    return team;
  }

  private async assertMembers(tx: DbOrTx, tenantId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, ids)));
    const known = new Set(found.map((u) => u.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new PayloadError(`memberIds: no agent ${unknown.join(', ')} in this tenant`);
  }

  private async setMembers(tx: DbOrTx, tenantId: string, teamId: string, ids: string[]): Promise<void> {
    await tx.delete(teamMembers).where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.teamId, teamId)));
    if (ids.length > 0) await tx.insert(teamMembers).values(ids.map((userId) => ({ teamId, userId, tenantId })));
  }

  private async uniqueName<T>(name: string | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (sqlStateOf(err) === '23505') throw new PayloadError(`name: a team named "${name ?? ''}" already exists`);
      throw err;
    }
  }

  async create(tenantId: string, input: TeamInput): Promise<Team> {
    const memberIds = [...new Set(input.memberIds)];
    const id = await this.uniqueName(input.name, () =>
      this.db.transaction(async (tx) => {
        await this.assertMembers(tx, tenantId, memberIds);
        const [row] = await tx
          .insert(teams)
          .values({ tenantId, name: input.name, focusArea: input.focusArea, timeZone: input.timeZone, schedule: input.schedule, holidays: [...new Set(input.holidays)].sort() })
          .returning({ id: teams.id });
        if (!row) throw new Error('team insert returned nothing');
        await this.setMembers(tx, tenantId, row.id, memberIds);
        return row.id;
      }),
    );
    return this.get(tenantId, id);
  }

  async update(tenantId: string, id: string, patch: Partial<TeamInput>): Promise<Team> {
    await this.get(tenantId, id);
    await this.uniqueName(patch.name, () =>
      this.db.transaction(async (tx) => {
        await tx
          .update(teams)
          .set({
            ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.focusArea !== undefined ? { focusArea: patch.focusArea } : {}),
            ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
            ...(patch.schedule !== undefined ? { schedule: patch.schedule } : {}),
            ...(patch.holidays !== undefined ? { holidays: [...new Set(patch.holidays)].sort() } : {}),
            updatedAt: sql`now()`,
          })
          .where(and(eq(teams.tenantId, tenantId), eq(teams.id, id)));
        if (patch.memberIds !== undefined) {
          const memberIds = [...new Set(patch.memberIds)];
          await this.assertMembers(tx, tenantId, memberIds);
          await this.setMembers(tx, tenantId, id, memberIds);
        }
      }),
    );
    return this.get(tenantId, id);
  }

  /** Refused while a routing rule sends tickets to the team; its waiting tickets leave its queue. */
  async delete(tenantId: string, id: string): Promise<void> {
    await this.get(tenantId, id);
    const using = await this.db
      .select({ name: routingRules.name })
      .from(routingRules)
      .where(and(eq(routingRules.tenantId, tenantId), sql`${routingRules.actions}->>'teamId' = ${id}`));
    if (using.length > 0) throw new PayloadError(`the team is used by routing rule(s) ${using.map((r) => `"${r.name}"`).join(', ')}: change or delete them first`);
    await this.db.transaction(async (tx) => {
      await tx.update(tickets).set({ teamId: null, updatedAt: sql`now()` }).where(and(eq(tickets.tenantId, tenantId), eq(tickets.teamId, id)));
      await tx.delete(teams).where(and(eq(teams.tenantId, tenantId), eq(teams.id, id)));
    });
  }
}
