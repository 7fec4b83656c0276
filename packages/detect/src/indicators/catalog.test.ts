import { describe, expect, it } from 'vitest';
import { HARMS, LANGUAGES } from '../types.ts';
import { normalizeText } from '../text/normalize.ts';
import { matchIndicators } from '../match/match-indicators.ts';
import { CATALOG } from './catalog/index.ts';
import { catalogVersionOf, compileCatalog, literalForms, phraseParts } from './compile.ts';
import { SIGNALS, type Indicator } from './schema.ts';

const compiled = compileCatalog(CATALOG);

/**
 * What the matcher sees of one phrase: each gap part's normalised literal (with `*` for a word
 * prefix), accented and unaccented, joined by " … ".
 */
function matchedForms(phrase: string): Set<string> {
  const parts = phraseParts(phrase).map((part) => literalForms(part));
  const forms = new Set<string>();
  for (const pick of [0, 1]) {
    forms.add(
      parts
        .map((list) => {
          const form = list[Math.min(pick, list.length - 1)];
          return form === undefined ? '' : `${form.literal}${form.isPrefix ? '*' : ''}`;
        })
        .join(' … '),
    );
  }
  return forms;
}

/** Pairs of indicators that list the same normalised phrase and weigh the same harm the same way. */
function doubleWeightedPhrases(indicators: readonly Indicator[]): string[] {
  const ownersOf = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    for (const phrases of Object.values(indicator.phrases)) {
      for (const phrase of phrases) {
        for (const form of matchedForms(phrase)) {
          const owners = ownersOf.get(form) ?? [];
          if (!owners.includes(indicator)) owners.push(indicator);
          ownersOf.set(form, owners);
        }
      }
    }
  }
  const found: string[] = [];
  for (const [form, owners] of ownersOf) {
    owners.forEach((a, i) => {
      for (const b of owners.slice(i + 1)) {
        const shared = HARMS.filter((harm) => (a.weights[harm] ?? 0) * (b.weights[harm] ?? 0) > 0);
        if (shared.length > 0) found.push(`"${form}": ${a.id} and ${b.id} (${shared.join(', ')})`);
      }
    });
  }
  return found;
}

function firedIds(text: string): Set<string> {
  const hits = matchIndicators(compiled, normalizeText(text));
  return new Set(hits.map((hit) => CATALOG[hit.indicator]?.id ?? ''));
}

describe('indicator catalogue', () => {
  it('has unique, dotted snake_case ids', () => {
    const ids = CATALOG.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)+$/u);
  });

  it('uses only known harms, languages and signals', () => {
    for (const indicator of CATALOG) {
      for (const harm of Object.keys(indicator.weights)) expect(HARMS, indicator.id).toContain(harm);
      for (const lang of Object.keys(indicator.phrases)) expect(LANGUAGES, indicator.id).toContain(lang);
      for (const signal of indicator.signals ?? []) expect(SIGNALS, indicator.id).toContain(signal);
    }
  });

  it('gives every indicator a weight or a signal, a label and an explanation in English and Khmer', () => {
    for (const indicator of CATALOG) {
      const hasEffect = Object.keys(indicator.weights).length > 0 || (indicator.signals ?? []).length > 0;
      expect(hasEffect, indicator.id).toBe(true);
      for (const text of [indicator.label, indicator.explanation]) {
        expect(text.en.trim().length, indicator.id).toBeGreaterThan(0);
        expect(text.km, indicator.id).toMatch(/[\u1780-\u17ff]/u);
      }
      for (const weight of Object.values(indicator.weights)) {
        expect(Math.abs(weight), indicator.id).toBeLessThanOrEqual(5);
      }
    }
  });

  it('has no phrase that normalises to nothing or to a single character', () => {
    for (const indicator of CATALOG) {
      for (const phrases of Object.values(indicator.phrases)) {
        for (const phrase of phrases) {
          const forms = literalForms(phrase);
          expect(forms.length, `${indicator.id}: "${phrase}"`).toBeGreaterThan(0);
          for (const { literal } of forms) {
            expect([...literal].length, `${indicator.id}: "${phrase}"`).toBeGreaterThan(1);
          }
        }
      }
    }
  });

  it('has no phrase that ends in a currency sign (the sign is dropped: "send $" would match every "send")', () => {
    for (const indicator of CATALOG) {
      for (const phrases of Object.values(indicator.phrases)) {
        for (const phrase of phrases) {
          for (const part of phraseParts(phrase)) expect(part, indicator.id).not.toMatch(/\p{Sc}\s*\*?$/u);
        }
      }
    }
  });

  it('files each phrase under its own language: a Khmer, Thai, Lao, Burmese or Chinese letter only in that list, Vietnamese tone letters only under vi', () => {
    const scripts: [string, RegExp][] = [
      ['km', /[\u1780-\u17FF]/u],
      ['th', /[\u0E00-\u0E7F]/u],
      ['lo', /[\u0E80-\u0EFF]/u],
      ['my', /[\u1000-\u109F]/u],
      ['zh', /[\u3400-\u4DBF\u4E00-\u9FFF]/u],
    ];
    const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
    const misfiled = CATALOG.flatMap((indicator) =>
      Object.entries(indicator.phrases).flatMap(([language, phrases]) =>
        (phrases ?? [])
          .filter((phrase) => {
            const inScripts = scripts.filter(([, letters]) => letters.test(phrase)).map(([code]) => code);
            if (inScripts.length > 0) return !inScripts.includes(language);
            return language !== 'vi' && vietnameseLetters.test(phrase);
          })
          .map((phrase) => `${indicator.id} ${language}: ${phrase}`),
      ),
    );
    expect(misfiled).toEqual([]);
  });

  it('never weighs one phrase twice for the same harm through two indicators', () => {
    // An indicator counts once however often it appears; the same phrase in two indicators of the
    // same harm would silently count twice.
    expect(doubleWeightedPhrases(CATALOG)).toEqual([]);
  });

  it('finds a phrase shared by two indicators of the same harm, also in another spelling', () => {
    const base = { label: { en: 'x', km: 'ក' }, explanation: { en: 'x', km: 'ក' } };
    const examples = { positive: [], negative: [] };
    const a: Indicator = { ...base, id: 'test.a', weights: { scam: 1 }, phrases: { en: ['Click HERE!'] }, examples };
    const b: Indicator = { ...base, id: 'test.b', weights: { scam: 0.5 }, phrases: { tl: ['click here'] }, examples };
    const c: Indicator = { ...base, id: 'test.c', weights: { grooming: 1 }, phrases: { en: ['click here'] }, examples };
    const d: Indicator = {
      ...base,
      id: 'test.d',
      weights: { scam: 1 },
      phrases: { vi: ['việc nhẹ lương cao'] },
      examples,
    };
    const e: Indicator = {
      ...base,
      id: 'test.e',
      weights: { scam: 1 },
      phrases: { vi: ['viec nhe luong cao'] },
      examples,
    };
    expect(doubleWeightedPhrases([a, b, c])).toEqual(['"click here": test.a and test.b (scam)']);
    expect(doubleWeightedPhrases([d, e])).toEqual(['"viec nhe luong cao": test.d and test.e (scam)']);
  });

  it('has at least two positive and two negative examples per indicator', () => {
    for (const indicator of CATALOG) {
      expect(indicator.examples.positive.length, indicator.id).toBeGreaterThanOrEqual(2);
      expect(indicator.examples.negative.length, indicator.id).toBeGreaterThanOrEqual(2);
    }
  });

  describe.each(CATALOG.map((indicator) => [indicator.id, indicator] as const))('%s', (id, indicator) => {
    it('fires on each positive example', () => {
      for (const example of indicator.examples.positive) expect(firedIds(example), example).toContain(id);
    });
    it('does not fire on its negative examples', () => {
      for (const example of indicator.examples.negative) expect(firedIds(example), example).not.toContain(id);
    });
  });
});

describe('the catalogue version', () => {
  it('stays the same when examples are stripped (as in the browser build), and changes with a phrase', () => {
    const stripped = CATALOG.map((indicator) => ({ ...indicator, examples: { positive: [], negative: [] } }));
    expect(catalogVersionOf(stripped)).toBe(catalogVersionOf(CATALOG));
    const [first, ...rest] = CATALOG;
    const changed = [{ ...first!, id: `${first!.id}_changed` }, ...rest];
    expect(catalogVersionOf(changed)).not.toBe(catalogVersionOf(CATALOG));
  });
});
