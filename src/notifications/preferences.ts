/**
 * Per-user e-mail notification preferences. Every kind is on unless the user
 * (or an admin for them) turned it off; the row stores only what was set, so a
 * kind added later is on for everyone. The team-wide kinds reach supervisors
 * only (src/notifications/email-notifications.ts decides who gets what).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { ForbiddenError, NotFoundError } from '../domain/errors.js';
import { isUuid } from '../domain/input.js';

export const EMAIL_PREFERENCE_KEYS = [
  /** A ticket was assigned to me (by someone else or by routing). */
  'assignment',
  /** The customer answered on a `pending` ticket of mine. */
  'customerReply',
  /** Someone mentioned me in a private note. */
  'mention',
  /** A ticket of mine will breach its SLA soon (SLA_WARNING_MINUTES before). */
  'slaWarning',
  /** A ticket of mine breached its SLA. */
  'slaBreach',
  /** Supervisors: a ticket of my team (or of any team when it has none) breached its SLA. */
  'teamSlaBreach',
  /** Supervisors: a ticket landed unassigned in my team's queue. */
  'teamQueue',
] as const;
export type EmailPreferenceKey = (typeof EMAIL_PREFERENCE_KEYS)[number];
export type EmailPreferences = Record<EmailPreferenceKey, boolean>;

/** A `PUT` body: any subset of the keys, booleans only; unknown keys are a 400. */
export const preferencesPatchSchema = z
  .object(Object.fromEntries(EMAIL_PREFERENCE_KEYS.map((k) => [k, z.boolean().optional()])) as Record<EmailPreferenceKey, z.ZodOptional<z.ZodBoolean>>)
  .strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

/** What the stored overrides come to: every key, on unless stored `false`. */
export function effectivePreferences(stored: Record<string, unknown> | null | undefined): EmailPreferences {
  return Object.fromEntries(EMAIL_PREFERENCE_KEYS.map((k) => [k, stored?.[k] !== false])) as EmailPreferences;
}

export interface PreferencesView {
  userId: string;
  email: string;
  role: string;
  /** Deactivated users get no e-mail whatever their preferences. */
  active: boolean;
  preferences: EmailPreferences;
}

export class NotificationPreferencesService {
  constructor(private readonly db: Db) {}

  private async row(tenantId: string, userId: string) {
    if (!isUuid(userId)) throw new NotFoundError('agent');
    const [u] = await this.db
      .select({ id: users.id, email: users.email, role: users.role, status: users.status, prefs: users.notificationPreferences })
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
    if (!u) throw new NotFoundError('agent');
    return u;
  }

  async get(tenantId: string, userId: string | null): Promise<PreferencesView> {
    if (!userId) throw new ForbiddenError('this API key belongs to no user (a service key): an admin reads a user\'s preferences at /api/v1/agents/:id/notification-preferences');
    const u = await this.row(tenantId, userId);
    return { userId: u.id, email: u.email, role: u.role, active: u.status !== 'deactivated', preferences: effectivePreferences(u.prefs) };
  }

  /** Sets the given keys; keys left out keep their value. */
  async update(tenantId: string, userId: string | null, patch: PreferencesPatch): Promise<PreferencesView> {
    if (!userId) throw new ForbiddenError('this API key belongs to no user (a service key): an admin sets a user\'s preferences at /api/v1/agents/:id/notification-preferences');
    const u = await this.row(tenantId, userId);
    const next: Record<string, boolean> = { ...effectivePreferences(u.prefs) };
    for (const [k, v] of Object.entries(patch)) if (typeof v === 'boolean') next[k] = v;
    // Store only what is off: everything else follows the default (on), including kinds added later.
    const stored = Object.fromEntries(Object.entries(next).filter(([, v]) => v === false));
    await this.db.update(users).set({ notificationPreferences: stored }).where(and(eq(users.tenantId, tenantId), eq(users.id, u.id)));
    return { userId: u.id, email: u.email, role: u.role, active: u.status !== 'deactivated', preferences: effectivePreferences(stored) };
  }
}
