/**
 * Payload validation shared by the channels' normalisers: parse a webhook
 * body, zod-validate a platform payload and turn a failure into a
 * PayloadError (→ 400) whose reason names the bad field, e.g.
 * `events[0].message.id: Invalid input`, and settle a batch of events.
 *
 * Parsing is lenient, per event: schemas declare only what the gateway reads,
 * an event of a type it does not handle is `ignored` (200, logged with its
 * type), and one malformed event never costs the valid ones beside it.
 */
import type { z } from 'zod';
import { errorMessage, PayloadError } from '../src/domain/errors.js';
import type { InboundEvent } from './types.js';

export type Path = ReadonlyArray<PropertyKey>;

export function formatPath(path: Path): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** The raw webhook body as JSON; anything else is a PayloadError (`invalid JSON: …`). */
export function parseJsonBody(rawBody: Buffer | string): unknown {
  try {
    return JSON.parse(typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8'));
  } catch (err) {
    throw new PayloadError(`invalid JSON: ${errorMessage(err)}`);
  }
}

/** `what` names the payload in the message ("LINE webhook body"); `at` prefixes nested paths. */
export function checkPayload<T>(schema: z.ZodType<T>, value: unknown, what: string, at: Path = [], maxReasons = 1): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: formatPath([...at, ...issue.path]) || '(root)', message: issue.message }));
  const reason = issues.length
    ? issues
        .slice(0, maxReasons)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')
    : 'does not match the expected shape';
  throw new PayloadError(`invalid ${what}: ${reason}`, issues);
}

/**
 * Normalises each event of a batch on its own. An event that is malformed
 * (its normaliser throws a PayloadError) is `ignored` with the reason, so the
 * valid events beside it are still stored and the platform does not redeliver
 * a batch that can never pass. Only a delivery in which not one event could be
 * read is refused (PayloadError → 400): that is a broken sender, and the 400
 * shows in the platform's console.
 */
export function eachEvent<E>(events: readonly E[], normalize: (event: E, index: number) => InboundEvent): InboundEvent[] {
  const out: InboundEvent[] = [];
  let firstError: PayloadError | undefined;
  events.forEach((event, i) => {
    try {
      out.push(normalize(event, i));
    } catch (err) {
      if (!(err instanceof PayloadError)) throw err;
      firstError ??= err;
      out.push({ type: 'ignored', reason: `malformed event skipped: ${err.message}` });
    }
  });
  if (firstError && out.every((e) => e.type === 'ignored' && e.reason.startsWith('malformed event skipped'))) throw firstError;
  return out;
}
