/**
 * Custom-field definitions per tenant and entity, and the validation every
 * write of a ticket, customer or conversation goes through (`validate`).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { customFieldDefinitions } from '../../drizzle/schema.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { isUuid } from '../domain/input.js';
import { validateCustomFields, type CustomFieldDefinition, type CustomFieldEntity, type CustomFieldType, type CustomFieldValues } from './validate.js';

export type CustomFieldRow = typeof customFieldDefinitions.$inferSelect;

export interface CustomFieldInput {
  entity: CustomFieldEntity;
  key: string;
  label: string;
  type: CustomFieldType;
  options?: string[];
  required?: boolean;
}

function checkOptions(type: CustomFieldType, options: string[] | undefined): string[] {
  if (type !== 'dropdown') {
    if (options?.length) throw new PayloadError('options: only dropdown fields have options');
    return [];
  }
  if (!options?.length) throw new PayloadError('options: a dropdown needs at least one option');
  if (new Set(options).size !== options.length) throw new PayloadError('options: must be distinct');
  return options;
}

/** The definitions of one entity, for callers that validate in their own transaction. */
export async function customFieldDefinitionsOf(db: DbOrTx, tenantId: string, entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
  return db
    .select({ key: customFieldDefinitions.key, label: customFieldDefinitions.label, type: customFieldDefinitions.type, options: customFieldDefinitions.options, required: customFieldDefinitions.required })
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.tenantId, tenantId), eq(customFieldDefinitions.entity, entity)));
}

/**
 * Checks `incoming` values of an entity of this tenant against its definitions
 * and returns the merged values to store (a 400 naming the field otherwise).
 * `existing` is the stored values on update, undefined on create.
 */
export async function validateCustomFieldValues(
  db: DbOrTx,
  tenantId: string,
  entity: CustomFieldEntity,
  incoming: unknown,
  existing?: Record<string, unknown>,
): Promise<CustomFieldValues> {
  return validateCustomFields(await customFieldDefinitionsOf(db, tenantId, entity), entity, incoming, existing);
}

export class CustomFieldsService {
  constructor(private readonly db: Db) {}

  list(tenantId: string, entity?: CustomFieldEntity): Promise<CustomFieldRow[]> {
    return this.db
      .select()
      .from(customFieldDefinitions)
      .where(and(eq(customFieldDefinitions.tenantId, tenantId), entity ? eq(customFieldDefinitions.entity, entity) : undefined))
      .orderBy(asc(customFieldDefinitions.entity), asc(customFieldDefinitions.key));
  }

  async get(tenantId: string, id: string): Promise<CustomFieldRow> {
    if (!isUuid(id)) throw new NotFoundError('custom field');
    const [row] = await this.db.select().from(customFieldDefinitions).where(and(eq(customFieldDefinitions.tenantId, tenantId), eq(customFieldDefinitions.id, id)));
    if (!row) throw new NotFoundError('custom field');
    return row;
  }

  async create(tenantId: string, input: CustomFieldInput): Promise<CustomFieldRow> {
    const options = checkOptions(input.type, input.options);
    const [row] = await this.db
      .insert(customFieldDefinitions)
      .values({ tenantId, entity: input.entity, key: input.key, label: input.label, type: input.type, options, required: input.required ?? false })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new PayloadError(`key: the ${input.entity} field "${input.key}" already exists`);
    return row;
  }

  /** Label, options and required may change; entity, key and type may not (stored values depend on them). */
  async update(tenantId: string, id: string, patch: { label?: string; options?: string[]; required?: boolean }): Promise<CustomFieldRow> {
    const current = await this.get(tenantId, id);
    const options = patch.options === undefined ? current.options : checkOptions(current.type, patch.options);
    const [row] = await this.db
      .update(customFieldDefinitions)
      .set({ label: patch.label ?? current.label, options, required: patch.required ?? current.required, updatedAt: sql`now()` })
      .where(and(eq(customFieldDefinitions.tenantId, tenantId), eq(customFieldDefinitions.id, id)))
      .returning();
    return row!;
  }

  /** Removes the definition; stored values stay in the records but are no longer shown as fields or accepted on writes. */
  async delete(tenantId: string, id: string): Promise<void> {
    await this.get(tenantId, id);
    await this.db.delete(customFieldDefinitions).where(and(eq(customFieldDefinitions.tenantId, tenantId), eq(customFieldDefinitions.id, id)));
  }

  validate(tenantId: string, entity: CustomFieldEntity, incoming: unknown, existing?: Record<string, unknown>): Promise<CustomFieldValues> {
    return validateCustomFieldValues(this.db, tenantId, entity, incoming, existing);
  }
}
