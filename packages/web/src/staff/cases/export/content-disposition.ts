/**
 * The file name a download answer gives in its Content-Disposition header (RFC 6266):
 * `filename*=UTF-8''…` (RFC 8187) is preferred over `filename="…"`. The name is reduced to one
 * safe path segment (no folders, no control characters); null when the header names none.
 */

const EXTENDED = /(?:^|;)\s*filename\*\s*=\s*([^;]*)/iu;
const QUOTED = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/iu;
const TOKEN = /(?:^|;)\s*filename\s*=\s*([^";\s][^;]*)/iu;
/** Reserved in file names on Windows or a path separator; control characters are removed separately. */
const RESERVED = /[/\\:*?"<>|]/gu;
const MAX_LENGTH = 120;

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

function decodeExtended(value: string): string | null {
  // charset'language'percent-encoded-value; only UTF-8 is decoded (the only charset RFC 8187 requires).
  const match = /^([\w-]+)'[^']*'(.+)$/u.exec(value.trim());
  if (match === null || match[1]?.toLowerCase() !== 'utf-8') return null;
  try {
    return decodeURIComponent(match[2] ?? '');
  } catch {
    return null;
  }
}

/** The name as one safe path segment: unsafe characters become `_`; none at all gives null. */
export function safeFileName(name: string): string | null {
  const base = name.split(/[/\\]/u).pop() ?? '';
  const visible = Array.from(base, (char) => (isControl(char) ? '_' : char)).join('');
  const cleaned = visible.replace(RESERVED, '_').trim().slice(0, MAX_LENGTH);
  return cleaned === '' || /^\.+$/u.test(cleaned) ? null : cleaned;
}

export function fileNameFromContentDisposition(header: string | null): string | null {
  if (header === null) return null;
  const extended = EXTENDED.exec(header)?.[1];
  const decoded = extended === undefined ? null : decodeExtended(extended);
  if (decoded !== null) return safeFileName(decoded);
  const quoted = QUOTED.exec(header)?.[1];
  if (quoted !== undefined) return safeFileName(quoted.replace(/\\(.)/gu, '$1'));
  const token = TOKEN.exec(header)?.[1];
  return token === undefined ? null : safeFileName(token.trim());
}
