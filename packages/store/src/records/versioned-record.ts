import { sql, type SelectQueryBuilder } from 'kysely';
import type { AnyDatabase } from '../db/database.ts';
import { StoreError, VersionConflictError, notFound } from '../errors.ts';
import type { Actor } from '../validation/fields.ts';
import { writeHistory, type FieldChange } from './record-history.ts';
import { withTransaction, type StoreContext } from './store-context.ts';

/**
 * How a record property is stored: as is, as jsonb, or encrypted (text, or JSON then encrypted).
 * Encrypted properties are decrypted on the way out and their history entries are encrypted too.
 */
export type FieldKind = 'plain' | 'json' | 'encrypted' | 'encrypted_json';

export interface TableSpec {
  /** Human name used in messages, e.g. "case". */
  readonly entity: string;
  readonly table: string;
  /** Record property name (camelCase) → kind; the column is its snake_case form. */
  readonly fields: Readonly<Record<string, FieldKind>>;
}

export interface BaseRecord {
  readonly id: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const columnNames = new Map<string, string>();

export function columnOf(property: string): string {
  let column = columnNames.get(property);
  if (column === undefined) {
    column = property.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);
    columnNames.set(property, column);
  }
  return column;
}

/** The associated data of an encrypted field: the table and column, so a value copied elsewhere does not decrypt. */
export function fieldContext(table: string, property: string): string {
  return `${table}.${columnOf(property)}`;
}

export function isEncrypted(kind: FieldKind | undefined): boolean {
  return kind === 'encrypted' || kind === 'encrypted_json';
}

function encodeValue(ctx: StoreContext, spec: TableSpec, property: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const kind = spec.fields[property];
  const context = fieldContext(spec.table, property);
  switch (kind) {
    case 'plain':
      return value;
    case 'json':
      return JSON.stringify(value);
    case 'encrypted':
      return ctx.cipher.encrypt(String(value), context);
    case 'encrypted_json':
      return ctx.cipher.encrypt(JSON.stringify(value), context);
    default:
      throw new StoreError('invalid_input', `${spec.entity} has no field ${property}`);
  }
}

function decodeValue(ctx: StoreContext, spec: TableSpec, property: string, stored: unknown): unknown {
  if (stored === null || stored === undefined) return null;
  const kind = spec.fields[property];
  const context = fieldContext(spec.table, property);
  switch (kind) {
    case 'encrypted':
      return ctx.cipher.decrypt(String(stored), context);
    case 'encrypted_json':
      return JSON.parse(ctx.cipher.decrypt(String(stored), context)) as unknown;
    case 'json':
      return typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
    default:
      return stored;
  }
}

/** Property values → column values, only for the properties present (undefined = not given). */
export function encodeRecord(ctx: StoreContext, spec: TableSpec, values: Record<string, unknown>) {
  const columns: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(values)) {
    if (value === undefined) continue;
    columns[columnOf(property)] = encodeValue(ctx, spec, property, value);
  }
  return columns;
}

export function decodeRecord<TRecord>(ctx: StoreContext, spec: TableSpec, row: Record<string, unknown>): TRecord {
  const record: Record<string, unknown> = {
    id: row['id'],
    version: row['version'],
    createdAt: row['created_at'],
    updatedAt: row['updated_at'],
  };
  for (const property of Object.keys(spec.fields)) {
    record[property] = decodeValue(ctx, spec, property, row[columnOf(property)]);
  }
  return record as TRecord;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export interface InsertOptions {
  /** Columns written as given and kept out of the record and its history (e.g. an attachment's bytes). */
  readonly extraColumns?: Record<string, unknown>;
  /** The past time the caller stated for the creation (a case opened in 2024), kept in its history. */
  readonly effectiveAt?: string | null;
}

/** Inserts a record; its history gets one row per field that is not null (defaults included). */
export async function insertRecord<TRecord extends BaseRecord>(
  ctx: StoreContext,
  spec: TableSpec,
  values: Record<string, unknown>,
  actor: Actor,
  options: InsertOptions = {},
): Promise<TRecord> {
  return withTransaction(ctx, async (tx) => {
    const row = (await tx.db
      .insertInto(spec.table)
      .values({ ...encodeRecord(tx, spec, values), ...options.extraColumns })
      .returningAll()
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    const record = decodeRecord<TRecord>(tx, spec, row);
    const changes: FieldChange[] = Object.keys(spec.fields)
      .filter((property) => (record as unknown as Record<string, unknown>)[property] !== null)
      .map((property) => ({
        field: property,
        oldValue: null,
        newValue: (record as unknown as Record<string, unknown>)[property],
        encrypted: isEncrypted(spec.fields[property]),
      }));
    await writeHistory(tx, {
      table: spec.table,
      recordId: record.id,
      recordVersion: record.version,
      actor,
      changes,
      effectiveAt: options.effectiveAt ?? null,
    });
    return record;
  });
}

export async function findRecord<TRecord>(
  ctx: StoreContext,
  spec: TableSpec,
  recordId: string,
  options: { forUpdate?: boolean } = {},
): Promise<TRecord | undefined> {
  let query = ctx.db.selectFrom(spec.table).selectAll().where('id', '=', recordId);
  if (options.forUpdate) query = query.forUpdate();
  const row = (await query.executeTakeFirst()) as Record<string, unknown> | undefined;
  return row ? decodeRecord<TRecord>(ctx, spec, row) : undefined;
}

export async function getRecord<TRecord>(ctx: StoreContext, spec: TableSpec, recordId: string): Promise<TRecord> {
  const record = await findRecord<TRecord>(ctx, spec, recordId);
  if (!record) throw notFound(spec.entity, recordId);
  return record;
}

/**
 * The change to apply: the new values, or a function of the current (locked, version-checked)
 * record that returns them, or throws when the change is not allowed for it (a transition check).
 */
export type RecordPatch<TRecord> = Record<string, unknown> | ((current: TRecord) => Record<string, unknown>);

export interface UpdateOptions {
  /** The past time the caller stated for the change (a referral accepted last week), kept in its history. */
  readonly effectiveAt?: string | null;
}

/**
 * Optimistic concurrency: the update applies only if the stored version is `expectedVersion`;
 * otherwise a `version_conflict` carrying the current record. Each changed field gets a history row.
 */
export async function updateRecord<TRecord extends BaseRecord>(
  ctx: StoreContext,
  spec: TableSpec,
  recordId: string,
  expectedVersion: number,
  patchOrChange: RecordPatch<TRecord>,
  actor: Actor,
  options: UpdateOptions = {},
): Promise<TRecord> {
  return withTransaction(ctx, async (tx) => {
    const current = await findRecord<TRecord>(tx, spec, recordId, { forUpdate: true });
    if (!current) throw notFound(spec.entity, recordId);
    if (current.version !== expectedVersion) {
      throw new VersionConflictError(spec.entity, recordId, expectedVersion, current);
    }
    const patch = typeof patchOrChange === 'function' ? patchOrChange(current) : patchOrChange;
    const currentValues = current as unknown as Record<string, unknown>;
    const changed = Object.fromEntries(
      Object.entries(patch).filter(
        ([property, value]) => value !== undefined && !sameValue(currentValues[property], value),
      ),
    );
    if (Object.keys(changed).length === 0) return current;
    const row = (await tx.db
      .updateTable(spec.table)
      .set({
        ...encodeRecord(tx, spec, changed),
        version: expectedVersion + 1,
        updated_at: sql`now()`,
      })
      .where('id', '=', recordId)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst()) as Record<string, unknown> | undefined;
    if (!row) throw new StoreError('conflict', `${spec.entity} ${recordId} changed during the update`);
    const updated = decodeRecord<TRecord>(tx, spec, row);
    await writeHistory(tx, {
      table: spec.table,
      recordId,
      recordVersion: updated.version,
      actor,
      changes: Object.keys(changed).map((property) => ({
        field: property,
        oldValue: currentValues[property] ?? null,
        newValue: (updated as unknown as Record<string, unknown>)[property] ?? null,
        encrypted: isEncrypted(spec.fields[property]),
      })),
      effectiveAt: options.effectiveAt ?? null,
    });
    return updated;
  });
}

export type AnySelect = SelectQueryBuilder<AnyDatabase, AnyDatabase, AnyDatabase>;

/** Records of one table selected by `refine` (filters, order, paging), decoded. */
export async function listRecords<TRecord>(
  ctx: StoreContext,
  spec: TableSpec,
  refine: (query: AnySelect) => AnySelect,
): Promise<TRecord[]> {
  const rows = (await refine(ctx.db.selectFrom(spec.table).selectAll(spec.table)).execute()) as Array<
    Record<string, unknown>
  >;
  return rows.map((row) => decodeRecord<TRecord>(ctx, spec, row));
}
