/**
 * One Bot API call through telegraf's `Telegram` client, with a timeout that
 * really cancels it (telegraf passes the signal to its fetch) and errors
 * mapped through the shared classification (channels/platform-http.ts). No
 * retry here: a send is not idempotent, retries belong to the job.
 * telegraf is imported on the first call: processes without a Telegram
 * connection (most workers) do not hold its ~3 MB of modules.
 */
import type { Telegram } from 'telegraf';
import { sendErrorForStatus, transportError } from '../platform-http.js';
import type { ChannelContext } from '../types.js';
import type { TelegramCredentials } from './telegram.schema.js';

type Ctx = ChannelContext<TelegramCredentials>;

/** telegraf's own timeout is 500 s; Telegram may take a while to fetch a media URL, hence more than the default. */
export const CALL_TIMEOUT_MS = 30_000;

type CallApiOptions = NonNullable<Parameters<Telegram['callApi']>[2]>;

let telegraf: typeof import('telegraf') | undefined;
let loading: Promise<typeof import('telegraf')> | undefined;
const loadTelegraf = () => (loading ??= import('telegraf').then((m) => (telegraf = m), (err: unknown) => ((loading = undefined), Promise.reject(err))));

/** Whether `err` is telegraf's API error (a Bot API answer with `ok: false`); false while telegraf was never loaded. */
export function isTelegramError(err: unknown): err is import('telegraf').TelegramError {
  return telegraf !== undefined && err instanceof telegraf.TelegramError;
}

export async function call<T = unknown>(ctx: Ctx, method: string, params: Record<string, unknown>): Promise<T> {
  const timeoutMs = ctx.requestTimeoutMs ?? CALL_TIMEOUT_MS;
  const { Telegram } = await loadTelegraf();
  const tg = new Telegram(ctx.credentials.botToken, { apiRoot: ctx.endpoints.telegramApiRoot });
  // telegraf types `signal` with the `abort-controller` polyfill; node-fetch accepts Node's own AbortSignal.
  const signal = AbortSignal.timeout(timeoutMs) as unknown as CallApiOptions['signal'];
  try {
    return (await tg.callApi(method as never, params as never, { signal })) as T;
  } catch (err) {
    if (!isTelegramError(err)) throw transportError('Telegram', err, timeoutMs, [ctx.credentials.botToken]);
    const { error_code: code, description, parameters } = err.response;
    const retryAfter = parameters?.retry_after;
    throw sendErrorForStatus(code, `Telegram ${code}: ${description}`, { retryAfterMs: retryAfter === undefined ? undefined : retryAfter * 1000, cause: err });
  }
}

