/**
 * Platform operators: whoever runs the gateway for every tenant (queue board,
 * retries, clean-ups). Deliberately apart from tenants' staff:
 *
 * - operator keys (`gwo_…`) live in `operator_keys`, have no tenant and no
 *   tenant role, and are created only by the CLI (`npm run admin --
 *   create-operator-key`). /api/v1 looks keys up in `api_keys` only, so an
 *   operator key never reaches a tenant's data there;
 * - tenant API keys (`gwk_…`), admin ones included, are never accepted on the
 *   operator routes (/admin/*), which show every tenant's jobs.
 *
 * Browsers: `POST /admin/login` exchanges an operator key for a short-lived
 * session token (HMAC-signed with a key derived from ENCRYPTION_KEY, carrying
 * the key id and an expiry) kept in an httpOnly, SameSite=Strict cookie. Every
 * request re-checks that the key behind it is not revoked.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { operatorKeys } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { deriveKey, sha256Hex, signToken, verifyToken } from '../security/crypto.js';

export const OPERATOR_KEY_PREFIX = 'gwo_';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Operator {
  keyId: string;
  name: string;
}

export interface OperatorKeyInfo {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export class OperatorService {
  private readonly sessionKey: Buffer;

  constructor(
    private readonly db: Db,
    masterKey: Buffer,
    /** Lifetime of a browser session (OPERATOR_SESSION_TTL_SECONDS). */
    readonly sessionTtlSeconds: number,
  ) {
    this.sessionKey = deriveKey(masterKey, 'operator-session');
  }

  /** A new key, returned once; only its hash is stored. */
  async createKey(name: string): Promise<{ id: string; key: string }> {
    const prefix = randomBytes(4).toString('hex');
    const key = `${OPERATOR_KEY_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
    const [row] = await this.db.insert(operatorKeys).values({ name, prefix, keyHash: sha256Hex(key) }).returning({ id: operatorKeys.id });
    if (!row) throw new Error('operator key insert returned nothing');
    return { id: row.id, key };
  }

  async list(): Promise<OperatorKeyInfo[]> {
    return this.db
      .select({ id: operatorKeys.id, name: operatorKeys.name, prefix: operatorKeys.prefix, createdAt: operatorKeys.createdAt, lastUsedAt: operatorKeys.lastUsedAt, revokedAt: operatorKeys.revokedAt })
      .from(operatorKeys)
      .orderBy(desc(operatorKeys.createdAt));
  }

  /** Revokes a key: its sessions stop working on their next request. False when there is no such live key. */
  async revoke(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const rows = await this.db
      .update(operatorKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(operatorKeys.id, id), isNull(operatorKeys.revokedAt)))
      .returning({ id: operatorKeys.id });
    return rows.length > 0;
  }

  /** The operator a presented key belongs to; null when it is not a live operator key. */
  async authenticate(presented: string): Promise<Operator | null> {
    if (!presented.startsWith(OPERATOR_KEY_PREFIX) || presented.length > 200) return null;
    const [row] = await this.db
      .select({ id: operatorKeys.id, name: operatorKeys.name, lastUsedAt: operatorKeys.lastUsedAt })
      .from(operatorKeys)
      .where(and(eq(operatorKeys.keyHash, sha256Hex(presented)), isNull(operatorKeys.revokedAt)))
      .limit(1);
    if (!row) return null;
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
      await this.db.update(operatorKeys).set({ lastUsedAt: sql`now()` }).where(eq(operatorKeys.id, row.id));
    }
    return { keyId: row.id, name: row.name };
  }

  /** A signed session token for the operator's browser, valid for `sessionTtlSeconds`. */
  issueSession(op: Operator, now = Date.now()): { token: string; expiresAt: Date } {
    const exp = Math.floor(now / 1000) + this.sessionTtlSeconds;
    return { token: signToken(this.sessionKey, { k: op.keyId, exp }), expiresAt: new Date(exp * 1000) };
  }

  /** The operator behind a session token: signature, expiry, and a key that is still live. */
  async verifySession(token: string | undefined, now = Date.now()): Promise<Operator | null> {
    if (!token || token.length > 500) return null;
    const payload = verifyToken(this.sessionKey, token);
    if (!payload || typeof payload.k !== 'string' || typeof payload.exp !== 'number') return null;
    if (payload.exp * 1000 <= now) return null;
    if (!UUID.test(payload.k)) return null;
    const [row] = await this.db
      .select({ id: operatorKeys.id, name: operatorKeys.name })
      .from(operatorKeys)
      .where(and(eq(operatorKeys.id, payload.k), isNull(operatorKeys.revokedAt)))
      .limit(1);
    return row ? { keyId: row.id, name: row.name } : null;
  }
}
