/** Attachment type sniffing (bytes, never names) and signed file links (expiry on an injected clock). */
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { cleanFileName, sniffContentType } from '../../src/attachments/sniff.js';
import { FileUrlSigner } from '../../src/attachments/signed-urls.js';
import { assertStorageKey } from '../../src/attachments/storage.js';
import { UnsupportedMediaTypeError } from '../../src/domain/errors.js';
import { redactText } from '../../src/logging/logger.js';
import { loadConfig } from '../../src/config/index.js';
import { ELF, JPEG_HEAD, MACHO, OPAQUE_BINARY, PDF, PE, PNG_1X1, SHELL_SCRIPT, TEXT } from '../helpers/files.js';

describe('sniffContentType', () => {
  it('recognises accepted types from their bytes', async () => {
    expect(await sniffContentType(PNG_1X1)).toEqual({ contentType: 'image/png', ext: 'png' });
    expect((await sniffContentType(JPEG_HEAD)).contentType).toBe('image/jpeg');
    expect((await sniffContentType(PDF)).contentType).toBe('application/pdf');
  });

  it('calls UTF-8 text without a magic number text/plain', async () => {
    expect(await sniffContentType(TEXT)).toEqual({ contentType: 'text/plain', ext: 'txt' });
  });

  it.each([
    ['ELF', ELF],
    ['PE', PE],
    ['Mach-O', MACHO],
    ['shell script', SHELL_SCRIPT],
    ['unknown binary', OPAQUE_BINARY],
    ['invalid UTF-8', Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a])],
    ['empty', Buffer.alloc(0)],
  ])('refuses %s', async (_name, bytes) => {
    await expect(sniffContentType(bytes)).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });

  it('names what it detected when it refuses an executable', async () => {
    const err = await sniffContentType(ELF).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsupportedMediaTypeError);
    expect((err as UnsupportedMediaTypeError).detected).toBe('application/x-elf');
  });
});

describe('cleanFileName', () => {
  it('keeps the last path segment without control characters or quotes', () => {
    expect(cleanFileName('../../etc/passwd', 'f')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\me\\photo "1".jpg', 'f')).toBe('photo 1.jpg');
    expect(cleanFileName('a\u0000b\nc.txt', 'f')).toBe('abc.txt');
    expect(cleanFileName('', 'file.png')).toBe('file.png');
    expect(cleanFileName('..', 'file.png')).toBe('file.png');
    expect(cleanFileName('x'.repeat(300), 'f')).toHaveLength(200);
  });
});

describe('FileUrlSigner', () => {
  const master = randomBytes(32);
  const claims = { attachmentId: '7d4c1a8e-34c0-4c1e-9a55-0d7f8a0b8a11', tenantId: 'c2b9b1f4-6a7e-4d53-8f43-0b1e2b9d2c11' };

  it('verifies its own tokens until they expire', () => {
    let now = Date.UTC(2026, 0, 1);
    const signer = new FileUrlSigner(master, 900, () => now);
    const { token, expiresAt } = signer.sign(claims);
    expect(expiresAt.getTime()).toBe(now + 900_000);
    expect(signer.verify(token)).toEqual(claims);
    now += 899_000;
    expect(signer.verify(token)).toEqual(claims);
    now += 1_000;
    expect(signer.verify(token)).toBeNull();
  });

  it('refuses tampered, truncated and foreign tokens', () => {
    const signer = new FileUrlSigner(master, 900);
    const { token } = signer.sign(claims);
    const [body, sig] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ a: claims.attachmentId, t: 'another-tenant', exp: 9_999_999_999 })).toString('base64url');
    expect(signer.verify(`${forged}.${sig}`)).toBeNull();
    expect(signer.verify(`${body}.${sig.slice(0, -2)}`)).toBeNull();
    expect(signer.verify(body)).toBeNull();
    expect(signer.verify('')).toBeNull();
    expect(new FileUrlSigner(randomBytes(32), 900).verify(token)).toBeNull();
  });
});

describe('storage keys', () => {
  it('accept app-made keys and refuse anything that could leave the root', () => {
    expect(() => assertStorageKey('t/abc/de/deadbeef')).not.toThrow();
    for (const bad of ['', '../x', 't/../x', '/abs', 't//x', 't/./x', 'a b', 't/x\\y']) expect(() => assertStorageKey(bad), bad).toThrow();
  });
});

describe('signed links in logs', () => {
  it('are redacted wherever they appear', () => {
    const token = new FileUrlSigner(randomBytes(32), 900).sign({ attachmentId: 'a', tenantId: 't' }).token;
    const line = redactText(`GET https://gw.example/files/${token} answered 404; path=/files/${token}`);
    expect(line).not.toContain(token);
    expect(line).toBe('GET https://gw.example/files/[redacted] answered 404; path=/files/[redacted]');
  });
});

describe('attachment configuration', () => {
  const base = { ENCRYPTION_KEY: randomBytes(32).toString('base64') };

  it('defaults to local files, 25 MB and 15-minute links', () => {
    expect(loadConfig(base).attachments).toEqual({ maxBytes: 25 * 1024 * 1024, urlTtlSeconds: 900, s3: null });
    expect(loadConfig({ ...base, S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: '' }).attachments.s3).toBeNull();
  });

  it('uses S3 when S3_BUCKET is set, path-style unless told otherwise', () => {
    const c = loadConfig({ ...base, S3_BUCKET: 'files', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret', ATTACHMENT_MAX_BYTES: '1000', ATTACHMENT_URL_TTL_SECONDS: '60' });
    expect(c.attachments).toEqual({ maxBytes: 1000, urlTtlSeconds: 60, s3: { endpoint: 'http://minio:9000', bucket: 'files', accessKeyId: 'id', secretAccessKey: 'secret', region: 'us-east-1', forcePathStyle: true } });
    expect(loadConfig({ ...base, S3_BUCKET: 'files', S3_FORCE_PATH_STYLE: 'false', S3_REGION: 'eu-west-1' }).attachments.s3).toEqual({ bucket: 'files', region: 'eu-west-1', forcePathStyle: false });
  });

  it('refuses nonsense limits with a readable message', () => {
    expect(() => loadConfig({ ...base, ATTACHMENT_MAX_BYTES: '-5' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => loadConfig({ ...base, ATTACHMENT_URL_TTL_SECONDS: '1' })).toThrow(/ATTACHMENT_URL_TTL_SECONDS/);
  });
});
