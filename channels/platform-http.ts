/**
 * Platform HTTP, written once for every channel (as novu's
 * `utils/http/provider-fetch.ts` does for its providers):
 *
 * - {@link platformFetch}: one `fetch` whose timeout really cancels the request
 *   (an `AbortSignal` that also covers reading the body), the body read as text
 *   and parsed as JSON when it is JSON, and no retry of its own;
 * - {@link retryAfterMs}: `Retry-After` as delay-seconds or an HTTP-date;
 * - {@link sendErrorForStatus} / {@link transportError}: an HTTP status, or a
 *   call that got no answer, → the typed error that decides the job's fate;
 * - {@link secretMatches} / {@link bytesMatch}: constant-time comparisons;
 * - {@link platformDownload}: a file download with a byte limit (the declared
 *   `Content-Length` first, then the bytes as they stream in; past the limit
 *   the request is aborted) and the same timeout and error mapping.
 *
 * Where a platform's SDK is the transport (telegraf, @line/bot-sdk, botbuilder),
 * its errors are mapped through the same two functions, so a 429, a 4xx, a 5xx
 * and a timeout mean the same on every channel (tests/contract/send.contract.test.ts).
 *
 * No retries here on purpose: a send is not idempotent on most platforms, so
 * retries belong to the job (deterministic id, backoff, attempt cap).
 */
import { timingSafeEqual } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { errorMessage, MediaTooLargeError, PermanentSendError, RateLimitedError, RetryableSendError } from '../src/domain/errors.js';

/** How long one platform call may take unless the channel or the context says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The wait after a 429 that names none (no `Retry-After`, no platform hint).
 * Every platform here documents its limits per second or per few seconds, and
 * the job waits again if the next try is refused, so one second is enough.
 */
export const DEFAULT_RETRY_AFTER_MS = 1000;

export interface PlatformRequest {
  /** Names the platform in error messages ("LINE API", "WhatsApp Graph"). Never the URL: some carry tokens. */
  platform: string;
  url: string | URL;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  /** A JSON body (sets `content-type: application/json`). */
  json?: unknown;
  /** A form body (`application/x-www-form-urlencoded`). */
  form?: URLSearchParams;
  /** A `multipart/form-data` body (file uploads); fetch writes the boundary. */
  multipart?: FormData;
  timeoutMs?: number;
}

export interface PlatformResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  text: string;
  /** The body parsed as JSON; `undefined` when it is not JSON (a proxy's HTML error page, say). */
  json: unknown;
}

export function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isTimeout = (err: unknown): boolean => err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');

/**
 * A call that got no HTTP answer (timeout, refused connection, DNS...): the
 * job retries it. The message names the platform and the reason; `secrets`
 * (a token an SDK put in its URL) are cut out of it.
 */
export function transportError(platform: string, err: unknown, timeoutMs?: number, secrets: readonly string[] = []): RetryableSendError {
  let reason = isTimeout(err) ? `timed out after ${timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : errorMessage(err);
  for (const secret of secrets) if (secret) reason = reason.split(secret).join('<redacted>');
  return new RetryableSendError(`${platform} request failed: ${reason}`, { cause: err });
}

/**
 * One request, answered with whatever status the platform sent. Rejects only with {@link transportError}.
 *
 * On `node:http(s)` rather than `fetch`: a platform call is one small JSON exchange, and fetch's
 * web streams cost about three times its CPU (0.55–0.85 ms against 0.18–0.29 ms per request, client
 * and server in one process), which a worker pays twice per answer (typing indicator and reply).
 * It behaves as fetch did here: redirects followed (at most {@link MAX_REDIRECTS}; 301/302/303 turn
 * a POST into a GET without body, and a redirect to another origin drops `authorization`), the
 * `user-agent` fetch sent, and no compressed answers asked for.
 */
export async function platformFetch(req: PlatformRequest): Promise<PlatformResponse> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'node', ...req.headers };
  let body: string | Buffer | undefined;
  if (req.multipart) {
    // fetch's own encoder writes the parts and the boundary.
    const encoded = new Response(req.multipart);
    headers['content-type'] = encoded.headers.get('content-type')!;
    body = Buffer.from(await encoded.arrayBuffer());
  } else if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.json);
  } else if (req.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = req.form.toString();
  }
  // One signal for the request and the body: a server that sends headers and then stalls is cut off too.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let url = new URL(req.url);
    let method: string = req.method ?? 'GET';
    for (let redirects = 0; ; redirects++) {
      const res = await exchange(url, method, headers, body, signal);
      const location = res.headers.get('location');
      if (!REDIRECT_STATUSES.has(res.status) || location === null) return res;
      if (redirects >= MAX_REDIRECTS) throw new Error('redirect count exceeded');
      const next = new URL(location, url);
      if (next.origin !== url.origin) delete headers.authorization;
      if (res.status === 303 ? method !== 'HEAD' : (res.status === 301 || res.status === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      url = next;
    }
  } catch (err) {
    throw transportError(req.platform, err, timeoutMs);
  }
}

/** fetch's limit (the Fetch standard's "redirect count"). */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** One HTTP exchange, the whole body read as UTF-8 text; `signal` aborts it at any point. */
function exchange(url: URL, method: string, headers: Record<string, string>, body: string | Buffer | undefined, signal: AbortSignal): Promise<PlatformResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const request = send(url, { method, headers: outgoing });
    const abort = () => {
      request.destroy();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    const done = () => signal.removeEventListener('abort', abort);
    request.on('error', (err) => {
      done();
      reject(err);
    });
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (err) => {
        done();
        reject(err);
      });
      res.on('end', () => {
        done();
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          const responseHeaders = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          resolve({ status, ok: status >= 200 && status < 300, headers: responseHeaders, text, json: parseJson(text) });
        } catch (err) {
          // A header value the Headers class refuses: no usable answer, as fetch would say.
          reject(err);
        }
      });
    });
    request.end(body);
  });
}

/**
 * `Retry-After` in ms: delay-seconds (`"120"`) or an HTTP-date; `undefined`
 * when absent or unreadable (the caller then falls back to {@link DEFAULT_RETRY_AFTER_MS}).
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface StatusErrorOptions {
  /** The `Retry-After` header as sent. */
  retryAfter?: string | null;
  /** A wait the platform gave in its body (Telegram's `parameters.retry_after`), in ms; wins over the header. */
  retryAfterMs?: number;
  /** 4xx statuses this platform documents as transient (Teams: 412). */
  retryable?: readonly number[];
  cause?: unknown;
}

/**
 * An HTTP failure → the job's fate, the same on every channel:
 * 429 → {@link RateLimitedError} (the platform's wait, else {@link DEFAULT_RETRY_AFTER_MS});
 * 408, 5xx and `retryable` → {@link RetryableSendError} (backoff, attempt cap);
 * any other 4xx → {@link PermanentSendError} (a retry cannot fix it).
 */
export function sendErrorForStatus(status: number, reason: string, opts: StatusErrorOptions = {}): Error {
  const options = { cause: opts.cause, status };
  if (status === 429) return new RateLimitedError(opts.retryAfterMs ?? retryAfterMs(opts.retryAfter) ?? DEFAULT_RETRY_AFTER_MS, reason, { cause: opts.cause });
  if (status >= 400 && status < 500 && status !== 408 && !opts.retryable?.includes(status)) return new PermanentSendError(reason, options);
  return new RetryableSendError(reason, options);
}

/** Compares two secrets without leaking where they differ; a missing or empty one never matches. */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  return bytesMatch(Buffer.from(given, 'utf8'), Buffer.from(expected, 'utf8'));
}

/** Constant-time equality of two byte strings (HMAC digests...); different lengths simply fail. */
export function bytesMatch(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** How long one media download may take (headers and body), unless the caller says otherwise. */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;

export interface DownloadRequest {
  /** Names the platform in error messages. Never the URL: some carry tokens (Telegram file URLs, WeChat `access_token`). */
  platform: string;
  url: string | URL;
  headers?: Record<string, string>;
  /** Largest body accepted; past it the download is aborted with {@link MediaTooLargeError}. */
  maxBytes: number;
  timeoutMs?: number;
  /** Cut out of error messages (a token in the URL). */
  secrets?: readonly string[];
}

export interface DownloadedFile {
  body: Buffer;
  /** The media type the server declared, without parameters. */
  contentType?: string;
  /** From `Content-Disposition`, when the server names the file. */
  fileName?: string;
  headers: Headers;
}

/** `filename*=UTF-8''…` (RFC 6266/5987) or `filename="…"` of a `Content-Disposition` header. */
export function contentDispositionFileName(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(value);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim()) || undefined;
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(value);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
  return name?.trim() || undefined;
}

const tooLarge = (platform: string, maxBytes: number, what: string) => new MediaTooLargeError(maxBytes, `${platform}: file ${what} than the limit of ${maxBytes} bytes`);

/**
 * Downloads one file with a byte limit. A declared `Content-Length` past
 * `maxBytes` stops before the body is read; a body without a length (chunked)
 * or longer than declared is counted as it streams in and the request aborted
 * the moment it passes the limit, so a huge or endless file never fills the
 * memory. One timeout covers the request and the whole body, and cancels it.
 *
 * Fails like {@link platformFetch}: a non-2xx status → {@link sendErrorForStatus}
 * (404, 403, 410… → `PermanentSendError`: the file is gone or not ours to read);
 * no answer → {@link transportError}; too large → {@link MediaTooLargeError}.
 */
export async function platformDownload(req: DownloadRequest): Promise<DownloadedFile> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  const failed = (err: unknown) => transportError(req.platform, err, timeoutMs, req.secrets);
  try {
    let res: Response;
    try {
      res = await fetch(req.url, { headers: req.headers, signal: controller.signal, redirect: 'follow' });
    } catch (err) {
      throw failed(err);
    }
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      const detail = text.trim().slice(0, 200) || 'no error body';
      const reason = `${req.platform} ${res.status}: ${detail}`;
      throw sendErrorForStatus(res.status, reason, { retryAfter: res.headers.get('retry-after') });
    }
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > req.maxBytes) {
      controller.abort();
      throw tooLarge(req.platform, req.maxBytes, `of ${declared} bytes is larger`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const reader = res.body?.getReader();
    if (reader) {
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch (err) {
          throw failed(err);
        }
        if (step.done) break;
        total += step.value.byteLength;
        if (total > req.maxBytes) {
          // Stop the transfer itself, not only the reading.
          controller.abort();
          await reader.cancel().catch(() => undefined);
          throw tooLarge(req.platform, req.maxBytes, 'is larger');
        }
        chunks.push(Buffer.from(step.value));
      }
    }
    const contentType = res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
    const fileName = contentDispositionFileName(res.headers.get('content-disposition'));
    return { body: Buffer.concat(chunks, total), headers: res.headers, ...(contentType ? { contentType } : {}), ...(fileName ? { fileName } : {}) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The bytes of an outbound attachment (the app's short-lived signed URL), for
 * a platform that takes uploads rather than URLs. A file past the platform's
 * upload limit can never go: `PermanentSendError`, not a retry.
 */
export async function downloadForUpload(url: string, maxBytes: number, timeoutMs?: number): Promise<DownloadedFile> {
  try {
    return await platformDownload({ platform: 'attachment download', url, maxBytes, timeoutMs });
  } catch (err) {
    if (err instanceof MediaTooLargeError) throw new PermanentSendError(`attachment too large to upload: ${err.message}`);
    throw err;
  }
}
