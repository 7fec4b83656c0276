import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { backup } from '@raksa/store';
import { parseCommandArgs } from '../args.ts';
import { EXIT_OK, UsageError, write, type Io } from '../io.ts';
import { openStoreFromOptions, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.ts';

const HELP = `Usage: raksa backup FILE [options]

Writes every record of the case store to FILE (a line-oriented Raksa backup; "-" for standard
output). Personal fields stay encrypted: restoring needs the same data key, so keep the key file
safe and apart from the backup.

Options:
${STORE_OPTIONS_HELP}
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...STORE_OPTIONS, help: { type: 'boolean', short: 'h' } });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) throw new UsageError('give one backup file (or - for standard output)');
  const store = await openStoreFromOptions(values, io);
  try {
    if (target === '-') {
      const { rows } = await backup(store, io.stdout);
      await write(io.stderr, `raksa backup: ${rows} rows written\n`);
      return EXIT_OK;
    }
    // Written beside the target and renamed at the end: a failed backup never replaces a good one.
    const partial = `${target}.partial`;
    const stream = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    try {
      const { rows } = await backup(store, stream);
      stream.end();
      await finished(stream);
      await rename(partial, target);
      await write(io.stderr, `raksa backup: ${rows} rows written to ${target}\n`);
    } catch (error) {
      stream.destroy();
      await rm(partial, { force: true });
      throw error;
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
