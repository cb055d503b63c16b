/**
 * WeChat's message signatures and its "safe mode" encryption, as the Official
 * Account platform documents them (the scheme of its WXBizMsgCrypt samples):
 *
 * - `signature` = hex SHA-1 of [token, timestamp, nonce] sorted as strings and
 *   joined; safe mode adds `msg_signature` over [token, timestamp, nonce, Encrypt];
 * - AES-256-CBC, key = Base64 of the 43-character EncodingAESKey + "=" (32
 *   bytes), IV = the key's first 16 bytes, PKCS#7 padding to a 32-byte block;
 *   plaintext = random(16) ‖ length(4, big-endian) ‖ message ‖ AppID.
 *
 * Pure functions; the comparisons are constant-time.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Message_encryption_and_decryption_instructions.html
 */
import { createDecipheriv, createHash } from 'node:crypto';
import { WebhookAuthError } from '../../src/domain/errors.js';
import { secretMatches } from '../platform-http.js';

const BLOCK = 32;

/** Hex SHA-1 of the parts sorted lexicographically (by code unit, as WeChat's samples sort) and concatenated. */
export function wechatSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** Whether `given` is the signature of `parts`, compared in constant time. */
export function signatureMatches(given: string | undefined, ...parts: string[]): boolean {
  return secretMatches(given?.toLowerCase(), wechatSignature(...parts));
}

/** The 32-byte AES key of a 43-character EncodingAESKey. */
export function aesKeyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new WebhookAuthError('the EncodingAESKey does not decode to 32 bytes');
  return key;
}

/**
 * Opens an `Encrypt` value: the message XML inside, after checking the layout
 * and that it was sealed for `appId`. A wrong key, a wrong AppID or a damaged
 * ciphertext is a `WebhookAuthError`: the sender does not hold this account's key.
 */
export function decryptMessage(encrypted: string, encodingAesKey: string, appId: string): string {
  const key = aesKeyOf(encodingAesKey);
  const data = Buffer.from(encrypted, 'base64');
  if (data.length === 0 || data.length % BLOCK !== 0) throw new WebhookAuthError('Encrypt is not a whole number of AES blocks');
  let plain: Buffer;
  try {
    // WeChat pads to 32-byte blocks, which node's PKCS#7 (16-byte blocks) would reject: the padding is checked below.
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw new WebhookAuthError('Encrypt could not be decrypted');
  }
  const pad = plain[plain.length - 1] ?? 0;
  if (pad < 1 || pad > BLOCK || plain.subarray(plain.length - pad).some((b) => b !== pad)) throw new WebhookAuthError('Encrypt has invalid padding (wrong EncodingAESKey?)');
  const content = plain.subarray(16, plain.length - pad);
  if (content.length < 4) throw new WebhookAuthError('Encrypt is too short');
  const length = content.readUInt32BE(0);
  if (length > content.length - 4) throw new WebhookAuthError('Encrypt has an invalid message length');
  const receivedAppId = content.subarray(4 + length).toString('utf8');
  if (!secretMatches(receivedAppId, appId)) throw new WebhookAuthError('Encrypt was sealed for another AppID');
  return content.subarray(4, 4 + length).toString('utf8');
}
