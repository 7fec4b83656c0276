import { describe, expect, it } from 'vitest';
import { HARMS, LANGUAGES } from '../types.ts';
import { normalizeText } from '../text/normalize.ts';
import { matchIndicators } from '../match/match-indicators.ts';
import { CATALOG } from './catalog/index.ts';
import { compileCatalog, literalForms } from './compile.ts';
import { SIGNALS } from './schema.ts';

const compiled = compileCatalog(CATALOG);

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
