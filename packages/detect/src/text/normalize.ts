import type { Span } from '../types.ts';
import {
  HOMOGLYPHS,
  LEET,
  isContinuousScript,
  isInvisible,
  isLatinLetter,
  nativeDigitValue,
} from './char-classes.ts';

/**
 * Text folded for matching, with a map from every code unit back to the original text:
 * `starts[i]..ends[i]` is the span of the original that produced `text[i]`.
 */
export interface NormalizedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

const SPACE = 0x20;
const MIN_SPACED_LETTERS = 4;
const MAX_LEET_RUN = 2;
const CLUSTER_CACHE_LIMIT = 20_000;

const clusterCache = new Map<string, string>();
const MARK = /\p{M}/u;
const SEPARATOR = /[\p{Z}\p{P}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
const markCache = new Map<number, boolean>();

function isCombiningMark(code: number): boolean {
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  let known = markCache.get(code);
  if (known === undefined) {
    known = MARK.test(String.fromCharCode(code));
    markCache.set(code, known);
  }
  return known;
}

/** End of the combining marks after `from`, looking through invisible characters between them. */
function extendCluster(input: string, from: number): number {
  let end = from;
  for (;;) {
    const code = input.charCodeAt(end);
    if (isCombiningMark(code)) end++;
    else if (isInvisible(code) && isCombiningMark(input.charCodeAt(end + 1))) end += 2;
    else return end;
  }
}

/** Builds the folded code units with their source spans; passes read and write these arrays. */
class Units {
  codes: number[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(code: number, start: number, end: number): void {
    this.codes.push(code);
    this.starts.push(start);
    this.ends.push(end);
  }
  get length(): number {
    return this.codes.length;
  }
}

function asciiFold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return code;
  if (LEET.has(code)) return code; // decided by the leetspeak pass
  return SPACE;
}

/** NFKC + lower case + look-alikes + native digits for one grapheme-like cluster. */
function foldCluster(cluster: string): string {
  const cached = clusterCache.get(cluster);
  if (cached !== undefined) return cached;
  let out = '';
  let visible = '';
  for (const ch of cluster) if (!isInvisible(ch.codePointAt(0) ?? 0)) visible += ch;
  for (const ch of visible.normalize('NFKC').toLowerCase()) {
    const code = ch.codePointAt(0) ?? SPACE;
    if (code < 0x80) {
      out += String.fromCharCode(asciiFold(code));
      continue;
    }
    if (isInvisible(code)) continue;
    const digit = nativeDigitValue(code);
    if (digit >= 0) {
      out += String(digit);
      continue;
    }
    const lookAlike = HOMOGLYPHS.get(code);
    if (lookAlike !== undefined) {
      out += lookAlike;
      continue;
    }
    out += SEPARATOR.test(ch) ? ' ' : ch;
  }
  // A look-alike base letter followed by a combining mark composes only after folding.
  out = out.normalize('NFC');
  if (clusterCache.size >= CLUSTER_CACHE_LIMIT) clusterCache.clear();
  clusterCache.set(cluster, out);
  return out;
}

function foldCharacters(input: string): Units {
  const units = new Units();
  const n = input.length;
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    if (code < 0x80 && extendCluster(input, i + 1) === i + 1) {
      units.push(asciiFold(code), i, i + 1);
      i++;
      continue;
    }
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = input.charCodeAt(end);
      if (next >= 0xdc00 && next <= 0xdfff) end++;
      else {
        units.push(SPACE, i, end); // lone high surrogate
        i = end;
        continue;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      units.push(SPACE, i, end); // lone low surrogate
      i = end;
      continue;
    }
    end = extendCluster(input, end);
    if (isInvisible(code) && end === i + 1) {
      i = end;
      continue;
    }
    const folded = foldCluster(input.slice(i, end));
    for (let k = 0; k < folded.length; k++) units.push(folded.charCodeAt(k), i, end);
    i = end;
  }
  return units;
}

/** Folds short runs of leetspeak characters between Latin letters; other `@ $ ! |` become spaces. */
function foldLeetspeak(units: Units): void {
  const { codes } = units;
  const n = codes.length;
  let i = 0;
  while (i < n) {
    const code = codes[i] ?? SPACE;
    if (!LEET.has(code)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && LEET.has(codes[j] ?? SPACE)) j++;
    const bounded =
      j - i <= MAX_LEET_RUN &&
      i > 0 &&
      isLatinLetter(codes[i - 1] ?? SPACE) &&
      j < n &&
      isLatinLetter(codes[j] ?? SPACE);
    for (let k = i; k < j; k++) {
      const c = codes[k] ?? SPACE;
      if (bounded) codes[k] = LEET.get(c) ?? SPACE;
      else if (c < 0x30 || c > 0x39) codes[k] = SPACE;
    }
    i = j;
  }
}

function isRepeatable(code: number): boolean {
  return code !== SPACE && (code < 0x30 || code > 0x39) && (code < 0xd800 || code > 0xdfff);
}

/** Runs of three or more identical letters become one (`heyyyy` → `hey`, `ค่ะะะ` → `ค่ะ`). */
function collapseRepeats(units: Units): Units {
  const out = new Units();
  const { codes, starts, ends } = units;
  const n = codes.length;
  let i = 0;
  while (i < n) {
    const code = codes[i] ?? SPACE;
    let j = i + 1;
    if (isRepeatable(code)) while (j < n && codes[j] === code) j++;
    if (j - i >= 3) out.push(code, starts[i] ?? 0, ends[j - 1] ?? 0);
    else for (let k = i; k < j; k++) out.push(codes[k] ?? SPACE, starts[k] ?? 0, ends[k] ?? 0);
    i = j;
  }
  return out;
}

/** One space between words; none at the ends; none next to a letter of a continuous script. */
function collapseSpaces(units: Units): Units {
  const out = new Units();
  const { codes, starts, ends } = units;
  const n = codes.length;
  let i = 0;
  while (i < n) {
    const code = codes[i] ?? SPACE;
    if (code !== SPACE) {
      out.push(code, starts[i] ?? 0, ends[i] ?? 0);
      i++;
      continue;
    }
    let j = i;
    while (j < n && codes[j] === SPACE) j++;
    const before = out.length > 0 ? (out.codes[out.length - 1] ?? SPACE) : -1;
    const after = j < n ? (codes[j] ?? SPACE) : -1;
    const keep = before >= 0 && after >= 0 && !isContinuousScript(before) && !isContinuousScript(after);
    if (keep) out.push(SPACE, starts[i] ?? 0, ends[j - 1] ?? 0);
    i = j;
  }
  return out;
}

/** `t e l e g r a m` → `telegram`: four or more single Latin letters separated by single spaces. */
function joinSpacedLetters(units: Units): Units {
  const { codes } = units;
  const n = codes.length;
  const drop = new Uint8Array(n);
  let any = false;
  let i = 0;
  const isSingleLetterAt = (p: number): boolean =>
    isLatinLetter(codes[p] ?? SPACE) &&
    (p === 0 || codes[p - 1] === SPACE) &&
    (p + 1 === n || codes[p + 1] === SPACE);
  while (i < n) {
    if (!isSingleLetterAt(i)) {
      i++;
      continue;
    }
    let count = 1;
    let last = i;
    while (last + 2 < n && codes[last + 1] === SPACE && isSingleLetterAt(last + 2)) {
      last += 2;
      count++;
    }
    if (count >= MIN_SPACED_LETTERS) {
      for (let k = i + 1; k < last; k += 2) drop[k] = 1;
      any = true;
    }
    i = last + 1;
  }
  if (!any) return units;
  const out = new Units();
  for (let k = 0; k < n; k++) {
    if (drop[k] === 0) out.push(codes[k] ?? SPACE, units.starts[k] ?? 0, units.ends[k] ?? 0);
  }
  return out;
}

function unitsToString(codes: number[]): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  }
  return out;
}

/**
 * Folds text for matching: NFKC, lower case, invisible and bidirectional controls removed,
 * look-alike letters and leetspeak folded, native digits to ASCII, punctuation to single spaces,
 * repeated letters collapsed, spaced-out letters joined. Every code unit of the result maps back
 * to a span of the original, so evidence is always shown in the text the person wrote.
 *
 * @example normalizeText('T3LEGRAM!!').text === 'telegram'
 */
export function normalizeText(input: string): NormalizedText {
  const folded = foldCharacters(input);
  foldLeetspeak(folded);
  const units = collapseRepeats(joinSpacedLetters(collapseRepeats(collapseSpaces(folded))));
  return {
    text: unitsToString(units.codes),
    starts: Int32Array.from(units.starts),
    ends: Int32Array.from(units.ends),
  };
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): Span {
  return {
    start: normalized.starts[start] ?? 0,
    end: normalized.ends[end - 1] ?? normalized.starts[start] ?? 0,
  };
}
