/**
 * Staff sign-in: email + password → a browser session (cookie `gw_session`).
 *
 * - The tenant comes from the user's email; an email known in several tenants
 *   needs `tenantId` (409 only once the password matched, so the answer tells
 *   nothing to someone without it).
 * - Unknown email, wrong password, deactivated user, user without a password:
 *   one answer (401), and a decoy scrypt so they take the same time.
 * - Only the SHA-256 of the session token is stored. Like API keys, a session
 *   carries no role of its own: every request reads the user's current role
 *   and status, so a demotion applies at once and deactivation ends it (and
 *   revokes the user's sessions).
 */
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { staffSessions, tenants, users } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { NotFoundError, PayloadError, UnauthorizedError } from '../domain/errors.js';
import type { UserRole } from '../domain/model.js';
import { isUuid } from '../domain/input.js';
import { randomToken, sha256Hex } from '../security/crypto.js';
import { decoyHash, hashPassword, verifyPassword } from '../security/passwords.js';
import type { AuthContext } from './api-keys.service.js';

export const SESSION_TOKEN_PREFIX = 'gws_';
const LOGIN_FAILED = 'wrong email or password';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

export interface LoginResult {
  user: StaffUser;
  tenant: { id: string; name: string };
  token: string;
  expiresAt: Date;
}

/** The email is a user in several tenants and the password matched more than one: the caller picks. */
export class TenantChoiceRequired extends Error {
  constructor(readonly tenants: Array<{ id: string; name: string }>) {
    super('this email signs in to several workspaces: send tenantId');
    this.name = 'TenantChoiceRequired';
  }
}

export class StaffSessionService {
  constructor(
    private readonly db: Db,
    /** Absolute lifetime of a session (STAFF_SESSION_TTL_SECONDS). */
    readonly ttlSeconds: number,
  ) {}

  async login(emailIn: string, password: string, tenantId?: string): Promise<LoginResult> {
    const email = emailIn.trim();
    const rows = await this.db
      .select({ id: users.id, email: users.email, name: users.name, role: users.role, status: users.status, passwordHash: users.passwordHash, tenantId: tenants.id, tenantName: tenants.name })
      .from(users)
      .innerJoin(tenants, eq(tenants.id, users.tenantId))
      .where(and(sql`lower(${users.email}) = lower(${email})`, ne(users.status, 'deactivated'), tenantId && isUuid(tenantId) ? eq(users.tenantId, tenantId) : undefined));
    const candidates = tenantId && !isUuid(tenantId) ? [] : rows;
    if (candidates.length === 0) {
      await verifyPassword(password, await decoyHash());
      throw new UnauthorizedError(LOGIN_FAILED);
    }
    const matched: typeof candidates = [];
    for (const row of candidates) {
      if (await verifyPassword(password, row.passwordHash ?? (await decoyHash()))) {
        if (row.passwordHash) matched.push(row);
      }
    }
    const [user, ...others] = matched;
    if (!user) throw new UnauthorizedError(LOGIN_FAILED);
    if (others.length > 0) throw new TenantChoiceRequired(matched.map((m) => ({ id: m.tenantId, name: m.tenantName })));
    const token = `${SESSION_TOKEN_PREFIX}${randomToken(32)}`;
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    await this.db.insert(staffSessions).values({ tenantId: user.tenantId, userId: user.id, tokenHash: sha256Hex(token), expiresAt });
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, tenant: { id: user.tenantId, name: user.tenantName }, token, expiresAt };
  }

  private async resolve(where: ReturnType<typeof eq>): Promise<AuthContext | null> {
    const [row] = await this.db
      .select({ id: staffSessions.id, tenantId: staffSessions.tenantId, userId: staffSessions.userId, lastSeenAt: staffSessions.lastSeenAt, expiresAt: staffSessions.expiresAt, role: users.role, status: users.status })
      .from(staffSessions)
      .innerJoin(users, and(eq(users.id, staffSessions.userId), eq(users.tenantId, staffSessions.tenantId)))
      .where(and(where, isNull(staffSessions.revokedAt), gt(staffSessions.expiresAt, sql`now()`)))
      .limit(1);
    if (!row || row.status === 'deactivated') return null;
    if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
      await this.db.update(staffSessions).set({ lastSeenAt: sql`now()` }).where(eq(staffSessions.id, row.id));
    }
    return { tenantId: row.tenantId, role: row.role, keyId: null, sessionId: row.id, userId: row.userId, expiresAt: row.expiresAt };
  }

  /** A presented session token → the user's tenant and current rights; null when unknown, expired, revoked or the user deactivated. */
  async authenticate(token: string | undefined): Promise<AuthContext | null> {
    if (!token?.startsWith(SESSION_TOKEN_PREFIX) || token.length > 200) return null;
    return this.resolve(eq(staffSessions.tokenHash, sha256Hex(token)));
  }

  /** The same checks by session id (a redeemed stream ticket, an open stream re-checking itself). */
  async authenticateById(sessionId: string): Promise<AuthContext | null> {
    if (!isUuid(sessionId)) return null;
    return this.resolve(eq(staffSessions.id, sessionId));
  }

  /** Ends one session (logout). Idempotent. */
  async revoke(sessionId: string): Promise<void> {
    await this.db.update(staffSessions).set({ revokedAt: sql`coalesce(${staffSessions.revokedAt}, now())` }).where(eq(staffSessions.id, sessionId));
  }

  /** Ends every session of a user (deactivation, password change), except `keep`. */
  async revokeUser(tenantId: string, userId: string, keep?: string | null): Promise<void> {
    await this.db
      .update(staffSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(staffSessions.tenantId, tenantId), eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt), keep ? ne(staffSessions.id, keep) : undefined));
  }

  /** Sets a user's password (admin, CLI); the user's existing sessions end. */
  async setPassword(tenantId: string, userId: string, password: string): Promise<void> {
    if (!isUuid(userId)) throw new NotFoundError('user');
    const passwordHash = await hashPassword(password);
    const [row] = await this.db.update(users).set({ passwordHash }).where(and(eq(users.tenantId, tenantId), eq(users.id, userId))).returning({ id: users.id });
    if (!row) throw new NotFoundError('user');
    await this.revokeUser(tenantId, userId);
  }

  /**
   * The signed-in user changes their own password. The current one is required
   * when there is one; the user's other sessions end, the calling one stays.
   */
  async changePassword(a: AuthContext, currentPassword: string | undefined, newPassword: string): Promise<void> {
    if (!a.userId) throw new PayloadError('this credential is a service key without a user: it has no password');
    const [u] = await this.db.select({ passwordHash: users.passwordHash }).from(users).where(and(eq(users.tenantId, a.tenantId), eq(users.id, a.userId)));
    if (!u) throw new NotFoundError('user');
    if (u.passwordHash) {
      if (currentPassword === undefined) throw new PayloadError('currentPassword is required');
      if (!(await verifyPassword(currentPassword, u.passwordHash))) throw new PayloadError('currentPassword is wrong');
    }
    await this.db.update(users).set({ passwordHash: await hashPassword(newPassword) }).where(and(eq(users.tenantId, a.tenantId), eq(users.id, a.userId)));
    await this.revokeUser(a.tenantId, a.userId, a.sessionId);
  }

  /** Who is signed in: the user (null for a service key) and the tenant. */
  async whoami(a: AuthContext): Promise<{ user: StaffUser | null; tenant: { id: string; name: string }; role: UserRole }> {
    const [tenant] = await this.db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.id, a.tenantId));
    if (!tenant) throw new UnauthorizedError();
    let user: StaffUser | null = null;
    if (a.userId) {
      const [u] = await this.db.select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(and(eq(users.tenantId, a.tenantId), eq(users.id, a.userId)));
      user = u ?? null;
    }
    return { user, tenant, role: a.role };
  }
}
