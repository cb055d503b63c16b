/** API keys: `gwk_<prefix>_<secret>`, shown once, stored as SHA-256. */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from './crypto.js';

export interface GeneratedKey {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): GeneratedKey {
  const prefix = randomBytes(4).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const key = `gwk_${prefix}_${secret}`;
  return { key, prefix, hash: sha256Hex(key) };
}

export function hashApiKey(key: string): string {
  return sha256Hex(key);
}
