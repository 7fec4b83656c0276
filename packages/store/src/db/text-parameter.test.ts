import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../testing/fixtures.ts';
import { describeEachDatabase } from '../testing/test-database.ts';
import { toTextParameter } from './text-parameter.ts';

describe('toTextParameter', () => {
  it('writes scalars, dates, bytes and objects as PostgreSQL reads them in text format', () => {
    expect(toTextParameter(null)).toBeNull();
    expect(toTextParameter(undefined)).toBeNull();
    expect(toTextParameter('text')).toBe('text');
    expect(toTextParameter(42)).toBe('42');
    expect(toTextParameter(2n ** 60n)).toBe('1152921504606846976');
    expect(toTextParameter(false)).toBe('false');
    expect(toTextParameter(new Date('2025-03-01T07:00:00+07:00'))).toBe('2025-03-01T00:00:00.000Z');
    expect(toTextParameter(new Uint8Array([0, 255, 16]))).toBe('\\x00ff10');
    expect(toTextParameter({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}');
  });

  it('quotes every array element, escapes quotes and backslashes, and keeps NULL and nesting', () => {
    expect(toTextParameter([])).toBe('{}');
    expect(toTextParameter(['a', null, 'b c'])).toBe('{"a",NULL,"b c"}');
    expect(toTextParameter(['say "hi"', 'back\\slash', '{brace},'])).toBe(
      '{"say \\"hi\\"","back\\\\slash","{brace},"}',
    );
    expect(
      toTextParameter([
        [1, 2],
        [3, null],
      ]),
    ).toBe('{{"1","2"},{"3",NULL}}');
  });
});

describeEachDatabase('query parameters', (getStore) => {
  it('round-trip hostile text, arrays of it, bytes, JSON and numbers unchanged', async () => {
    const store = getStore();
    const texts = [...HOSTILE_STRINGS, 'quote " and backslash \\ and {braces}, commas', 'NULL', '', 'ស្រី'];
    const result = await sql<{ texts: string[]; one: string; bytes: string; json: unknown; n: number; flag: boolean }>`
      SELECT ${texts}::text[] AS texts, ${texts[0]}::text AS one, encode(${new Uint8Array([1, 2, 254])}::bytea, 'hex') AS bytes,
        ${JSON.stringify({ a: ['x', 1] })}::jsonb AS json, ${12345}::integer AS n, ${true}::boolean AS flag`.execute(
      store.db,
    );
    expect(result.rows[0]).toEqual({
      texts,
      one: texts[0],
      bytes: '0102fe',
      json: { a: ['x', 1] },
      n: 12345,
      flag: true,
    });
  });
});
