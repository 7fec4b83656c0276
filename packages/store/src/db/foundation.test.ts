import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.ts';
import { SYSTEM } from '../testing/fixtures.ts';
import { describeEachDatabase, openTestStore, testDatabaseKinds, uniqueSchemaName } from '../testing/test-database.ts';
import { latestSchemaVersion } from './migrations.ts';

describeEachDatabase('store foundation', (getStore) => {
  it('applies every migration and records it in schema_migrations', async () => {
    const store = getStore();
    const rows = await sql<{ version: number }>`SELECT version FROM schema_migrations ORDER BY version`.execute(
      store.db,
    );
    expect(rows.rows.map((r) => r.version)).toEqual(
      Array.from({ length: latestSchemaVersion() }, (_, index) => index + 1),
    );
    expect(store.schemaVersion).toBe(latestSchemaVersion());
  });

  it('reports the number of rows an UPDATE changed', async () => {
    const store = getStore();
    const result = await store.db
      .updateTable('locations')
      .set({ name_latin: sql`name_latin` })
      .where('level', '=', 'province')
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(25n);
  });

  it('rolls a transaction back when its work throws', async () => {
    const store = getStore();
    await expect(
      store.transaction(async (tx) => {
        await tx.audit.record({ actorUserId: null, action: 'probe', entity: 'test', outcome: 'success' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const entries = await store.audit.list({ entity: 'test' });
    expect(entries).toHaveLength(0);
  });

  it('keeps the audit log and the history append-only', async () => {
    const store = getStore();
    const entry = await store.audit.record({
      actorUserId: null,
      action: 'read',
      entity: 'case',
      entityId: 'c-1',
      outcome: 'denied',
      ip: '192.0.2.1',
      details: { reason: 'out_of_scope' },
    });
    expect(entry).toMatchObject({ action: 'read', outcome: 'denied', details: { reason: 'out_of_scope' } });
    await expect(sql`UPDATE audit_log SET outcome = 'success'`.execute(store.db)).rejects.toThrow(/append-only/u);
    await expect(sql`DELETE FROM audit_log`.execute(store.db)).rejects.toThrow(/append-only/u);
    await store.organisations.create({ name: `History ${Math.random()}`, kind: 'ngo' }, SYSTEM);
    await expect(sql`DELETE FROM record_history`.execute(store.db)).rejects.toThrow(/append-only/u);
    await expect(
      store.audit.record({ actorUserId: null, action: 'read', entity: 'case', outcome: 'maybe' as never }),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    const store = getStore();
    const organisation = await store.organisations.create({ name: `Race ${Math.random()}`, kind: 'ngo' }, SYSTEM);
    const results = await Promise.allSettled([
      store.organisations.update(organisation.id, 1, { shortName: 'A' }, SYSTEM),
      store.organisations.update(organisation.id, 1, { shortName: 'B' }, SYSTEM),
      store.audit.list({ entity: 'organisation' }),
    ]);
    const [first, second] = results;
    const outcomes = [first, second].map((r) => r?.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [first, second].find((r) => r?.status === 'rejected') as PromiseRejectedResult;
    expect(isStoreError(rejected.reason, 'version_conflict')).toBe(true);
    expect((await store.organisations.get(organisation.id)).version).toBe(2);
  });
});

describe('opening a database', () => {
  for (const kind of testDatabaseKinds()) {
    it(`refuses a schema newer than the code knows [${kind}]`, async () => {
      const schema = uniqueSchemaName();
      const store = await openTestStore(kind, { schema });
      await sql`INSERT INTO schema_migrations (version, name) VALUES (${latestSchemaVersion() + 1}, 'from_the_future')`.execute(
        store.db,
      );
      await store.close();
      const reopened = openTestStore(kind, { schema });
      await expect(reopened).rejects.toSatisfy((error) => isStoreError(error, 'schema_too_new'));
    });

    it(`refuses a key other than the one the database was created with [${kind}]`, async () => {
      const schema = uniqueSchemaName();
      await (await openTestStore(kind, { schema })).close();
      const reopened = openTestStore(kind, { schema, key: new Uint8Array(32).fill(9) });
      await expect(reopened).rejects.toSatisfy((error) => isStoreError(error, 'key_mismatch'));
    });
  }
});
