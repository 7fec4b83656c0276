import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import type { DatabaseHandle } from './database.ts';
import { Mutex } from './mutex.ts';
import { toTextParameter } from './text-parameter.ts';

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
      const result = await runStatement(pglite, sqlText, parameters);
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

/**
 * Runs one statement with its parameters in a single exchange with PGlite: Parse, Bind, Describe,
 * Execute and Sync sent together, parameters in text format with server-inferred types (as
 * node-postgres sends them to PostgreSQL). `pglite.query` needs six exchanges per statement (it
 * first asks for the parameter types); on the demo load this saves about a third of each
 * statement's cost. Rows are parsed with the instance's own type parsers, as `pglite.query` does.
 */
async function runStatement(pglite: PGlite, sqlText: string, parameters: readonly unknown[]) {
  return pglite._runExclusiveQuery(async () => {
    const message = concatenate([
      protocol.serialize.parse({ text: sqlText, types: [] }),
      protocol.serialize.bind({ values: parameters.map(toTextParameter) }),
      protocol.serialize.describe({ type: 'P' }),
      protocol.serialize.execute({}),
      protocol.serialize.sync(),
    ]);
    const { messages } = await pglite.execProtocol(message, { syncToFs: false });
    // As pglite.query does: persist to the file system after a statement outside a transaction.
    const ready = messages.find((m) => m instanceof protocol.messages.ReadyForQueryMessage);
    if (ready?.status === 'I') await pglite.syncToFs();
    const [result] = parse.parseResults(messages, pglite.parsers);
    if (!result) throw new Error('PGlite answered a statement without a result');
    return result as { rows: Record<string, unknown>[]; affectedRows?: number; command?: string };
  });
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
