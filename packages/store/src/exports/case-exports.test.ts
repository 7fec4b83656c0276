import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { restore } from '../backup/backup.ts';
import { isStoreError } from '../errors.ts';
import { backupToText } from '../testing/backup-text.ts';
import { createOrganisationWithCaseWorker, HOSTILE_STRINGS, SYSTEM } from '../testing/fixtures.ts';
import { describeEachDatabase, openTestStore } from '../testing/test-database.ts';

const REASON = 'Fictional court order 12/2026 for the case files of the province.';

describeEachDatabase('case exports', (getStore, kind) => {
  let ngo: Awaited<ReturnType<typeof createOrganisationWithCaseWorker>>;
  let police: Awaited<ReturnType<typeof createOrganisationWithCaseWorker>>;

  beforeAll(async () => {
    ngo = await createOrganisationWithCaseWorker(getStore());
    police = await createOrganisationWithCaseWorker(getStore(), 'police');
  });

  it('records an export without override: the user’s organisation, the filters and counts, no reason', async () => {
    const record = await getStore().caseExports.record(
      { filters: { open: true, provinceCode: '12' }, rowCount: 7, omittedCount: 2, requestId: 'req-fictional-1' },
      ngo.actor,
    );
    expect(record).toMatchObject({
      userId: ngo.user.id,
      organisationId: ngo.organisation.id,
      requestId: 'req-fictional-1',
      filters: { open: true, provinceCode: '12' },
      rowCount: 7,
      omittedCount: 2,
      overriddenCount: 0,
      consentOverrideReason: null,
    });
    expect(Date.parse(record.madeAt)).toBeGreaterThan(Date.now() - 60_000);
    const unfiltered = await getStore().caseExports.record({ rowCount: 0, omittedCount: 0 }, ngo.actor);
    expect(unfiltered.filters).toEqual({ open: null, provinceCode: null });
  });

  it('records an override with its reason, encrypted in the database and readable through the store', async () => {
    const record = await getStore().caseExports.record(
      { rowCount: 5, omittedCount: 0, overriddenCount: 3, consentOverrideReason: REASON },
      police.actor,
    );
    expect(record).toMatchObject({ organisationId: police.organisation.id, overriddenCount: 3 });
    expect(record.consentOverrideReason).toBe(REASON);
    const raw = await sql<{ reason: string }>`SELECT consent_override_reason AS reason FROM case_exports
      WHERE id = ${record.id}`.execute(getStore().db);
    expect(raw.rows[0]?.reason).toMatch(/^rk1:/u);
    expect(raw.rows[0]?.reason).not.toContain('court order');
    const listed = await getStore().caseExports.list({ organisationId: police.organisation.id });
    expect(listed[0]).toEqual(record);
  });

  it('refuses a reason that is too short or too long, a reason without override and an override without one', async () => {
    const store = getStore();
    const attempts = [
      { rowCount: 1, omittedCount: 0, overriddenCount: 1, consentOverrideReason: 'too short' },
      { rowCount: 1, omittedCount: 0, overriddenCount: 1, consentOverrideReason: 'x'.repeat(2001) },
      { rowCount: 1, omittedCount: 0, overriddenCount: 1, consentOverrideReason: `${REASON}\u0000` },
      { rowCount: 1, omittedCount: 0, overriddenCount: 1 },
      { rowCount: 1, omittedCount: 0, overriddenCount: 0, consentOverrideReason: REASON },
      { rowCount: 1, omittedCount: 0, overriddenCount: 2, consentOverrideReason: REASON },
      { rowCount: -1, omittedCount: 0 },
      { rowCount: 1.5, omittedCount: 0 },
      { rowCount: 1, omittedCount: 0, filters: { provinceCode: 'x'.repeat(21) } },
      { rowCount: 1, omittedCount: 0, madeAt: '2020-01-01T00:00:00Z' },
    ];
    const before = (await store.caseExports.list({ page: { limit: 500 } })).length;
    for (const attempt of attempts) {
      await expect(store.caseExports.record(attempt as never, ngo.actor), JSON.stringify(attempt)).rejects.toSatisfy(
        (e) => isStoreError(e, 'invalid_input'),
      );
    }
    await expect(store.caseExports.record({ rowCount: 1, omittedCount: 0 }, SYSTEM)).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_input'),
    );
    await expect(
      store.caseExports.record({ rowCount: 1, omittedCount: 0 }, { userId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toSatisfy((e) => isStoreError(e, 'not_found'));
    expect(await store.caseExports.list({ page: { limit: 500 } })).toHaveLength(before);
    // The longest accepted reason is kept whole.
    const longest = 'ក'.repeat(2000);
    const kept = await store.caseExports.record(
      { rowCount: 1, omittedCount: 0, overriddenCount: 1, consentOverrideReason: longest },
      ngo.actor,
    );
    expect(kept.consentOverrideReason).toBe(longest);
  });

  it('keeps hostile reason text verbatim', async () => {
    for (const hostile of HOSTILE_STRINGS) {
      const reason = `Fictional: ${hostile}`;
      const record = await getStore().caseExports.record(
        { rowCount: 1, omittedCount: 0, overriddenCount: 1, consentOverrideReason: reason },
        ngo.actor,
      );
      const [listed] = await getStore().caseExports.list({ organisationId: ngo.organisation.id, page: { limit: 1 } });
      expect(listed?.id).toBe(record.id);
      expect(listed?.consentOverrideReason).toBe(reason);
    }
  });

  it('lists newest first, by organisation or all, a page at a time', async () => {
    const store = getStore();
    const first = await store.caseExports.record({ rowCount: 1, omittedCount: 0 }, police.actor);
    // PGlite's clock can give two statements in a row the same time; a tie is ordered by id.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await store.caseExports.record({ rowCount: 2, omittedCount: 0 }, police.actor);
    const ofPolice = await store.caseExports.list({ organisationId: police.organisation.id });
    expect(ofPolice.slice(0, 2).map((r) => r.id)).toEqual([second.id, first.id]);
    expect(ofPolice.every((r) => r.organisationId === police.organisation.id)).toBe(true);
    const all = await store.caseExports.list({ page: { limit: 500 } });
    expect(new Set(all.map((r) => r.organisationId))).toEqual(new Set([ngo.organisation.id, police.organisation.id]));
    const times = all.map((r) => Date.parse(r.madeAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const page = await store.caseExports.list({ page: { limit: 1, offset: 1 } });
    expect(page.map((r) => r.id)).toEqual([all[1]?.id]);
    await expect(store.caseExports.list({ organisationId: 'not-a-uuid' })).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_input'),
    );
  });

  it('never changes or removes a record', async () => {
    const store = getStore();
    const record = await store.caseExports.record({ rowCount: 3, omittedCount: 1 }, ngo.actor);
    await expect(sql`UPDATE case_exports SET row_count = 0 WHERE id = ${record.id}`.execute(store.db)).rejects.toThrow(
      /append-only/u,
    );
    await expect(sql`DELETE FROM case_exports WHERE id = ${record.id}`.execute(store.db)).rejects.toThrow(
      /append-only/u,
    );
    const [again] = await store.caseExports.list({ organisationId: ngo.organisation.id, page: { limit: 1 } });
    expect(again).toEqual(record);
  });

  it('goes into the backup, reason encrypted, and comes back on restore', async () => {
    const store = getStore();
    const text = await backupToText(store);
    expect(text).toContain('"table":"case_exports"');
    expect(text).not.toContain('court order');
    const target = await openTestStore(kind);
    try {
      await restore(target, Readable.from([text]));
      const page = { limit: 500 };
      // Times come back to the millisecond (the store reads timestamps as ISO strings), so two
      // exports in the same millisecond may swap places: compare the records, then the order.
      const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      const restored = await target.caseExports.list({ page });
      expect(byId(restored)).toEqual(byId(await store.caseExports.list({ page })));
      const times = restored.map((r) => Date.parse(r.madeAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    } finally {
      await target.close();
    }
  }, 120_000);
});
