import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './statistics-csv.ts';

describe('the statistics CSV', () => {
  it('writes plain cells as they are and numbers as digits', () => {
    expect(
      toCsv([
        ['figure', 'count'],
        ['Cases prosecuted', 3],
      ]),
    ).toBe('figure,count\r\nCases prosecuted,3\r\n');
  });

  it('never lets a cell start a formula (=, +, -, @, tab, carriage return)', () => {
    for (const hostile of ['=HYPERLINK("http://example.invalid")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const cell = csvCell(hostile);
      expect(cell.replace(/^"/u, '').startsWith("'")).toBe(true);
    }
    // A negative number is data, not a formula.
    expect(csvCell(-1)).toBe('-1');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Phnom Penh, Cambodia')).toBe('"Phnom Penh, Cambodia"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps any string readable back: unquoting gives the text, with an apostrophe only before a formula', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        expect(unquoted).toBe(/^[=+\-@\t\r]/u.test(text) ? `'${text}` : text);
      }),
    );
  });

  it('builds a huge table without trouble', () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => [`row ${index}`, index]);
    expect(toCsv(rows).split('\r\n')).toHaveLength(20_001);
  });
});
