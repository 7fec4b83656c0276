import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle } from './database.ts';
import { pgTypeOverrides } from './type-parsers.ts';

export interface PostgresHandleOptions {
  readonly connectionString: string;
  /** A schema to work in; set on every pooled connection with `-c search_path=…`. */
  readonly searchPath?: string;
  readonly maxConnections?: number;
}

export function createPostgresHandle(options: PostgresHandleOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types: pgTypeOverrides as pg.CustomTypesConfig,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });

  return {
    kind: 'postgres',
    db,
    async runScript(script, followUp) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Without parameters pg uses the simple query protocol, which accepts several statements.
        await client.query(script);
        if (followUp) await client.query(followUp.sql, followUp.params);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
