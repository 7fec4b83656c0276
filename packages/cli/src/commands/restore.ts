import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { restore } from '@raksa/store';
import { parseCommandArgs } from '../args.ts';
import { EXIT_OK, UsageError, write, type Io } from '../io.ts';
import { openStoreFromOptions, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.ts';

const HELP = `Usage: raksa restore FILE [options]

Restores a backup made by \`raksa backup\` into the case store, in one transaction (everything or
nothing). Refuses a backup from a newer Raksa, one made with another data key, and a database
that already holds data unless --replace is given.

Options:
${STORE_OPTIONS_HELP}
  --replace        replace the contents of a database that already holds data
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...STORE_OPTIONS,
    replace: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0) throw new UsageError('give one backup file (or - for standard input)');
  if (source !== '-') {
    const info = await stat(source).catch(() => undefined);
    if (info === undefined) throw new UsageError(`no such file: ${source}`);
    if (!info.isFile()) throw new UsageError(`not a file: ${source}`);
  }
  const store = await openStoreFromOptions(values, io);
  try {
    const input = source === '-' ? io.stdin : createReadStream(source);
    const { rows } = await restore(store, input, { replaceExisting: values['replace'] === true });
    await write(io.stderr, `raksa restore: ${rows} rows restored\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
