/**
 * Official Account API calls of the WeChat channel on the shared platform-http
 * (cancelling timeout, JSON, no hidden retry), and the access token they need.
 *
 * The access token (`/cgi-bin/token`, valid 2 h) is shared by every process:
 * cached in Redis until shortly before it expires, and fetched by one process
 * at a time under a Redis lock while the others wait for it. This matters
 * beyond saving calls: each fetch replaces the account's previous token (which
 * stays valid only a few minutes more), and the calls are counted against a
 * daily quota. A call refused for its token (40001, 42001, 40014) refreshes it
 * once and is repeated once: a refused call was not delivered, so repeating it
 * cannot send twice.
 *
 * WeChat answers its errors with HTTP 200 and an `errcode`; those are mapped
 * to the typed errors of `channels/platform-http.ts` like an HTTP status.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html
 */
import { createHash, randomUUID } from 'node:crypto';
import { PermanentSendError, RetryableSendError } from '../../src/domain/errors.js';
import { DEFAULT_TIMEOUT_MS, platformFetch, sendErrorForStatus, type PlatformResponse } from '../platform-http.js';
import type { ChannelContext } from '../types.js';
import { wechatErrorSchema, wechatTokenSchema, type WeChatCredentials } from './wechat.schema.js';

type Ctx = ChannelContext<WeChatCredentials>;

export const DEFAULT_WECHAT_API_BASE_URL = 'https://api.weixin.qq.com';
const PLATFORM = 'WeChat API';
/** A cached token is dropped this long before WeChat's expiry, so no call goes out with a token about to lapse. */
const EXPIRY_MARGIN_S = 300;
const POLL_MS = 50;
/** errcodes that mean "this access token is not (or no longer) valid". */
export const TOKEN_ERRORS = new Set([40001, 40014, 42001]);

/**
 * errcodes that ask us to slow down, as the wait before the next try:
 * -1 "system busy" (try again shortly), 45011 the per-minute API quota,
 * 45009 the daily API quota (checked again every five minutes: an admin may
 * reset it in the console).
 */
const RATE_LIMIT_WAIT_MS: ReadonlyMap<number, number | undefined> = new Map([
  [-1, undefined],
  [45011, 60_000],
  [45009, 300_000],
]);

/** What an admin needs to know about errcodes that are a setup problem, not a message problem. */
const HINTS: Readonly<Record<number, string>> = {
  40164: "the gateway's outbound IP address is not on the account's IP whitelist",
  40013: 'the AppID is not valid',
  40125: 'the AppSecret is not valid',
  43004: 'the customer does not follow the account (any more)',
  45047: 'too many customer-service messages since the customer last wrote; WeChat accepts more once they write again',
};

/** The customer-service window: WeChat accepts messages to a customer for 48 h after their last message, menu click or follow. */
export const WINDOW_CLOSED_CODE = 45015;
export const WINDOW_CLOSED_REASON = "outside the 48-hour customer service window: WeChat delivers customer-service messages only within 48 hours of the customer's last message";

export const baseUrl = (ctx: Ctx) => (ctx.endpoints.wechatApiBaseUrl ?? DEFAULT_WECHAT_API_BASE_URL).replace(/\/+$/, '');
export const timeoutOf = (ctx: Ctx) => ctx.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;

/** A non-zero `errcode` of a 200 answer, if there is one. */
export function errcodeOf(res: PlatformResponse): { errcode: number; errmsg: string } | undefined {
  const parsed = wechatErrorSchema.safeParse(res.json);
  return parsed.success && parsed.data.errcode !== 0 ? { errcode: parsed.data.errcode, errmsg: parsed.data.errmsg ?? '' } : undefined;
}

/** A failed call → the typed error that decides the job's fate, or undefined when the call succeeded. */
export function wechatFailure(res: PlatformResponse): Error | undefined {
  if (!res.ok) {
    const err = errcodeOf(res);
    const detail = err ? `errcode ${err.errcode} ${err.errmsg}` : res.text.trim().slice(0, 200) || 'no error body';
    return sendErrorForStatus(res.status, `${PLATFORM} ${res.status}: ${detail}`, { retryAfter: res.headers.get('retry-after') });
  }
  const err = errcodeOf(res);
  if (!err) return undefined;
  const hint = HINTS[err.errcode];
  const reason = `${PLATFORM} errcode ${err.errcode}: ${err.errmsg.split(' rid:')[0]?.trim() || 'no message'}${hint ? ` (${hint})` : ''}`;
  if (err.errcode === WINDOW_CLOSED_CODE) return new PermanentSendError(`${WINDOW_CLOSED_REASON} (errcode ${WINDOW_CLOSED_CODE})`);
  if (RATE_LIMIT_WAIT_MS.has(err.errcode)) return sendErrorForStatus(429, reason, { retryAfterMs: RATE_LIMIT_WAIT_MS.get(err.errcode) });
  if (TOKEN_ERRORS.has(err.errcode)) return new RetryableSendError(`${reason} (even after a token refresh)`);
  return new PermanentSendError(reason);
}

/** `GET /cgi-bin/token`: a new access token for the account (which replaces the previous one). */
async function requestToken(ctx: Ctx): Promise<{ token: string; expiresIn: number }> {
  const url = new URL(`${baseUrl(ctx)}/cgi-bin/token`);
  url.search = new URLSearchParams({ grant_type: 'client_credential', appid: ctx.credentials.appId, secret: ctx.credentials.appSecret }).toString();
  const res = await platformFetch({ platform: `${PLATFORM} (token)`, url, timeoutMs: timeoutOf(ctx) });
  const failure = wechatFailure(res);
  if (failure) throw failure;
  const parsed = wechatTokenSchema.safeParse(res.json);
  if (!parsed.success) throw new RetryableSendError(`${PLATFORM}: unexpected answer from /cgi-bin/token`);
  return { token: parsed.data.access_token, expiresIn: parsed.data.expires_in };
}

/** Per account and secret: a connection with a wrong secret can never read another's token. */
function tokenKey(ctx: Ctx): string {
  const account = createHash('sha256').update(`${ctx.credentials.appId}\0${ctx.credentials.appSecret}`).digest('hex').slice(0, 32);
  return `${ctx.keyPrefix ?? 'gw'}:wechat:token:${account}`;
}

/** Deletes the lock only if it is still ours (it may have expired and been taken by another process). */
const RELEASE_LOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * The account's access token: the cached one, unless it is `rejected` (WeChat
 * just refused it), else a new one fetched by exactly one process: the lock
 * holder fetches and caches it, the others wait for it to appear.
 */
export async function accessToken(ctx: Ctx, rejected?: string): Promise<string> {
  const key = tokenKey(ctx);
  const lockKey = `${key}:lock`;
  const lockMs = timeoutOf(ctx) + 5_000;
  const deadline = Date.now() + lockMs + 5_000;
  for (;;) {
    const cached = await ctx.redis.get(key);
    if (cached && cached !== rejected) return cached;
    const lockId = randomUUID();
    if (await ctx.redis.set(lockKey, lockId, 'PX', lockMs, 'NX')) {
      try {
        // Refreshed by another process between our read and our lock.
        const again = await ctx.redis.get(key);
        if (again && again !== rejected) return again;
        const fresh = await requestToken(ctx);
        const ttlS = Math.max(fresh.expiresIn - EXPIRY_MARGIN_S, Math.ceil(fresh.expiresIn / 2));
        await ctx.redis.set(key, fresh.token, 'PX', ttlS * 1000);
        return fresh.token;
      } finally {
        await ctx.redis.eval(RELEASE_LOCK, 1, lockKey, lockId);
      }
    }
    if (Date.now() > deadline) throw new RetryableSendError(`${PLATFORM}: timed out waiting for another process to fetch the access token`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function post(ctx: Ctx, path: string, token: string, body: unknown): Promise<PlatformResponse> {
  const url = new URL(`${baseUrl(ctx)}${path}`);
  url.searchParams.set('access_token', token);
  return platformFetch({ platform: PLATFORM, url, method: 'POST', json: body, timeoutMs: timeoutOf(ctx) });
}

/**
 * One call with the access token: refused for its token, the token is
 * refreshed and the call made once more. Throws the typed error of a failure.
 */
export async function withAccessToken(ctx: Ctx, attempt: (token: string) => Promise<PlatformResponse>): Promise<PlatformResponse> {
  const token = await accessToken(ctx);
  let res = await attempt(token);
  const err = res.ok ? errcodeOf(res) : undefined;
  if (err && TOKEN_ERRORS.has(err.errcode)) {
    ctx.logger.info({ errcode: err.errcode }, 'WeChat refused the access token: refreshing it once');
    res = await attempt(await accessToken(ctx, token));
  }
  const failure = wechatFailure(res);
  if (failure) throw failure;
  return res;
}

/** POSTs `body` to an API path with the access token; throws the typed error of a failure. */
export async function callApi(ctx: Ctx, path: string, body: unknown): Promise<PlatformResponse> {
  return withAccessToken(ctx, (token) => post(ctx, path, token, body));
}
