/**
 * The CSV of the figures a statistics page shows, built in the browser (the analyst's role has no
 * server export). Cells are quoted per RFC 4180, and a cell a spreadsheet would read as a formula
 * (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe (OWASP).
 */

const FORMULA_START = /^[=+\-@\t\r]/u;

/** One cell, safe to open in a spreadsheet: never a formula, always quoted when it needs to be. */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 asks). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
