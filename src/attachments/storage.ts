/**
 * Where attachment bytes live, behind one small interface: local files under
 * DATA_DIR/attachments by default, any S3-compatible store (AWS SDK v3) when
 * S3_BUCKET is set. Keys are chosen by the app (src/attachments/attachment.service.ts),
 * never by a client, and are content-addressed per tenant, so writing the same file
 * twice (a retried job, a re-sent upload) is harmless.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { NotFoundError } from '../domain/errors.js';

export interface AttachmentStorage {
  /** Stores `body` under `key` (overwrites: keys are content-addressed). */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`; throws NotFoundError when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes `key`; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are `segment/segment/...` of [A-Za-z0-9._-], never `..`: they cannot leave the storage root. */
export function assertStorageKey(key: string): void {
  const parts = key.split('/');
  if (key.length === 0 || key.length > 512 || parts.some((p) => p === '' || p === '.' || p === '..' || !/^[A-Za-z0-9._-]+$/.test(p))) {
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  }
}

/** Files under one directory (DATA_DIR/attachments), written atomically (temporary file, then rename). */
export class LocalStorage implements AttachmentStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, file);
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      await stat(file);
    } catch {
      throw new NotFoundError('file');
    }
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }
}

export interface S3StorageOptions {
  /** e.g. http://127.0.0.1:9000 (MinIO); unset = AWS itself. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/**
 * An S3-compatible bucket through the AWS SDK v3. Checksums are only computed
 * when an operation requires them: many S3-compatible stores do not speak the
 * newer flexible-checksum trailers.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 */
export class S3Storage implements AttachmentStorage {
  /** The SDK is loaded on first use: a gateway on local files never pays for it at boot. */
  private sdk: Promise<{ client: S3Client; lib: typeof import('@aws-sdk/client-s3') }> | null = null;

  constructor(private readonly opts: S3StorageOptions) {}

  private load() {
    this.sdk ??= import('@aws-sdk/client-s3').then((lib) => ({
      lib,
      client: new lib.S3Client({
        region: this.opts.region,
        ...(this.opts.endpoint ? { endpoint: this.opts.endpoint } : {}),
        forcePathStyle: this.opts.forcePathStyle,
        ...(this.opts.accessKeyId && this.opts.secretAccessKey ? { credentials: { accessKeyId: this.opts.accessKeyId, secretAccessKey: this.opts.secretAccessKey } } : {}),
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 2,
      }),
    }));
    return this.sdk;
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key);
    const { client, lib } = await this.load();
    await client.send(new lib.PutObjectCommand({ Bucket: this.opts.bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length }));
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    const { client, lib } = await this.load();
    try {
      const out = await client.send(new lib.GetObjectCommand({ Bucket: this.opts.bucket, Key: key }));
      if (!(out.Body instanceof Readable)) throw new Error('S3 GetObject returned no stream body');
      return out.Body;
    } catch (err) {
      if (err instanceof lib.NoSuchKey || (err instanceof lib.S3ServiceException && err.$metadata.httpStatusCode === 404)) throw new NotFoundError('file');
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    const { client, lib } = await this.load();
    await client.send(new lib.DeleteObjectCommand({ Bucket: this.opts.bucket, Key: key }));
  }

  close(): void {
    void this.sdk?.then(({ client }) => client.destroy());
  }
}
