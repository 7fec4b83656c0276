import type { Span } from '../types.ts';
import {
  HOMOGLYPHS,
  isContinuousScript,
  isInvisible,
  isLatinLetter,
  leetLetter,
  nativeDigitValue,
} from './char-classes.ts';
import { pooledCopy } from './int32-pool.ts';

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
/** Longest run of leetspeak characters folded into letters (`h3!lo`); longer runs stay as they are. */
export const MAX_LEET_RUN = 2;
const CLUSTER_CACHE_LIMIT = 20_000;

const clusterCache = new Map<string, string>();
const MARK = /\p{M}/u;
const SEPARATOR = /[\p{Z}\p{P}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
/** 0 = not yet known, 1 = not a combining mark, 2 = combining mark. */
const markTable = new Uint8Array(0x10000);

/** Whether a BMP code unit is a combining mark (\p{M}), from a table filled on first sight. */
export function isCombiningMark(code: number): boolean {
  if (!(code >= 0x300 && code <= 0xffff)) return false;
  if (code <= 0x36f) return true;
  let known = markTable[code] ?? 0;
  if (known === 0) {
    known = MARK.test(String.fromCharCode(code)) ? 2 : 1;
    markTable[code] = known;
  }
  return known === 2;
}

/** C0 and C1 control characters other than tab, line feed and carriage return. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/**
 * The last run of invisible or control characters that `extendCluster` found followed by no
 * combining mark, [start, end) in the text being folded (reset for each text): a later call from
 * inside the run need not scan it again, so a long run costs linear time.
 */
let runWithoutMarkStart = -1;
let runWithoutMarkEnd = -1;

/**
 * End of the combining marks after `from`, looking through invisible and control characters
 * between them: a mark after any number of them belongs to the cluster, so removing them and
 * composing gives what a second normalisation would (`a`, two zero-width spaces, U+0301 → `á`).
 */
function extendCluster(input: string, from: number): number {
  let end = from;
  for (;;) {
    const code = input.charCodeAt(end);
    if (isCombiningMark(code)) {
      end++;
      continue;
    }
    if (!isInvisible(code) && !isControl(code)) return end;
    if (end >= runWithoutMarkStart && end < runWithoutMarkEnd) return end;
    let runEnd = end + 1;
    while (runEnd < input.length && (isInvisible(input.charCodeAt(runEnd)) || isControl(input.charCodeAt(runEnd))))
      runEnd++;
    if (!isCombiningMark(input.charCodeAt(runEnd))) {
      runWithoutMarkStart = end;
      runWithoutMarkEnd = runEnd;
      return end;
    }
    end = runEnd + 1;
  }
}

/**
 * Folded code units with their source spans, in growable typed arrays (the passes run over
 * millions of messages in bulk scanning, so they avoid per-unit allocation).
 */
class Units {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    const size = Math.max(capacity, 16);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }
  /** Empties the buffer for reuse; with `capacity`, makes sure that much fits without growing. */
  reset(capacity: number): this {
    this.length = 0;
    while (this.codes.length < capacity) this.grow();
    return this;
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

function asciiFold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return code;
  if (leetLetter(code) !== 0) return code; // decided by the leetspeak pass
  return SPACE;
}

/** NFKC + lower case + look-alikes + native digits for one grapheme-like cluster. */
export function foldCluster(cluster: string): string {
  const cached = clusterCache.get(cluster);
  if (cached !== undefined) return cached;
  let out = '';
  let visible = '';
  // Invisible and control characters inside a cluster (a mark after a NUL) are dropped before
  // NFKC, so the marks they separated are ordered now and not on a second pass.
  for (const ch of cluster) {
    const code = ch.codePointAt(0) ?? 0;
    if (!isInvisible(code) && !(isControl(code) && ch !== cluster[0])) visible += ch;
  }
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

/**
 * Single BMP code units fold through a table filled on first sight: `UNKNOWN`, or `DELETED`,
 * or `EXPANDS` (several units: look in the cluster cache), or the folded unit plus one.
 */
const UNKNOWN = 0;
export const DELETED = 1;
export const EXPANDS = 2;
/** Entries from this value up are single folded units: the unit is `entry - SINGLE`. */
export const SINGLE = 3;
const singleFold = new Uint32Array(0x10000);

/** The fold table entry of one BMP code unit that stands alone (no combining marks). */
export function foldSingle(code: number): number {
  let entry = singleFold[code] ?? UNKNOWN;
  if (entry === UNKNOWN) {
    const folded = foldCluster(String.fromCharCode(code));
    entry = folded.length === 0 ? DELETED : folded.length === 1 ? folded.charCodeAt(0) + SINGLE : EXPANDS;
    singleFold[code] = entry;
  }
  return entry;
}

/**
 * Two-unit clusters (a base letter and one mark: most Thai, Khmer, Lao and Burmese syllables, or a
 * surrogate pair) by a numeric key, so the hot loop neither slices the input nor hashes a string.
 */
const pairCache = new Map<number, string>();

export function foldPair(first: number, second: number): string {
  const key = first * 0x10000 + second;
  const cached = pairCache.get(key);
  if (cached !== undefined) return cached;
  const folded = foldCluster(String.fromCharCode(first, second));
  if (pairCache.size >= CLUSTER_CACHE_LIMIT) pairCache.clear();
  pairCache.set(key, folded);
  return folded;
}

function foldCharacters(input: string, units: Units): Units {
  const n = input.length;
  units.reset(n + 8);
  runWithoutMarkStart = -1;
  runWithoutMarkEnd = -1;
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    // An ASCII character's cluster end, found once (-1 for any other character).
    const asciiClusterEnd = code < 0x80 ? extendCluster(input, i + 1) : -1;
    if (asciiClusterEnd === i + 1) {
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
    end = asciiClusterEnd >= 0 ? asciiClusterEnd : extendCluster(input, end);
    if (end === i + 1 && code >= 0x80) {
      const entry = foldSingle(code);
      if (entry >= SINGLE) {
        units.push(entry - SINGLE, i, end);
        i = end;
        continue;
      }
      if (entry === DELETED) {
        i = end;
        continue;
      }
    }
    const folded = end === i + 2 ? foldPair(code, input.charCodeAt(i + 1)) : foldCluster(input.slice(i, end));
    for (let k = 0; k < folded.length; k++) units.push(folded.charCodeAt(k), i, end);
    i = end;
  }
  return units;
}

/** Folds short runs of leetspeak characters between Latin letters; other `@ $ ! |` become spaces. */
function foldLeetspeak(units: Units): void {
  const { codes } = units;
  const n = units.length;
  let i = 0;
  while (i < n) {
    if (leetLetter(codes[i] ?? SPACE) === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && leetLetter(codes[j] ?? SPACE) !== 0) j++;
    const bounded =
      j - i <= MAX_LEET_RUN &&
      i > 0 &&
      isLatinLetter(codes[i - 1] ?? SPACE) &&
      j < n &&
      isLatinLetter(codes[j] ?? SPACE);
    for (let k = i; k < j; k++) {
      const c = codes[k] ?? SPACE;
      if (bounded) codes[k] = leetLetter(c);
      else if (c < 0x30 || c > 0x39) codes[k] = SPACE;
    }
    i = j;
  }
}

function isRepeatable(code: number): boolean {
  return code !== SPACE && (code < 0x30 || code > 0x39) && (code < 0xd800 || code > 0xdfff);
}

/** Runs of three or more identical letters become one (`heyyyy` → `hey`, `ค่ะะะ` → `ค่ะ`). */
function collapseRepeats(units: Units, out: Units): Units {
  const { codes, starts, ends } = units;
  const n = units.length;
  out.reset(n);
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
function collapseSpaces(units: Units, out: Units): Units {
  const { codes, starts, ends } = units;
  const n = units.length;
  out.reset(n);
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

function isSingleLetterAt(codes: Uint16Array, n: number, p: number): boolean {
  return (
    isLatinLetter(codes[p] ?? SPACE) && (p === 0 || codes[p - 1] === SPACE) && (p + 1 === n || codes[p + 1] === SPACE)
  );
}

/**
 * `t e l e g r a m` → `telegram`: four or more single Latin letters separated by single spaces.
 * Returns `units` itself when there is nothing to join, otherwise the joined text in `out`.
 */
function joinSpacedLetters(units: Units, out: Units): Units {
  const { codes } = units;
  const n = units.length;
  let firstDrop = -1;
  const drop = joinDrops;
  let i = 0;
  while (i < n) {
    if (!isSingleLetterAt(codes, n, i)) {
      i++;
      continue;
    }
    let count = 1;
    let last = i;
    while (last + 2 < n && codes[last + 1] === SPACE && isSingleLetterAt(codes, n, last + 2)) {
      last += 2;
      count++;
    }
    if (count >= MIN_SPACED_LETTERS) {
      if (firstDrop < 0) {
        firstDrop = i;
        if (drop.length < n) joinDrops = new Uint8Array(n * 2);
        joinDrops.fill(0, 0, n);
      }
      for (let k = i + 1; k < last; k += 2) joinDrops[k] = 1;
    }
    i = last + 1;
  }
  if (firstDrop < 0) return units;
  out.reset(n);
  for (let k = 0; k < n; k++) {
    if (joinDrops[k] === 0) out.push(codes[k] ?? SPACE, units.starts[k] ?? 0, units.ends[k] ?? 0);
  }
  return out;
}

let joinDrops = new Uint8Array(256);

// Typed arrays use the platform's byte order, which is little-endian on every engine we target.
const decoder = new TextDecoder('utf-16le');

function unitsToString(units: Units): string {
  return decoder.decode(units.codes.subarray(0, units.length));
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
  // Two scratch buffers, reused by every call (the engine is synchronous): the passes write from
  // one into the other, so a call allocates only its result.
  const [first, second] = scratch;
  const folded = foldCharacters(input, first);
  foldLeetspeak(folded);
  const spaced = collapseSpaces(folded, second);
  const collapsed = collapseRepeats(spaced, first);
  const joined = joinSpacedLetters(collapsed, second);
  const units = joined === collapsed ? collapsed : collapseRepeats(joined, first);
  return {
    text: unitsToString(units),
    // Pooled: a typed array of its own would cost more than the whole fold of a short message.
    starts: pooledCopy(units.starts, units.length),
    ends: pooledCopy(units.ends, units.length),
  };
}

const scratch: [Units, Units] = [new Units(1024), new Units(1024)];

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): Span {
  return {
    start: normalized.starts[start] ?? 0,
    end: normalized.ends[end - 1] ?? normalized.starts[start] ?? 0,
  };
}
