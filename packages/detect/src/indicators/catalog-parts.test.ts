import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInLearnedModel, createDetector } from '../analyze-text.ts';
import { createDetectorFor, type Detector } from '../detector.ts';
import { CATALOG } from './catalog/index.ts';
import {
  CatalogPartsError,
  PHRASE_PACKS,
  addTextPack,
  joinCatalog,
  phrasePackOf,
  phrasePackOfCodeUnit,
  phrasePacksNeededBy,
  splitCatalog,
  type PhrasePackName,
} from './catalog-parts.ts';
import { ADVICE } from '../explain/advice-data.ts';
import { RULES } from '../score/rules.ts';
import { normalizeText } from '../text/normalize.ts';
import { catalogVersionOf } from './compile.ts';

const version = catalogVersionOf(CATALOG);
const parts = splitCatalog(CATALOG, version);
const allPhrasePacks = PHRASE_PACKS.map((pack) => parts.phrasePacks[pack]);
const bothTextPacks = [parts.textPacks.en, parts.textPacks.km];
const withoutExamples = CATALOG.map((indicator) => ({ ...indicator, examples: { positive: [], negative: [] } }));

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

/** Every text of the labelled corpora and every message of the labelled conversations. */
function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const split of ['dev', 'test']) {
    for (const file of readdirSync(join(corpusDir, split)).filter((name) => name.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(corpusDir, split, file), 'utf8').split('\n')) {
        if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
      }
    }
    const chats = join(corpusDir, 'conversations', split);
    for (const file of readdirSync(chats).filter((name) => name.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(chats, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const chat = JSON.parse(line) as { messages: { text: string }[] };
        for (const message of chat.messages) texts.push(message.text);
      }
    }
  }
  return texts;
}

describe('splitCatalog and joinCatalog', () => {
  it('give back the whole catalogue, examples aside, when every part is joined', () => {
    expect(joinCatalog(parts.core, allPhrasePacks, bothTextPacks)).toEqual(withoutExamples);
  });

  it('keep in the core only phrases that need no script pack, and put each other phrase in its pack', () => {
    for (const indicator of parts.core.indicators) {
      for (const phrase of Object.values(indicator.phrases).flat())
        expect(phrasePackOf(phrase), phrase).toBeUndefined();
    }
    for (const pack of allPhrasePacks) {
      expect(pack.phrases.length, pack.pack).toBeGreaterThan(0);
      for (const [, , , , phrase] of pack.phrases) expect(phrasePackOf(phrase), phrase).toBe(pack.pack);
    }
  });

  it('carry the whole catalogue’s version in the core, which a detector over a part reports', () => {
    const core = createDetectorFor(joinCatalog(parts.core, [], [parts.textPacks.en]), {
      version: parts.core.version,
      learned: builtInLearnedModel(),
    });
    expect(core.analyzeText('hello').catalogVersion).toBe(createDetector().analyzeText('hello').catalogVersion);
  });

  it('leave the labels of a language whose text pack is not loaded empty', () => {
    const [first] = joinCatalog(parts.core, [], [parts.textPacks.km]);
    expect(first?.label.km).toBe(CATALOG[0]?.label.km);
    expect(first?.label.en).toBe('');
  });

  it('explain in a language added later to a detector already compiled, as the whole catalogue does', () => {
    const indicators = joinCatalog(parts.core, [], [parts.textPacks.en]);
    const detector = createDetectorFor(indicators, { version: parts.core.version, learned: builtInLearnedModel() });
    const text = 'URGENT hiring, easy typing job, no experience, salary $1500, free visa and flight';
    const catalogueIds = new Set(CATALOG.map((indicator) => indicator.id));
    const fired = detector
      .analyzeText(text, { adviceLanguage: 'km' })
      .harms.flatMap((harm) => harm.indicators)
      .filter((indicator) => catalogueIds.has(indicator.id));
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.map((indicator) => indicator.label + indicator.explanation)).toEqual(fired.map(() => ''));
    addTextPack(indicators, parts.textPacks.km);
    const analysis = detector.analyzeText(text, { adviceLanguage: 'km' });
    expect(analysis.harms.length).toBeGreaterThan(0);
    expect(analysis).toEqual(createDetector().analyzeText(text, { adviceLanguage: 'km' }));
    expect(() => addTextPack(indicators.slice(1), parts.textPacks.km)).toThrow(CatalogPartsError);
  });

  it('write a text pack’s rule and advice words into the engine’s tables, which the browser ships empty', () => {
    const rule = RULES[0];
    const saved = { label: rule?.label.km, explanation: rule?.explanation.km, advice: [...ADVICE.scam.km] };
    try {
      if (rule !== undefined) rule.label.km = rule.explanation.km = '';
      ADVICE.scam.km = [];
      joinCatalog(parts.core, [], [parts.textPacks.km]);
      expect(rule?.label.km).toBe(saved.label);
      expect(rule?.explanation.km).toBe(saved.explanation);
      expect(ADVICE.scam.km).toEqual(saved.advice);
    } finally {
      if (rule !== undefined) {
        rule.label.km = saved.label ?? '';
        rule.explanation.km = saved.explanation ?? '';
      }
      ADVICE.scam.km = saved.advice;
    }
  });

  it('refuse packs made from another catalogue', () => {
    const other = splitCatalog(CATALOG.slice(0, 3), 'catalog-other');
    expect(() => joinCatalog(other.core, [], [parts.textPacks.en])).toThrow(CatalogPartsError);
    expect(() => joinCatalog(other.core, [parts.phrasePacks.khmer], [])).toThrow(CatalogPartsError);
  });
});

describe('phrasePacksNeededBy', () => {
  it('names the scripts of the text', () => {
    expect(phrasePacksNeededBy('free visa and flight')).toEqual([]);
    expect(phrasePacksNeededBy('ការងារ online ប្រាក់ខែខ្ពស់')).toEqual(['khmer']);
    expect(phrasePacksNeededBy('高薪 งานง่าย ວຽກ အလုပ်')).toEqual(['thai', 'lao', 'myanmar', 'han']);
  });

  it('reads the text as the matcher does: compatibility ideographs and radicals need the Chinese pack', () => {
    expect(phrasePacksNeededBy('\u2f08')).toEqual(['han']); // KANGXI RADICAL MAN, which NFKC makes 人
    expect(phrasePacksNeededBy('\u3283')).toEqual(['han']); // CIRCLED IDEOGRAPH FOUR
    expect(phrasePacksNeededBy('\ud840\udc00')).toEqual(['han']); // U+20000, beyond the BMP
  });

  it('reads only the part of a text an analysis reads, and nothing of what is not a string', () => {
    expect(phrasePacksNeededBy(`${'a'.repeat(100_000)}ការងារ`)).toEqual([]);
    expect(phrasePacksNeededBy(`ការងារ ${'a'.repeat(200)}`, 10)).toEqual(['khmer']);
    expect(phrasePacksNeededBy(42 as unknown as string)).toEqual([]);
  });

  it('is right to skip normalising a text with nothing from U+0E00 up: normalising makes no pack letter of it', () => {
    const below = fc.string({ unit: fc.integer({ min: 0, max: 0x0dff }).map((code) => String.fromCharCode(code)) });
    fc.assert(
      fc.property(below, (text) => {
        const normalized = normalizeText(text).text;
        expect([...normalized].some((char) => phrasePackOfCodeUnit(char.charCodeAt(0)) !== undefined)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const packs = phrasePacksNeededBy(text);
        expect(packs.every((pack) => PHRASE_PACKS.includes(pack))).toBe(true);
      }),
    );
  });
});

describe('a detector over the core and the packs a text needs', () => {
  const full = createDetector();
  const detectors = new Map<string, Detector>();
  const detectorFor = (packs: readonly PhrasePackName[]): Detector => {
    const key = packs.join('+');
    let detector = detectors.get(key);
    if (detector === undefined) {
      const indicators = joinCatalog(
        parts.core,
        packs.map((pack) => parts.phrasePacks[pack]),
        bothTextPacks,
      );
      detector = createDetectorFor(indicators, { version: parts.core.version, learned: builtInLearnedModel() });
      detectors.set(key, detector);
    }
    return detector;
  };

  it('analyses every corpus text and conversation message exactly as the whole catalogue does', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(3000);
    for (const text of texts) {
      const packs = phrasePacksNeededBy(text);
      for (const adviceLanguage of ['en', 'km'] as const) {
        expect(detectorFor(packs).analyzeText(text, { adviceLanguage }), text).toEqual(
          full.analyzeText(text, { adviceLanguage }),
        );
      }
    }
  }, 300_000);

  it('with one text pack, explains in that language exactly as the whole catalogue does', () => {
    const khmerOnly = createDetectorFor(joinCatalog(parts.core, [parts.phrasePacks.khmer], [parts.textPacks.km]), {
      version: parts.core.version,
      learned: builtInLearnedModel(),
    });
    const text = 'ត្រូវការបុគ្គលិកបន្ទាន់ ការងារស្រួល ប្រាក់ខែ ១៥០០ ដុល្លារ ធ្វើដំណើរទៅក្រៅប្រទេសដោយឥតគិតថ្លៃ';
    const analysis = khmerOnly.analyzeText(text, { adviceLanguage: 'km' });
    expect(analysis.harms.length).toBeGreaterThan(0);
    expect(analysis).toEqual(full.analyzeText(text, { adviceLanguage: 'km' }));
  });
});
