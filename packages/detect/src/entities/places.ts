/**
 * Places from the gazetteer. Latin names: case-insensitive, whole words (not inside "Bavetta"),
 * space/hyphen variants ("Shwe-Kokko", "ShweKokko"). Other scripts: substring match, but not when
 * the next character is a combining mark (the word continues differently). Longer names win
 * ("Kampot Bokor" over "Kampot").
 */
import type { Entity } from '../types.ts';
import { GAZETTEER, type Place } from './gazetteer.ts';

interface Name {
  folded: string;
  latin: boolean;
  place: Place;
}

const LATIN_NAME = /^[\p{Script=Latin}\d\s'’.-]+$/u;
/** Latin names end where Latin letters, digits and marks end (Thai or Chinese may follow directly). */
const WORD_CHAR = /[\p{Script=Latin}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;

/** Lower-cases code unit by code unit, so offsets in the result are offsets in the input. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

function variants(name: string): string[] {
  const folded = foldCase(name.normalize('NFC'));
  const out = new Set([folded]);
  if (folded.includes(' ')) {
    out.add(folded.replaceAll(' ', '-'));
    out.add(folded.replaceAll(' ', ''));
  }
  return [...out];
}

const NAMES: readonly Name[] = GAZETTEER.flatMap((place) =>
  place.names.flatMap((name) => variants(name).map((folded) => ({ folded, latin: LATIN_NAME.test(name), place }))),
).sort((a, b) => b.folded.length - a.folded.length);

/** Names by their first two code units, longest first: each candidate position is checked against one or two names. */
const BY_PREFIX = new Map<string, Name[]>();
for (const name of NAMES) {
  const prefix = name.folded.slice(0, 2);
  const list = BY_PREFIX.get(prefix) ?? [];
  list.push(name);
  BY_PREFIX.set(prefix, list);
}

/** Where a name may start: bit 1 = the first code unit of a Latin name's prefix, bit 2 = of another name's. */
const LATIN_START = 1;
const OTHER_START = 2;
const firstUnits = new Uint8Array(0x10000);
/** Two-unit prefixes as `first * 0x10000 + second`. */
const latinPrefixes = new Set<number>();
const otherPrefixes = new Set<number>();
for (const { folded, latin } of NAMES) {
  const first = folded.charCodeAt(0);
  (latin ? latinPrefixes : otherPrefixes).add(first * 0x10000 + folded.charCodeAt(1));
  firstUnits[first] = (firstUnits[first] ?? 0) | (latin ? LATIN_START : OTHER_START);
}

/** 0 = not yet known, 1 = not a word character, 2 = a word character (Latin letter, number, mark). */
const wordUnits = new Uint8Array(0x10000);

/** Whether the code point that ends just before `at` is a Latin letter, a number or a mark. */
function followsWordChar(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(at - 2, at));
  }
  let known = wordUnits[code] ?? 0;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
    wordUnits[code] = known;
  }
  return known === 2;
}

/**
 * Whether a name may start at `at`: a Latin name's first two letters at a word start (after no
 * Latin letter, number or mark), or another script's first two characters anywhere. Every name
 * is at least two code units long and none starts with a surrogate.
 */
function mayStartAt(folded: string, at: number): boolean {
  const first = folded.charCodeAt(at);
  const starts = firstUnits[first] ?? 0;
  if (starts === 0 || at + 1 >= folded.length) return false;
  const prefix = first * 0x10000 + folded.charCodeAt(at + 1);
  if ((starts & OTHER_START) !== 0 && otherPrefixes.has(prefix)) return true;
  return (starts & LATIN_START) !== 0 && latinPrefixes.has(prefix) && !followsWordChar(folded, at);
}

function isBoundary(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true;
  return !WORD_CHAR.test(text.charAt(at));
}

/**
 * True when NFC cannot change `text`: no code unit from U+0300 up (below it there are no
 * combining marks, no singleton decompositions and nothing that composes without a mark).
 */
function isNfcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

/** Gazetteer places in `text`, longest names first, without overlaps. */
export function findPlaces(text: string): Entity[] {
  // NFC folds "Mộc Bài" typed with combining marks; only when it keeps every offset in place.
  const nfc = isNfcStable(text) ? text : text.normalize('NFC');
  const folded = foldCase(nfc.length === text.length ? nfc : text);
  const hits: Entity[] = [];
  // One pass over the code units; after a candidate without a name the scan goes on behind its
  // two-unit prefix, and after a name behind the name.
  let at = 0;
  while (at < folded.length && hits.length < 1000) {
    if (!mayStartAt(folded, at)) {
      at++;
      continue;
    }
    let next = at + 2;
    for (const { folded: name, latin, place } of BY_PREFIX.get(folded.slice(at, at + 2)) ?? []) {
      if (!folded.startsWith(name, at)) continue;
      const end = at + name.length;
      if (
        latin
          ? !isBoundary(folded, at - 1) || !isBoundary(folded, end)
          : end < folded.length && MARK.test(folded.charAt(end))
      )
        continue;
      hits.push({
        type: 'place',
        start: at,
        end,
        value: text.slice(at, end),
        normalized: place.id,
        details: { country: place.country, tags: [...place.tags] },
      });
      next = end;
      break;
    }
    at = next;
  }
  return hits;
}
