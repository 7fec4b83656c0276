/** Names a CSV header or a JSONL object may use for each field, lower-case. */
export const FIELD_NAMES = {
  author: ['author', 'sender', 'from', 'sender_name', 'sendername', 'name', 'user', 'username', 'speaker', 'who'],
  time: ['time', 'timestamp', 'datetime', 'date_time', 'sent_at', 'sent', 'created_at', 'timestamp_ms', 'date'],
  date: ['date', 'day'],
  text: ['text', 'message', 'content', 'body', 'msg', 'message_text'],
} as const;

export interface ColumnMap {
  author: number;
  time: number;
  /** A separate date column, when the time column holds only the clock. */
  date: number;
  text: number;
}

function indexOfAny(names: readonly string[], header: readonly string[], skip: number): number {
  for (const name of names) {
    const index = header.indexOf(name);
    if (index !== -1 && index !== skip) return index;
  }
  return -1;
}

/** Finds the author, time and text columns of a header (case-insensitive); null without a text column. */
export function mapColumns(rawHeader: readonly string[]): ColumnMap | null {
  const header = rawHeader.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/gu, '_'),
  );
  const text = indexOfAny(FIELD_NAMES.text, header, -1);
  if (text === -1) return null;
  const author = indexOfAny(FIELD_NAMES.author, header, text);
  const time = indexOfAny(FIELD_NAMES.time, header, text);
  const date = header[time] === 'time' ? indexOfAny(FIELD_NAMES.date, header, time) : -1;
  return { author, time, date, text };
}

/** The value of the first of `names` an object has. */
export function pick(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    if (name in record) return record[name];
  }
  for (const key of Object.keys(record)) {
    if ((names as readonly string[]).includes(key.toLowerCase())) return record[key];
  }
  return undefined;
}
