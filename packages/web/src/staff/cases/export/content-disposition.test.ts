import { describe, expect, it } from 'vitest';
import { fileNameFromContentDisposition, safeFileName } from './content-disposition.ts';

describe(fileNameFromContentDisposition.name, () => {
  it('reads the quoted name the server sends', () => {
    expect(fileNameFromContentDisposition('attachment; filename="cases-2026-12-02.csv"')).toBe('cases-2026-12-02.csv');
  });

  it('reads an unquoted name and ignores other parameters and case', () => {
    expect(fileNameFromContentDisposition('Attachment; FILENAME=cases.csv; size=120')).toBe('cases.csv');
  });

  it('prefers the UTF-8 extended name (RFC 8187) over the plain one', () => {
    expect(
      fileNameFromContentDisposition(
        `attachment; filename="cases.csv"; filename*=UTF-8''%E1%9E%80%E1%9E%9A%E1%9E%8E%E1%9E%B8.csv`,
      ),
    ).toBe('ករណី.csv');
  });

  it('falls back to the plain name when the extended one cannot be decoded', () => {
    expect(fileNameFromContentDisposition(`attachment; filename*=UTF-8''%E1%9E; filename="cases.csv"`)).toBe(
      'cases.csv',
    );
    expect(fileNameFromContentDisposition(`attachment; filename*=iso-8859-1''caf%E9.csv; filename=cafe.csv`)).toBe(
      'cafe.csv',
    );
  });

  it('unescapes quoted characters', () => {
    expect(fileNameFromContentDisposition('attachment; filename="fictional \\"x\\".csv"')).toBe('fictional _x_.csv');
  });

  it('gives null when no name is given', () => {
    expect(fileNameFromContentDisposition(null)).toBeNull();
    expect(fileNameFromContentDisposition('attachment')).toBeNull();
    expect(fileNameFromContentDisposition('attachment; filename=""')).toBeNull();
  });

  it('never lets a name leave the downloads folder', () => {
    expect(fileNameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromContentDisposition('attachment; filename="..\\\\evil.csv"')).toBe('evil.csv');
    expect(fileNameFromContentDisposition('attachment; filename=".."')).toBeNull();
  });
});

describe(safeFileName.name, () => {
  it('replaces control and reserved characters and bounds the length', () => {
    expect(safeFileName('a\u0000b:c*?.csv')).toBe('a_b_c__.csv');
    expect(safeFileName(`${'x'.repeat(200)}.csv`)).toHaveLength(120);
    expect(safeFileName('   ')).toBeNull();
  });
});
