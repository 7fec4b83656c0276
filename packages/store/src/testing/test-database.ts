import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createPgliteHandle } from '../db/pglite-handle.ts';
import { createPostgresHandle } from '../db/postgres-handle.ts';
import { textParsers } from '../db/type-parsers.ts';
import { openStoreOnHandle, type Store } from '../open-store.ts';

/**
 * Test databases: one PGlite instance per test process (it costs 3–5 s and ~700 MB to start),
 * and a fresh schema per suite, with the migrations applied, on PGlite and — when
 * RAKSA_TEST_DATABASE_URL is set — on PostgreSQL too.
 */

/** Starting PGlite (first suite of a process) plus the migrations can take well over 10 s on 2 cores. */
export const STORE_START_TIMEOUT_MS = 120_000;

export type TestDatabaseKind = 'pglite' | 'postgres';

let sharedPglite: Promise<PGlite> | undefined;

export function sharedPgliteInstance(): Promise<PGlite> {
  sharedPglite ??= PGlite.create({ parsers: textParsers });
  return sharedPglite;
}

export function uniqueSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

/** A fixed test key, so that a test can reopen a store on the same schema. */
export const TEST_DATA_KEY = new Uint8Array(32).fill(7);

export interface TestStoreOptions {
  readonly schema?: string;
  readonly key?: Uint8Array;
}

/** A store on a new (or the given) schema of the shared PGlite instance or of the test PostgreSQL. */
export async function openTestStore(kind: TestDatabaseKind, options: TestStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? uniqueSchemaName();
  const key = options.key ?? TEST_DATA_KEY;
  if (kind === 'pglite') {
    const pglite = await sharedPgliteInstance();
    await pglite.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    return openStoreOnHandle(createPgliteHandle(pglite, { ownsInstance: false, searchPath: schema }), key);
  }
  const url = testPostgresUrl();
  if (!url) throw new Error('RAKSA_TEST_DATABASE_URL is not set');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await admin.end();
  }
  return openStoreOnHandle(createPostgresHandle({ connectionString: url, searchPath: schema, maxConnections: 4 }), key);
}

export function testPostgresUrl(): string | undefined {
  return process.env['RAKSA_TEST_DATABASE_URL'] || undefined;
}

export function testDatabaseKinds(): TestDatabaseKind[] {
  return testPostgresUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Runs the same suite on every available database, each on its own fresh schema:
 * `describeEachDatabase('cases', (getStore) => { it('…', async () => { const store = getStore(); … }) })`.
 */
export function describeEachDatabase(
  name: string,
  suite: (getStore: () => Store, kind: TestDatabaseKind) => void,
): void {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let store: Store | undefined;
      beforeAll(async () => {
        store = await openTestStore(kind);
      }, STORE_START_TIMEOUT_MS);
      afterAll(async () => {
        await store?.close();
      });
      suite(() => {
        if (!store) throw new Error('the test store is not open yet');
        return store;
      }, kind);
    });
  }
}
