/**
 * Short-lived links to one attachment (`GET /files/:token`) for those who
 * cannot send an API key: platforms that fetch media by URL (LINE, WhatsApp,
 * Telegram) and the web chat visitor. HMAC-SHA256 under a key derived from
 * ENCRYPTION_KEY for this purpose only; the token names the attachment, its
 * tenant and an expiry, and nothing else. The clock is injectable for tests.
 */
import { deriveKey, signToken, verifyToken } from '../security/crypto.js';

export interface FileTokenClaims {
  attachmentId: string;
  tenantId: string;
}

export class FileUrlSigner {
  private readonly key: Buffer;

  constructor(
    master: Buffer,
    readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.key = deriveKey(master, 'attachment-file-url:v1');
  }

  sign(claims: FileTokenClaims): { token: string; expiresAt: Date } {
    const exp = Math.floor(this.now() / 1000) + this.ttlSeconds;
    return { token: signToken(this.key, { a: claims.attachmentId, t: claims.tenantId, exp }), expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid, unexpired token; null when forged, truncated or expired. */
  verify(token: string): FileTokenClaims | null {
    const p = verifyToken(this.key, token);
    if (!p || typeof p.a !== 'string' || typeof p.t !== 'string' || typeof p.exp !== 'number') return null;
    if (p.exp * 1000 <= this.now()) return null;
    return { attachmentId: p.a, tenantId: p.t };
  }
}
