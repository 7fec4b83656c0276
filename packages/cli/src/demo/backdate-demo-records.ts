import type { Store } from '@raksa/store';
import type { BackdatedColumns } from './write-demo-plan.ts';

/**
 * Gives the demo records the past dates they describe. The repositories stamp each action with
 * the current time (a case opened today, a referral accepted today) and offer no way to record a
 * past date for them, so without this step every case of 2024–2026 would look opened today.
 * Only these timestamp columns are touched, and only on the records the demo just created;
 * record history keeps the real time of writing.
 */
const BACKDATABLE: Readonly<Record<string, ReadonlySet<string>>> = {
  reports: new Set(['created_at', 'updated_at', 'triaged_at']),
  persons: new Set(['created_at', 'updated_at']),
  cases: new Set(['created_at', 'updated_at', 'opened_at', 'closed_at', 'status_decided_at']),
  consents: new Set(['created_at', 'updated_at']),
  screenings: new Set(['created_at', 'updated_at']),
  referrals: new Set([
    'created_at',
    'updated_at',
    'referred_at',
    'accepted_at',
    'rejected_at',
    'done_at',
    'revoked_at',
  ]),
  criminal_cases: new Set(['created_at', 'updated_at']),
};

/** Rows per UPDATE statement (each row costs two parameters per column). */
const CHUNK = 250;

/**
 * One UPDATE per table, column set and chunk: `SET col = CASE id WHEN … THEN … ELSE col END`,
 * instead of one statement per record (thousands of round trips on PGlite).
 */
export async function backdateDemoRecords(
  store: Pick<Store, 'db'>,
  backdates: ReadonlyMap<string, readonly { id: string; columns: BackdatedColumns }[]>,
): Promise<number> {
  let updated = 0;
  await store.db.transaction().execute(async (trx) => {
    for (const [table, rows] of backdates) {
      const allowed = BACKDATABLE[table];
      if (!allowed) throw new Error(`the demo does not backdate table ${table}`);
      const groups = new Map<string, { id: string; columns: BackdatedColumns }[]>();
      for (const row of rows) {
        const columns = Object.keys(row.columns).sort();
        const refused = columns.filter((column) => !allowed.has(column));
        if (refused.length > 0) throw new Error(`the demo does not backdate ${refused.join(', ')} of ${table}`);
        const key = columns.join(',');
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      for (const [key, group] of groups) {
        const columns = key.split(',');
        for (let start = 0; start < group.length; start += CHUNK) {
          const chunk = group.slice(start, start + CHUNK);
          await trx
            .updateTable(table)
            .set((eb) =>
              Object.fromEntries(
                columns.map((column) => {
                  let value = eb
                    .case()
                    .when('id', '=', chunk[0]?.id)
                    .then(chunk[0]?.columns[column] ?? null);
                  for (const row of chunk.slice(1))
                    value = value.when('id', '=', row.id).then(row.columns[column] ?? null);
                  return [column, value.else(eb.ref(column)).end()];
                }),
              ),
            )
            .where(
              'id',
              'in',
              chunk.map((row) => row.id),
            )
            .execute();
          updated += chunk.length;
        }
      }
    }
  });
  return updated;
}
