/** Request parsing shared by every route: zod, and a 400 that says which field is wrong. */
import type { z } from 'zod';
import { PayloadError } from '../domain/errors.js';

/** Parses a body or a query string; a mismatch is a PayloadError (400) naming each bad field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new PayloadError(parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
}
