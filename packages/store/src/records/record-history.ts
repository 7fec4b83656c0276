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
  readonly changedAt: string;
}

function historyContext(table: string, field: string): string {
  return `record_history.${table}.${field}`;
}

/** Appends one history row per changed field; values of encrypted fields are encrypted here too. */
export async function writeHistory(
  ctx: StoreContext,
  entry: { table: string; recordId: string; recordVersion: number; actor: Actor; changes: readonly FieldChange[] },
): Promise<void> {
  if (entry.changes.length === 0) return;
  const encode = (change: FieldChange, value: unknown) => {
    if (value === null || value === undefined) return null;
    const json = JSON.stringify(value);
    return change.encrypted ? ctx.cipher.encrypt(json, historyContext(entry.table, change.field)) : json;
  };
  await ctx.db
    .insertInto('record_history')
    .values(
      entry.changes.map((change) => ({
        table_name: entry.table,
        record_id: entry.recordId,
        record_version: entry.recordVersion,
        field: change.field,
        old_value: encode(change, change.oldValue),
        new_value: encode(change, change.newValue),
        encrypted: change.encrypted,
        actor_user_id: entry.actor.userId,
      })),
    )
    .execute();
}

const historyQuerySchema = z.object({ table: z.string().regex(/^[a-z_]{1,63}$/u), recordId: id });

export function createHistoryRepository(ctx: StoreContext) {
  return {
    /** Every recorded change of one record, oldest first, with encrypted values decrypted. */
    async forRecord(table: string, recordId: string): Promise<HistoryEntry[]> {
      const query = parseInput(historyQuerySchema, { table, recordId }, 'history query');
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
        };
      });
    },
  };
}
