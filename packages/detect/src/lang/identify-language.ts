import type { DetectedLanguage, Language } from '../types.ts';

/** Scripts counted for language identification. */
export type Script = 'khmer' | 'thai' | 'lao' | 'myanmar' | 'han' | 'latin' | 'other';

export interface LanguageGuess {
  language: DetectedLanguage;
  /** Share of letters per script (0..1), rounded to three decimals. */
  scripts: Partial<Record<Script, number>>;
}

const SCRIPT_LANGUAGE: Partial<Record<Script, Language>> = {
  khmer: 'km',
  thai: 'th',
  lao: 'lo',
  myanmar: 'my',
  han: 'zh',
};

/** The script of one UTF-16 code unit, or undefined for digits, punctuation, symbols and marks. */
export function scriptOf(code: number): Script | undefined {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'latin';
  if (code < 0xc0) return undefined;
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return code === 0xd7 || code === 0xf7 ? undefined : 'latin';
  if (code >= 0x1780 && code <= 0x17ff) return 'khmer';
  if (code >= 0x19e0 && code <= 0x19ff) return 'khmer';
  if (code >= 0x0e00 && code <= 0x0e7f) return 'thai';
  if (code >= 0x0e80 && code <= 0x0eff) return 'lao';
  if ((code >= 0x1000 && code <= 0x109f) || (code >= 0xa9e0 && code <= 0xa9ff) || (code >= 0xaa60 && code <= 0xaa7f)) {
    return 'myanmar';
  }
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) {
    return 'han';
  }
  if (code >= 0x0300 && code <= 0x036f) return undefined; // combining marks belong to their base
  if (code >= 0x2000) return undefined; // punctuation, symbols, emoji
  return 'other';
}

/**
 * Frequent function words per Latin-script language (lower case, without and with tone marks for
 * Vietnamese because many people type without them), with the chat spellings of each ("gak", "ko",
 * "dc", "nhe") and Khmer as it is written in Latin letters. Chosen to be distinctive between the five:
 * a word two of them write ("ko": Vietnamese "không", Tagalog "my") is listed for one only.
 */
const LATIN_VOCABULARY: Record<'en' | 'vi' | 'id' | 'tl' | 'km', readonly string[]> = {
  en: [
    'the',
    'you',
    'and',
    'to',
    'is',
    'for',
    'your',
    'are',
    'with',
    'this',
    'we',
    'my',
    'i',
    'me',
    'it',
    'of',
    'in',
    'that',
    'have',
    'will',
    'not',
    'be',
    'can',
    'job',
    'work',
    'please',
    'what',
    'how',
    'do',
    'if',
  ],
  vi: [
    'không',
    'của',
    'và',
    'là',
    'tôi',
    'bạn',
    'được',
    'có',
    'cho',
    'người',
    'này',
    'em',
    'anh',
    'chị',
    'với',
    'làm',
    'việc',
    'một',
    'những',
    'các',
    'khong',
    'cua',
    'duoc',
    'nguoi',
    'lam',
    'viec',
    'nhung',
    'mot',
    'voi',
    'minh',
    'mình',
    'đi',
    'ở',
    'thì',
    'nhé',
    'ạ',
    'roi',
    'chua',
    'nhe',
    'nha',
    'vay',
    'nhieu',
    'tien',
    'luong',
    'dang',
    'gui',
    'oi',
    'thoi',
    'lien',
    'quy',
    'khach',
    'thang',
    'ngay',
    'tai',
    'khoan',
    'khoa',
    'vui',
    'truy',
    'thong',
    'trieu',
    'tr',
    'xe',
    'mien',
    'ib',
    'inb',
    'lh',
    'zalo',
    'momo',
    'toi',
    'tuyen',
    'cty',
    'hoc',
    'lop',
    'gia',
    'nhom',
    'chuyen',
    'dc',
    'sdt',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'untuk',
    'tidak',
    'ini',
    'dengan',
    'saya',
    'anda',
    'kamu',
    'ada',
    'akan',
    'sudah',
    'bisa',
    'dari',
    'ke',
    'itu',
    'kerja',
    'gaji',
    'juga',
    'atau',
    'kami',
    'aku',
    'tak',
    'nak',
    'dia',
    'jika',
    'bagi',
    'dapat',
    'sila',
    'segera',
    'hanya',
    'gak',
    'ga',
    'nggak',
    'ngga',
    'enggak',
    'udah',
    'aja',
    'yg',
    'dgn',
    'jgn',
    'jangan',
    'bgt',
    'banget',
    'sih',
    'dong',
    'nih',
    'deh',
    'kok',
    'gue',
    'gw',
    'lu',
    'gimana',
    'kenapa',
    'mau',
    'kalo',
    'kalau',
    'tapi',
    'karena',
    'buat',
    'orang',
    'uang',
    'kirim',
    'bulan',
    'tahun',
    'thn',
    'bayar',
    'cepat',
    'langsung',
    'gratis',
    'murah',
    'pakai',
    'setiap',
    'telah',
    'belum',
    'harus',
    'baru',
    'terima',
    'kasih',
    'silakan',
    'mohon',
    'ibu',
    'bapak',
    'kakak',
    'adik',
    'dik',
    'kak',
    'bang',
    'wkwk',
    'rb',
    'jt',
    'juta',
    'ribu',
    'tiap',
    'malam',
    'pulang',
    'tanpa',
    'cair',
    'pinjaman',
    'bunga',
    'lunas',
    'melalui',
    'rasmi',
    'akaun',
    'maklumat',
    'kemaskini',
    'selepas',
    'pelanggan',
    'tagihan',
    'diterima',
  ],
  tl: [
    'ang',
    'ng',
    'sa',
    'mga',
    'ko',
    'mo',
    'po',
    'ka',
    'na',
    'hindi',
    'ikaw',
    'ako',
    'naman',
    'lang',
    'kasi',
    'yung',
    'dito',
    'trabaho',
    'sahod',
    'kayo',
    'namin',
    'natin',
    'siya',
    'ba',
    'pa',
    'ay',
    'may',
    'kung',
    'pero',
    'talaga',
    'ninyo',
    'nyo',
    'naka',
    'mag',
    'nag',
    'opo',
    'lahat',
    'bata',
    'bahala',
    'sino',
    'agad',
    'libre',
    'kain',
    'tulog',
    'alis',
    'bukas',
    'araw',
    'salamat',
    'sagot',
    'pag',
    'kahit',
    'walang',
    'wala',
    'meron',
    'gusto',
    'ito',
    'yan',
    'yun',
    'tayo',
    'sige',
    'din',
    'rin',
    'nang',
    'pwede',
    'puwede',
    'nasa',
    'kay',
    'ihanda',
    'naghahanap',
    'estudyante',
  ],
  // Khmer written in Latin letters, as chats and SMS often are ("bong sralanh oun", "knhom jab nov").
  km: [
    'bong',
    'oun',
    'knhom',
    'khnhom',
    'nov',
    'tov',
    'mok',
    'jea',
    'luy',
    'brab',
    'prab',
    'srolanh',
    'sralanh',
    'chnam',
    'nas',
    'hz',
    'haey',
    'jouy',
    'chouy',
    'sne',
    'yok',
    'oy',
    'ot',
    'kom',
    'jab',
    'chab',
    'teng',
    'trov',
    'dak',
    'chenh',
    'kraw',
    'thngai',
    'phnheu',
    'fnher',
    'srey',
    'bros',
    'ort',
    'torng',
  ],
};

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

const vocabulary = new Map<string, (keyof typeof LATIN_VOCABULARY)[]>();
for (const [language, words] of Object.entries(LATIN_VOCABULARY) as [
  keyof typeof LATIN_VOCABULARY,
  readonly string[],
][]) {
  for (const word of words) {
    // A word listed twice for one language still votes once for it.
    const languages = vocabulary.get(word) ?? [];
    if (!languages.includes(language)) vocabulary.set(word, [...languages, language]);
  }
}

/** Longest vocabulary word: longer words need no lookup. */
let longestWord = 0;
for (const word of vocabulary.keys()) longestWord = Math.max(longestWord, word.length);

/** Per BMP code unit, filled on first sight: bit 1 = known, 2 = letter or mark, 4 = a Vietnamese letter. */
const KNOWN = 1;
const WORD_UNIT = 2;
const VIETNAMESE_UNIT = 4;
const unitFacts = new Uint8Array(0x10000);

function factsOf(code: number): number {
  let facts = unitFacts[code] ?? 0;
  if (facts === 0) {
    const ch = String.fromCharCode(code);
    facts = KNOWN;
    // Lone surrogates are never letters; pairs are decided by `isAstralLetter`.
    if (!(code >= 0xd800 && code <= 0xdfff) && WORD_CHAR.test(ch)) facts |= WORD_UNIT;
    if (VIETNAMESE_LETTERS.test(ch)) facts |= VIETNAMESE_UNIT;
    unitFacts[code] = facts;
  }
  return facts;
}

const WORD_CHAR = /^[\p{L}\p{M}]$/u;

/** Whether the surrogate pair at `i` is a letter or mark (astral letters such as 𝐚 are). */
function isAstralLetter(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  if (!(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff)) return false;
  return WORD_CHAR.test(text.slice(i, i + 2));
}

/** The Latin-script languages in voting order: on equal votes the earlier one wins. */
const LATIN_ORDER = ['en', 'vi', 'id', 'tl', 'km'] as const;
const LATIN_INDEX: Record<(typeof LATIN_ORDER)[number], number> = { en: 0, vi: 1, id: 2, tl: 3, km: 4 };
/** Vocabulary words with the indexes (in `LATIN_ORDER`) of the languages that use them. */
const vocabularyIndexes = new Map<string, readonly number[]>(
  [...vocabulary].map(([word, languages]) => [word, languages.map((language) => LATIN_INDEX[language])]),
);
/** Votes per language of one call (the engine is synchronous: one scratch array for all calls). */
const votes = new Float64Array(LATIN_ORDER.length);

function guessLatinLanguage(text: string): DetectedLanguage {
  votes.fill(0);
  let words = 0;
  // Words are runs of letters and marks (\p{L}\p{M}), scanned by hand: one lower-casing, no match objects.
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let vietnamese = false;
    for (;;) {
      if (i >= n) break;
      const facts = factsOf(lower.charCodeAt(i));
      if ((facts & WORD_UNIT) !== 0) {
        if ((facts & VIETNAMESE_UNIT) !== 0) vietnamese = true;
        i++;
      } else if (isAstralLetter(lower, i)) i += 2;
      else break;
    }
    if (i === start) {
      i++;
      continue;
    }
    words++;
    if (vietnamese) votes[1] = (votes[1] ?? 0) + 1.5;
    if (i - start <= longestWord) {
      const languages = vocabularyIndexes.get(lower.slice(start, i));
      if (languages !== undefined) for (const index of languages) votes[index] = (votes[index] ?? 0) + 1;
    }
    if (words > 400) break;
  }
  // The most votes wins, the earlier language on a tie; a tie of weak evidence decides nothing.
  let best = 0;
  for (let k = 1; k < LATIN_ORDER.length; k++) if ((votes[k] ?? 0) > (votes[best] ?? 0)) best = k;
  let second = -1;
  for (let k = 0; k < LATIN_ORDER.length; k++) if (k !== best) second = Math.max(second, votes[k] ?? 0);
  const top = votes[best] ?? 0;
  if (top === 0) return words >= 3 ? 'en' : 'und';
  if (top === second && top < 2) return 'und';
  return LATIN_ORDER[best] ?? 'und';
}

const SAMPLE_CHARS = 4000;

const SCRIPTS: readonly Script[] = ['khmer', 'thai', 'lao', 'myanmar', 'han', 'latin', 'other'];
const NO_SCRIPT = 255;
/** `scriptOf` for every BMP code unit, as an index into `SCRIPTS` or `NO_SCRIPT`. */
const scriptTable = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const script = scriptOf(code);
  scriptTable[code] = script === undefined ? NO_SCRIPT : SCRIPTS.indexOf(script);
}
/** Per-call scratch: letters per script, and the scripts in the order they first occur. */
const tally = new Int32Array(SCRIPTS.length);
const firstSeen = new Uint8Array(SCRIPTS.length);

/**
 * Identifies the main language from the script of the letters and, for Latin script, frequent
 * function words. Code-mixed text (Khmer with English words) goes to the non-Latin language when
 * at least a quarter of its letters are in that script.
 */
export function identifyLanguage(text: string): LanguageGuess {
  tally.fill(0);
  let seen = 0;
  const limit = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < limit; i++) {
    const script = scriptTable[text.charCodeAt(i)] ?? NO_SCRIPT;
    if (script === NO_SCRIPT) continue;
    if (tally[script] === 0) firstSeen[seen++] = script;
    tally[script] = (tally[script] ?? 0) + 1;
  }
  // In the order the scripts first occur, as `scripts` lists them.
  const counts: Partial<Record<Script, number>> = {};
  for (let k = 0; k < seen; k++) {
    const script = firstSeen[k] ?? 0;
    counts[SCRIPTS[script] ?? 'other'] = tally[script] ?? 0;
  }
  return languageFromCounts(counts, () => text.slice(0, SAMPLE_CHARS));
}

/** How many leading code units `identifyLanguage` looks at. */
export const LANGUAGE_SAMPLE_CHARS = SAMPLE_CHARS;

/**
 * The decision of `identifyLanguage` from per-script counts of the first `LANGUAGE_SAMPLE_CHARS`
 * code units; `sample` gives that text when Latin-script vocabulary must be looked at.
 */
export function languageFromCounts(counts: Partial<Record<Script, number>>, sample: () => string): LanguageGuess {
  let letters = 0;
  for (const script in counts) letters += counts[script as Script] ?? 0;
  const scripts: Partial<Record<Script, number>> = {};
  for (const script in counts) {
    scripts[script as Script] = Math.round(((counts[script as Script] ?? 0) / letters) * 1000) / 1000;
  }
  if (letters === 0) return { language: 'und', scripts };
  let bestScript: Script | undefined;
  let bestShare = 0;
  for (const key in scripts) {
    const script = key as Script;
    if (script === 'latin' || script === 'other') continue;
    const share = scripts[script] ?? 0;
    if (share > bestShare) {
      bestScript = script;
      bestShare = share;
    }
  }
  if (bestScript !== undefined && bestShare >= 0.25) {
    return { language: SCRIPT_LANGUAGE[bestScript] ?? 'und', scripts };
  }
  if ((scripts.latin ?? 0) >= 0.5) return { language: guessLatinLanguage(sample()), scripts };
  return { language: 'und', scripts };
}

const ALIASES: Record<string, Language> = {
  ms: 'id',
  may: 'id',
  msa: 'id',
  ind: 'id',
  zsm: 'id',
  fil: 'tl',
  tgl: 'tl',
  khm: 'km',
  tha: 'th',
  vie: 'vi',
  mya: 'my',
  bur: 'my',
  lao: 'lo',
  eng: 'en',
  zho: 'zh',
  chi: 'zh',
  cmn: 'zh',
  yue: 'zh',
};

const LATIN_LANGUAGES: readonly DetectedLanguage[] = ['en', 'vi', 'id', 'tl'];

/** Maps a caller's language tag (`ms`, `fil`, `zh-Hant`, `km-KH`) to a catalogue language. */
export function resolveLanguageTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  const known: readonly string[] = ['en', 'km', 'zh', 'th', 'vi', 'id', 'my', 'lo', 'tl'];
  if (known.includes(primary)) return primary as Language;
  return ALIASES[primary];
}

/**
 * Combines a caller's hint with detection: the hint wins when detection is unsure or the hint is
 * another language of the same script; otherwise the text's own script wins.
 */
export function chooseLanguage(
  detected: DetectedLanguage,
  hint: Language,
): { language: DetectedLanguage; hintIgnored: boolean } {
  if (detected === 'und' || detected === hint) return { language: hint, hintIgnored: false };
  if (LATIN_LANGUAGES.includes(detected) && LATIN_LANGUAGES.includes(hint))
    return { language: hint, hintIgnored: false };
  return { language: detected, hintIgnored: true };
}
