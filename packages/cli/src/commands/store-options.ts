import { resolve } from 'node:path';
import { openStore, type Store } from '@raksa/store';
import type { Io } from '../io.ts';

/** The options every command that opens the case store shares with `raksa serve`. */
export const STORE_OPTIONS = {
  data: { type: 'string' },
  'key-file': { type: 'string' },
} as const;

export const STORE_OPTIONS_HELP = `  --data DIR       embedded database directory (default ./data); DATABASE_URL selects PostgreSQL
  --key-file FILE  the data key (default ./raksa-data.key)`;

/** Opens the store the way `raksa serve` does: PostgreSQL when DATABASE_URL is set, else PGlite in --data. */
export function openStoreFromOptions(values: Record<string, string | boolean | undefined>, io: Io): Promise<Store> {
  const dataDir = resolve(typeof values['data'] === 'string' ? values['data'] : 'data');
  const keyFile = resolve(typeof values['key-file'] === 'string' ? values['key-file'] : 'raksa-data.key');
  const databaseUrl = io.env['DATABASE_URL'] || undefined;
  return openStore(databaseUrl !== undefined ? { databaseUrl, keyFile } : { dataDir, keyFile });
}
