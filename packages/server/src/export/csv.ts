/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends, UTF-8 with BOM so Excel reads Khmer correctly).
 * Cells a spreadsheet would run as a formula — starting with = + - @, a tab or a carriage return —
 * are neutralised with a leading apostrophe (OWASP's advice), so `=HYPERLINK(...)` stays text.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_START.has(value[0]!) ? `'${value}` : value;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans come from the store, not from people: they are not formulas.
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A CSV download response; the filename is reduced to safe characters. */
export function csvResponse(filename: string, body: string): Response {
  const safeName = filename.replace(/[^\w.-]/gu, '_').slice(0, 100) || 'export.csv';
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${safeName}"`,
    },
  });
}
