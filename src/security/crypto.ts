/**
 * Secrets at rest: AES-256-GCM with a random 96-bit IV per value and the
 * tenant id as additional authenticated data, so a ciphertext copied to
 * another tenant's row fails to decrypt. Format: `v1.<iv>.<tag>.<ciphertext>`
 * (base64url parts).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const VERSION = 'v1';

export function encryptSecret(key: Buffer, plaintext: string, aad: string): string {
  if (key.length !== 32) throw new Error('encryption key must be 32 bytes');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
}

export function decryptSecret(key: Buffer, blob: string, aad: string): string {
  const [version, iv, tag, ct] = blob.split('.');
  if (version !== VERSION || !iv || !tag || ct === undefined) throw new Error('unrecognised secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time string comparison that never throws on different lengths. */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Derives a purpose-specific key from the master key (HMAC-SHA256 as a KDF). */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return createHmac('sha256', master).update(`gateway:${purpose}`).digest();
}

/** Compact signed token: base64url(JSON).base64url(HMAC). */
export function signToken(key: Buffer, payload: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const sig = createHmac('sha256', key).update(body).digest('base64url');
  return `${body}.${sig}`;
}

/**
 * Signs and reads tokens under a per-connection secret string: the channels'
 * `TokenSigner` (web chat visitor tokens), given to adapters in their context.
 */
export const hmacTokenSigner = {
  sign: (secret: string, payload: Record<string, unknown>): string => signToken(Buffer.from(secret, 'utf8'), payload),
  verify: (secret: string, token: string): Record<string, unknown> | null => verifyToken(Buffer.from(secret, 'utf8'), token),
};

/**
 * The web chat visitor-token signer of one connection: HMAC-SHA256 under a key
 * derived with HKDF-SHA256 from ENCRYPTION_KEY, salted with the connection's
 * (decrypted) secret and bound to its id. Nothing to steal from the database
 * alone; rotating the connection's secret invalidates every token it signed.
 * Tokens carry `iat` and `exp` (now + `ttlSeconds`) and fail after `exp`.
 * @see https://www.rfc-editor.org/rfc/rfc5869
 */
export function visitorTokenSigner(master: Buffer, connectionId: string, ttlSeconds: number, now: () => number = Date.now) {
  const keyFor = (secret: string) => Buffer.from(hkdfSync('sha256', master, Buffer.from(secret, 'utf8'), `gateway:webchat-visitor-token:v2:${connectionId}`, 32));
  return {
    ttlSeconds,
    sign(secret: string, payload: Record<string, unknown>): string {
      const iat = Math.floor(now() / 1000);
      return signToken(keyFor(secret), { ...payload, iat, exp: iat + ttlSeconds });
    },
    verify(secret: string, token: string): Record<string, unknown> | null {
      const payload = verifyToken(keyFor(secret), token);
      if (!payload || typeof payload.exp !== 'number' || payload.exp * 1000 <= now()) return null;
      return payload;
    },
  };
}

export function verifyToken(key: Buffer, token: string): Record<string, unknown> | null {
  const [body, sig] = token.split('.');
  if (!body || !sig) return null;
  const expected = createHmac('sha256', key).update(body).digest('base64url');
  if (!safeEqual(sig, expected)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
