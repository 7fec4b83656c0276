/**
 * A query parameter as PostgreSQL text, the way node-postgres sends it to a PostgreSQL server (every
 * parameter in text format, its type inferred by the server from the statement): so that a statement
 * gets the same values on PGlite as on PostgreSQL.
 *
 * - null and undefined → SQL NULL; strings as they are; numbers, bigints and booleans as their text;
 * - Date → ISO-8601 (UTC); bytes (Uint8Array, Buffer) → bytea hex (`\x…`);
 * - arrays → PostgreSQL array literals (`{"a","b",NULL}`, nested for nested arrays);
 * - other objects → JSON.
 */
export function toTextParameter(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  if (Array.isArray(value)) return arrayLiteral(value);
  return JSON.stringify(value);
}

function arrayLiteral(items: readonly unknown[]): string {
  const elements = items.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (Array.isArray(item)) return arrayLiteral(item);
    const text = toTextParameter(item) ?? '';
    return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}
