/**
 * Name matching for person search: names are encrypted at rest, so the server decrypts candidates
 * and compares folded forms — Unicode NFKC, case-folded, Latin diacritics removed, runs of spaces
 * and punctuation collapsed — and a query matches when every word of it starts a word of the name.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, (mark) => (/[\u0300-\u036f]/u.test(mark) ? '' : mark))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** Whether every word of `query` (already folded) starts some word of one of the names. */
export function nameMatches(query: string, names: readonly (string | null | undefined)[]): boolean {
  const wanted = query.split(' ').filter((word) => word !== '');
  if (wanted.length === 0) return false;
  const words = names.flatMap((name) => (name == null ? [] : foldName(name).split(' ')));
  // Scripts written without spaces (Khmer, Thai, Burmese, Lao) also match inside a word.
  const joined = names.map((name) => (name == null ? '' : foldName(name))).join(' ');
  return wanted.every(
    (part) => words.some((word) => word.startsWith(part)) || (isUnspacedScript(part) && joined.includes(part)),
  );
}

function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Han}]/u.test(text);
}
