import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import type { DatabaseHandle } from './database.ts';
import { Mutex } from './mutex.ts';

interface SharedInstanceState {
  readonly lock: Mutex;
  activeSearchPath: string | undefined;
}

const instanceStates = new WeakMap<PGlite, SharedInstanceState>();

function stateOf(pglite: PGlite): SharedInstanceState {
  let state = instanceStates.get(pglite);
  if (!state) {
    state = { lock: new Mutex(), activeSearchPath: undefined };
    instanceStates.set(pglite, state);
  }
  return state;
}

export interface PgliteHandleOptions {
  /** A schema to work in (tests share one instance between suites, each in its own schema). */
  readonly searchPath?: string;
  /** Close the PGlite instance with the handle (false for a shared test instance). */
  readonly ownsInstance: boolean;
}

/**
 * Kysely over PGlite through Kysely's own Postgres dialect: PGlite looks like a pool with one
 * connection. The connection is held under a lock so that a transaction never interleaves with
 * another caller's statements, and `affectedRows` is passed on as pg's `rowCount`.
 */
export function createPgliteHandle(pglite: PGlite, options: PgliteHandleOptions): DatabaseHandle {
  const state = stateOf(pglite);

  async function enterSearchPath(): Promise<void> {
    const wanted = options.searchPath ?? 'public';
    if (state.activeSearchPath === wanted) return;
    await pglite.exec(`SET search_path TO ${quoteIdentifier(wanted)}`);
    state.activeSearchPath = wanted;
  }

  const connection = {
    async query(sqlText: string, parameters: unknown[]) {
      const result = await pglite.query<Record<string, unknown>>(sqlText, parameters);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0, command: result.command ?? '' };
    },
    release: () => undefined as void,
  };

  const pool = {
    async connect() {
      const release = await state.lock.acquire();
      try {
        await enterSearchPath();
      } catch (error) {
        release();
        throw error;
      }
      return { ...connection, release };
    },
    async end() {},
  };

  // Kysely's Postgres dialect only needs connect/query/release/end from the pool.
  const db = new Kysely({ dialect: new PostgresDialect({ pool: pool as never }) });

  return {
    kind: 'pglite',
    db,
    async runScript(script, followUp) {
      const release = await state.lock.acquire();
      try {
        await enterSearchPath();
        await pglite.transaction(async (tx) => {
          await tx.exec(script);
          if (followUp) await tx.query(followUp.sql, followUp.params);
        });
      } finally {
        release();
      }
    },
    async close() {
      await db.destroy();
      if (options.ownsInstance) await pglite.close();
    },
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
