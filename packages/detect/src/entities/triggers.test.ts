import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAges } from './ages.ts';
import { findCryptoAddresses } from './crypto.ts';
import { findEmails } from './emails.ts';
import { findMoney } from './money.ts';
import { findPhones } from './phones.ts';
import { entityTriggers } from './triggers.ts';
import { findUrls } from './urls.ts';

describe(entityTriggers.name, () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof entityTriggers>>]> = [
    ['plain chat', 'see you at the market', { digits: false, hostDot: false, longAlnumRun: false }],
    ['an ASCII digit', 'at 7', { digits: true }],
    ['a Khmer digit', 'ម៉ោង៧', { digits: true }],
    ['a fullwidth digit', '７', { digits: true }],
    ['a Devanagari digit', '७', { digits: true }],
    ['a full stop', 'ok.', { hostDot: true }],
    ['a defanged dot in upper case', 'EVIL[DOT]COM', { hostDot: true }],
    ['"dot" as a word', 'evil dot com', { hostDot: true }],
    ['"do" without a t', 'do it', { hostDot: false }],
    ['eleven letters in a row', 'abcdefghijk', { longAlnumRun: true }],
    ['ten letters in a row', 'abcdefghij klm', { longAlnumRun: false }],
    ['a non-ASCII letter breaking a run', 'abcdeéfghijk', { longAlnumRun: false }],
  ];
  for (const [what, text, expected] of cases) {
    it(`reports ${JSON.stringify(expected)} when the text has ${what}`, () => {
      expect(entityTriggers(text)).toMatchObject(expected);
    });
  }
});

/**
 * The triggers may only skip extractors that would find nothing: on the dev corpus and on random
 * text built around near-miss fragments, every extractor finds nothing whenever its trigger is absent.
 */
describe('entity triggers never hide an entity', () => {
  const corpusDir = fileURLToPath(new URL('../../corpus/dev/', import.meta.url));
  const corpus = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(`${corpusDir}${file}`, 'utf8').split('\n'))
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { text: string }).text);

  function check(text: string): void {
    const { digits, hostDot, longAlnumRun } = entityTriggers(text);
    if (!digits) {
      expect(findPhones(text)).toEqual([]);
      expect(findMoney(text)).toEqual([]);
      expect(findAges(text, false)).toEqual(findAges(text));
    }
    if (!hostDot) {
      expect(findUrls(text)).toEqual([]);
      expect(findEmails(text)).toEqual([]);
    }
    if (!longAlnumRun) expect(findCryptoAddresses(text)).toEqual([]);
  }

  it('holds on every dev-corpus text, as written, upper-cased and decomposed', () => {
    expect(corpus.length).toBeGreaterThan(50);
    for (const text of corpus) {
      check(text);
      check(text.toUpperCase());
      check(text.normalize('NFD'));
      // Without digits and dots, so that the skipped extractors are exercised on real text.
      check(text.replace(/[\d.]/gu, ' '));
    }
  });

  const NEAR_MISSES = ['example com', 'evil[d0t]com', 'a@b', 'https://', 'ſ', 'K', '1A1zP1eP5Q', '$', '万', 'ล้าน'];
  it('holds on random text', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...NEAR_MISSES)), { maxLength: 10 })
          .map((parts) => parts.join(' ')),
        (text) => check(text),
      ),
      { numRuns: 2000 },
    );
  });
});
