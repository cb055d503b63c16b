/** The one pino logger. Secrets, tokens and signatures are redacted wherever they appear. */
import { pino, type Logger } from 'pino';

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
  'credentials',
  'apiKey',
  'token',
];

export function createLogger(opts: { level: string; pretty?: boolean; name?: string; /** 2 = stderr (CLIs whose stdout is data) */ fd?: 1 | 2 }): Logger {
  const options = {
    name: opts.name ?? 'gateway',
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(opts.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, destination: opts.fd ?? 1 } } } : {}),
  };
  return opts.pretty ? pino(options) : pino(options, pino.destination(opts.fd ?? 1));
}
