/**
 * Payload validation shared by the channels' normalisers: zod-validate a
 * platform payload and turn a failure into a PayloadError (→ 400) whose reason
 * names the bad field, e.g. `events[0].message.id: Invalid input`.
 */
import type { z } from 'zod';
import { PayloadError } from '../src/domain/errors.js';

export type Path = ReadonlyArray<PropertyKey>;

export function formatPath(path: Path): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
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
