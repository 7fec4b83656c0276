import { isWordChar } from '../text/char-classes.ts';
import { normalizeText } from '../text/normalize.ts';
import { buildAutomaton, type Automaton } from '../match/automaton.ts';
import type { Indicator } from './schema.ts';

/** Where a literal leads: which indicator, and which word boundaries the match must respect. */
export interface LiteralTarget {
  indicator: number;
  leftBoundary: boolean;
  rightBoundary: boolean;
}

export interface CompiledCatalog {
  readonly indicators: readonly Indicator[];
  /** Normalised unique literals, in automaton order. */
  readonly literals: readonly string[];
  readonly targets: readonly (readonly LiteralTarget[])[];
  readonly automaton: Automaton;
  /** Changes whenever any indicator changes: results carry it so they can be reproduced. */
  readonly version: string;
}

const PREFIX_MARK = '*';
const DIACRITIC = /\p{M}/gu;

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

/** Normalised literal forms of one catalogue phrase (the phrase, and its unaccented form). */
export function literalForms(phrase: string): { literal: string; isPrefix: boolean }[] {
  const isPrefix = phrase.trimEnd().endsWith(PREFIX_MARK);
  const bare = isPrefix ? phrase.trimEnd().slice(0, -PREFIX_MARK.length) : phrase;
  const literal = normalizeText(bare).text;
  if (literal.length === 0) return [];
  const forms = [{ literal, isPrefix }];
  if (hasLatinDiacritics(literal)) {
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

/** Compiles the catalogue into one automaton over all languages' literals. */
export function compileCatalog(indicators: readonly Indicator[]): CompiledCatalog {
  const index = new Map<string, LiteralTarget[]>();
  indicators.forEach((indicator, position) => {
    for (const phrases of Object.values(indicator.phrases)) {
      for (const phrase of phrases) {
        for (const { literal, isPrefix } of literalForms(phrase)) {
          const target: LiteralTarget = {
            indicator: position,
            leftBoundary: isWordChar(literal.charCodeAt(0)),
            rightBoundary: !isPrefix && isWordChar(literal.charCodeAt(literal.length - 1)),
          };
          const list = index.get(literal) ?? [];
          const duplicate = list.some(
            (t) =>
              t.indicator === target.indicator &&
              t.leftBoundary === target.leftBoundary &&
              t.rightBoundary === target.rightBoundary,
          );
          if (!duplicate) list.push(target);
          index.set(literal, list);
        }
      }
    }
  });
  const literals = [...index.keys()];
  return {
    indicators,
    literals,
    targets: literals.map((literal) => index.get(literal) ?? []),
    automaton: buildAutomaton(literals),
    version: `catalog-${fnv1a(JSON.stringify(indicators))}`,
  };
}
