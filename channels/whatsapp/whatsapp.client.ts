/**
 * Graph API calls of the WhatsApp channel on the shared platform-http
 * (cancelling timeout, JSON, no hidden retry): the token in the Authorization
 * header, never in the URL, and Graph's error answers turned into the typed
 * error that decides a job's fate. Graph names its rate limits by error code
 * rather than by status, so those codes are read here; everything else goes
 * through the shared status mapping.
 *
 * @see https://developers.facebook.com/docs/graph-api/guides/error-handling
 */
import { RateLimitedError, RetryableSendError } from '../../src/domain/errors.js';
import { platformFetch, retryAfterMs, sendErrorForStatus, type PlatformResponse } from '../platform-http.js';
import type { ChannelContext } from '../types.js';
import { graphErrorBodySchema, type WhatsAppCredentials } from './whatsapp.schema.js';

type Ctx = ChannelContext<WhatsAppCredentials>;

/**
 * Waits for Graph's rate-limit codes, which come without `Retry-After` and say
 * which window was hit: 130429 is the number's per-second throughput (refills
 * within a second); 131056 the per-user pair limit (~1 message per 6 s to one
 * customer); 4, 613 and 80007 are call counts over a rolling hour, checked
 * again once a minute. A `Retry-After` header, when present, wins.
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
const RATE_LIMIT_WAIT_MS: Readonly<Record<number, number>> = { 130429: 1000, 131056: 6000, 4: 60_000, 613: 60_000, 80007: 60_000 };

/** One Graph call: the token in the Authorization header (never in the URL, so never in a log). */
export function graph(ctx: Ctx, method: 'GET' | 'POST', path: string, body?: unknown, query: Record<string, string> = {}): Promise<PlatformResponse> {
  const url = new URL(`${ctx.endpoints.whatsappGraphApiUrl.replace(/\/+$/, '')}/${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return platformFetch({ platform: 'WhatsApp Graph', url, method, headers: { authorization: `Bearer ${ctx.credentials.accessToken}` }, json: body, timeoutMs: ctx.requestTimeoutMs });
}

/** A Graph error answer → its code (131047...) and the typed error that decides the job's fate. */
export function graphFailure(res: PlatformResponse): { code?: number; graphMessage: string; error: Error } {
  const parsed = graphErrorBodySchema.safeParse(res.json);
  const e = parsed.success ? parsed.data.error : undefined;
  const details = e?.error_data?.details;
  const graphMessage = e ? (details && !e.message.includes(details) ? `${e.message} (${details})` : e.message) : res.text.trim().slice(0, 200) || 'no error body';
  const code = e?.code;
  // Graph's messages usually start with "(#131026)" already.
  const reason = `WhatsApp Graph ${res.status}${code !== undefined && !graphMessage.includes(`(#${code})`) ? ` (#${code})` : ''}: ${graphMessage}`;
  const retryAfter = res.headers.get('retry-after');
  const fixed = code !== undefined ? RATE_LIMIT_WAIT_MS[code] : undefined;
  if (fixed !== undefined) return { code, graphMessage, error: new RateLimitedError(retryAfterMs(retryAfter) ?? fixed, reason) };
  if (e?.is_transient && res.status !== 429) return { code, graphMessage, error: new RetryableSendError(reason, { status: res.status }) };
  return { code, graphMessage, error: sendErrorForStatus(res.status, reason, { retryAfter }) };
}
