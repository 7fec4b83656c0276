/**
 * How many records a CSV text holds (RFC 4180): line breaks inside a quoted cell do not end a
 * record, a doubled quote inside quotes is a quote, and a final line break ends the last record
 * (it does not start an empty one). A byte order mark is ignored.
 */
export function countCsvRecords(text: string): number {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return 0;
  let records = 0;
  let quoted = false;
  let atRecordStart = true;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    atRecordStart = false;
    if (char === '"') {
      // Inside quotes, "" is an escaped quote: the state does not change.
      if (quoted && body[index + 1] === '"') index++;
      else quoted = !quoted;
    } else if (!quoted && (char === '\n' || char === '\r')) {
      if (char === '\r' && body[index + 1] === '\n') index++;
      records++;
      atRecordStart = true;
    }
  }
  return atRecordStart ? records : records + 1;
}

/** The first record's cells (the header row), unquoted. */
export function csvHeaderCells(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index] ?? '';
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') break;
    else cell += char;
  }
  cells.push(cell);
  return cells;
}
