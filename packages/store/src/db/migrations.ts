import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { StoreError } from '../errors.ts';
import type { DatabaseHandle } from './database.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATIONS_DIRECTORY = fileURLToPath(new URL('../../migrations/', import.meta.url));
const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/u;

/** The migrations this code knows, in order, read from packages/store/migrations/NNNN_name.sql. */
export function loadMigrations(directory: string = MIGRATIONS_DIRECTORY): Migration[] {
  const migrations = readdirSync(directory)
    .map((fileName) => ({ fileName, match: MIGRATION_FILE.exec(fileName) }))
    .filter((entry): entry is { fileName: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ fileName, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? '',
      sql: readFileSync(`${directory}/${fileName}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.version}_${migration.name} breaks the sequence: expected ${index + 1}`);
    }
  });
  return migrations;
}

export function latestSchemaVersion(): number {
  return loadMigrations().at(-1)?.version ?? 0;
}

/** The highest migration applied to the database (0 for an empty one). */
export async function appliedSchemaVersion(handle: DatabaseHandle): Promise<number> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(handle.db);
  const result = await sql<{ version: number | null }>`SELECT max(version) AS version FROM schema_migrations`.execute(
    handle.db,
  );
  return result.rows[0]?.version ?? 0;
}

/**
 * Applies the missing migrations, each in its own transaction with its schema_migrations row.
 * Refuses a database whose schema is newer than this code: running old code on it could corrupt it.
 */
export async function migrate(handle: DatabaseHandle, migrations: Migration[] = loadMigrations()): Promise<number[]> {
  const applied = await appliedSchemaVersion(handle);
  const known = migrations.at(-1)?.version ?? 0;
  if (applied > known) {
    throw new StoreError(
      'schema_too_new',
      `the database schema is at version ${applied} but this version of Raksa knows only up to ${known}: upgrade Raksa`,
      { databaseVersion: applied, knownVersion: known },
    );
  }
  const newlyApplied: number[] = [];
  for (const migration of migrations.filter((m) => m.version > applied)) {
    await handle.runScript(migration.sql, {
      sql: 'INSERT INTO schema_migrations (version, name) VALUES ($1, $2)',
      params: [migration.version, migration.name],
    });
    newlyApplied.push(migration.version);
  }
  return newlyApplied;
}
