/** The shared platform HTTP layer (channels/platform-http.ts) against a local server. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETRY_AFTER_MS,
  bytesMatch,
  contentDispositionFileName,
  downloadForUpload,
  platformDownload,
  platformFetch,
  retryAfterMs,
  secretMatches,
  sendErrorForStatus,
  transportError,
} from '../../channels/platform-http.js';
import { errorMessage, MediaTooLargeError, PermanentSendError, RateLimitedError, RetryableSendError } from '../../src/domain/errors.js';

let server: Server;
let url: string;
/** Requests whose connection the client closed before the server answered. */
let aborted = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/hang') return void req.on('close', () => void aborted++);
    if (req.url === '/stall') {
      // Headers at once, then a body that never ends: the timeout must cover reading it too.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
      return void req.on('close', () => void aborted++);
    }
    if (req.url === '/html') return void res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    if (req.url === '/file') {
      res.writeHead(200, { 'content-type': 'image/png; charset=binary', 'content-length': '5', 'content-disposition': `attachment; filename="plain.png"; filename*=UTF-8''r%C3%A9sum%C3%A9.png` });
      return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a]));
    }
    if (req.url === '/big') {
      // Declares a large body and sends only a little: a client that trusts the length never reads it.
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': '50000000' });
      res.write(Buffer.alloc(1024));
      return void req.on('close', () => void aborted++);
    }
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      const timer = setInterval(() => res.write(Buffer.alloc(8192)), 1);
      return void res.on('close', () => {
        clearInterval(timer);
        aborted++;
      });
    }
    if (req.url === '/gone') return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not found"}');
    if (req.url === '/busy') return void res.writeHead(503, { 'retry-after': '3' }).end();
    if (req.url === '/moved') return void res.writeHead(302, { location: '/echo' }).end();
    if (req.url === '/kept') return void res.writeHead(307, { location: `${url}/echo` }).end();
    if (req.url === '/loop') return void res.writeHead(301, { location: '/loop' }).end();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, contentType: req.headers['content-type'], body: Buffer.concat(chunks).toString() }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('platformFetch', () => {
  it('sends JSON and form bodies and parses a JSON answer', async () => {
    const json = await platformFetch({ platform: 'Test', url: `${url}/echo`, method: 'POST', json: { a: 1 } });
    expect(json).toMatchObject({ status: 200, ok: true, json: { method: 'POST', contentType: 'application/json', body: '{"a":1}' } });
    const form = await platformFetch({ platform: 'Test', url: `${url}/echo`, method: 'POST', form: new URLSearchParams({ b: '2' }) });
    expect(form.json).toMatchObject({ contentType: 'application/x-www-form-urlencoded', body: 'b=2' });
  });

  it('answers any status as it came; a body that is not JSON is kept as text', async () => {
    const res = await platformFetch({ platform: 'Test', url: `${url}/html` });
    expect(res).toMatchObject({ status: 502, ok: false, text: '<h1>Bad gateway</h1>', json: undefined });
  });

  it('a timeout cancels the request (the server sees the connection close) and is retryable', async () => {
    const before = aborted;
    const err = await platformFetch({ platform: 'Test API', url: `${url}/hang`, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableSendError);
    expect(errorMessage(err)).toBe('Test API request failed: timed out after 200 ms');
    await new Promise((r) => setTimeout(r, 100));
    expect(aborted).toBe(before + 1);
  });

  it('the timeout also covers a body that stops halfway', async () => {
    const before = aborted;
    const err = await platformFetch({ platform: 'Test API', url: `${url}/stall`, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(errorMessage(err)).toMatch(/timed out after 200 ms/);
    await new Promise((r) => setTimeout(r, 100));
    expect(aborted).toBe(before + 1);
  });

  it('follows redirects as fetch does: 302 turns a POST into a GET, 307 keeps it and its body, a loop fails retryably', async () => {
    const moved = await platformFetch({ platform: 'Test', url: `${url}/moved`, method: 'POST', json: { a: 1 } });
    expect(moved.json).toMatchObject({ method: 'GET', body: '' });
    const kept = await platformFetch({ platform: 'Test', url: `${url}/kept`, method: 'POST', json: { a: 1 } });
    expect(kept.json).toMatchObject({ method: 'POST', contentType: 'application/json', body: '{"a":1}' });
    const err = await platformFetch({ platform: 'Test API', url: `${url}/loop` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableSendError);
  });

  it('a refused connection is retryable and names the platform, not the URL', async () => {
    const err = await platformFetch({ platform: 'Test API', url: 'http://127.0.0.1:9/bot123:SECRET/x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableSendError);
    expect(errorMessage(err)).toMatch(/^Test API request failed: /);
    expect(errorMessage(err)).not.toContain('SECRET');
  });
});

describe('platformDownload', () => {
  it('reads the file, its media type without parameters, and the name Content-Disposition gives (filename* first)', async () => {
    const got = await platformDownload({ platform: 'Test', url: `${url}/file`, maxBytes: 100 });
    expect([...got.body]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0a]);
    expect(got.contentType).toBe('image/png');
    expect(got.fileName).toBe('résumé.png');
  });

  it('a declared length past the limit → MediaTooLargeError before reading, and the request is aborted', async () => {
    const before = aborted;
    const err = await platformDownload({ platform: 'Test', url: `${url}/big`, maxBytes: 1_000_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MediaTooLargeError);
    expect((err as MediaTooLargeError).limitBytes).toBe(1_000_000);
    await vi.waitFor(() => expect(aborted).toBeGreaterThan(before));
  });

  it('a stream without a length is counted and aborted past the limit', async () => {
    const before = aborted;
    const err = await platformDownload({ platform: 'Test', url: `${url}/endless`, maxBytes: 100_000, timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MediaTooLargeError);
    await vi.waitFor(() => expect(aborted).toBeGreaterThan(before));
  });

  it('404 → PermanentSendError (gone), 503 → RetryableSendError, a stalled body → a retryable timeout', async () => {
    const gone = await platformDownload({ platform: 'Test', url: `${url}/gone`, maxBytes: 100 }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(PermanentSendError);
    expect((gone as PermanentSendError).status).toBe(404);
    expect(await platformDownload({ platform: 'Test', url: `${url}/busy`, maxBytes: 100 }).catch((e: unknown) => e)).toBeInstanceOf(RetryableSendError);
    const stalled = await platformDownload({ platform: 'Test', url: `${url}/stall`, maxBytes: 100, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(stalled).toBeInstanceOf(RetryableSendError);
    expect(errorMessage(stalled)).toMatch(/timed out after 200 ms/);
  });

  it('an outbound file too large to upload is a permanent failure, not a retry', async () => {
    expect(await downloadForUpload(`${url}/big`, 1000).catch((e: unknown) => e)).toBeInstanceOf(PermanentSendError);
  });

  it('reads Content-Disposition names', () => {
    expect(contentDispositionFileName('attachment; filename="a b.pdf"')).toBe('a b.pdf');
    expect(contentDispositionFileName('inline; filename=plain.txt')).toBe('plain.txt');
    expect(contentDispositionFileName(`attachment; filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf`)).toBe('发票.pdf');
    expect(contentDispositionFileName('attachment')).toBeUndefined();
    expect(contentDispositionFileName(null)).toBeUndefined();
  });

  it('platformFetch sends a multipart body with its boundary', async () => {
    const form = new FormData();
    form.set('file', new Blob([Buffer.from('abc')], { type: 'text/plain' }), 'a.txt');
    const res = await platformFetch({ platform: 'Test', url: `${url}/echo`, method: 'POST', multipart: form });
    expect((res.json as { contentType: string }).contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect((res.json as { body: string }).body).toContain('filename="a.txt"');
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it('reads delay-seconds and HTTP-dates; anything else is undefined', () => {
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('0.5', now)).toBe(500);
    expect(retryAfterMs('Wed, 01 Jan 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0);
    for (const v of [null, undefined, '', 'soon', '-3']) expect(retryAfterMs(v, now)).toBeUndefined();
  });
});

describe('status → the job fate', () => {
  it('429 waits (the platform wait, the header, else the one default), 4xx is permanent, 408/5xx/declared ones retry', () => {
    expect((sendErrorForStatus(429, 'x', { retryAfter: '3' }) as RateLimitedError).retryAfterMs).toBe(3000);
    expect((sendErrorForStatus(429, 'x', { retryAfter: '3', retryAfterMs: 9000 }) as RateLimitedError).retryAfterMs).toBe(9000);
    expect((sendErrorForStatus(429, 'x') as RateLimitedError).retryAfterMs).toBe(DEFAULT_RETRY_AFTER_MS);
    for (const s of [400, 401, 403, 404, 409, 412, 413]) expect(sendErrorForStatus(s, 'x'), String(s)).toBeInstanceOf(PermanentSendError);
    for (const s of [408, 500, 502, 503, 504]) expect(sendErrorForStatus(s, 'x'), String(s)).toBeInstanceOf(RetryableSendError);
    expect(sendErrorForStatus(412, 'x', { retryable: [412] })).toBeInstanceOf(RetryableSendError);
    expect((sendErrorForStatus(403, 'Forbidden') as PermanentSendError).status).toBe(403);
  });

  it('a transport error cuts secrets out of the message', () => {
    expect(transportError('Telegram', new Error('request to http://x/bot1:TOKEN/sendMessage failed'), 100, ['1:TOKEN']).message).toBe(
      'Telegram request failed: request to http://x/bot<redacted>/sendMessage failed',
    );
  });
});

describe('constant-time comparisons', () => {
  it('match only equal, non-empty secrets', () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true);
    for (const given of [undefined, '', 's3cre', 's3cret!', 'S3CRET']) expect(secretMatches(given, 's3cret')).toBe(false);
    expect(bytesMatch(Buffer.from('ab'), Buffer.from('ab'))).toBe(true);
    expect(bytesMatch(Buffer.from('ab'), Buffer.from('abc'))).toBe(false);
    expect(bytesMatch(Buffer.alloc(0), Buffer.alloc(0))).toBe(false);
  });
});
