import { normalizeText } from '../text/normalize.ts';

/**
 * What a child's phone calls a parent in its contact list, in the nine languages. A chat export
 * names each author as the exporting phone saved them, so an author saved as "Mum", "Mama Srey"
 * or "妈妈" is the child's parent. ("Daddy" is left out on purpose: it is also a groomer's word.)
 */
const PARENT_NAMES: readonly string[] = [
  'mom',
  'mum',
  'mommy',
  'mummy',
  'mother',
  'dad',
  'father',
  'mama',
  'mamah',
  'papa',
  'papah',
  'ma',
  'pa',
  'mak',
  'me',
  'ba',
  'bo',
  'bố',
  'mẹ',
  'má',
  'ibu',
  'ayah',
  'bapak',
  'nanay',
  'tatay',
  'inay',
  'itay',
  'amay',
  'ameh',
  'mae',
  'por',
  'ម៉ាក់',
  'ម្តាយ',
  'ប៉ា',
  'ឪពុក',
  '妈妈',
  '妈',
  '爸爸',
  '爸',
  '老妈',
  '老爸',
  'แม่',
  'พ่อ',
  'အမေ',
  'မေမေ',
  'ဖေဖေ',
  'အဖေ',
  'ແມ່',
  'ພໍ່',
].map((word) => normalizeText(word).text);

const LATIN_LETTER = /^\p{Script=Latin}/u;
const LATIN_LETTER_OR_DIGIT = /^[\p{Script=Latin}\p{N}]/u;

/**
 * Whether `name` (normalised, CamelCase already split) starts with `word` as a whole word: a Latin
 * word must end there ("Mama_Lina", "Mum 💕", not "Mamasita"); other scripts need no boundary.
 */
function startsWithNameWord(name: string, word: string): boolean {
  if (!name.startsWith(word)) return false;
  const next = name.charAt(word.length);
  if (!LATIN_LETTER.test(word) || next === '') return true;
  return !LATIN_LETTER_OR_DIGIT.test(next);
}

/** Short words that are a parent only as the whole name ("Ma", "Me" for "Mẹ"), never inside one ("Mark", "Bob"). */
const WHOLE_NAME_ONLY: ReadonlySet<string> = new Set(['me', 'ma', 'pa', 'ba', 'bo', 'mae', 'por']);

/**
 * Whether an author's display name says they are the child's parent: the name is, or starts
 * with, a parent word ("Mum", "Dad", "Mama Srey", "MakSrey", "妈妈", "แม่"). It only damps that
 * author's own grooming evidence, so a child saved as "Me" by their own phone loses nothing.
 */
export function isParentName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 40) return false;
  const lowered = normalizeText(trimmed).text;
  // CamelCase names: "MakSrey" is "Mak Srey".
  const split = normalizeText(trimmed.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')).text;
  for (const word of PARENT_NAMES) {
    if (WHOLE_NAME_ONLY.has(word)) {
      if (lowered === word) return true;
      continue;
    }
    if (startsWithNameWord(split, word)) return true;
  }
  return false;
}
