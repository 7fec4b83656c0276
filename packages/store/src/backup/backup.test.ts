import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isStoreError } from '../errors.ts';
import type { Store } from '../open-store.ts';
import { backupToText } from '../testing/backup-text.ts';
import { createOrganisationWithCaseWorker, SYSTEM } from '../testing/fixtures.ts';
import { describeEachDatabase, openTestStore } from '../testing/test-database.ts';
import { BACKUP_TABLES } from './backup-tables.ts';
import { restore } from './backup.ts';

async function dumpTables(store: Store): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    dump[table.name] = (
      await sql`SELECT * FROM ${sql.table(table.name)} ORDER BY ${sql.raw(table.orderBy)}`.execute(store.db)
    ).rows;
  }
  return dump;
}

describeEachDatabase('backup and restore', (getStore, kind) => {
  let target: Store;
  let text: string;

  beforeAll(async () => {
    const store = getStore();
    const staff = await createOrganisationWithCaseWorker(store);
    const shelter = await createOrganisationWithCaseWorker(store, 'shelter');
    const { report } = await store.reports.create(
      {
        kind: 'tip',
        channel: 'web',
        body: 'fictional tip',
        identifiers: [{ type: 'phone', value: '+855 12 999 000' }],
        analysis: { risk: 'high', harms: [{ type: 'recruitment_fraud' }] },
      },
      SYSTEM,
    );
    const person = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: staff.organisation.id,
        givenNameLatin: 'Daravuth',
        phones: ['+855 12 999 000'],
        citizenship: ['KH'],
      },
      staff.actor,
    );
    const theCase = await store.cases.create(
      { victimPersonId: person.id, organisationId: staff.organisation.id, sourceReportId: report.id },
      staff.actor,
    );
    await store.reports.triage(report.id, 1, { status: 'converted', linkedCaseId: theCase.id }, staff.actor);
    await store.consents.record(
      {
        personId: person.id,
        purpose: 'disclosure_to_organisation',
        organisationId: shelter.organisation.id,
        legalBasis: 'consent',
        givenBy: 'subject',
        givenOn: '2025-01-01',
      },
      staff.actor,
    );
    await store.referrals.make(
      {
        caseId: theCase.id,
        fromOrganisationId: staff.organisation.id,
        toOrganisationId: shelter.organisation.id,
        serviceType: 'safehouse',
      },
      staff.actor,
    );
    await store.screenings.submit(
      { caseId: theCase.id, screenedOn: '2025-01-02', subjectIsChild: false, answers: { deception: 'yes' } },
      staff.actor,
    );
    await store.exploitationProfiles.save(
      theCase.id,
      null,
      { exploitationTypes: ['ForcedLabour'], recruitmentPlatforms: ['Telegram'] },
      staff.actor,
    );
    await store.attachments.add(
      { caseId: theCase.id, fileName: 'a.txt', mimeType: 'text/plain', content: new TextEncoder().encode('fictional') },
      staff.actor,
    );
    const cc = await store.criminalCases.create(
      { organisationId: staff.organisation.id, provinceCode: '12' },
      staff.actor,
    );
    await store.criminalCases.addParty(cc.id, person.id, 'victim');
    await store.criminalCases.chargeOffence(cc.id, { offenceCode: 'KH.LSHTSE2008.10' });
    await store.criminalCases.recordStage(
      cc.id,
      1,
      { stage: 'charge', occurredOn: '2025-02-01', note: 'fictional note' },
      staff.actor,
    );
    await store.audit.record({
      actorUserId: staff.user.id,
      action: 'read',
      entity: 'case',
      entityId: theCase.id,
      outcome: 'success',
      ip: '192.0.2.7',
      details: { fields: 3 },
    });
    text = await backupToText(store);
    target = await openTestStore(kind);
  }, 120_000);

  afterAll(async () => {
    await target.close();
  });

  it('round-trips every table, encrypted values staying encrypted', async () => {
    expect(text.split('\n')[0]).toContain('"format":"raksa-backup"');
    expect(text).not.toContain('Daravuth');
    expect(text).not.toContain('fictional tip');
    const { rows } = await restore(target, Readable.from([text]));
    expect(rows).toBeGreaterThan(50);
    expect(await dumpTables(target)).toEqual(await dumpTables(getStore()));
    const [restoredCase] = await target.cases.list({ scope: { kind: 'all' } });
    const restoredPerson = await target.persons.get(restoredCase?.victimPersonId ?? '');
    expect(restoredPerson.givenNameLatin).toBe('Daravuth');
    // The sequences moved on: new rows get fresh numbers.
    const entry = await target.audit.record({
      actorUserId: null,
      action: 'restore',
      entity: 'store',
      outcome: 'success',
    });
    expect(entry.id).toBeGreaterThan(1);
  });

  it('refuses a database that holds data unless told to replace it', async () => {
    await expect(restore(target, Readable.from([text]))).rejects.toSatisfy((e) => isStoreError(e, 'not_empty'));
    await expect(restore(target, Readable.from([text]), { replaceExisting: true })).resolves.toMatchObject({
      rows: expect.any(Number),
    });
  });

  it('refuses a newer schema, another key and a truncated or altered backup, changing nothing', async () => {
    const before = await dumpTables(target);
    const lines = text.trimEnd().split('\n');
    const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    const withHeader = (h: Record<string, unknown>) => [JSON.stringify(h), ...lines.slice(1)].join('\n');
    await expect(
      restore(target, Readable.from([withHeader({ ...header, schemaVersion: 999 })]), { replaceExisting: true }),
    ).rejects.toSatisfy((e) => isStoreError(e, 'schema_too_new'));
    await expect(
      restore(target, Readable.from([withHeader({ ...header, keyId: '0000000000000000' })]), { replaceExisting: true }),
    ).rejects.toSatisfy((e) => isStoreError(e, 'key_mismatch'));
    await expect(
      restore(target, Readable.from([lines.slice(0, -3).join('\n')]), { replaceExisting: true }),
    ).rejects.toSatisfy((e) => isStoreError(e, 'backup_invalid'));
    await expect(restore(target, Readable.from(['not json\n']), { replaceExisting: true })).rejects.toSatisfy((e) =>
      isStoreError(e, 'backup_invalid'),
    );
    const hostile = [
      lines[0],
      JSON.stringify({ table: 'pg_authid', row: { rolname: 'x' } }),
      JSON.stringify({ end: true, rows: 1 }),
    ].join('\n');
    await expect(restore(target, Readable.from([hostile]), { replaceExisting: true })).rejects.toSatisfy((e) =>
      isStoreError(e, 'backup_invalid'),
    );
    expect(await dumpTables(target)).toEqual(before);
  });
});
