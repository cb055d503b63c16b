/**
 * The Messaging API client: `@line/bot-sdk` builds and parses every request,
 * platform-http carries it. The SDK's own HTTP client calls `fetch` with no
 * timeout and no way to pass a signal, so a LINE API that stops answering
 * would hold a worker for as long as the socket lives (a `Promise.race` only
 * stops waiting, the request goes on). The client is therefore given a
 * transport on {@link platformFetch}, whose timeout cancels the request, and
 * which answers and fails exactly as the SDK's own does (a `Response`, or
 * `HTTPFetchError` for a non-2xx status).
 *
 * The SDK is loaded on the first call, not with the channel registry: the
 * webhook path (signature, parsing) needs none of it, so a gateway process
 * that only receives never carries it.
 */
import type { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { platformFetch } from '../platform-http.js';
import type { ChannelContext } from '../types.js';
import type { LineCredentials } from './line.schema.js';

/** A stuck call must not hold a worker; LINE answers in well under a second. */
const REQUEST_TIMEOUT_MS = 15_000;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** The three methods of the SDK's `HTTPFetchClient` the Messaging API client calls for what the gateway uses. */
class LineTransport {
  constructor(
    private readonly FetchError: typeof HTTPFetchError,
    private readonly baseURL: string,
    private readonly headers: Record<string, string>,
    private readonly timeoutMs: number,
  ) {}

  private async send(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, extra?: Record<string, string>): Promise<Response> {
    const url = new URL(path, this.baseURL);
    const res = await platformFetch({ platform: 'LINE API', url, method, headers: { ...this.headers, ...extra }, json: body, timeoutMs: this.timeoutMs });
    if (!res.ok) throw new this.FetchError(`${res.status}`, { status: res.status, statusText: '', headers: res.headers, body: res.text });
    return new Response(NULL_BODY_STATUSES.has(res.status) ? null : res.text, { status: res.status, headers: res.headers });
  }

  get(path: string, params?: Record<string, string>): Promise<Response> {
    return this.send('GET', params ? `${path}?${new URLSearchParams(params).toString()}` : path);
  }

  post(path: string, body?: unknown, config?: { headers?: Record<string, string> }): Promise<Response> {
    return this.send('POST', path, body ?? {}, config?.headers);
  }

  put(path: string, body?: unknown, config?: { headers?: Record<string, string> }): Promise<Response> {
    return this.send('PUT', path, body ?? {}, config?.headers);
  }
}

let sdk: Promise<typeof import('@line/bot-sdk')> | undefined;
/** A failed load (a broken install) is not remembered: the next call tries again. */
const theSdk = () => (sdk ??= import('@line/bot-sdk').catch((err: unknown) => ((sdk = undefined), Promise.reject(err))));

/** The SDK's `HTTPFetchError` (a non-2xx answer), recognised without loading the SDK. */
export function isHttpFetchError(err: unknown): err is HTTPFetchError {
  return err instanceof Error && err.name === 'HTTPFetchError' && typeof (err as { status?: unknown }).status === 'number';
}

/** Built per call from the connection's credentials: cheap (once the SDK is loaded), and never stale after a credential change. */
export async function lineClient(ctx: ChannelContext<LineCredentials>): Promise<messagingApi.MessagingApiClient> {
  const { HTTPFetchError, messagingApi } = await theSdk();
  const baseURL = ctx.endpoints.lineApiBaseUrl;
  const api = new messagingApi.MessagingApiClient({ channelAccessToken: ctx.credentials.channelAccessToken, baseURL });
  // `httpClient` is private in the SDK's types: checked at run time, and logged if it ever moves.
  if (!Reflect.has(api, 'httpClient')) {
    ctx.logger.warn('LINE SDK client has no reachable httpClient: its requests run without a timeout');
    return api;
  }
  const headers = { authorization: `Bearer ${ctx.credentials.channelAccessToken}` };
  Reflect.set(api, 'httpClient', new LineTransport(HTTPFetchError, baseURL, headers, ctx.requestTimeoutMs ?? REQUEST_TIMEOUT_MS));
  return api;
}
