/**
 * Attachments end to end (issue 14, app side): the storage suite over local
 * files and the S3 stand-in; web chat uploads stored once, shown in the
 * conversation and ticket APIs and downloadable with auth only in their tenant;
 * signed links that work, expire (injected clock) and refuse tampering; type
 * sniffing (an executable named .jpg is refused) and the tenant's size limit
 * (413, nothing stored); an agent's multipart reply delivered to the web chat
 * with a signed link; the worker's download step through a test adapter's
 * fetchMedia (once per file across job retries; too large → a row that keeps
 * the reference); and a media-only message never answered "not sure".
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { attachments, escalationRules, messages, tenants, ticketCategories, tickets } from '../../drizzle/schema.js';
import type { ChannelAdapter } from '../../channels/types.js';
import { AttachmentService } from '../../src/attachments/attachment.service.js';
import { FileUrlSigner } from '../../src/attachments/signed-urls.js';
import { LocalStorage, S3Storage, type AttachmentStorage } from '../../src/attachments/storage.js';
import type { ConnectionService } from '../../src/connections/connection.service.js';
import { ConversationProcessor } from '../../src/conversation/conversation.processor.js';
import { EchoResponder } from '../../src/conversation/echo.responder.js';
import { MediaTooLargeError, NotFoundError } from '../../src/domain/errors.js';
import { MEDIA_RECEIVED_TEXT, UNSURE_TEXT } from '../../src/rag/rag.responder.js';
import { startConversationWorker } from '../../src/worker/conversation.worker.js';
import { startFakeS3, type FakeS3 } from '../fakes/s3.js';
import { ELF, MACHO, PDF, PE, PNG_1X1, SHELL_SCRIPT, TEXT } from '../helpers/files.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { openSse } from '../helpers/sse.js';

let h: Harness;
let s3: FakeS3;
let dataDir: string;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };
let connA: string;
let connB: string;

const db = () => h.c.database.db;
const streamText = async (body: ReadableStream | NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const c of body as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
};

async function session(conn: string): Promise<{ token: string; conversationId: string }> {
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; conversationId: string };
}

async function upload(conn: string, token: string | undefined, file: { bytes: Buffer; name: string; type?: string } | null, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const res = await fetch(`${h.url}/api/v1/webchat/${conn}/attachments`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

async function attachmentCount(): Promise<number> {
  const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(attachments);
  return row?.n ?? 0;
}

async function storedFiles(): Promise<number> {
  const walk = async (dir: string): Promise<number> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    let n = 0;
    for (const e of entries) n += e.isDirectory() ? await walk(path.join(dir, e.name)) : 1;
    return n;
  };
  return walk(path.join(dataDir, 'attachments'));
}

async function processed(messageId: string) {
  await waitFor(async () => {
    const [m] = await db().select().from(messages).where(eq(messages.id, messageId));
    return m && m.processingStatus !== 'pending';
  }, { what: 'inbound message processed' });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-attachments-'));
  s3 = await startFakeS3();
  h = await startHarness({ workers: 0, env: { DATA_DIR: dataDir } });
  A = await h.createTenant('Tenant A');
  B = await h.createTenant('Tenant B');
  connA = (await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site A' })).body.id;
  connB = (await h.api(B.apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Site B' })).body.id;
});

afterAll(async () => {
  await h?.close();
  await s3?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe.each([
  ['local files', () => new LocalStorage(path.join(dataDir, 'suite'))],
  ['S3 (fake)', () => new S3Storage({ endpoint: s3.url, bucket: s3.bucket, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true })],
] as const)('attachment storage: %s', (_name, make) => {
  let storage: AttachmentStorage;
  beforeAll(() => {
    storage = make();
  });
  afterAll(() => {
    if (storage instanceof S3Storage) storage.close();
  });

  it('puts, gets, overwrites and deletes', async () => {
    await storage.put('t/x/ab/one', PDF, 'application/pdf');
    expect(await streamText(await storage.get('t/x/ab/one'))).toEqual(PDF);
    await storage.put('t/x/ab/one', PNG_1X1, 'image/png');
    expect(await streamText(await storage.get('t/x/ab/one'))).toEqual(PNG_1X1);
    await storage.delete('t/x/ab/one');
    await expect(storage.get('t/x/ab/one')).rejects.toBeInstanceOf(NotFoundError);
    await storage.delete('t/x/ab/one');
  });

  it('answers NotFoundError for a key never written, and refuses keys that leave the root', async () => {
    await expect(storage.get('t/x/never/written')).rejects.toBeInstanceOf(NotFoundError);
    await expect(storage.put('../escape', TEXT, 'text/plain')).rejects.toThrow(/invalid storage key/);
  });

  it('backs the attachment service: size and type checked, content-addressed, readable back', async () => {
    const svc = new AttachmentService({ db: db(), storage, signer: new FileUrlSigner(h.config.security.encryptionKey, 900), defaultMaxBytes: 1000, publicBaseUrl: h.url, logger: h.c.logger });
    const blob = await svc.storeBytes(A.tenantId, PNG_1X1, 'dir/photo.png', 1000);
    expect(blob).toMatchObject({ contentType: 'image/png', sizeBytes: PNG_1X1.length, fileName: 'photo.png' });
    expect(blob.storageKey).toBe(`t/${A.tenantId}/${blob.checksum.slice(0, 2)}/${blob.checksum}`);
    expect(await streamText(await storage.get(blob.storageKey))).toEqual(PNG_1X1);
    await expect(svc.storeBytes(A.tenantId, Buffer.alloc(1001, 0x41), 'big.txt', 1000)).rejects.toBeInstanceOf(MediaTooLargeError);
  });
});

it('the S3 stand-in saw signed requests and keeps the content type', () => {
  expect(s3.requests.some((r) => r.startsWith('PUT /attachments/t/'))).toBe(true);
  const stored = [...s3.objects.values()].find((o) => o.body.equals(PNG_1X1));
  expect(stored?.contentType).toBe('image/png');
});

describe('worker download step (a test adapter with fetchMedia)', () => {
  it('stores each platform file once across job retries; a too-large file keeps its reference', async () => {
    const resolvedWebchat = await h.c.connections.resolve(connA);
    expect(resolvedWebchat).toBeTruthy();
    const calls: Array<{ id: string | undefined; maxBytes: number }> = [];
    const mediaAdapter: ChannelAdapter<unknown> = {
      ...resolvedWebchat!.adapter,
      async fetchMedia(_ctx, attachment, _inbound, opts) {
        calls.push({ id: attachment.platformFileId, maxBytes: opts.maxBytes });
        if (attachment.platformFileId === 'huge-video') throw new MediaTooLargeError(opts.maxBytes);
        return { body: PNG_1X1, contentType: 'image/jpeg', fileName: 'from-platform.jpg' };
      },
    };
    // The container's connections, with this adapter in place of the web chat's.
    const connections = Object.create(h.c.connections) as ConnectionService;
    connections.resolve = async (id, type) => {
      const r = await h.c.connections.resolve(id, type);
      return r ? { ...r, adapter: mediaAdapter } : r;
    };
    const processor = new ConversationProcessor({ db: db(), sql: h.c.database.sql, connections, responder: new EchoResponder(), logger: h.c.logger, maxSendAttempts: 3, attachments: h.c.attachments });
    await db().update(tenants).set({ attachmentMaxBytes: 5_000_000 }).where(eq(tenants.id, A.tenantId));

    const result = await h.c.ingest.ingest(resolvedWebchat!.row, [
      {
        type: 'message',
        message: {
          platformMessageId: 'platform-msg-1',
          externalUserId: 'platform-user-1',
          externalThreadId: 'platform-user-1',
          kind: 'image',
          text: '',
          payload: { attachments: [{ platformFileId: 'photo-1', mimeType: 'image/jpeg', name: 'IMG_0001.jpg' }, { platformFileId: 'huge-video', mimeType: 'video/mp4', size: 900_000_000 }] },
          sentAt: new Date(),
        },
      },
    ]);
    const stored = result.stored[0]!;
    await processor.process(A.tenantId, stored.conversationId, h.c.logger);
    // The job runs again (a retry after a crash): the message is pending again, the files are not fetched again.
    await db().update(messages).set({ processingStatus: 'pending' }).where(eq(messages.id, stored.messageId));
    await processor.process(A.tenantId, stored.conversationId, h.c.logger);

    expect(calls).toEqual([
      { id: 'photo-1', maxBytes: 5_000_000 },
      { id: 'huge-video', maxBytes: 5_000_000 },
    ]);
    const rows = await db().select().from(attachments).where(and(eq(attachments.parentType, 'message'), eq(attachments.parentId, stored.messageId))).orderBy(attachments.position);
    expect(rows).toHaveLength(2);
    // The platform said image/jpeg; the bytes are a PNG.
    expect(rows[0]).toMatchObject({ position: 0, status: 'stored', contentType: 'image/png', sizeBytes: PNG_1X1.length, fileName: 'from-platform.jpg', uploadedBy: 'customer', source: { platformFileId: 'photo-1' } });
    expect(rows[1]).toMatchObject({ position: 1, status: 'too_large', storageKey: null, sizeBytes: 900_000_000, source: { platformFileId: 'huge-video', mimeType: 'video/mp4' } });
    // The message itself is kept with its references, and the API shows both files.
    const [msg] = await db().select().from(messages).where(eq(messages.id, stored.messageId));
    expect((msg!.payload as { attachments: unknown[] }).attachments).toHaveLength(2);
    const list = await h.api(A.apiKey, 'GET', `/api/v1/conversations/${stored.conversationId}/messages`);
    const inbound = list.body.items.find((m: { id: string }) => m.id === stored.messageId);
    expect(inbound.attachments).toEqual([
      { id: rows[0]!.id, fileName: 'from-platform.jpg', contentType: 'image/png', size: PNG_1X1.length, url: `/api/v1/attachments/${rows[0]!.id}`, status: 'stored' },
      { id: rows[1]!.id, fileName: 'file-2', contentType: null, size: 900_000_000, url: null, status: 'too_large' },
    ]);
    await db().update(tenants).set({ attachmentMaxBytes: null }).where(eq(tenants.id, A.tenantId));
  });
});

describe('worker download step: transient failures', () => {
  it('retries a failing download with the job, keeps the message pending meanwhile, and records failed after 3 attempts', async () => {
    const resolvedWebchat = (await h.c.connections.resolve(connA))!;
    let flaky = 0;
    const mediaAdapter: ChannelAdapter<unknown> = {
      ...resolvedWebchat.adapter,
      async fetchMedia(_ctx, attachment) {
        if (attachment.platformFileId === 'flaky') {
          flaky++;
          if (flaky < 2) throw new Error('platform timeout');
          return { body: PDF };
        }
        throw new Error('platform down');
      },
    };
    const connections = Object.create(h.c.connections) as ConnectionService;
    connections.resolve = async (id, type) => {
      const r = await h.c.connections.resolve(id, type);
      return r ? { ...r, adapter: mediaAdapter } : r;
    };
    const processor = new ConversationProcessor({ db: db(), sql: h.c.database.sql, connections, responder: new EchoResponder(), logger: h.c.logger, maxSendAttempts: 3, attachments: h.c.attachments });
    const ingestOne = async (id: string, files: Array<{ platformFileId: string }>) =>
      (await h.c.ingest.ingest(resolvedWebchat.row, [{ type: 'message', message: { platformMessageId: id, externalUserId: `u-${id}`, externalThreadId: `u-${id}`, kind: 'file', text: '', payload: { attachments: files }, sentAt: new Date() } }])).stored[0]!;
    const rowsOf = (messageId: string) => db().select().from(attachments).where(eq(attachments.parentId, messageId)).orderBy(attachments.position);
    const statusOf = async (messageId: string) => (await db().select().from(messages).where(eq(messages.id, messageId)))[0]!.processingStatus;

    const first = await ingestOne('flaky-msg', [{ platformFileId: 'flaky' }]);
    await expect(processor.process(A.tenantId, first.conversationId, h.c.logger)).rejects.toThrow('platform timeout');
    expect(await rowsOf(first.messageId)).toMatchObject([{ status: 'pending', attempts: 1, error: 'platform timeout', source: { platformFileId: 'flaky' } }]);
    expect(await statusOf(first.messageId)).toBe('pending');
    await processor.process(A.tenantId, first.conversationId, h.c.logger);
    expect(await rowsOf(first.messageId)).toMatchObject([{ status: 'stored', contentType: 'application/pdf', attempts: 2 }]);
    expect(await statusOf(first.messageId)).toBe('replied');

    const down = await ingestOne('down-msg', [{ platformFileId: 'gone' }]);
    for (let i = 0; i < 2; i++) await expect(processor.process(A.tenantId, down.conversationId, h.c.logger)).rejects.toThrow('platform down');
    await processor.process(A.tenantId, down.conversationId, h.c.logger);
    expect(await rowsOf(down.messageId)).toMatchObject([{ status: 'failed', attempts: 3, storageKey: null, source: { platformFileId: 'gone' } }]);
    expect(await statusOf(down.messageId)).toBe('replied');
  });
});

describe('web chat uploads, downloads and signed links', () => {
  let worker: { close(): Promise<void> };
  beforeAll(() => {
    // The product's processor: knowledge-base responder + escalation rules.
    worker = startConversationWorker(h.c);
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('stores an upload once per clientMessageId and shows it in the conversation API', async () => {
    const v = await session(connA);
    const first = await upload(connA, v.token, { bytes: PNG_1X1, name: 'cracked-screen.jpg', type: 'image/jpeg' }, { text: 'the screen is cracked', clientMessageId: 'up-1' });
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ accepted: true, duplicate: false, attachment: { fileName: 'cracked-screen.jpg', contentType: 'image/png', size: PNG_1X1.length } });
    const again = await upload(connA, v.token, { bytes: PNG_1X1, name: 'cracked-screen.jpg' }, { text: 'the screen is cracked', clientMessageId: 'up-1' });
    expect(again.body).toMatchObject({ accepted: true, duplicate: true, messageId: null });
    // The visitor's page shows its own file at once from the signed link the 202 carries (none for a duplicate).
    expect(first.body.attachment.url).toMatch(/\/files\/[^/]+$/);
    const own = await fetch(first.body.attachment.url);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer())).toEqual(PNG_1X1);
    expect(again.body.attachment.url).toBeNull();
    const rows = await db().select().from(attachments).where(eq(attachments.parentId, first.body.messageId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenantId: A.tenantId, parentType: 'message', conversationId: v.conversationId, status: 'stored', contentType: 'image/png', uploadedBy: 'customer' });
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);

    const [msg] = await db().select().from(messages).where(eq(messages.id, first.body.messageId));
    expect(msg).toMatchObject({ kind: 'image', text: 'the screen is cracked', senderType: 'customer' });
    const list = await h.api(A.apiKey, 'GET', `/api/v1/conversations/${v.conversationId}/messages`);
    const shown = list.body.items.find((m: { id: string }) => m.id === first.body.messageId);
    expect(shown.attachments).toEqual([{ id: rows[0]!.id, fileName: 'cracked-screen.jpg', contentType: 'image/png', size: PNG_1X1.length, url: `/api/v1/attachments/${rows[0]!.id}`, status: 'stored' }]);
  });

  it('streams a file with auth in its tenant only, with safe headers', async () => {
    const v = await session(connA);
    const up = await upload(connA, v.token, { bytes: PDF, name: 'invoice.pdf', type: 'application/pdf' }, { clientMessageId: 'pdf-1' });
    expect(up.status).toBe(202);
    const [row] = await db().select().from(attachments).where(eq(attachments.parentId, up.body.messageId));
    const res = await fetch(`${h.url}/api/v1/attachments/${row!.id}`, { headers: { authorization: `Bearer ${A.apiKey}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="invoice\.pdf"/);
    // Images are shown inline.
    const [png] = await db().select().from(attachments).where(and(eq(attachments.tenantId, A.tenantId), eq(attachments.contentType, 'image/png'))).limit(1);
    const img = await fetch(`${h.url}/api/v1/attachments/${png!.id}`, { headers: { authorization: `Bearer ${A.apiKey}` } });
    expect(img.headers.get('content-disposition')).toMatch(/^inline;/);
    await img.arrayBuffer();

    expect((await h.api(B.apiKey, 'GET', `/api/v1/attachments/${row!.id}`)).status).toBe(404);
    expect((await fetch(`${h.url}/api/v1/attachments/${row!.id}`)).status).toBe(401);
    expect((await h.api(A.apiKey, 'GET', '/api/v1/attachments/not-a-uuid')).status).toBe(400);
    expect((await h.api(A.apiKey, 'GET', '/api/v1/attachments/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('keeps a UTF-8 file name and sends it RFC 6266-encoded', async () => {
    const v = await session(connA);
    const name = 'factura 東京 №5.pdf';
    const up = await upload(connA, v.token, { bytes: PDF, name }, { clientMessageId: 'utf8-name' });
    expect(up.status).toBe(202);
    expect(up.body.attachment.fileName).toBe(name);
    const [row] = await db().select().from(attachments).where(eq(attachments.parentId, up.body.messageId));
    const res = await fetch(`${h.url}/api/v1/attachments/${row!.id}`, { headers: { authorization: `Bearer ${A.apiKey}` } });
    await res.arrayBuffer();
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="factura __ _5.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
  });

  it('serves a signed link until it expires, and refuses a tampered one', async () => {
    const [row] = await db().select().from(attachments).where(and(eq(attachments.tenantId, A.tenantId), eq(attachments.status, 'stored'))).limit(1);
    const url = h.c.attachments.signedUrl(row!);
    expect(url.startsWith(`${h.env.PUBLIC_BASE_URL}/files/`)).toBe(true);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    await ok.arrayBuffer();

    // The same key with a clock 16 minutes back: its 15-minute link is already expired.
    const past = new FileUrlSigner(h.config.security.encryptionKey, 900, () => Date.now() - 16 * 60_000);
    expect((await fetch(`${h.url}/files/${past.sign({ attachmentId: row!.id, tenantId: row!.tenantId }).token}`)).status).toBe(404);
    const fresh = new FileUrlSigner(h.config.security.encryptionKey, 900, () => Date.now() - 14 * 60_000);
    const stillValid = await fetch(`${h.url}/files/${fresh.sign({ attachmentId: row!.id, tenantId: row!.tenantId }).token}`);
    expect(stillValid.status).toBe(200);
    await stillValid.arrayBuffer();

    const token = url.split('/files/')[1]!;
    const [body, sig] = token.split('.') as [string, string];
    const otherTenant = Buffer.from(JSON.stringify({ a: row!.id, t: B.tenantId, exp: 9_999_999_999 })).toString('base64url');
    for (const bad of [`${otherTenant}.${sig}`, `${body}.${sig.slice(0, -3)}abc`, body, 'x']) {
      expect((await fetch(`${h.url}/files/${bad}`)).status, bad).toBe(404);
    }
  });

  it('refuses executables and scripts whatever their name (415), storing nothing', async () => {
    const v = await session(connA);
    const before = { rows: await attachmentCount(), files: await storedFiles() };
    for (const [bytes, name] of [[ELF, 'holiday.jpg'], [PE, 'invoice.pdf'], [MACHO, 'photo.png'], [SHELL_SCRIPT, 'notes.txt']] as const) {
      const res = await upload(connA, v.token, { bytes, name, type: 'image/jpeg' }, { clientMessageId: `exe-${name}` });
      expect(res.status, name).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
    }
    expect(await attachmentCount()).toBe(before.rows);
    expect(await storedFiles()).toBe(before.files);
    const msgs = await db().select().from(messages).where(eq(messages.conversationId, v.conversationId));
    expect(msgs).toHaveLength(0);
  });

  it('answers 413 with the limit above the tenant limit and stores nothing; 400 for truncated or missing files; 401 without a token', async () => {
    const v = await session(connB);
    const set = await h.api(B.apiKey, 'PUT', '/api/v1/attachment-settings', { attachmentMaxBytes: 1000 });
    expect(set).toMatchObject({ status: 200, body: { attachmentMaxBytes: 1000, defaultMaxBytes: 25 * 1024 * 1024, effectiveMaxBytes: 1000 } });
    expect((await h.api(A.apiKey, 'GET', '/api/v1/attachment-settings')).body).toMatchObject({ attachmentMaxBytes: null, effectiveMaxBytes: 25 * 1024 * 1024 });
    expect((await h.api(B.apiKey, 'PUT', '/api/v1/attachment-settings', { attachmentMaxBytes: 0 })).status).toBe(400);
    expect((await h.api(B.apiKey, 'PUT', '/api/v1/attachment-settings', { attachmentMaxBytes: 2 ** 31 })).status).toBe(400);
    const audit = await h.api(B.apiKey, 'GET', '/api/v1/audit-log?action=tenant.set-attachment-limit');
    expect(audit.body.items[0]).toMatchObject({ entityId: B.tenantId, changes: { attachmentMaxBytes: { from: null, to: 1000 } } });
    const before = { rows: await attachmentCount(), files: await storedFiles() };
    const big = await upload(connB, v.token, { bytes: Buffer.concat([TEXT, Buffer.alloc(2000, 0x61)]), name: 'long.txt' }, { clientMessageId: 'big-1' });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: 'payload_too_large', details: { limitBytes: 1000 } });
    expect(await attachmentCount()).toBe(before.rows);
    expect(await storedFiles()).toBe(before.files);
    expect((await h.api(B.apiKey, 'PUT', '/api/v1/attachment-settings', { attachmentMaxBytes: null })).body.effectiveMaxBytes).toBe(25 * 1024 * 1024);

    const truncated = await fetch(`${h.url}/api/v1/webchat/${connB}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${v.token}`, 'content-type': 'multipart/form-data; boundary=XyZ' },
      body: '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n',
    });
    expect(truncated.status).toBe(400);
    expect(((await truncated.json()) as any).error.message).toMatch(/malformed or truncated|Unexpected end/i);
    const noFile = await upload(connB, v.token, null, { text: 'hello' });
    expect(noFile.status).toBe(400);
    expect((await upload(connB, undefined, { bytes: PNG_1X1, name: 'a.png' })).status).toBe(401);
    expect((await upload(connB, 'forged.token', { bytes: PNG_1X1, name: 'a.png' })).status).toBe(401);
    expect(await attachmentCount()).toBe(before.rows);
  });

  it("delivers an agent's multipart reply to the web chat with a signed link, and shows it on the ticket", async () => {
    const v = await session(connA);
    const stream = await openSse(`${h.url}/api/v1/webchat/${connA}/stream?token=${encodeURIComponent(v.token)}`);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const take = await h.api(A.apiKey, 'POST', `/api/v1/conversations/${v.conversationId}/takeover`);
      expect(take.status).toBe(201);
      const ticketId = take.body.id as string;

      const form = new FormData();
      form.append('text', 'Here is your **invoice**');
      form.append('clientMessageId', 'agent-file-1');
      form.append('file', new Blob([new Uint8Array(PDF)], { type: 'image/png' }), 'invoice-42.pdf');
      const res = await fetch(`${h.url}/api/v1/tickets/${ticketId}/messages`, { method: 'POST', headers: { authorization: `Bearer ${A.apiKey}` }, body: form });
      expect(res.status).toBe(202);
      const { messageId } = (await res.json()) as { messageId: string };

      const delivered = await stream.waitFor((e) => e.event === 'message' && e.data.id === messageId);
      expect(delivered.data).toMatchObject({ direction: 'out', senderType: 'agent', kind: 'file', text: 'Here is your **invoice**' });
      const att = delivered.data.payload.attachments[0];
      expect(att).toMatchObject({ mimeType: 'application/pdf', name: 'invoice-42.pdf', size: PDF.length });
      expect(att.url).toMatch(new RegExp(`^${h.env.PUBLIC_BASE_URL}/files/`));
      const file = await fetch(att.url);
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);

      // A visitor coming back gets the history with fresh signed links (no API key in the browser).
      const replay = await openSse(`${h.url}/api/v1/webchat/${connA}/stream?token=${encodeURIComponent(v.token)}`);
      try {
        const again = await replay.waitFor((e) => e.event === 'message' && e.data.id === messageId);
        const link = again.data.attachments[0].url as string;
        expect(link).toMatch(new RegExp(`^${h.env.PUBLIC_BASE_URL}/files/`));
        const viaReplay = await fetch(link);
        expect(Buffer.from(await viaReplay.arrayBuffer())).toEqual(PDF);
      } finally {
        replay.close();
      }

      const [row] = await db().select().from(attachments).where(eq(attachments.parentId, messageId));
      expect(row).toMatchObject({ parentType: 'message', conversationId: v.conversationId, contentType: 'application/pdf', status: 'stored' });
      expect(row!.uploadedBy).toMatch(/^[0-9a-f-]{36}$/);
      const ticket = await h.api(A.apiKey, 'GET', `/api/v1/tickets/${ticketId}`);
      const shown = ticket.body.messages.find((m: { id: string }) => m.id === messageId);
      expect(shown.attachments).toEqual([{ id: row!.id, fileName: 'invoice-42.pdf', contentType: 'application/pdf', size: PDF.length, url: `/api/v1/attachments/${row!.id}`, status: 'stored' }]);

      // An executable is refused here too; another tenant's ticket is 404.
      const exe = new FormData();
      exe.append('file', new Blob([new Uint8Array(ELF)]), 'photo.jpg');
      const refused = await fetch(`${h.url}/api/v1/tickets/${ticketId}/messages`, { method: 'POST', headers: { authorization: `Bearer ${A.apiKey}` }, body: exe });
      expect(refused.status).toBe(415);
      const foreign = new FormData();
      foreign.append('file', new Blob([new Uint8Array(PDF)]), 'x.pdf');
      expect((await fetch(`${h.url}/api/v1/tickets/${ticketId}/messages`, { method: 'POST', headers: { authorization: `Bearer ${B.apiKey}` }, body: foreign })).status).toBe(404);
    } finally {
      stream.close();
    }
  });

  it("erases a customer's files with the customer (GDPR): rows and bytes, keeping bytes another row still uses", async () => {
    const v = await session(connA);
    const mine = Buffer.concat([PDF, Buffer.from(`% only this customer's ${Date.now()}\n`)]);
    const a = await upload(connA, v.token, { bytes: mine, name: 'passport.pdf' }, { clientMessageId: 'gdpr-1' });
    const shared = await upload(connA, v.token, { bytes: PNG_1X1, name: 'shared.png' }, { clientMessageId: 'gdpr-2' });
    expect([a.status, shared.status]).toEqual([202, 202]);
    const [row] = await db().select().from(attachments).where(eq(attachments.parentId, a.body.messageId));
    const files = await storedFiles();
    const [conv] = await db().select({ customerId: sql<string>`customer_id` }).from(sql`conversations`).where(sql`id = ${v.conversationId}`);

    const erased = await h.api(A.apiKey, 'DELETE', `/api/v1/customers/${conv!.customerId}`);
    expect(erased.status).toBe(200);
    expect(await db().select().from(attachments).where(eq(attachments.conversationId, v.conversationId))).toHaveLength(0);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/attachments/${row!.id}`)).status).toBe(404);
    // The PDF was only this customer's; the PNG is still another message's file.
    expect(await storedFiles()).toBe(files - 1);
    const [other] = await db().select().from(attachments).where(and(eq(attachments.tenantId, A.tenantId), eq(attachments.contentType, 'image/png'), eq(attachments.status, 'stored'))).limit(1);
    const still = await fetch(`${h.url}/api/v1/attachments/${other!.id}`, { headers: { authorization: `Bearer ${A.apiKey}` } });
    expect(still.status).toBe(200);
    await still.arrayBuffer();
  });

  it('never answers an image alone with "not sure": the media rule escalates, and without the rule the bot says a person will look', async () => {
    const v = await session(connA);
    const up = await upload(connA, v.token, { bytes: PNG_1X1, name: 'photo.png' }, { clientMessageId: 'only-image' });
    expect(up.status).toBe(202);
    await processed(up.body.messageId);
    const [ticket] = await db().select().from(tickets).where(eq(tickets.conversationId, v.conversationId));
    expect(ticket?.escalationEvidence).toMatchObject({ ruleName: 'Media needs review', fired: ['mediaWithoutText'] });
    const [category] = await db().select({ name: ticketCategories.name }).from(ticketCategories).where(eq(ticketCategories.id, ticket!.categoryId!));
    expect(category?.name).toBe('media_needs_review');
    const out = await waitFor(async () => {
      const rows = await db().select().from(messages).where(and(eq(messages.conversationId, v.conversationId), eq(messages.direction, 'out')));
      return rows.length > 0 ? rows : undefined;
    }, { what: 'acknowledgement' });
    expect(out.map((m) => m.text)).not.toContain(UNSURE_TEXT);

    // The tenant turned the rule off: the bot still does not say "not sure".
    await db().update(escalationRules).set({ active: false }).where(and(eq(escalationRules.tenantId, B.tenantId), eq(escalationRules.category, 'media_needs_review')));
    await h.api(B.apiKey, 'GET', '/api/v1/escalation-rules'); // seeds the defaults if not yet
    await db().update(escalationRules).set({ active: false }).where(and(eq(escalationRules.tenantId, B.tenantId), eq(escalationRules.category, 'media_needs_review')));
    const w = await session(connB);
    const up2 = await upload(connB, w.token, { bytes: PNG_1X1, name: 'photo.png' }, { clientMessageId: 'only-image-2' });
    expect(up2.status).toBe(202);
    await processed(up2.body.messageId);
    const replies = await waitFor(async () => {
      const rows = await db().select().from(messages).where(and(eq(messages.conversationId, w.conversationId), eq(messages.direction, 'out')));
      return rows.length > 0 ? rows : undefined;
    }, { what: 'bot reply' });
    expect(replies.map((m) => m.text)).toEqual([MEDIA_RECEIVED_TEXT]);
    expect(await db().select().from(tickets).where(eq(tickets.conversationId, w.conversationId))).toHaveLength(0);
  });
});
