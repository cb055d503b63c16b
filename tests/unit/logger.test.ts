/** Redaction of the product logger: field paths, errors through an allow-list, secrets inside text. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactText } from '../../src/logging/logger.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', destination: new Writable({ write: (c: Buffer, _e, cb) => (lines.push(c.toString()), cb()) }) });
  return { logger, text: () => lines.join('') };
}

/** drizzle-orm's DrizzleQueryError: the message ends with the parameters; the postgres.js error is its cause. */
function drizzleError(params: unknown[]) {
  const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { name: 'PostgresError', code: '22021', severity: 'ERROR' });
  Object.defineProperties(cause, { parameters: { value: params, enumerable: true }, query: { value: 'insert into x values ($1)', enumerable: true } });
  return Object.assign(new Error(`Failed query: insert into "messages" ("text") values ($1)\nparams: ${params.join(',')}`), { name: 'DrizzleQueryError', params, cause });
}

describe('logger redaction', () => {
  it('logs SQL errors without their parameters, at any nesting', () => {
    const { logger, text } = capture();
    const err = drizzleError(['webhook-secret-123', 'customer text 456']);
    logger.error({ err }, 'unhandled error');
    logger.error({ job: { failure: err } }, 'nested');
    logger.error(err);
    const out = text();
    expect(out).not.toContain('webhook-secret-123');
    expect(out).not.toContain('customer text 456');
    expect(out).toContain('22021');
    expect(out).toContain('DrizzleQueryError');
  });

  it('drops request payloads and configs that HTTP client errors carry', () => {
    const { logger, text } = capture();
    const telegrafLike = Object.assign(new Error('400: Bad Request: chat not found'), { on: { method: 'sendMessage', payload: { chat_id: 1, text: 'the customer text' } }, response: { description: 'x' } });
    const axiosLike = Object.assign(new Error('Request failed with status code 401'), { config: { headers: { Authorization: 'Bearer abc.def.ghi' } }, status: 401 });
    logger.warn({ err: telegrafLike }, 'send failed');
    logger.warn({ err: new Error('wrapped', { cause: axiosLike }) }, 'connect failed');
    const out = text();
    expect(out).not.toContain('the customer text');
    expect(out).not.toContain('abc.def.ghi');
    expect(out).toContain('chat not found');
    expect(out).toContain('"status":401');
  });

  it('redacts secrets inside messages and strings', () => {
    expect(redactText('GET https://api.telegram.org/bot123456789:AAH-abcdefghijklmnopqrstuvwxyz/sendMessage failed')).not.toContain('AAH-abcdefghijklmnopqrstuvwxyz');
    expect(redactText('Authorization: Bearer eyJhbGciOi.x.y')).toBe('Authorization: Bearer [redacted]');
    expect(redactText('key gwk_0a1b2c3d_secretpart rejected')).toBe('key gwk_[redacted] rejected');
    expect(redactText('operator gwo_0a1b2c3d_secretpart')).toBe('operator gwo_[redacted]');
    expect(redactText('/stream?access_token=abc&x=1')).toBe('/stream?access_token=[redacted]&x=1');
    const { logger, text } = capture();
    logger.info({ url: 'https://x.example/cb?token=tok-999' }, 'calling gwk_0a1b2c3d_zzz');
    expect(text()).not.toContain('tok-999');
    expect(text()).not.toContain('zzz');
  });

  it('still redacts by field path', () => {
    const { logger, text } = capture();
    logger.info({ connection: { webhookSecret: 'ws-1', credentials: { botToken: 'bt-1' } }, apiKey: 'k-1' }, 'x');
    for (const s of ['ws-1', 'bt-1', 'k-1']) expect(text()).not.toContain(s);
  });
});
