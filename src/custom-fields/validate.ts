/**
 * Custom-field values (seed 000 CustomField): checked against the tenant's
 * definitions on every write of a ticket, customer or conversation. Pure: the
 * definitions are loaded by ./custom-fields.service.ts.
 */
import { PayloadError } from '../domain/errors.js';
import { hasInvalidText, isStorableDate } from '../domain/input.js';

import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES, type CustomFieldEntity, type CustomFieldType } from '../domain/model.js';

export { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES, type CustomFieldEntity, type CustomFieldType };

/** A field key as it appears in JSON bodies and in `cf.<key>=` list filters. */
export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,49}$/;
export const TEXT_VALUE_MAX = 2000;

export interface CustomFieldDefinition {
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
}

export type CustomFieldValues = Record<string, string | number | null>;

const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** One value: the stored form, or the reason it is wrong (without the field's name). */
export function checkValue(def: CustomFieldDefinition, value: unknown): { ok: true; value: string | number } | { ok: false; reason: string } {
  switch (def.type) {
    case 'text':
      if (typeof value !== 'string') return { ok: false, reason: 'must be a string' };
      if (value.length > TEXT_VALUE_MAX) return { ok: false, reason: `must have at most ${TEXT_VALUE_MAX} characters` };
      if (hasInvalidText(value)) return { ok: false, reason: 'contains a character that is not allowed' };
      return { ok: true, value };
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, reason: 'must be a number' };
      return { ok: true, value };
    case 'date': {
      if (typeof value !== 'string' || !DATE.test(value) || !isStorableDate(new Date(value))) return { ok: false, reason: 'must be an ISO 8601 date (e.g. 2026-11-01)' };
      return { ok: true, value };
    }
    case 'dropdown':
      if (typeof value !== 'string' || !def.options.includes(value)) return { ok: false, reason: `must be one of: ${def.options.join(', ')}` };
      return { ok: true, value };
  }
}

/**
 * Merges `incoming` into `existing` (a `null` value removes a field) and checks
 * the result: unknown keys, wrong types and missing required fields are a 400
 * naming the field. On create (`existing` undefined) every required field must
 * be given; on update a required field may not be removed.
 */
export function validateCustomFields(defs: readonly CustomFieldDefinition[], entity: CustomFieldEntity, incoming: unknown, existing?: Record<string, unknown>): CustomFieldValues {
  if (incoming !== undefined && (incoming === null || typeof incoming !== 'object' || Array.isArray(incoming))) {
    throw new PayloadError('customFields: must be an object of field keys to values');
  }
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const out: CustomFieldValues = {};
  for (const [k, v] of Object.entries(existing ?? {})) if (byKey.has(k) && (typeof v === 'string' || typeof v === 'number')) out[k] = v;
  for (const [k, v] of Object.entries((incoming ?? {}) as Record<string, unknown>)) {
    const def = byKey.get(k);
    if (!def) throw new PayloadError(`customFields.${k.slice(0, 60)}: no such ${entity} custom field`);
    if (v === null) {
      if (def.required) throw new PayloadError(`customFields.${k}: "${def.label}" is required`);
      delete out[k];
      continue;
    }
    const r = checkValue(def, v);
    if (!r.ok) throw new PayloadError(`customFields.${k}: "${def.label}" ${r.reason}`);
    out[k] = r.value;
  }
  if (existing === undefined) {
    for (const d of defs) if (d.required && out[d.key] === undefined) throw new PayloadError(`customFields.${d.key}: "${d.label}" is required`);
  }
  return out;
}

/** The changes between two value sets, for history events (`field-added` / `field-removed`). */
export function diffCustomFields(before: Record<string, unknown>, after: Record<string, unknown>): Array<{ key: string; old: unknown; new: unknown }> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: Array<{ key: string; old: unknown; new: unknown }> = [];
  for (const k of keys) if (before[k] !== after[k]) out.push({ key: k, old: before[k] ?? null, new: after[k] ?? null });
  return out;
}
