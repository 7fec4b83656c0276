import { isWordChar } from '../text/char-classes.ts';
import { normalizeText } from '../text/normalize.ts';
import { buildAutomaton, type Automaton } from '../match/automaton.ts';
import type { Indicator } from './schema.ts';

/**
 * Where a literal leads: straight to an indicator, or to one part of a gapped phrase
 * (`send ... pic`), and which word boundaries the match must respect.
 */
export type LiteralTarget =
  | { kind: 'indicator'; indicator: number; leftBoundary: boolean; rightBoundary: boolean }
  | { kind: 'part'; sequence: number; part: number; leftBoundary: boolean; rightBoundary: boolean };

/** A phrase with gaps: its parts must occur in order, each within `MAX_GAP` units of the last. */
export interface Sequence {
  indicator: number;
  parts: number;
}

export interface CompiledCatalog {
  readonly indicators: readonly Indicator[];
  /** Normalised unique literals, in automaton order. */
  readonly literals: readonly string[];
  readonly targets: readonly (readonly LiteralTarget[])[];
  readonly sequences: readonly Sequence[];
  readonly automaton: Automaton;
  /** Changes whenever any indicator changes: results carry it so they can be reproduced. */
  readonly version: string;
}

const PREFIX_MARK = '*';
/** `=bán thận`: match only as written with tone marks (unaccented, it reads "bạn thân", close friend). */
const ACCENTS_ONLY_MARK = '=';
const GAP = /\.\.\.|…/u;
const DIACRITIC = /\p{M}/gu;
const MARK_CHAR = /^\p{M}$/u;

/** The phrase as people type it without tone marks (`việc nhẹ lương cao` → `viec nhe luong cao`). */
function stripLatinDiacritics(text: string): string {
  return text.normalize('NFD').replace(DIACRITIC, '').replace(/đ/gu, 'd').normalize('NFC');
}

function hasLatinDiacritics(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  }
  return false;
}

/**
 * Whether a literal ends inside a space-separated word: its last base character (combining marks
 * skipped) is a Latin-like letter or digit. A Khmer phrase ending in a vowel sign ends in a mark,
 * but the mark belongs to a Khmer letter, so no word boundary is required after it.
 */
function endsInWordChar(literal: string): boolean {
  for (let i = literal.length - 1; i >= 0; i--) {
    if (!MARK_CHAR.test(literal[i] ?? '')) return isWordChar(literal.charCodeAt(i));
  }
  return false;
}

/** Splits a phrase into its gap-separated parts (`send ... pic` → `send`, `pic`). */
export function phraseParts(phrase: string): string[] {
  return phrase
    .split(GAP)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Normalised literal forms of one phrase part (the part, and its unaccented form). */
export function literalForms(part: string): { literal: string; isPrefix: boolean }[] {
  const accentsOnly = part.trimStart().startsWith(ACCENTS_ONLY_MARK);
  const unmarked = accentsOnly ? part.trimStart().slice(ACCENTS_ONLY_MARK.length) : part;
  const isPrefix = unmarked.trimEnd().endsWith(PREFIX_MARK);
  const bare = isPrefix ? unmarked.trimEnd().slice(0, -PREFIX_MARK.length) : unmarked;
  const literal = normalizeText(bare).text;
  if (literal.length === 0) return [];
  const forms = [{ literal, isPrefix }];
  // Unaccented single syllables are too ambiguous to match ("thẻ", "dạy", "bán" become "the",
  // "day", "ban"): only phrases of several words get an unaccented form.
  if (!accentsOnly && literal.includes(' ') && hasLatinDiacritics(literal)) {
    const plain = normalizeText(stripLatinDiacritics(literal)).text;
    if (plain.length > 0 && plain !== literal) forms.push({ literal: plain, isPrefix });
  }
  return forms;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The catalogue's version: a hash of what changes analyses. Examples are left out (they are test
 * data, and the browser build strips them), so the checker and the server report the same version.
 */
export function catalogVersionOf(indicators: readonly Indicator[]): string {
  const analysed = indicators.map((indicator) => {
    const copy: Partial<Indicator> = { ...indicator };
    delete copy.examples;
    return copy;
  });
  return `catalog-${fnv1a(JSON.stringify(analysed))}`;
}

function sameTarget(a: LiteralTarget, b: LiteralTarget): boolean {
  if (a.leftBoundary !== b.leftBoundary || a.rightBoundary !== b.rightBoundary) return false;
  if (a.kind === 'indicator' && b.kind === 'indicator') return a.indicator === b.indicator;
  if (a.kind === 'part' && b.kind === 'part') return a.sequence === b.sequence && a.part === b.part;
  return false;
}

/** Compiles the catalogue into one automaton over all languages' literals. */
export function compileCatalog(indicators: readonly Indicator[]): CompiledCatalog {
  const index = new Map<string, LiteralTarget[]>();
  const sequences: Sequence[] = [];
  const add = (literal: string, target: LiteralTarget): void => {
    const list = index.get(literal) ?? [];
    if (!list.some((existing) => sameTarget(existing, target))) list.push(target);
    index.set(literal, list);
  };
  indicators.forEach((indicator, position) => {
    for (const phrases of Object.values(indicator.phrases)) {
      for (const phrase of phrases) {
        const parts = phraseParts(phrase);
        const sequence = parts.length > 1 ? sequences.push({ indicator: position, parts: parts.length }) - 1 : -1;
        const forms = parts.map((part) => literalForms(part));
        parts.forEach((_part, partIndex) => {
          for (const { literal, isPrefix } of forms[partIndex] ?? []) {
            const leftBoundary = isWordChar(literal.charCodeAt(0));
            const rightBoundary = !isPrefix && endsInWordChar(literal);
            add(
              literal,
              sequence < 0
                ? { kind: 'indicator', indicator: position, leftBoundary, rightBoundary }
                : { kind: 'part', sequence, part: partIndex, leftBoundary, rightBoundary },
            );
          }
        });
      }
    }
  });
  const literals = [...index.keys()];
  const targets = literals.map((literal) => index.get(literal) ?? []);
  return {
    indicators,
    literals,
    targets,
    sequences,
    automaton: buildAutomaton(literals),
    version: catalogVersionOf(indicators),
  };
}
