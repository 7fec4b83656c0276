/**
 * The catalogue in parts, for a browser that should download only what a text needs:
 *
 * - a **core**: every indicator's id, weights and signals, its phrases that are written without
 *   Khmer, Thai, Lao, Burmese or Chinese letters, and the catalogue's version;
 * - a **phrase pack** per script (`khmer`, `thai`, `lao`, `myanmar`, `han`): the phrases that contain
 *   that script's letters, needed only when the (normalised) text contains them;
 * - a **text pack** per interface language (`en`, `km`): the words for people — indicators' and
 *   structural rules' labels and explanations, and the advice per harm.
 *
 * Joining the core with every pack gives back the catalogue exactly (examples aside). Joining it
 * with the packs {@link phrasePacksNeededBy} a text gives the same analysis of that text as the
 * whole catalogue: a phrase in a pack has a part whose every literal form contains one of the
 * pack's letters, every part must match for the phrase to fire, and the text is matched after the
 * same normalisation the phrases get. `catalog-parts.test.ts` checks both claims on every corpus text.
 */
import { ADVICE } from '../explain/advice-data.ts';
import { DEFAULT_MAX_CHARS, guardInput } from '../input-guards.ts';
import { RULES } from '../score/rules.ts';
import { HARMS, type Harm, type Language } from '../types.ts';
import { normalizeText } from '../text/normalize.ts';
import { literalForms, phraseParts } from './compile.ts';
import type { Indicator } from './schema.ts';

export const PHRASE_PACKS = ['khmer', 'thai', 'lao', 'myanmar', 'han'] as const;
export type PhrasePackName = (typeof PHRASE_PACKS)[number];

export const TEXT_LANGUAGES = ['en', 'km'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** An indicator without its words for people and without the phrases of the script packs. */
export interface CoreIndicator {
  id: string;
  weights: Indicator['weights'];
  signals?: Indicator['signals'];
  phrases: Partial<Record<Language, string[]>>;
}

export interface CatalogCore {
  /** The whole catalogue's version, which analyses report whatever parts are loaded. */
  version: string;
  indicators: CoreIndicator[];
}

/**
 * One phrase of a pack: the indicator's position, the phrase's language, how many of the core's
 * phrases of that indicator and language precede it, its position in the original list (to order
 * phrases of several packs that fall between the same two core phrases), and the phrase.
 */
export type PackedPhrase = [
  indicator: number,
  language: Language,
  coreBefore: number,
  position: number,
  phrase: string,
];

export interface PhrasePack {
  pack: PhrasePackName;
  phrases: PackedPhrase[];
}

/** The words for people in one language: indicators' and rules' (by position) and the advice per harm. */
export interface TextPack {
  language: TextLanguage;
  labels: string[];
  explanations: string[];
  rules: { labels: string[]; explanations: string[] };
  advice: Record<Harm, string[]>;
}

export interface CatalogInParts {
  core: CatalogCore;
  phrasePacks: Record<PhrasePackName, PhrasePack>;
  textPacks: Record<TextLanguage, TextPack>;
}

/** The pack whose letters a UTF-16 code unit belongs to (Chinese beyond the BMP by its high surrogate). */
export function phrasePackOfCodeUnit(code: number): PhrasePackName | undefined {
  if (code < 0x0e00) return undefined;
  if (code <= 0x0e7f) return 'thai';
  if (code <= 0x0eff) return 'lao';
  if (code < 0x1000) return undefined;
  if (code <= 0x109f) return 'myanmar';
  if (code < 0x1780) return undefined;
  if (code <= 0x17ff || (code >= 0x19e0 && code <= 0x19ff)) return 'khmer';
  if (
    (code >= 0x2e80 && code <= 0x2fdf) || // radicals
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility
    (code >= 0xd840 && code <= 0xd8bf) // planes 2 and 3 (CJK extensions B and later), high surrogates
  )
    return 'han';
  if ((code >= 0xa9e0 && code <= 0xa9ff) || (code >= 0xaa60 && code <= 0xaa7f)) return 'myanmar';
  return undefined;
}

function hasCodeUnitFrom(text: string, lowest: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= lowest) return true;
  return false;
}

function packsIn(text: string, into: Set<PhrasePackName>): void {
  for (let i = 0; i < text.length; i++) {
    const pack = phrasePackOfCodeUnit(text.charCodeAt(i));
    if (pack !== undefined) into.add(pack);
  }
}

/**
 * The phrase packs an analysis of `text` needs: those whose letters its normalised form contains,
 * within the part of the text an analysis reads (`maxChars`, as in `analyzeText`). Anything but a
 * string needs none (the analysis refuses it with its own error).
 */
export function phrasePacksNeededBy(text: string, maxChars: number = DEFAULT_MAX_CHARS): PhrasePackName[] {
  if (typeof text !== 'string') return [];
  const read = guardInput(text, maxChars).text;
  // Below U+0E00 nothing is a pack's letter, and normalising cannot make one (it folds towards
  // Latin): most texts are answered without normalising them twice.
  if (!hasCodeUnitFrom(read, 0x0e00)) return [];
  const found = new Set<PhrasePackName>();
  packsIn(normalizeText(read).text, found);
  return PHRASE_PACKS.filter((pack) => found.has(pack));
}

/**
 * The pack a phrase belongs to: the first pack all literal forms of one of its parts need, or
 * undefined (the core) when no part needs a pack in every form.
 */
export function phrasePackOf(phrase: string): PhrasePackName | undefined {
  for (const part of phraseParts(phrase)) {
    const forms = literalForms(part);
    if (forms.length === 0) continue;
    const packsOfForms = forms.map(({ literal }) => {
      const found = new Set<PhrasePackName>();
      packsIn(literal, found);
      return found;
    });
    const first = packsOfForms[0] ?? new Set<PhrasePackName>();
    for (const pack of PHRASE_PACKS) {
      if (first.has(pack) && packsOfForms.every((packs) => packs.has(pack))) return pack;
    }
  }
  return undefined;
}

/** Splits a catalogue into its core, phrase packs and text packs (examples are dropped). */
export function splitCatalog(indicators: readonly Indicator[], version: string): CatalogInParts {
  const emptyPack = (pack: PhrasePackName): PhrasePack => ({ pack, phrases: [] });
  const phrasePacks: Record<PhrasePackName, PhrasePack> = {
    khmer: emptyPack('khmer'),
    thai: emptyPack('thai'),
    lao: emptyPack('lao'),
    myanmar: emptyPack('myanmar'),
    han: emptyPack('han'),
  };
  const core = indicators.map((indicator, position): CoreIndicator => {
    const phrases: Partial<Record<Language, string[]>> = {};
    for (const [language, list] of Object.entries(indicator.phrases) as [Language, string[]][]) {
      const kept: string[] = [];
      list.forEach((phrase, index) => {
        const pack = phrasePackOf(phrase);
        if (pack === undefined) kept.push(phrase);
        else phrasePacks[pack].phrases.push([position, language, kept.length, index, phrase]);
      });
      phrases[language] = kept;
    }
    return {
      id: indicator.id,
      weights: indicator.weights,
      ...(indicator.signals === undefined ? {} : { signals: indicator.signals }),
      phrases,
    };
  });
  const textPack = (language: TextLanguage): TextPack => ({
    language,
    labels: indicators.map((indicator) => indicator.label[language]),
    explanations: indicators.map((indicator) => indicator.explanation[language]),
    rules: {
      labels: RULES.map((rule) => rule.label[language]),
      explanations: RULES.map((rule) => rule.explanation[language]),
    },
    advice: Object.fromEntries(HARMS.map((harm) => [harm, [...ADVICE[harm][language]]])) as Record<Harm, string[]>,
  });
  return {
    core: { version, indicators: core },
    phrasePacks,
    textPacks: { en: textPack('en'), km: textPack('km') },
  };
}

export class CatalogPartsError extends Error {
  readonly code = 'catalog_parts_mismatch';
}

function checkTextPack(pack: TextPack, indicatorCount: number): void {
  const fits =
    pack.labels.length === indicatorCount &&
    pack.explanations.length === indicatorCount &&
    pack.rules.labels.length === RULES.length &&
    pack.rules.explanations.length === RULES.length &&
    HARMS.every((harm) => Array.isArray(pack.advice[harm]));
  if (!fits) throw new CatalogPartsError(`The ${pack.language} text pack does not belong to this catalogue.`);
}

/**
 * Writes one language's rule labels, rule explanations and advice into the engine's own tables.
 * In Node they are there already (the same words); the browser's build ships those tables
 * without words (packages/web/build/strip-engine-texts.ts) and they arrive with the text pack.
 */
function fillEngineTexts(pack: TextPack): void {
  RULES.forEach((rule, position) => {
    rule.label[pack.language] = pack.rules.labels[position] ?? '';
    rule.explanation[pack.language] = pack.rules.explanations[position] ?? '';
  });
  for (const harm of HARMS) ADVICE[harm][pack.language] = [...pack.advice[harm]];
}

/**
 * The catalogue made of the core and the given packs (and the given text packs' rule and advice
 * words written into the engine's tables). Labels and explanations of a language whose text pack
 * is not given are empty strings: analyse only in a loaded language.
 */
export function joinCatalog(
  core: CatalogCore,
  phrasePacks: readonly PhrasePack[],
  textPacks: readonly TextPack[],
): Indicator[] {
  const count = core.indicators.length;
  for (const pack of textPacks) checkTextPack(pack, count);
  const extra = new Map<string, PackedPhrase[]>();
  for (const pack of phrasePacks) {
    for (const entry of pack.phrases) {
      if (core.indicators[entry[0]] === undefined)
        throw new CatalogPartsError(`The ${pack.pack} phrase pack does not belong to this catalogue core.`);
      const key = `${entry[0]}:${entry[1]}`;
      const list = extra.get(key) ?? [];
      list.push(entry);
      extra.set(key, list);
    }
  }
  textPacks.forEach(fillEngineTexts);
  const textOf = (language: TextLanguage, field: 'labels' | 'explanations', position: number): string =>
    textPacks.find((pack) => pack.language === language)?.[field][position] ?? '';
  return core.indicators.map((indicator, position): Indicator => {
    const phrases: Partial<Record<Language, string[]>> = {};
    for (const [language, kept] of Object.entries(indicator.phrases) as [Language, string[]][]) {
      const added = (extra.get(`${position}:${language}`) ?? []).sort((a, b) => a[3] - b[3]);
      if (added.length === 0) {
        phrases[language] = kept;
        continue;
      }
      const merged: string[] = [];
      let next = 0;
      for (let coreIndex = 0; coreIndex <= kept.length; coreIndex++) {
        while (next < added.length && (added[next]?.[2] ?? 0) <= coreIndex) merged.push(added[next++]?.[4] ?? '');
        if (coreIndex < kept.length) merged.push(kept[coreIndex] ?? '');
      }
      phrases[language] = merged;
    }
    return {
      id: indicator.id,
      weights: indicator.weights,
      ...(indicator.signals === undefined ? {} : { signals: indicator.signals }),
      label: { en: textOf('en', 'labels', position), km: textOf('km', 'labels', position) },
      explanation: { en: textOf('en', 'explanations', position), km: textOf('km', 'explanations', position) },
      phrases,
      examples: { positive: [], negative: [] },
    };
  });
}

/**
 * Fills in, in place, one language's labels and explanations of a catalogue {@link joinCatalog}
 * made (and the rule and advice words), so a detector already compiled over it explains in that
 * language too without being compiled again (compiling takes the better part of a second; words
 * for people are read only when an analysis is explained).
 */
export function addTextPack(indicators: readonly Indicator[], pack: TextPack): void {
  checkTextPack(pack, indicators.length);
  fillEngineTexts(pack);
  indicators.forEach((indicator, position) => {
    indicator.label[pack.language] = pack.labels[position] ?? '';
    indicator.explanation[pack.language] = pack.explanations[position] ?? '';
  });
}
