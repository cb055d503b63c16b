import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, safeEqual, signToken, verifyToken } from '../../src/security/crypto.js';
import { generateApiKey, hashApiKey } from '../../src/security/api-keys.js';

const key = randomBytes(32);

describe('AES-256-GCM secrets', () => {
  it('round-trips and never contains the plaintext', () => {
    const blob = encryptSecret(key, '{"botToken":"123:SECRET"}', 'tenant-a');
    expect(blob).toMatch(/^v1\./);
    expect(blob).not.toContain('SECRET');
    expect(decryptSecret(key, blob, 'tenant-a')).toBe('{"botToken":"123:SECRET"}');
  });

  it('uses a fresh IV each time', () => {
    expect(encryptSecret(key, 'same', 't')).not.toBe(encryptSecret(key, 'same', 't'));
  });

  it('refuses another tenant (AAD), another key, and tampering', () => {
    const blob = encryptSecret(key, 'value', 'tenant-a');
    expect(() => decryptSecret(key, blob, 'tenant-b')).toThrow();
    expect(() => decryptSecret(randomBytes(32), blob, 'tenant-a')).toThrow();
    const parts = blob.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = (ct[0] ?? 0) ^ 1;
    parts[3] = ct.toString('base64url');
    expect(() => decryptSecret(key, parts.join('.'), 'tenant-a')).toThrow();
    expect(() => decryptSecret(key, 'garbage', 'tenant-a')).toThrow(/format/);
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => encryptSecret(randomBytes(16), 'x', 't')).toThrow(/32 bytes/);
  });
});

describe('signed tokens and comparisons', () => {
  it('verifies its own tokens and rejects altered ones', () => {
    const t = signToken(key, { v: 'visitor-1' });
    expect(verifyToken(key, t)).toMatchObject({ v: 'visitor-1' });
    const [body] = t.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ v: 'visitor-2' })).toString('base64url');
    expect(verifyToken(key, `${forgedBody}.${t.split('.')[1]}`)).toBeNull();
    expect(verifyToken(key, `${body}.`)).toBeNull();
    expect(verifyToken(randomBytes(32), t)).toBeNull();
  });

  it('compares strings of different lengths without throwing', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'x')).toBe(false);
  });

  it('hashes API keys and never stores them', () => {
    const k = generateApiKey();
    expect(k.key.startsWith(`gwk_${k.prefix}_`)).toBe(true);
    expect(k.hash).toBe(hashApiKey(k.key));
    expect(k.hash).not.toContain(k.key);
  });
});
