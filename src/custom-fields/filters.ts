/**
 * `cf.<key>=value` query parameters of the list endpoints (tickets, conversations,
 * customers) → equality filters on the entity's `custom_fields` JSON.
 */
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { PayloadError } from '../domain/errors.js';
import { CUSTOM_FIELD_KEY } from './validate.js';

export type CustomFieldFilters = Record<string, string>;

/** Reads every `cf.<key>` parameter; 400 for a malformed key or a repeated / oversized value. */
export function customFieldFilters(query: Record<string, unknown>): CustomFieldFilters {
  const out: CustomFieldFilters = {};
  for (const [k, v] of Object.entries(query)) {
    if (!k.startsWith('cf.')) continue;
    const key = k.slice(3);
    if (!CUSTOM_FIELD_KEY.test(key)) throw new PayloadError(`${k.slice(0, 60)}: custom field keys are lowercase letters, digits and _`);
    if (typeof v !== 'string' || v.length > 2000) throw new PayloadError(`${k}: give one value`);
    out[key] = v;
  }
  return out;
}

/** One condition per filter: the stored value, as text, equals the given one. */
export function customFieldConditions(column: AnyColumn, filters: CustomFieldFilters | undefined): SQL[] {
  return Object.entries(filters ?? {}).map(([k, v]) => sql`${column} ->> ${k} = ${v}`);
}
