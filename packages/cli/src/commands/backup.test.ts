import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@raksa/store';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { run as runBackup } from './backup.ts';
import { run as runRestore } from './restore.ts';

const dir = mkdtempSync(join(tmpdir(), 'raksa-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('raksa backup and raksa restore', () => {
  it('round-trip the case store through a file, with the same data key', async () => {
    const keyFile = join(dir, 'raksa-data.key');
    const source = join(dir, 'source');
    const seeded = await openStore({ dataDir: source, keyFile });
    await seeded.organisations.create({ name: 'Backup Test Shelter (fictional)', kind: 'ngo' }, { userId: null });
    await seeded.close();

    const file = join(dir, 'raksa.backup');
    const backupIo = fakeIo();
    expect(await runBackup([file, '--data', source, '--key-file', keyFile], backupIo)).toBe(0);
    expect(backupIo.err()).toMatch(/rows written to/u);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/raksa-backup/u);

    const target = join(dir, 'target');
    const restoreIo = fakeIo();
    expect(await runRestore([file, '--data', target, '--key-file', keyFile], restoreIo)).toBe(0);
    expect(restoreIo.err()).toMatch(/rows restored/u);

    const restored = await openStore({ dataDir: target, keyFile });
    try {
      const names = (await restored.organisations.list()).map((organisation) => organisation.name);
      expect(names).toContain('Backup Test Shelter (fictional)');
    } finally {
      await restored.close();
    }
  });

  it('refuses a missing or malformed backup file with a clear error, before opening any database', async () => {
    await expect(runRestore([join(dir, 'nothing-here')], fakeIo())).rejects.toThrow(/no such file/u);
    await expect(runRestore([dir], fakeIo())).rejects.toThrow(/not a file/u);
    await expect(runRestore([], fakeIo())).rejects.toThrow(/one backup file/u);
    await expect(runBackup([], fakeIo())).rejects.toThrow(/one backup file/u);
  });

  it('refuses a file that is not a Raksa backup', async () => {
    const keyFile = join(dir, 'other.key');
    const bogus = join(dir, 'bogus.backup');
    writeFileSync(bogus, 'name,phone\n"=HYPERLINK(1)",012\n');
    const target = join(dir, 'bogus-target');
    await expect(runRestore([bogus, '--data', target, '--key-file', keyFile], fakeIo())).rejects.toMatchObject({
      code: 'backup_invalid',
    });
  });
});
