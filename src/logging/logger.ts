/**
 * The one pino logger. Secrets, tokens and signatures are redacted wherever
 * they appear: by field path (REDACT_PATHS), inside text (error messages and
 * stacks, log messages: bearer tokens, API keys, bot tokens in URLs, secret
 * query parameters), and errors are logged through an allow-list of fields, so
 * SQL parameters (drizzle's `params`, postgres.js `parameters`), platform
 * request payloads (message bodies) and HTTP client configs never reach a log.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-line-signature"]',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-telegram-bot-api-secret-token"]',
  '*.credentials',
  '*.botToken',
  '*.channelSecret',
  '*.channelAccessToken',
  '*.accessToken',
  '*.appSecret',
  '*.verifyToken',
  '*.appPassword',
  '*.apiKey',
  '*.token',
  '*.webhookSecret',
  '*.webhook_secret',
  '*.credentialsEnc',
  '*.credentials_enc',
  '*.smtpUrl',
  '*.pass',
  '*.password',
  'credentials',
  'smtpUrl',
  '*.passwordHash',
  '*.currentPassword',
  '*.newPassword',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'password',
  'apiKey',
  'token',
  'webhookSecret',
];

const CENSOR = '[redacted]';

/** Patterns of secrets inside free text, each with what replaces it. */
const TEXT_RULES: Array<[RegExp, string]> = [
  // drizzle's DrizzleQueryError message ends with the query's parameters.
  [/(\n|^)params: [\s\S]*$/, `$1params: ${CENSOR}`],
  // Passwords in URLs (SMTP_URL smtp://user:pass@host, database URLs).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"']+:)[^\s@/"']+@/gi, `$1${CENSOR}@`],
  [/\bBearer\s+[^\s"',;]+/gi, `Bearer ${CENSOR}`],
  // API and operator keys, stream tickets.
  [/\b(gw[kos]_|gst_)[A-Za-z0-9_-]+/g, `$1${CENSOR}`],
  // Telegram bot tokens (in Bot API URLs: /bot<id>:<secret>/method).
  [/\b(bot)?\d{5,}:[A-Za-z0-9_-]{20,}/g, `$1${CENSOR}`],
  // Signed attachment links (/files/<token>): whoever holds one downloads the file until it expires.
  [/(\/files\/)[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, `$1${CENSOR}`],
  [/([?&;\s"'](?:access_token|token|ticket|secret|secret_token|api_key|apikey|key|signature|sig|password|client_secret|code)=)[^&\s"']+/gi, `$1${CENSOR}`],
];

/** The text with every secret-looking part replaced by `[redacted]`. */
export function redactText(s: string): string {
  let out = s;
  for (const [re, by] of TEXT_RULES) out = out.replace(re, by);
  return out;
}

/** Error fields that say what went wrong without carrying request data. */
const SAFE_ERROR_FIELDS = ['code', 'status', 'statusCode', 'type', 'severity', 'routine', 'table_name', 'column_name', 'constraint_name', 'schema_name', 'retryAfterMs', 'retryAfterSeconds'];

interface SafeError {
  type: string;
  message: string;
  stack?: string;
  cause?: SafeError | string;
  [field: string]: unknown;
}

/**
 * An error as it may be logged: its type, redacted message and stack, a few
 * diagnostic fields, and its causes the same way. Everything else (query
 * parameters, request payloads, response bodies, client configs) is dropped.
 */
export function safeError(err: unknown, depth = 0): SafeError | string {
  if (!(err instanceof Error)) return typeof err === 'string' ? redactText(err) : redactText(String(err));
  const out: SafeError = { type: err.name || err.constructor?.name || 'Error', message: redactText(err.message ?? '') };
  if (err.stack) out.stack = redactText(err.stack);
  const rec = err as unknown as Record<string, unknown>;
  for (const f of SAFE_ERROR_FIELDS) {
    const v = rec[f];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[f] = typeof v === 'string' ? redactText(v) : v;
  }
  if (err.cause !== undefined && depth < 4) out.cause = safeError(err.cause, depth + 1);
  return out;
}

/** Walks a log record: errors become {@link safeError}, strings are redacted. Bounded depth, cycles cut. */
function sanitizeRecord(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return safeError(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value) || depth > 8) return '[…]';
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => sanitizeRecord(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: sanitizeRecord(v, depth + 1, seen), enumerable: true, writable: true, configurable: true });
  return out;
}

export function createLogger(opts: {
  level: string;
  pretty?: boolean;
  name?: string;
  /** 2 = stderr (CLIs whose stdout is data) */
  fd?: 1 | 2;
  /** Another destination (tests capture logs this way). */
  destination?: DestinationStream;
}): Logger {
  const options = {
    name: opts.name ?? 'gateway',
    level: opts.level,
    ...loggerSafety,
    ...(opts.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, destination: opts.fd ?? 1 } } } : {}),
  };
  if (opts.destination) return pino({ ...options, transport: undefined }, opts.destination);
  return opts.pretty ? pino(options) : pino(options, pino.destination(opts.fd ?? 1));
}

/**
 * The redaction options every pino logger of the project uses (also loggers
 * built elsewhere, e.g. by tests writing to a stream): field paths, error
 * allow-list, text patterns in messages and fields.
 */
export const loggerSafety = {
  redact: { paths: REDACT_PATHS, censor: CENSOR },
  // formatters.log has already made errors safe; these catch errors logged by pino itself.
  serializers: { err: (e: unknown) => (e instanceof Error ? safeError(e) : e), error: (e: unknown) => (e instanceof Error ? safeError(e) : e) },
  formatters: { log: (obj: Record<string, unknown>) => sanitizeRecord(obj, 0, new WeakSet()) as Record<string, unknown> },
  hooks: {
    logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
      // logger.error(err) would take err.message as the message unredacted: log it as { err } instead.
      const [first, ...rest] = args;
      const normalised = first instanceof Error ? [{ err: first }, ...(rest.length > 0 ? rest : [first.message])] : args;
      method.apply(
        this,
        normalised.map((a) => (typeof a === 'string' ? redactText(a) : a)),
      );
    },
  },
};
