import type { Kysely } from 'kysely';

/**
 * The schema is defined by the SQL files in migrations/; each repository maps rows to its own typed
 * records, so the query builder is used untyped here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDatabase = any;

/** A Kysely instance or a transaction on it: every repository function runs on one of these. */
export type Executor = Kysely<AnyDatabase>;

export type DatabaseKind = 'pglite' | 'postgres';

/** The connection the store owns: the query builder plus what Kysely cannot do (multi-statement scripts). */
export interface DatabaseHandle {
  readonly kind: DatabaseKind;
  readonly db: Executor;
  /** Runs a multi-statement SQL script, then the follow-up statement, in one transaction. */
  runScript(script: string, followUp?: { sql: string; params: unknown[] }): Promise<void>;
  close(): Promise<void>;
}
