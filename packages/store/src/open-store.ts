import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { deriveDataKeys, resolveMasterKey } from './crypto/data-key.ts';
import { FieldCipher } from './crypto/field-cipher.ts';
import type { DatabaseHandle, DatabaseKind, Executor } from './db/database.ts';
import { migrate, appliedSchemaVersion } from './db/migrations.ts';
import { createPgliteHandle } from './db/pglite-handle.ts';
import { createPostgresHandle } from './db/postgres-handle.ts';
import { textParsers } from './db/type-parsers.ts';
import { StoreError } from './errors.ts';
import { encryptReferralReasons } from './cases/encrypt-referral-reasons.ts';
import { inNewTransaction, type StoreContext } from './records/store-context.ts';
import { createRepositories, type Repositories } from './repositories.ts';

export interface OpenStoreOptions {
  /** PGlite data directory (created if missing). */
  readonly dataDir?: string;
  /** PostgreSQL connection string; DATABASE_URL is used when neither this, dataDir nor memory is given. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema to work in (default: the connection's search_path, normally public). */
  readonly schema?: string;
  /** File holding the base64 data key; created (mode 0600) if missing. Must not be inside dataDir. */
  readonly keyFile?: string;
  /** The 32-byte data key itself (takes precedence over RAKSA_DATA_KEY and keyFile). */
  readonly key?: Uint8Array;
  /** In-memory PGlite (the default when nothing else is given); may run on a throwaway key. */
  readonly memory?: boolean;
}

export type Store = Repositories & {
  readonly kind: DatabaseKind;
  readonly schemaVersion: number;
  /** The query builder, for statistics and maintenance code inside this package and tests. */
  readonly db: Executor;
  readonly keyId: string;
  /** Runs `work` in one transaction; the repositories it receives run inside it. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;

/** Each open store's field cipher, for code of this package that works below the repositories (restore). */
const ciphers = new WeakMap<Store, FieldCipher>();

/** The field cipher of a store opened by this package (not exported from the package). */
export function cipherOf(store: Store): FieldCipher {
  const cipher = ciphers.get(store);
  if (cipher === undefined) throw new StoreError('invalid_input', 'this store was not opened by openStore');
  return cipher;
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const databaseUrl =
    options.databaseUrl ?? (options.dataDir || options.memory ? undefined : process.env['DATABASE_URL'] || undefined);
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new StoreError('invalid_input', `schema name ${JSON.stringify(options.schema)} is not a plain identifier`);
  }
  const usesMemory = !databaseUrl && !options.dataDir;
  const masterKey = resolveMasterKey({
    key: options.key,
    keyFile: options.keyFile,
    dataDir: options.dataDir,
    environmentKey: process.env['RAKSA_DATA_KEY'] || undefined,
    allowEphemeral: usesMemory,
  });

  let handle: DatabaseHandle;
  if (databaseUrl) {
    handle = createPostgresHandle({
      connectionString: databaseUrl,
      ...(options.schema ? { searchPath: options.schema } : {}),
    });
  } else {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      parsers: textParsers,
    });
    handle = createPgliteHandle(pglite, {
      ownsInstance: true,
      ...(options.schema ? { searchPath: options.schema } : {}),
    });
  }
  try {
    return await openStoreOnHandle(handle, masterKey);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Migrates the database behind `handle`, checks the key against it and returns the store. */
export async function openStoreOnHandle(handle: DatabaseHandle, masterKey: Uint8Array): Promise<Store> {
  await migrate(handle);
  const cipher = new FieldCipher(deriveDataKeys(masterKey));
  await checkKey(handle.db, cipher);
  const schemaVersion = await appliedSchemaVersion(handle);
  const ctx: StoreContext = { db: handle.db, cipher, kind: handle.kind, inTransaction: false };
  await encryptReferralReasons(ctx);
  const store: Store = {
    ...createRepositories(ctx),
    kind: handle.kind,
    schemaVersion,
    db: handle.db,
    keyId: cipher.keyId,
    transaction: (work) => inNewTransaction(ctx, (tx) => work(createRepositories(tx))),
    close: () => handle.close(),
  };
  ciphers.set(store, cipher);
  return store;
}

async function checkKey(db: Executor, cipher: FieldCipher): Promise<void> {
  const check = cipher.keyCheck();
  const stored = await sql<{ value: string }>`SELECT value FROM store_meta WHERE key = 'key_check'`.execute(db);
  const existing = stored.rows[0]?.value;
  if (existing === undefined) {
    await sql`INSERT INTO store_meta (key, value) VALUES ('key_check', ${check}), ('key_id', ${cipher.keyId})
      ON CONFLICT (key) DO NOTHING`.execute(db);
    return;
  }
  if (existing !== check) {
    throw new StoreError(
      'key_mismatch',
      'the data key does not match the key this database was created with: its encrypted fields cannot be read',
    );
  }
}
