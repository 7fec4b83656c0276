import pg from 'pg';

const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

const parseTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ_OID);

/**
 * The same value shapes on PGlite and PostgreSQL: `date` stays 'YYYY-MM-DD' (no time-zone shift),
 * `timestamptz` becomes an ISO-8601 string, `int8` a number (ids and counts stay far below 2^53).
 */
export const textParsers: Record<number, (value: string) => unknown> = {
  [DATE_OID]: (value) => value,
  [TIMESTAMPTZ_OID]: (value) => (parseTimestamptz(value) as Date).toISOString(),
  [INT8_OID]: (value) => Number(value),
};

/** The `types` object a `pg.Pool` accepts, with the parsers above and pg's defaults otherwise. */
export const pgTypeOverrides = {
  getTypeParser(oid: number, format?: string): unknown {
    const parser = textParsers[oid];
    if (parser && format !== 'binary') return parser;
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid);
  },
};
