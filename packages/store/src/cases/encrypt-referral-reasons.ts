import { sql } from 'kysely';
import { isEncryptedValue, type FieldCipher } from '../crypto/field-cipher.ts';
import { historyContext } from '../records/record-history.ts';
import type { StoreContext } from '../records/store-context.ts';
import { columnOf, fieldContext } from '../records/versioned-record.ts';

/**
 * Referral reasons were stored in clear before schema version 12 (see
 * migrations/0012_referral_reasons_encrypted.sql). This upgrade encrypts what an older version
 * wrote: the two columns of `referrals` and their entries in `record_history`, as the repository
 * writes them now. It runs every time the store opens (a restore of an older backup encrypts the
 * rows on the way in with the two row functions below); when nothing is left in clear it costs
 * three small queries.
 */
export const REFERRAL_REASONS_ENCRYPTED_FROM_SCHEMA = 12;

const TABLE = 'referrals';
/** The record's properties (the history's field names); their columns follow from `columnOf`. */
const REASON_PROPERTIES: readonly string[] = ['consentOverrideReason', 'statusReason'];

type Row = Record<string, unknown>;

const inClear = (value: unknown): value is string => typeof value === 'string' && !isEncryptedValue(value);

/** A `referrals` row with its reasons encrypted (rows already encrypted come back unchanged). */
export function encryptReferralRow(row: Row, cipher: FieldCipher): Row {
  const out = { ...row };
  for (const property of REASON_PROPERTIES) {
    const value = out[columnOf(property)];
    if (inClear(value)) out[columnOf(property)] = cipher.encrypt(value, fieldContext(TABLE, property));
  }
  return out;
}

/** A `record_history` row of a referral reason with its values encrypted; any other row unchanged. */
export function encryptReferralHistoryRow(row: Row, cipher: FieldCipher): Row {
  if (row['table_name'] !== TABLE || row['encrypted'] === true || !REASON_PROPERTIES.includes(String(row['field'])))
    return row;
  const context = historyContext(TABLE, String(row['field']));
  const encrypt = (value: unknown): unknown => (typeof value === 'string' ? cipher.encrypt(value, context) : value);
  return { ...row, old_value: encrypt(row['old_value']), new_value: encrypt(row['new_value']), encrypted: true };
}

/**
 * Encrypts every referral reason still in clear, in one transaction, then validates the
 * constraints that refuse reasons in clear. History rows are append-only (a trigger refuses any
 * change); their trigger is disabled for this one update inside the transaction, so no other
 * session ever sees it off.
 */
export async function encryptReferralReasons(ctx: StoreContext): Promise<{ rows: number; historyRows: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = (
      await sql<Row>`SELECT id, consent_override_reason, status_reason FROM referrals
        WHERE (consent_override_reason IS NOT NULL AND consent_override_reason NOT LIKE 'rk1:%')
           OR (status_reason IS NOT NULL AND status_reason NOT LIKE 'rk1:%')
        FOR UPDATE`.execute(trx)
    ).rows;
    for (const row of rows) {
      const encrypted = encryptReferralRow(row, ctx.cipher);
      await sql`UPDATE referrals SET consent_override_reason = ${encrypted['consent_override_reason'] ?? null},
        status_reason = ${encrypted['status_reason'] ?? null} WHERE id = ${row['id']}`.execute(trx);
    }
    const history = (
      await sql<Row>`SELECT id, table_name, field, old_value, new_value, encrypted FROM record_history
        WHERE table_name = ${TABLE} AND field IN (${sql.join(REASON_PROPERTIES)}) AND NOT encrypted`.execute(trx)
    ).rows;
    if (history.length > 0) {
      await sql`ALTER TABLE record_history DISABLE TRIGGER record_history_append_only`.execute(trx);
      for (const row of history) {
        const encrypted = encryptReferralHistoryRow(row, ctx.cipher);
        await sql`UPDATE record_history SET old_value = ${encrypted['old_value'] ?? null},
          new_value = ${encrypted['new_value'] ?? null}, encrypted = true WHERE id = ${row['id']}`.execute(trx);
      }
      await sql`ALTER TABLE record_history ENABLE TRIGGER record_history_append_only`.execute(trx);
    }
    const unvalidated = await sql<{ conname: string }>`SELECT conname FROM pg_constraint
      WHERE conrelid = 'referrals'::regclass AND NOT convalidated
        AND conname IN ('referrals_consent_override_reason_encrypted', 'referrals_status_reason_encrypted')`.execute(
      trx,
    );
    for (const { conname } of unvalidated.rows)
      await sql`ALTER TABLE referrals VALIDATE CONSTRAINT ${sql.id(conname)}`.execute(trx);
    return { rows: rows.length, historyRows: history.length };
  });
}
