import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../db/database.ts';
import { latestSchemaVersion } from '../db/migrations.ts';
import { StoreError } from '../errors.ts';
import {
  encryptReferralHistoryRow,
  encryptReferralRow,
  REFERRAL_REASONS_ENCRYPTED_FROM_SCHEMA,
} from '../cases/encrypt-referral-reasons.ts';
import { cipherOf, type Store } from '../open-store.ts';
import { BACKUP_TABLES, USER_DATA_TABLES, type BackupTable } from './backup-tables.ts';

/**
 * The backup format, version 1: UTF-8 JSON lines.
 *   {"format":"raksa-backup","formatVersion":1,"schemaVersion":6,"keyId":"…","createdAt":"…"}
 *   {"table":"organisations","row":{…column: value…}}   (one line per row, tables in BACKUP_TABLES order)
 *   {"end":true,"rows":1234}
 * Encrypted columns are copied as stored (ciphertext), so the backup is as safe as the database
 * and needs the same data key to be read.
 */
export const BACKUP_FORMAT = 'raksa-backup';
export const BACKUP_FORMAT_VERSION = 1;
const PAGE_SIZE = 500;
const MAX_LINE_BYTES = 64 * 1024 * 1024;

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/u),
  createdAt: z.string(),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const rowLineSchema = z.object({ table: z.string(), row: z.record(z.string(), z.unknown()) }).strict();
const endLineSchema = z.object({ end: z.literal(true), rows: z.number().int().min(0) }).strict();

async function writeLine(writable: Writable, value: unknown): Promise<void> {
  if (!writable.write(`${JSON.stringify(value)}\n`)) await once(writable, 'drain');
}

/** Writes every table of the store to `writable`; returns the number of rows written. */
export async function backup(store: Store, writable: Writable): Promise<{ rows: number }> {
  let rows = 0;
  await store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: store.schemaVersion,
        keyId: store.keyId,
        createdAt: new Date().toISOString(),
      };
      await writeLine(writable, header);
      for (const table of BACKUP_TABLES) {
        for (let offset = 0; ; offset += PAGE_SIZE) {
          const page = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table.name)}
            ORDER BY ${sql.raw(table.orderBy)} LIMIT ${PAGE_SIZE} OFFSET ${offset}`.execute(trx);
          for (const row of page.rows) await writeLine(writable, { table: table.name, row });
          rows += page.rows.length;
          if (page.rows.length < PAGE_SIZE) break;
        }
      }
      await writeLine(writable, { end: true, rows });
    });
  return { rows };
}

async function jsonColumnsOf(db: Executor): Promise<Map<string, Set<string>>> {
  const result = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND data_type IN ('json', 'jsonb')`.execute(db);
  const byTable = new Map<string, Set<string>>();
  for (const row of result.rows) {
    const set = byTable.get(row.table_name) ?? new Set<string>();
    set.add(row.column_name);
    byTable.set(row.table_name, set);
  }
  return byTable;
}

async function isEmpty(db: Executor): Promise<boolean> {
  for (const table of USER_DATA_TABLES) {
    const found = await sql`SELECT 1 FROM ${sql.table(table)} LIMIT 1`.execute(db);
    if (found.rows.length > 0) return false;
  }
  return true;
}

export interface RestoreOptions {
  /** Replace the contents of a database that already holds data. */
  readonly replaceExisting?: boolean;
}

/**
 * Restores a backup into the store, in one transaction: everything or nothing. Refuses a backup
 * from a newer schema, one made with another data key, and a database that already holds data
 * unless `replaceExisting` is set.
 */
export async function restore(
  store: Store,
  readable: Readable,
  options: RestoreOptions = {},
): Promise<{ rows: number }> {
  const lines = createInterface({ input: readable, crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  const parseLine = (text: string, lineNumber: number): unknown => {
    if (Buffer.byteLength(text, 'utf8') > MAX_LINE_BYTES) {
      throw new StoreError('backup_invalid', `line ${lineNumber} of the backup is longer than ${MAX_LINE_BYTES} bytes`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new StoreError('backup_invalid', `line ${lineNumber} of the backup is not JSON`);
    }
  };

  const first = await iterator.next();
  if (first.done) throw new StoreError('backup_invalid', 'the backup is empty');
  const header = headerSchema.safeParse(parseLine(first.value, 1));
  if (!header.success)
    throw new StoreError('backup_invalid', 'the first line is not a Raksa backup header (format version 1)');
  if (header.data.schemaVersion > latestSchemaVersion()) {
    throw new StoreError(
      'schema_too_new',
      `the backup is from schema version ${header.data.schemaVersion}; this version of Raksa knows up to ${latestSchemaVersion()}`,
    );
  }
  if (header.data.keyId !== store.keyId) {
    throw new StoreError(
      'key_mismatch',
      `the backup was encrypted with data key ${header.data.keyId}, this store uses ${store.keyId}`,
    );
  }

  const tablesByName = new Map(BACKUP_TABLES.map((table) => [table.name, table]));
  // A backup from before schema 12 holds referral reasons in clear: they are encrypted on the way
  // in, as the store's upgrade does for a database (cases/encrypt-referral-reasons.ts).
  const fromBeforeEncryptedReasons = header.data.schemaVersion < REFERRAL_REASONS_ENCRYPTED_FROM_SCHEMA;
  const upgradeRow = (tableName: string, row: Record<string, unknown>): Record<string, unknown> => {
    if (!fromBeforeEncryptedReasons) return row;
    if (tableName === 'referrals') return encryptReferralRow(row, cipherOf(store));
    if (tableName === 'record_history') return encryptReferralHistoryRow(row, cipherOf(store));
    return row;
  };
  let rows = 0;
  await store.db.transaction().execute(async (trx) => {
    if (!options.replaceExisting && !(await isEmpty(trx))) {
      throw new StoreError(
        'not_empty',
        'the database already holds data: restore into an empty one, or replace it explicitly',
      );
    }
    await sql`TRUNCATE ${sql.join(BACKUP_TABLES.map((t) => sql.table(t.name)))} CASCADE`.execute(trx);
    const jsonColumns = await jsonColumnsOf(trx);
    const deferred: Array<{ table: BackupTable; row: Record<string, unknown> }> = [];
    let lastTableIndex = -1;
    let ended = false;
    let lineNumber = 1;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      lineNumber += 1;
      if (next.value.trim() === '') continue;
      if (ended) throw new StoreError('backup_invalid', `line ${lineNumber} follows the end marker`);
      const value = parseLine(next.value, lineNumber);
      const end = endLineSchema.safeParse(value);
      if (end.success) {
        if (end.data.rows !== rows) {
          throw new StoreError(
            'backup_invalid',
            `the backup announces ${end.data.rows} rows but holds ${rows}: it is truncated or altered`,
          );
        }
        ended = true;
        continue;
      }
      const line = rowLineSchema.safeParse(value);
      if (!line.success)
        throw new StoreError('backup_invalid', `line ${lineNumber} is neither a row nor the end marker`);
      const table = tablesByName.get(line.data.table);
      if (!table)
        throw new StoreError('backup_invalid', `line ${lineNumber} names an unknown table ${line.data.table}`);
      const tableIndex = BACKUP_TABLES.indexOf(table);
      if (tableIndex < lastTableIndex)
        throw new StoreError('backup_invalid', `line ${lineNumber}: tables out of order`);
      lastTableIndex = tableIndex;
      const row: Record<string, unknown> = {};
      const json = jsonColumns.get(table.name);
      for (const [column, columnValue] of Object.entries(line.data.row)) {
        if (table.deferredColumns?.includes(column)) continue;
        row[column] = json?.has(column) && columnValue !== null ? JSON.stringify(columnValue) : columnValue;
      }
      await trx.insertInto(table.name).values(upgradeRow(table.name, row)).execute();
      if (
        table.deferredColumns?.some((column) => line.data.row[column] !== null && line.data.row[column] !== undefined)
      ) {
        deferred.push({ table, row: line.data.row });
      }
      rows += 1;
    }
    if (!ended) throw new StoreError('backup_invalid', 'the backup has no end marker: it is truncated');
    for (const { table, row } of deferred) {
      const values = Object.fromEntries((table.deferredColumns ?? []).map((column) => [column, row[column] ?? null]));
      await trx.updateTable(table.name).set(values).where('id', '=', row['id']).execute();
    }
    for (const table of BACKUP_TABLES) {
      for (const column of table.serialColumns ?? []) {
        await sql`SELECT setval(pg_get_serial_sequence(${table.name}, ${column}),
          coalesce((SELECT max(${sql.ref(column)}) FROM ${sql.table(table.name)}), 0) + 1, false)`.execute(trx);
      }
    }
  });
  return { rows };
}
