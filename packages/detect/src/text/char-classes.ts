/**
 * Character facts the normaliser and the matcher share. Tables are built once; lookups on the hot
 * path are array reads, not regular expressions.
 */

/** Scripts written without spaces between words: spaces between two of their letters are dropped. */
export function isContinuousScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0x19e0 && code <= 0x19ff) || // Khmer symbols
    (code >= 0x3040 && code <= 0x30ff) || // Kana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified
    (code >= 0xa9e0 && code <= 0xa9ff) || // Myanmar extended-B
    (code >= 0xaa60 && code <= 0xaa7f) || // Myanmar extended-A
    (code >= 0xf900 && code <= 0xfaff) // CJK compatibility
  );
}

const LATIN_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}\u0300-\u036f]/u;
const wordCharCache = new Map<number, boolean>();

/**
 * True for characters that make up words in space-separated scripts (Latin, Greek, Cyrillic letters,
 * digits and Latin combining accents). Latin-script phrases must not start or end inside such a run;
 * marks of other scripts (Khmer, Thai vowel signs) are not word characters here.
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = LATIN_WORD.test(String.fromCharCode(code));
    wordCharCache.set(code, known);
  }
  return known;
}

/** True for ASCII and Latin-script letters (used by leetspeak folding and spaced-letter joining). */
export function isLatinLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

/** Zero-width characters, bidirectional controls, soft hyphen, variation selectors, BOM. */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x061c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x206f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}

/** Native decimal digits of the region mapped to ASCII '0'..'9' (NFKC leaves them alone). */
export function nativeDigitValue(code: number): number {
  if (code >= 0x17e0 && code <= 0x17e9) return code - 0x17e0; // Khmer
  if (code >= 0x0e50 && code <= 0x0e59) return code - 0x0e50; // Thai
  if (code >= 0x0ed0 && code <= 0x0ed9) return code - 0x0ed0; // Lao
  if (code >= 0x1040 && code <= 0x1049) return code - 0x1040; // Myanmar
  if (code >= 0x1090 && code <= 0x1099) return code - 0x1090; // Myanmar Shan
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660; // Arabic-Indic
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0; // Extended Arabic-Indic
  if (code >= 0x0966 && code <= 0x096f) return code - 0x0966; // Devanagari
  return -1;
}

/**
 * Look-alike letters from other scripts folded to the Latin letter they imitate (lower case).
 * Applied after NFKC and lower-casing, so only lower-case forms are needed.
 */
export const HOMOGLYPHS: ReadonlyMap<number, string> = new Map(
  // prettier-ignore
  [
    // Cyrillic
    ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['к', 'k'], ['м', 'm'], ['н', 'h'], ['о', 'o'],
    ['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['і', 'i'], ['ј', 'j'], ['ѕ', 's'],
    ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ո', 'n'], ['һ', 'h'], ['ӏ', 'l'],
    // Greek
    ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'],
    ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['ω', 'w'], ['γ', 'y'],
    // Khmer spelling variants: ឲ and ឱ are written interchangeably (ឲ្យ / ឱ្យ, "to give")
    ['ឲ', 'ឱ'],
    // Latin look-alikes and phonetic letters
    ['ı', 'i'], ['ɑ', 'a'], ['ɡ', 'g'], ['ɩ', 'i'], ['ʀ', 'r'], ['ꜱ', 's'], ['ᴀ', 'a'], ['ʙ', 'b'],
    ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ɢ', 'g'], ['ʜ', 'h'], ['ɪ', 'i'], ['ᴊ', 'j'], ['ᴋ', 'k'],
    ['ʟ', 'l'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'], ['ᴘ', 'p'], ['ᴛ', 't'], ['ᴜ', 'u'], ['ᴠ', 'v'],
    ['ᴡ', 'w'], ['ʏ', 'y'], ['ᴢ', 'z'],
  ].map(([from, to]) => [(from as string).charCodeAt(0), to as string]),
);

/** Leetspeak substitutions, folded only between Latin letters (`t3legram`, `wh@tsapp`). */
export const LEET: ReadonlyMap<number, number> = new Map(
  // prettier-ignore
  [
    ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['@', 'a'], ['$', 's'],
    ['!', 'i'], ['|', 'l'],
  ].map(([from, to]) => [(from as string).charCodeAt(0), (to as string).charCodeAt(0)]),
);

/** `LEET` as a table over ASCII: the Latin letter a code unit stands for, or 0 (hot-path lookups). */
const LEET_ASCII = new Uint8Array(0x80);
for (const [from, to] of LEET) LEET_ASCII[from] = to;

/** The letter a leetspeak character stands for (`3` → `e`), or 0 when `code` is not one. */
export function leetLetter(code: number): number {
  return code < 0x80 ? (LEET_ASCII[code] ?? 0) : 0;
}
