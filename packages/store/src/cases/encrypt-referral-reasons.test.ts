import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { restore } from '../backup/backup.ts';
import type { Store } from '../open-store.ts';
import { backupToText } from '../testing/backup-text.ts';
import { createOrganisationWithCaseWorker } from '../testing/fixtures.ts';
import { describeEachDatabase, openTestStore, uniqueSchemaName } from '../testing/test-database.ts';

const OVERRIDE_REASON = 'Police asked us to move Chanthou to the shelter tonight, her recruiter knows the house';
const REJECTION_REASON = 'No bed free for Chanthou this week; call the Poipet shelter';

/** A case referred without consent (an override with a reason) and then rejected with a reason. */
async function referralWithReasons(store: Store) {
  const staff = await createOrganisationWithCaseWorker(store);
  const shelter = await createOrganisationWithCaseWorker(store, 'shelter');
  const person = await store.persons.create(
    { personKind: 'victim', organisationId: staff.organisation.id, givenNameLatin: 'Chanthou' },
    staff.actor,
  );
  const theCase = await store.cases.create(
    { victimPersonId: person.id, organisationId: staff.organisation.id },
    staff.actor,
  );
  const made = await store.referrals.make(
    {
      caseId: theCase.id,
      fromOrganisationId: staff.organisation.id,
      toOrganisationId: shelter.organisation.id,
      serviceType: 'safehouse',
      consentOverride: { reason: OVERRIDE_REASON },
    },
    staff.actor,
  );
  const rejected = await store.referrals.transition(
    made.id,
    1,
    { status: 'rejected', reason: REJECTION_REASON },
    shelter.actor,
  );
  return { referral: rejected };
}

async function rawReasons(store: Store, referralId: string) {
  const row = (
    await sql<{ consent_override_reason: string | null; status_reason: string | null }>`
      SELECT consent_override_reason, status_reason FROM referrals WHERE id = ${referralId}`.execute(store.db)
  ).rows[0];
  const history = (
    await sql<{ field: string; old_value: string | null; new_value: string | null; encrypted: boolean }>`
      SELECT field, old_value, new_value, encrypted FROM record_history
      WHERE table_name = 'referrals' AND record_id = ${referralId}
        AND field IN ('consentOverrideReason', 'statusReason')`.execute(store.db)
  ).rows;
  return { row, history };
}

/** Puts the database back in the state an older version (schema 11) left it in: reasons in clear. */
async function writeReasonsInClear(store: Store, referralId: string): Promise<void> {
  await sql`ALTER TABLE referrals DROP CONSTRAINT referrals_consent_override_reason_encrypted,
    DROP CONSTRAINT referrals_status_reason_encrypted`.execute(store.db);
  await sql`UPDATE referrals SET consent_override_reason = ${OVERRIDE_REASON}, status_reason = ${REJECTION_REASON}
    WHERE id = ${referralId}`.execute(store.db);
  await sql`ALTER TABLE record_history DISABLE TRIGGER record_history_append_only`.execute(store.db);
  await sql`UPDATE record_history SET encrypted = false,
      new_value = CASE field WHEN 'statusReason' THEN ${JSON.stringify(REJECTION_REASON)}
                             ELSE ${JSON.stringify(OVERRIDE_REASON)} END,
      old_value = NULL
    WHERE table_name = 'referrals' AND record_id = ${referralId}
      AND field IN ('consentOverrideReason', 'statusReason')`.execute(store.db);
  await sql`ALTER TABLE record_history ENABLE TRIGGER record_history_append_only`.execute(store.db);
  await sql`ALTER TABLE referrals
    ADD CONSTRAINT referrals_consent_override_reason_encrypted
      CHECK (consent_override_reason IS NULL OR consent_override_reason LIKE 'rk1:%') NOT VALID,
    ADD CONSTRAINT referrals_status_reason_encrypted
      CHECK (status_reason IS NULL OR status_reason LIKE 'rk1:%') NOT VALID`.execute(store.db);
}

function expectEncrypted(raw: Awaited<ReturnType<typeof rawReasons>>): void {
  expect(raw.row?.consent_override_reason).toMatch(/^rk1:/u);
  expect(raw.row?.status_reason).toMatch(/^rk1:/u);
  expect(raw.history.some((entry) => entry.field === 'statusReason')).toBe(true);
  for (const entry of raw.history) {
    expect(entry.encrypted).toBe(true);
    expect(JSON.stringify(entry)).not.toContain('Chanthou');
  }
}

async function currentSchema(store: Store): Promise<string> {
  return (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(store.db)).rows[0]?.schema ?? '';
}

describeEachDatabase('referral reasons', (getStore, kind) => {
  it('are stored encrypted, with their history, and read back in clear', async () => {
    const store = getStore();
    const { referral } = await referralWithReasons(store);
    expect(referral).toMatchObject({ consentOverrideReason: OVERRIDE_REASON, statusReason: REJECTION_REASON });
    expectEncrypted(await rawReasons(store, referral.id));
    const history = await store.history.forRecord('referrals', referral.id);
    expect(history.find((entry) => entry.field === 'statusReason')?.newValue).toBe(REJECTION_REASON);
  });

  it('cannot be written in clear any more (the schema refuses it)', async () => {
    const store = getStore();
    const { referral } = await referralWithReasons(store);
    await expect(
      sql`UPDATE referrals SET status_reason = 'in clear' WHERE id = ${referral.id}`.execute(store.db),
    ).rejects.toThrow(/referrals_status_reason_encrypted/u);
  });

  it('written in clear by an older version are encrypted, history included, when the store opens', async () => {
    const schema = uniqueSchemaName();
    const old = await openTestStore(kind, { schema });
    const { referral } = await referralWithReasons(old);
    await writeReasonsInClear(old, referral.id);
    expect((await rawReasons(old, referral.id)).row?.status_reason).toBe(REJECTION_REASON);
    await old.close();

    const reopened = await openTestStore(kind, { schema });
    try {
      expectEncrypted(await rawReasons(reopened, referral.id));
      expect(await reopened.referrals.get(referral.id)).toMatchObject({
        consentOverrideReason: OVERRIDE_REASON,
        statusReason: REJECTION_REASON,
      });
      const history = await reopened.history.forRecord('referrals', referral.id);
      expect(history.find((entry) => entry.field === 'statusReason')?.newValue).toBe(REJECTION_REASON);
      // The upgrade validated the constraints and left history append-only.
      const unvalidated = await sql<{ conname: string }>`SELECT conname FROM pg_constraint
        WHERE conrelid = 'referrals'::regclass AND NOT convalidated`.execute(reopened.db);
      expect(unvalidated.rows).toEqual([]);
      await expect(sql`DELETE FROM record_history`.execute(reopened.db)).rejects.toThrow(/append-only/u);
    } finally {
      await reopened.close();
    }
  });

  it('in a backup made before schema 12 are encrypted on restore', async () => {
    const schema = uniqueSchemaName();
    const old = await openTestStore(kind, { schema });
    const { referral } = await referralWithReasons(old);
    await writeReasonsInClear(old, referral.id);
    const text = (await backupToText(old)).replace(/"schemaVersion":\d+/u, '"schemaVersion":11');
    expect(text).toContain(REJECTION_REASON);
    await old.close();

    const target = await openTestStore(kind);
    try {
      await restore(target, Readable.from([text]));
      expectEncrypted(await rawReasons(target, referral.id));
      expect((await target.referrals.get(referral.id)).statusReason).toBe(REJECTION_REASON);
      expect(await currentSchema(target)).not.toBe(schema);
    } finally {
      await target.close();
    }
  });
});
