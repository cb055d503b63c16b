/**
 * Media files as the fake platforms serve and receive them: one place for how
 * a download is answered (with an exact `Content-Length`, chunked without one,
 * or an endless chunked stream that only a byte-counting client stops) and
 * how a multipart upload is read (undici's own multipart parser, the one a
 * real server's framework would use).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocal } from './http-util.js';

/**
 * How the body goes out: `length` with an exact Content-Length; `chunked`
 * without any length; `endless` chunked and never finished (until the client
 * hangs up): only a client that counts the bytes and aborts gets out of it.
 */
export type MediaMode = 'length' | 'chunked' | 'endless';

export interface FakeMediaFile {
  body: Buffer;
  contentType: string;
  fileName?: string;
  mode?: MediaMode;
}

/** A few bytes that start like a JPEG (the app sniffs the type from them). */
export const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

/** `size` bytes of a JPEG-looking file. */
export function fakeJpeg(size = 2048): Buffer {
  const body = Buffer.alloc(Math.max(size, JPEG_MAGIC.length), 0x5a);
  JPEG_MAGIC.copy(body);
  return body;
}

/** Counts the endless streams a client aborted (the fake notices the closed connection). */
export const mediaStats = { abortedStreams: 0 };

/** Writes a file as a download answer in the file's mode. */
export function writeMedia(res: ServerResponse, file: FakeMediaFile, extraHeaders: Record<string, string> = {}): void {
  const headers: Record<string, string> = { 'content-type': file.contentType, ...extraHeaders };
  if (file.fileName) headers['content-disposition'] = `attachment; filename="${file.fileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
  const mode = file.mode ?? 'length';
  if (mode === 'length') {
    res.writeHead(200, { ...headers, 'content-length': String(file.body.length) });
    res.end(file.body);
    return;
  }
  res.writeHead(200, headers);
  if (mode === 'chunked') {
    // Several writes so the client sees a stream, not one buffer.
    const step = Math.max(1, Math.ceil(file.body.length / 8));
    for (let i = 0; i < file.body.length; i += step) res.write(file.body.subarray(i, i + step));
    res.end();
    return;
  }
  const chunk = file.body.length > 0 ? file.body : Buffer.alloc(16_384, 0x5a);
  const timer = setInterval(() => {
    if (!res.destroyed) res.write(chunk);
  }, 2);
  res.on('close', () => {
    clearInterval(timer);
    mediaStats.abortedStreams++;
  });
}

export interface UploadedFile {
  field: string;
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** A multipart/form-data body → its text fields and files. Throws when the body is not multipart. */
export async function readMultipart(contentType: string | undefined, raw: Buffer): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType ?? '' } }).formData();
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') fields[field] = value;
    else files.push({ field, fileName: value.name, contentType: value.type, body: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

export interface FakeFileHost {
  /** Base URL, e.g. http://127.0.0.1:PORT */
  url: string;
  /** Serves `file` at `${url}/files/<name>`; returns that URL. */
  put(name: string, file: FakeMediaFile): string;
  /** How many times each path was downloaded. */
  hits: Map<string, number>;
  stop(): Promise<void>;
}

/**
 * Where an outbound attachment lives: the app's short-lived signed URL, which
 * an adapter downloads when the platform needs the bytes uploaded (Telegram's
 * multipart fallback, WhatsApp and WeChat media uploads).
 */
export async function startFakeFileHost(): Promise<FakeFileHost> {
  const files = new Map<string, FakeMediaFile>();
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    writeMedia(res, file);
  });
  const url = await listenLocal(server);
  return {
    url,
    hits,
    put(name, file) {
      const path = `/files/${encodeURIComponent(name)}`;
      files.set(path, file);
      return `${url}${path}`;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
