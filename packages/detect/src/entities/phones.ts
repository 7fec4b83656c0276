/**
 * Phone numbers, by a linear candidate scanner plus libphonenumber-js validation.
 *
 * Metadata: `/max`. It is the only bundle whose validation checks full number patterns and whose
 * getType() tells mobile from fixed line (the brief's `details.kind`); `/mobile` validates mobile
 * numbers only, so it would drop fixed lines, and `/min` validates by length alone, which would
 * let order numbers through. The cost is ~145 kB minified; acceptable for the engine.
 *
 * Why not findPhoneNumbersInText over the whole text: it costs ~0.2 ms a call and would have to
 * run once per default country (nine of them), and it does not split "012 345 678 2024". Instead
 * a linear scanner finds digit groups joined by spaces, dots, dashes or brackets (≥7 digits), then
 * each group window is parsed with parsePhoneNumberFromString (~0.04 ms) — the same validation.
 *
 * False-positive guards: national-format numbers must start with the trunk prefix 0 (all the
 * region's countries use 0), except Chinese mobiles (1[3-9] + 9 digits) and numbers written with
 * the country code but without "+" ("855 12 345 678"), which need at least two groups. Amounts,
 * years and order numbers therefore do not pass. Dates (01.02.2024) are skipped.
 */
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { Entity, EntityDetails } from '../types.ts';
import { toAsciiDigits } from './digits.ts';

/** Default countries tried, in order, for national-format numbers (after the caller's own). */
const REGION: readonly CountryCode[] = ['KH', 'TH', 'MM', 'LA', 'VN', 'ID', 'PH', 'CN', 'MY'];

/** Calling codes of the region, for numbers written "855 12 345 678" (no plus). */
const REGION_CALLING_CODES = new Set(['855', '66', '95', '856', '84', '62', '63', '86', '60']);

/** Upper bound on libphonenumber parses per text, so hostile input stays fast. */
const MAX_PARSES = 600;
/** Upper bound on digit-group windows examined per text. */
const MAX_WINDOWS = 20_000;
const MIN_DIGITS = 7;
const MAX_GROUP_DIGITS = 15;
const MAX_WINDOW_DIGITS = 17;
const MAX_WINDOW_GROUPS = 7;
/** A separator between two digit groups is at most this many characters. */
const MAX_SEPARATOR = 3;

const CN_MOBILE = /^1[3-9]\d{9}$/u;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?$/u;
/** Characters that, right before or after a digit run, mean it is part of something else. */
const BAD_NEIGHBOUR = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff_@/\\#=&%$€£¥฿₫៛₱₭]/u;

interface Group {
  /** Offset of the first digit. */
  start: number;
  end: number;
  digits: string;
  /** A "+" (or "(+") written right before the digits starts the group: offset of that prefix. */
  plusAt: number;
}

export interface ParsedPhone {
  number: string;
  country?: string;
  kind?: string;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSeparator(ch: string): boolean {
  return (
    ch === ' ' ||
    ch === '-' ||
    ch === '.' ||
    ch === '(' ||
    ch === ')' ||
    ch === '\u00a0' ||
    ch === '\u2009' ||
    ch === '\u202f'
  );
}

/** True when `sep` (the text between two digit groups) may join them into one number. */
function joins(sep: string): boolean {
  if (sep.length === 0 || sep.length > MAX_SEPARATOR) return false;
  let punct = 0;
  for (const ch of sep) {
    if (!isSeparator(ch)) return false;
    if (ch === '.' || ch === '-') punct++;
  }
  return punct <= 1;
}

/** Scripts that hint at the country of a national-format number, checked in this order. */
const SCRIPT_HINTS: ReadonlyArray<[CountryCode, RegExp]> = [
  ['KH', /[\u1780-\u17ff]/u],
  ['TH', /[\u0e00-\u0e7f]/u],
  ['LA', /[\u0e80-\u0eff]/u],
  ['MM', /[\u1000-\u109f]/u],
  ['VN', /[ăâđêôơư\u1ea0-\u1ef9]/iu],
];

/**
 * Countries to try for national-format numbers: the caller's default, then countries whose script
 * the text uses (a Thai text's 08x number is Thai), then the region in the brief's order.
 */
function countries(defaultCountry: string | undefined, text = ''): CountryCode[] {
  const out: CountryCode[] = [];
  const first = defaultCountry?.toUpperCase();
  if (first !== undefined && isSupportedCountry(first)) out.push(first);
  for (const [country, re] of SCRIPT_HINTS) if (!out.includes(country) && re.test(text)) out.push(country);
  for (const c of REGION) if (!out.includes(c)) out.push(c);
  return out;
}

function toParsed(pn: PhoneNumber): ParsedPhone {
  const out: ParsedPhone = { number: pn.number };
  if (pn.country !== undefined) out.country = pn.country;
  const type = pn.getType();
  if (type !== undefined) out.kind = type.toLowerCase();
  return out;
}

/**
 * Parses and candidate windows left for this text, and the parse results so far (messages often
 * repeat a number; cache hits cost no parse, so windows are capped separately).
 */
interface Budget {
  left: number;
  windows: number;
  cache: Map<string, PhoneNumber | undefined>;
}

function tryParse(input: string, country: CountryCode | undefined, budget: Budget): PhoneNumber | undefined {
  const key = `${country ?? ''}|${input}`;
  if (budget.cache.has(key)) return budget.cache.get(key);
  if (budget.left <= 0) return undefined;
  budget.left--;
  const pn = country === undefined ? parsePhoneNumberFromString(input) : parsePhoneNumberFromString(input, country);
  const valid = pn !== undefined && pn.isValid() ? pn : undefined;
  budget.cache.set(key, valid);
  return valid;
}

/**
 * Parse the digits of one window. `plus`: written with a leading "+"; `firstGroup`: the digits of
 * its first group; `groups`: how many groups it has.
 */
function parseDigits(
  digits: string,
  plus: boolean,
  firstGroup: string,
  groups: number,
  order: readonly CountryCode[],
  budget: Budget,
): PhoneNumber | undefined {
  if (plus) return tryParse(`+${digits}`, undefined, budget);
  if (digits.startsWith('00'))
    return digits.length >= 10 ? tryParse(`+${digits.slice(2)}`, undefined, budget) : undefined;
  if (digits.startsWith('0')) {
    if (digits.length < 8 || digits.length > 13) return undefined;
    for (const country of order) {
      const pn = tryParse(digits, country, budget);
      if (pn !== undefined) return pn;
    }
    return undefined;
  }
  if (CN_MOBILE.test(digits)) return tryParse(digits, 'CN', budget);
  if (groups >= 2 && REGION_CALLING_CODES.has(firstGroup)) return tryParse(`+${digits}`, undefined, budget);
  return undefined;
}

/** Splits the ASCII-digit text into segments: digit groups that may belong to one number. */
function segments(s: string): Group[][] {
  const out: Group[][] = [];
  let current: Group[] = [];
  let digitTotal = 0;
  const flush = (): void => {
    if (digitTotal >= MIN_DIGITS) out.push(current);
    current = [];
    digitTotal = 0;
  };
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isAsciiDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isAsciiDigit(s.charCodeAt(j))) j++;
    const before = i > 0 ? s.charAt(i - 1) : '';
    const plus = before === '+';
    const plusAt = plus ? (i > 1 && s.charAt(i - 2) === '(' ? i - 2 : i - 1) : -1;
    const prefixStart = plus ? plusAt : i;
    const prev = current[current.length - 1];
    const continues = prev !== undefined && !plus && joins(s.slice(prev.end, i));
    if (!continues) flush();
    // A run glued to letters, slashes, currency signs… is not a phone number.
    const outside = prefixStart > 0 ? s.charAt(prefixStart - 1) : '';
    const glued = (current.length === 0 && BAD_NEIGHBOUR.test(outside)) || (j < n && BAD_NEIGHBOUR.test(s.charAt(j)));
    // "1,012345678": a comma before a new run means a list of amounts.
    const afterComma = !continues && !plus && before === ',';
    if (glued || afterComma || j - i > MAX_GROUP_DIGITS) {
      flush();
      i = j;
      continue;
    }
    current.push({ start: i, end: j, digits: s.slice(i, j), plusAt });
    digitTotal += j - i;
    i = j;
  }
  flush();
  return out;
}

function findInSegment(
  text: string,
  s: string,
  groups: Group[],
  order: readonly CountryCode[],
  budget: Budget,
  out: Entity[],
): void {
  let i = 0;
  while (i < groups.length) {
    const first = groups[i];
    if (first === undefined) break;
    let found = false;
    const last = Math.min(groups.length - 1, i + MAX_WINDOW_GROUPS - 1);
    for (let j = last; j >= i && !found; j--) {
      if (--budget.windows <= 0 || budget.left <= 0) return;
      let digits = '';
      for (let k = i; k <= j; k++) digits += groups[k]?.digits ?? '';
      if (digits.length < MIN_DIGITS || digits.length > MAX_WINDOW_DIGITS) continue;
      const end = groups[j]?.end ?? first.end;
      let start = first.plusAt >= 0 ? first.plusAt : first.start;
      const written = s.slice(start, end);
      if (DATE_LIKE.test(written)) continue;
      // "0.000123": a lone zero before a dot is a decimal, not a trunk prefix.
      if (first.digits === '0' && s.charAt(first.end) === '.') continue;
      const pn = parseDigits(digits, first.plusAt >= 0, first.digits, j - i + 1, order, budget);
      if (pn === undefined) continue;
      if (start > 0 && s.charAt(start - 1) === '(' && written.includes(')')) start--;
      const parsed = toParsed(pn);
      const details: EntityDetails = {};
      if (parsed.country !== undefined) details.country = parsed.country;
      if (parsed.kind !== undefined) details.kind = parsed.kind;
      out.push({ type: 'phone', start, end, value: text.slice(start, end), normalized: parsed.number, details });
      i = j + 1;
      found = true;
    }
    if (!found) i++;
  }
}

/** Phone numbers in `text` (native digits allowed), normalized to E.164. */
export function findPhones(text: string, defaultCountry?: string): Entity[] {
  const s = toAsciiDigits(text);
  const out: Entity[] = [];
  const found = segments(s);
  if (found.length === 0) return out;
  const order = countries(defaultCountry, text);
  const budget: Budget = { left: MAX_PARSES, windows: MAX_WINDOWS, cache: new Map() };
  for (const groups of found) {
    findInSegment(text, s, groups, order, budget, out);
    if (budget.left <= 0 || budget.windows <= 0) break;
  }
  return out;
}

/** Parse one phone number as written (e.g. after "viber:"), for the handle extractor. */
export function parsePhone(written: string, defaultCountry?: string): ParsedPhone | undefined {
  const s = toAsciiDigits(written).trim();
  const plus = s.startsWith('+');
  const digits = s.replace(/\D/gu, '');
  const firstGroup = /\d{1,15}/u.exec(s)?.[0] ?? '';
  const groups = s.split(/\D+/u).filter((g) => g.length > 0).length;
  const pn = parseDigits(digits, plus, firstGroup, groups, countries(defaultCountry), {
    left: 20,
    windows: 100,
    cache: new Map(),
  });
  return pn === undefined ? undefined : toParsed(pn);
}
