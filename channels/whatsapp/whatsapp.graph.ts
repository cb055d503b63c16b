/**
 * A tiny Graph API client: one `fetch` per call, a timeout on every call, the
 * token in the Authorization header (never in the URL, so it cannot end up in
 * logs), and Graph's error JSON turned into a {@link GraphApiError}. It never
 * retries: a send is not idempotent on Meta's side, so retries belong to the
 * job (see whatsapp.adapter.ts).
 *
 * @see https://developers.facebook.com/docs/graph-api/guides/error-handling
 */
import { graphErrorBodySchema } from './whatsapp.schema.js';

/** A stuck call must not hold a worker; Graph answers sends in well under a second. */
export const GRAPH_TIMEOUT_MS = 15_000;

/** Graph answered with an HTTP error. `code` is Graph's error code (e.g. 131047), when it sent one. */
export class GraphApiError extends Error {
  constructor(
    readonly status: number,
    readonly graphMessage: string,
    readonly details: {
      code?: number;
      subcode?: number;
      type?: string;
      fbtraceId?: string;
      isTransient?: boolean;
      /** From a `Retry-After` header, when Graph (or a proxy) sent one. */
      retryAfterMs?: number;
    } = {},
  ) {
    // Graph's messages usually start with "(#131026)" already.
    const code = details.code !== undefined && !graphMessage.includes(`(#${details.code})`) ? ` (#${details.code})` : '';
    super(`WhatsApp Graph ${status}${code}: ${graphMessage}`);
    this.name = 'GraphApiError';
  }

  get code(): number | undefined {
    return this.details.code;
  }
}

export interface GraphRequest {
  baseUrl: string;
  accessToken: string;
  method: 'GET' | 'POST';
  /** Relative to the versioned base URL, e.g. `123456/messages`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Performs one call. Resolves with the parsed JSON body; rejects with GraphApiError or a plain network/timeout Error. */
export async function graphRequest(req: GraphRequest): Promise<unknown> {
  const url = new URL(`${req.baseUrl.replace(/\/+$/, '')}/${req.path}`);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: req.method,
      headers: {
        authorization: `Bearer ${req.accessToken}`,
        accept: 'application/json',
        ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: AbortSignal.timeout(GRAPH_TIMEOUT_MS),
    });
    text = await res.text();
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    const reason = timedOut ? `timed out after ${GRAPH_TIMEOUT_MS} ms` : err instanceof Error ? err.message : String(err);
    throw new Error(`WhatsApp Graph ${req.method} /${req.path.split('?')[0]} failed: ${reason}`, { cause: err });
  }
  const json = parseJson(text);
  if (res.ok) return json;

  const parsed = graphErrorBodySchema.safeParse(json);
  if (!parsed.success) {
    throw new GraphApiError(res.status, text.trim().slice(0, 200) || res.statusText || 'no error body', { retryAfterMs: retryAfterMs(res.headers) });
  }
  const e = parsed.data.error;
  const details = e.error_data?.details;
  const message = details && !e.message.includes(details) ? `${e.message} (${details})` : e.message;
  throw new GraphApiError(res.status, message, {
    code: e.code,
    subcode: e.error_subcode,
    type: e.type,
    fbtraceId: e.fbtrace_id,
    isTransient: e.is_transient,
    retryAfterMs: retryAfterMs(res.headers),
  });
}
