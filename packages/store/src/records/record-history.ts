import { sql } from 'kysely';
import { z } from 'zod';
import { parseInput } from '../validation/parse-input.ts';
import { id, type Actor } from '../validation/fields.ts';
import type { StoreContext } from './store-context.ts';

export interface FieldChange {
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
  readonly encrypted: boolean;
}

export interface HistoryEntry {
  readonly id: number;
  readonly table: string;
  readonly recordId: string;
  readonly recordVersion: number;
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
  readonly encrypted: boolean;
  readonly actorUserId: string | null;
  /** When the change was written (the transaction's time). */
  readonly changedAt: string;
  /** When the change took effect, if its writer stated a past time (a case opened in 2024); else null. */
  readonly effectiveAt: string | null;
}

/** One record_history row, encoded (encrypted where the field is), waiting to be written. */
interface HistoryRow {
  readonly tableName: string;
  readonly recordId: string;
  readonly recordVersion: number;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly encrypted: boolean;
  readonly actorUserId: string | null;
  readonly effectiveAt: string | null;
}

/** The history rows of a transaction not yet written: they are written together, in one statement. */
export interface PendingHistory {
  rows: HistoryRow[];
}

/** Pending rows are written once this many have gathered (and always before the transaction commits). */
const FLUSH_AT_ROWS = 1_000;

export function historyContext(table: string, field: string): string {
  return `record_history.${table}.${field}`;
}

/**
 * Appends one history row per changed field; values of encrypted fields are encrypted here too.
 * In a transaction the rows wait in `ctx.pendingHistory` and are written in bulk (one statement for
 * up to FLUSH_AT_ROWS rows instead of one per change), at the latest before the transaction commits.
 */
export async function writeHistory(
  ctx: StoreContext,
  entry: {
    table: string;
    recordId: string;
    recordVersion: number;
    actor: Actor;
    changes: readonly FieldChange[];
    /** The past time the caller stated for the change, if any (see HistoryEntry.effectiveAt). */
    effectiveAt?: string | null;
  },
): Promise<void> {
  if (entry.changes.length === 0) return;
  const encode = (change: FieldChange, value: unknown) => {
    if (value === null || value === undefined) return null;
    const json = JSON.stringify(value);
    return change.encrypted ? ctx.cipher.encrypt(json, historyContext(entry.table, change.field)) : json;
  };
  const rows = entry.changes.map((change): HistoryRow => ({
    tableName: entry.table,
    recordId: entry.recordId,
    recordVersion: entry.recordVersion,
    field: change.field,
    oldValue: encode(change, change.oldValue),
    newValue: encode(change, change.newValue),
    encrypted: change.encrypted,
    actorUserId: entry.actor.userId,
    effectiveAt: entry.effectiveAt ?? null,
  }));
  if (!ctx.pendingHistory) {
    await insertHistoryRows(ctx, rows);
    return;
  }
  ctx.pendingHistory.rows.push(...rows);
  if (ctx.pendingHistory.rows.length >= FLUSH_AT_ROWS) await flushHistory(ctx);
}

/** Writes the transaction's pending history rows now (before it commits, or before history is read). */
export async function flushHistory(ctx: StoreContext): Promise<void> {
  const pending = ctx.pendingHistory;
  if (!pending || pending.rows.length === 0) return;
  const rows = pending.rows;
  pending.rows = [];
  await insertHistoryRows(ctx, rows);
}

/**
 * One INSERT for any number of rows: each column is sent as one array parameter and unnested, so the
 * statement stays small (nine parameters) however many rows it carries; rows keep their order.
 */
async function insertHistoryRows(ctx: StoreContext, rows: readonly HistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof HistoryRow>(key: K) => rows.map((row) => row[key]);
  await sql`
    INSERT INTO record_history
      (table_name, record_id, record_version, field, old_value, new_value, encrypted, actor_user_id, effective_at)
    SELECT table_name, record_id, record_version, field, old_value, new_value, encrypted, actor_user_id, effective_at
    FROM unnest(
      ${column('tableName')}::text[], ${column('recordId')}::uuid[], ${column('recordVersion')}::integer[],
      ${column('field')}::text[], ${column('oldValue')}::text[], ${column('newValue')}::text[],
      ${column('encrypted')}::boolean[], ${column('actorUserId')}::uuid[], ${column('effectiveAt')}::timestamptz[]
    ) WITH ORDINALITY AS pending (table_name, record_id, record_version, field, old_value, new_value, encrypted,
      actor_user_id, effective_at, position)
    ORDER BY position`.execute(ctx.db);
}

const historyQuerySchema = z.object({ table: z.string().regex(/^[a-z_]{1,63}$/u), recordId: id });

export function createHistoryRepository(ctx: StoreContext) {
  return {
    /** Every recorded change of one record, oldest first, with encrypted values decrypted. */
    async forRecord(table: string, recordId: string): Promise<HistoryEntry[]> {
      const query = parseInput(historyQuerySchema, { table, recordId }, 'history query');
      await flushHistory(ctx);
      const rows = (await ctx.db
        .selectFrom('record_history')
        .selectAll()
        .where('table_name', '=', query.table)
        .where('record_id', '=', query.recordId)
        .orderBy('id')
        .execute()) as Array<Record<string, unknown>>;
      return rows.map((row) => {
        const encrypted = row['encrypted'] === true;
        const field = String(row['field']);
        const decode = (stored: unknown) => {
          if (stored === null || stored === undefined) return null;
          const json = encrypted
            ? ctx.cipher.decrypt(String(stored), historyContext(query.table, field))
            : String(stored);
          return JSON.parse(json) as unknown;
        };
        return {
          id: Number(row['id']),
          table: query.table,
          recordId: query.recordId,
          recordVersion: Number(row['record_version']),
          field,
          oldValue: decode(row['old_value']),
          newValue: decode(row['new_value']),
          encrypted,
          actorUserId: (row['actor_user_id'] as string | null) ?? null,
          changedAt: String(row['changed_at']),
          effectiveAt:
            row['effective_at'] === null || row['effective_at'] === undefined ? null : String(row['effective_at']),
        };
      });
    },
  };
}
