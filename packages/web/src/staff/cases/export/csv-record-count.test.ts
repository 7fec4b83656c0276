import { describe, expect, it } from 'vitest';
import { countCsvRecords, csvHeaderCells } from './csv-record-count.ts';

describe(countCsvRecords.name, () => {
  it('counts CRLF records, the final line break ending the last one', () => {
    expect(countCsvRecords('\uFEFFcase,risk\r\n1,low\r\n2,high\r\n')).toBe(3);
  });

  it('counts a last record without a line break, and LF or CR line ends', () => {
    expect(countCsvRecords('case,risk\n1,low')).toBe(2);
    expect(countCsvRecords('case\r1\r')).toBe(2);
  });

  it('does not end a record at a line break inside quotes, nor at an escaped quote', () => {
    expect(countCsvRecords('case,name\r\n1,"Fictional\r\nSecond line"\r\n2,"say ""hi""\n"\r\n')).toBe(3);
  });

  it('counts nothing in an empty file and one record in a header alone', () => {
    expect(countCsvRecords('')).toBe(0);
    expect(countCsvRecords('\uFEFF')).toBe(0);
    expect(countCsvRecords('\uFEFFcase,risk\r\n')).toBe(1);
  });
});

describe(csvHeaderCells.name, () => {
  it('reads the first record’s cells, unquoted', () => {
    expect(csvHeaderCells('\uFEFFcase,"trafficking, status","say ""x"""\r\n1,2,3\r\n')).toEqual([
      'case',
      'trafficking, status',
      'say "x"',
    ]);
    expect(csvHeaderCells('')).toEqual(['']);
  });
});
