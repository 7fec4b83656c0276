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

const escape = (s: string): string => [...s].map((c) => `\\u{${c.codePointAt(0)?.toString(16) ?? '0'}}`).join('');
const prefixes = (latin: boolean): string =>
  [...new Set(NAMES.filter((n) => n.latin === latin).map((n) => n.folded.slice(0, 2)))].map(escape).join('|');
/**
 * Where a name may start: a Latin name's first two letters at a word start, or another script's
 * first two characters anywhere. One linear scan (two-character literal alternatives) instead of
 * one indexOf pass per name.
 */
const STARTS = new RegExp(`(?<![\\p{Script=Latin}\\p{N}\\p{M}])(?:${prefixes(true)})|${prefixes(false)}`, 'gu');

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
  let coveredUntil = 0;
  STARTS.lastIndex = 0;
  for (let m = STARTS.exec(folded); m !== null && hits.length < 1000; m = STARTS.exec(folded)) {
    const at = m.index;
    if (at < coveredUntil) continue;
    for (const { folded: name, latin, place } of BY_PREFIX.get(m[0]) ?? []) {
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
      coveredUntil = end;
      STARTS.lastIndex = end;
      break;
    }
  }
  return hits;
}
