import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.ts';
import { openStore } from '../open-store.ts';
import { FAKE_PASSWORD_HASH, SYSTEM } from '../testing/fixtures.ts';

const NAME = 'Chanthou Fictionalname';
const LOCAL_NAME = 'ចាន់ធូ';
const PHONE = '+855 97 765 4321';
const DOCUMENT = 'N0FICT4242';
const TIP = 'My cousin Chanthou is held in a compound near the border';

describe('encryption at rest', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'raksa-store-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates the key file with mode 0600 and leaves no name, phone or document readable in the database', async () => {
    const dataDir = path.join(root, 'data');
    const keyFile = path.join(root, 'raksa-data.key');
    const store = await openStore({ dataDir, keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const organisation = await store.organisations.create({ name: 'Fictional NGO', kind: 'ngo' }, SYSTEM);
    const user = await store.users.create(
      {
        login: 'worker.one',
        displayName: 'Worker One',
        organisationId: organisation.id,
        roles: ['case_worker'],
        passwordHash: FAKE_PASSWORD_HASH,
      },
      SYSTEM,
    );
    await store.users.update(user.id, 1, { totpSecret: 'JBSWY3DPEHPK3PXPFICTIONAL' }, SYSTEM);
    const person = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: organisation.id,
        givenNameLatin: NAME,
        nameLocal: LOCAL_NAME,
        aliases: ['Thou'],
        birthDate: '2009-04-04',
        phones: [PHONE],
        identityDocuments: [{ type: 'passport', number: DOCUMENT }],
        address: 'Fictional village, fictional commune',
      },
      SYSTEM,
    );
    const theCase = await store.cases.create(
      { victimPersonId: person.id, organisationId: organisation.id, summary: `${NAME} was recruited` },
      SYSTEM,
    );
    await store.persons.update(person.id, 1, { givenNameLatin: `${NAME} Junior` }, SYSTEM);
    await store.notes.add(theCase.id, `Spoke with ${NAME} on ${PHONE}`, SYSTEM);
    await store.reports.create({ kind: 'tip', channel: 'web', body: TIP, contactDetails: PHONE }, SYSTEM);
    expect((await store.persons.get(person.id)).phones).toEqual([PHONE]);
    await store.close();

    // Without the key: open the raw database and dump every text value of every table.
    const raw = await PGlite.create({ dataDir });
    const tables = await raw.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    let dump = '';
    for (const { table_name } of tables.rows) {
      const rows = await raw.query(`SELECT * FROM "${table_name}"`);
      dump += JSON.stringify(rows.rows);
    }
    await raw.close();
    expect(dump).toContain('rk1:');
    for (const secret of [
      NAME,
      'Chanthou',
      LOCAL_NAME,
      '97 765',
      '977654321',
      DOCUMENT,
      'compound',
      '2009-04-04',
      'JBSWY3DP',
      'Fictional village',
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
    // Nor in the files on disk.
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    for (const file of files(dataDir)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from('Chanthou')), file).toBe(false);
      expect(bytes.includes(Buffer.from(DOCUMENT)), file).toBe(false);
    }

    // With the key the data is back; with another key the store refuses to open.
    const reopened = await openStore({ dataDir, keyFile });
    expect((await reopened.persons.get(person.id)).givenNameLatin).toBe(`${NAME} Junior`);
    await reopened.close();
    await expect(openStore({ dataDir, key: new Uint8Array(32).fill(1) })).rejects.toSatisfy((e) =>
      isStoreError(e, 'key_mismatch'),
    );
  }, 120_000);

  it('refuses a key file inside the data directory and a data directory without a key', async () => {
    const dataDir = path.join(root, 'other');
    await expect(openStore({ dataDir, keyFile: path.join(dataDir, 'raksa-data.key') })).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_input'),
    );
    const saved = process.env['RAKSA_DATA_KEY'];
    delete process.env['RAKSA_DATA_KEY'];
    try {
      await expect(openStore({ dataDir })).rejects.toSatisfy((e) => isStoreError(e, 'key_missing'));
    } finally {
      if (saved !== undefined) process.env['RAKSA_DATA_KEY'] = saved;
    }
  });
});
