import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../analyze-text.ts';
import { decodeLearnedModel, encodeSparseWeights } from '../learned/learned-model.ts';
import { ngramBuckets } from '../learned/ngram-buckets.ts';
import { normalizeText } from '../text/normalize.ts';
import { createByteScreen } from './byte-screen.ts';

// Two engines: named evidence only, and with the learned layer (which `raksa scan` uses).
const plain = createDetector({ learned: null });
const plainScreen = createByteScreen(plain.catalog);
const withModel = createDetector();
const modelScreen = createByteScreen(withModel.catalog, { learned: withModel.learned });
const encoder = new TextEncoder();

function screenText(text: string, screen = plainScreen): string | undefined {
  const bytes = encoder.encode(text);
  return screen.screen(bytes, 0, bytes.length, 100_000, 0.5);
}

/** The screen may only skip a text when full analysis finds nothing in it, in the same language. */
function expectAgreement(text: string, learned = false): boolean {
  const detector = learned ? withModel : plain;
  const language = screenText(text, learned ? modelScreen : plainScreen);
  if (language === undefined) return false;
  const analysis = detector.analyzeText(text, { threshold: 0.5, includeAdvice: false });
  expect({
    text,
    language: analysis.language,
    harms: analysis.harms,
    entities: analysis.entities,
    warnings: analysis.warnings,
  }).toEqual({
    text,
    language,
    harms: [],
    entities: [],
    warnings: [],
  });
  return true;
}

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

describe('createByteScreen', () => {
  it('skips everyday texts in every script, with the language full analysis gives', () => {
    for (const text of [
      'see you at the market',
      'សួស្តី បងសុខសប្បាយទេ',
      '生日快乐，明天见',
      'คืนนี้ไปกินข้าวกันไหม',
      'tối nay đi ăn không',
      'ຂອບໃຈຫຼາຍໆ',
      'ဒီည ထမင်းအတူစားမလား',
      'salamat po 😂',
    ]) {
      expect(expectAgreement(text), text).toBe(true);
    }
  });

  it('skips texts whose phrases cannot add up to a finding, and analyses those that can', () => {
    expect(expectAgreement('the price of rice went up again')).toBe(true);
    expect(expectAgreement('今天晚上一起吃饭吗')).toBe(true);
    expect(screenText('urgent hiring, no experience, free visa and flight, contact telegram')).toBeUndefined();
  });

  it('with the learned layer, analyses texts where two named signs point at one harm (the model could raise it)', () => {
    expect(expectAgreement('see you at the market', true)).toBe(true);
    expect(expectAgreement('生日快乐，明天见', true)).toBe(true);
    // Two weak signs of grooming (a meeting, a paid fare): phrases alone cannot reach the
    // threshold, but the model could.
    expect(screenText('kita tayo bukas, sagot ko na pamasahe mo')).toBe('tl');
    expect(screenText('kita tayo bukas, sagot ko na pamasahe mo', modelScreen)).toBeUndefined();
  });

  it('with the learned layer, asks the model about a text where one named sign points at a harm', () => {
    // The built-in model is not sure enough of one everyday phrase: the screen answers.
    expect(expectAgreement('kita tayo bukas', true)).toBe(true);
    // A model sure of grooming in that wording would raise it on the one sign: the screen analyses.
    const TEXT = 'kita tayo bukas';
    const entries = [...ngramBuckets(normalizeText(TEXT).text, 1 << 16).keys()].map((bucket): [number, number] => [
      bucket,
      127,
    ]);
    const sure = decodeLearnedModel({
      format: 1,
      buckets: 1 << 16,
      trainedOn: 'test',
      harms: { grooming: { bias: -3, scale: 0.1, weights: encodeSparseWeights(entries) } },
    });
    const sureScreen = createByteScreen(plain.catalog, { learned: sure });
    expect(screenText(TEXT, sureScreen)).toBeUndefined();
    expect(
      plain
        .withLearned(sure)
        .analyzeText(TEXT)
        .harms.map((harm) => harm.type),
    ).toEqual(['grooming']);
    // Without any named sign the model is never asked.
    expect(screenText('see you at the market', sureScreen)).toBe('en');
  });

  it('counts a gapped phrase only when every part of it is in the text', () => {
    // "libre" is one part of gapped phrases about paid perks; alone it is no evidence.
    expect(expectAgreement('kita tayo bukas, libre mo naman ako hehe', true)).toBe(true);
    // "day" is one part of phrases about daily pay and daily interest.
    expect(expectAgreement('thanks for the help yesterday', true)).toBe(true);
  });

  it('skips texts with digits when the entity extractors find nothing in them', () => {
    for (const text of ['meeting moved to 3pm', 'mum says dinner at 7', '下午三点开会 9444', 'wh0 is there, 2994']) {
      expect(expectAgreement(text, true), text).toBe(true);
    }
    for (const text of ['call 012 345 678', 'pay 500 baht', 'i am 14 years old', 'h3llo', 'g00d']) {
      expect(screenText(text, modelScreen), text).toBeUndefined();
    }
  });

  it('folds upper case, fullwidth letters, composed and stacked marks as the normaliser does', () => {
    for (const text of [
      'XE BUÝT LẠI TRỄ RỒI',
      'ｌｏｌ ｔｈａｔ ｖｉｄｅｏ',
      'Ｆｒｅｅ',
      'xe buy\u0301t la\u0323i tre\u0303 ro\u0300i',
      'เจอกันพรุ่งนี้นะ',
      'ຝົນຕົກໜັກຫຼາຍ',
      'ကျေးဇူးအများကြီးတင်ပါတယ်',
      'ท\u200bำ\u200bก\u200bา\u200bร\u200bบ\u200b้\u200bา\u200bน',
      'happy birthday!!',
      'x\u0301',
    ]) {
      expect(expectAgreement(text, true), text).toBe(true);
    }
  });

  it('sends texts with entities, digits, disguise, context markers or odd input to full analysis', () => {
    for (const text of [
      'SCAM ALERT: beware of fake job offers, report it to the police',
      'call 012 345 678',
      'see t.me/somebody',
      'mail me at a@b.co',
      'heyyy',
      't e l e g r a m',
      'Sihanoukville',
      'wh@tsapp',
      '',
      '   ',
      'bad \ufffd byte',
    ]) {
      expect(screenText(text), text).toBeUndefined();
    }
  });

  it('agrees with full analysis on every corpus text it skips', () => {
    let skipped = 0;
    for (const split of ['dev', 'test']) {
      for (const file of readdirSync(join(corpusDir, split))) {
        for (const line of readFileSync(join(corpusDir, split, file), 'utf8').split('\n')) {
          if (line.trim() === '') continue;
          const { text } = JSON.parse(line) as { text: string };
          for (const learned of [false, true]) {
            if (expectAgreement(text, learned)) skipped++;
            // Every sentence of a corpus text, too: many are everyday text the screen should skip.
            for (const sentence of text.split(/[.!?。\n]/u)) if (expectAgreement(sentence, learned)) skipped++;
          }
        }
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });

  it('agrees with full analysis on random text (property)', () => {
    const alphabet = fc.constantFrom(
      ..."abcdefghij ABC ,;-'!?é ư ệ Ệ Ｆ ｌ ក ា ិ ្ ន ท ี ่ ุ ำ ແ ກ ໜ ັ ် း ္ ၁ 中 文 。 😂 ❤ \u200b \u0301 \u0323 : . @ 0 1 3 4 7 9 12 555 $ |".split(
        ' ',
      ),
      ' ',
      'a',
      'k',
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 })),
        (text) => {
          expectAgreement(text);
          expectAgreement(text, true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
