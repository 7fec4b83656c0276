/**
 * Ages ("I'm 14", "14 years old", "អាយុ១៤ឆ្នាំ", "14 tuổi", "14岁"…) and school grades ("grade 7",
 * "ថ្នាក់ទី៧", "ม.2", "lớp 8", "初二"…). Ages: type `age`, details.years = the age. Grades: type
 * `school_grade`, details.years = the grade on a 1–12 scale (Thai ม.2 → 8, Chinese 初二 → 8, 高一 →
 * 10, Indonesian "kelas 2 SMP" → 8). Typical age ≈ grade + 6 (grade 1 at 6–7, grade 7 at 12–13,
 * grade 12 at 17–18), so a grade is a proxy for a minor.
 *
 * Every pattern needs an age-specific word ("old", "tuổi", "岁", "ขวบ", "อายุ"…): bare "14 years"
 * is not an age ("14 years of experience", "founded 14 years ago"), nor is "24 hours".
 */
import type { Entity } from '../types.ts';
import { toAsciiDigits } from './digits.ts';

/** A number 1–99 not glued to other digits. */
const N = '(?<!\\d)(\\d{1,2})(?!\\d)';
/** A Latin word must start and end at a word boundary (Unicode-aware). */
const W = (word: string): string => `(?<![\\p{L}\\p{N}])(?:${word})(?![\\p{L}\\p{N}])`;

interface Rule {
  type: 'age' | 'school_grade';
  re: RegExp;
  /** The grade/age from the captured number (and the match). */
  years?: (n: number, m: RegExpExecArray) => number | undefined;
}

const rule = (type: Rule['type'], src: string, years?: Rule['years']): Rule =>
  years === undefined ? { type, re: new RegExp(src, 'giu') } : { type, re: new RegExp(src, 'giu'), years };

/** "I'm 14" only when the number ends the clause or is followed by an age-ish word. */
const AFTER_IM =
  '(?=\\s{0,2}(?:$|[,.!?;:)~]|(?:and|&|from|f|m|girl|boy|female|male|lol|haha|y|yo|yrs?|years?|tuổi|岁)(?![\\p{L}])))';

const RULES: readonly Rule[] = [
  // English
  rule('age', `${N}\\s{0,2}(?:-\\s?)?(?:years?|yrs?|yr)[\\s-]{0,2}old(?![\\p{L}])`),
  rule('age', `${N}\\s{0,2}(?:y\\/o|y\\.o\\.?|yo|yrs?\\.?o)(?![\\p{L}\\p{N}])`),
  rule('age', `${W('age[ds]?|aged')}\\s{0,2}(?:of\\s{1,2}|is\\s{1,2}|[:=]\\s{0,2})?${N}`),
  rule('age', `${W("i'?m|i’m|i am|im")}\\s{1,2}(?:only\\s{1,2}|just\\s{1,2})?${N}${AFTER_IM}`),
  // Khmer
  rule('age', `អាយុ\\s{0,2}${N}`),
  // Thai
  rule('age', `อายุ\\s{0,2}${N}`),
  rule('age', `${N}\\s{0,2}ขวบ`),
  // Vietnamese
  rule('age', `${N}\\s{0,2}${W('tuổi|tuoi')}`),
  // Indonesian / Malay
  rule('age', `${W('umur|usia|berumur|berusia')}\\s{0,2}(?:saya\\s{1,2}|aku\\s{1,2}|ku\\s{1,2})?${N}`),
  rule('age', `${W('aku|saya|gue|gw|baru')}\\s{1,2}(?:umur\\s{1,2})?${N}\\s{0,2}${W('tahun|thn|th')}`),
  // Chinese
  rule('age', `${N}\\s{0,1}(?:周岁|岁|歲)`),
  // Tagalog
  rule('age', `${N}\\s{0,2}${W('taong gulang|taon gulang|anyos|anyos na')}`),
  rule('age', `${W('edad')}\\s{0,2}(?:ko\\s{1,2}(?:ay\\s{1,2})?|[:=]\\s{0,2})?${N}`),
  // Burmese
  rule('age', `အသက်\\s{0,2}${N}`),
  // Lao
  rule('age', `ອາຍຸ\\s{0,2}${N}`),

  // School grades (details.years on the 1–12 scale)
  rule('school_grade', `${W('grade|gr\\.?|baitang')}\\s{0,2}${N}`),
  rule('school_grade', `${N}(?:st|nd|rd|th)\\s{1,2}${W('grade')}`),
  rule('school_grade', `${W('year')}\\s{1,2}${N}(?!\\s{0,2}(?:years?|%|[.,]\\d))`, (n) => (n <= 13 ? n : undefined)),
  rule('school_grade', `ថ្នាក់ទី\\s{0,2}${N}`),
  rule('school_grade', `(?<![\\u0e00-\\u0e7f])ป\\.\\s?${N}`, (n) => (n <= 6 ? n : undefined)),
  rule('school_grade', `(?<![\\u0e00-\\u0e7f])ม\\.\\s?${N}`, (n) => (n <= 6 ? n + 6 : undefined)),
  // Lao: ປ.1–5 primary, ມ.1–7 secondary (after the 5 primary years).
  rule('school_grade', `(?<![\\u0e80-\\u0eff])ປ\\.\\s?${N}`, (n) => (n <= 5 ? n : undefined)),
  rule('school_grade', `(?<![\\u0e80-\\u0eff])ມ\\.\\s?${N}`, (n) => (n <= 7 ? n + 5 : undefined)),
  rule('school_grade', `${W('lớp|lop')}\\s{0,2}${N}`),
  rule('school_grade', `${W('kelas')}\\s{0,2}${N}(?:\\s{0,2}(SMP|SMA|SMK|SD))?`, (n, m) => {
    const level = (m[2] ?? '').toUpperCase();
    if (level === 'SMP') return n <= 3 ? n + 6 : undefined;
    if (level === 'SMA' || level === 'SMK') return n <= 3 ? n + 9 : undefined;
    return n;
  }),
  rule('school_grade', `${N}\\s{0,2}တန်း`),
];

/** Whether `s` has a run of one or two ASCII digits not glued to other digits: what `N` matches. */
function hasShortNumber(s: string): boolean {
  let run = 0;
  for (let i = 0; i <= s.length; i++) {
    const code = i < s.length ? s.charCodeAt(i) : 0;
    if (code >= 0x30 && code <= 0x39) run++;
    else {
      if (run === 1 || run === 2) return true;
      run = 0;
    }
  }
  return false;
}

const CHINESE_GRADES = /(初|高)([一二三])|([一二三四五六])年级/gu;
const CHINESE_NUMERAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * Ages and school grades stated in `text`. `hasDigits: false` says the text has no digit (ASCII,
 * fullwidth or native: see `entityTriggers`), so only the Chinese grade names can be there.
 */
export function findAges(text: string, hasDigits = true): Entity[] {
  const s = hasDigits ? toAsciiDigits(text) : text;
  const out: Entity[] = [];
  // Every rule but the Chinese grade names needs a number of one or two digits (`N`).
  for (const r of hasDigits && hasShortNumber(s) ? RULES : []) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(s); m !== null; m = r.re.exec(s)) {
      const n = Number(m[1]);
      const years = r.years === undefined ? n : r.years(n, m);
      if (years === undefined || years < 1 || (r.type === 'school_grade' && years > 13)) continue;
      const start = m.index;
      const end = start + m[0].length;
      out.push({
        type: r.type,
        start,
        end,
        value: text.slice(start, end),
        normalized: String(years),
        details: { years },
      });
    }
  }
  // Every Chinese grade contains 初, 高 or 年级: skip the scan for the text without them.
  if (!s.includes('初') && !s.includes('高') && !s.includes('年级')) return out;
  CHINESE_GRADES.lastIndex = 0;
  for (let m = CHINESE_GRADES.exec(s); m !== null; m = CHINESE_GRADES.exec(s)) {
    const [whole, level, lowerOrUpper, primary] = m;
    const years =
      primary !== undefined
        ? CHINESE_NUMERAL[primary]
        : (CHINESE_NUMERAL[lowerOrUpper ?? ''] ?? 0) + (level === '初' ? 6 : 9);
    if (years === undefined) continue;
    out.push({
      type: 'school_grade',
      start: m.index,
      end: m.index + whole.length,
      value: text.slice(m.index, m.index + whole.length),
      normalized: String(years),
      details: { years },
    });
  }
  return out;
}
