import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from './normalize.ts';

describe(normalizeText.name, () => {
  it.each([
    ['case and punctuation', 'FREE Visa!!!', 'free visa'],
    ['leetspeak between letters', 'contact t3legram or wh@tsapp', 'contact telegram or whatsapp'],
    ['circled letters', 'ⓣⓔⓛⓔⓖⓡⓐⓜ', 'telegram'],
    ['fullwidth letters and digits', 'ｔｅｌｅｇｒａｍ １５００', 'telegram 1500'],
    ['spaced-out letters', 'add me on t e l e g r a m now', 'add me on telegram now'],
    ['zero-width characters', 'tele\u200bgr\u200dam', 'telegram'],
    ['bidirectional controls', 'what\u202esapp', 'whatsapp'],
    ['Cyrillic look-alikes', 'tеlеgrаm', 'telegram'],
    ['repeated letters', 'heyyyy babyyy', 'hey baby'],
    ['Khmer digits', 'ប្រាក់ខែ ១៥០០', 'ប្រាក់ខែ1500'],
    ['Thai digits', 'เงินเดือน ๓๐๐๐๐', 'เงินเดือน30000'],
    ['Lao digits', 'ເງິນ ໑໐໐', 'ເງິນ100'],
    ['Burmese digits', 'လစာ ၁၅၀၀', 'လစာ1500'],
    ['spaces inside Khmer text', 'ការងារ ស្រួល', 'ការងារស្រួល'],
    ['spaces inside Chinese text', '高薪 招聘', '高薪招聘'],
    ['spaces between Khmer and Latin words', 'ដាក់លុយ USDT ឥឡូវ', 'ដាក់លុយusdtឥឡូវ'],
    ['decomposed Vietnamese', 'lu\u031bo\u031bng cao', 'lương cao'],
    ['digits next to digits stay digits', '$1,500/month', '1 500 month'],
    ['ages keep their digits', '14yo girl', '14yo girl'],
  ])('folds %s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every folded unit back to the original span', () => {
    const input = 'Add me: T3L3GRAM';
    const normalized = normalizeText(input);
    const start = normalized.text.indexOf('telegram');
    const span = toOriginalSpan(normalized, start, start + 'telegram'.length);
    expect(input.slice(span.start, span.end)).toBe('T3L3GRAM');
  });

  it('returns empty text for empty and invisible-only input', () => {
    expect(normalizeText('').text).toBe('');
    expect(normalizeText('\u200b\u200c\ufeff').text).toBe('');
  });

  it('keeps the offset map of an earlier result intact when later texts are normalised', () => {
    const first = normalizeText('Add me: T3L3GRAM');
    const starts = [...first.starts];
    const ends = [...first.ends];
    for (let i = 0; i < 5_000; i++) normalizeText(`text number ${i} with some words`).starts.fill(-1);
    expect([...first.starts]).toEqual(starts);
    expect([...first.ends]).toEqual(ends);
  });

  it('maps a long text (offset arrays of their own) back to the original', () => {
    const input = 'FREE visa '.repeat(500);
    const normalized = normalizeText(input);
    expect(normalized.starts).toHaveLength(normalized.text.length);
    const last = normalized.text.lastIndexOf('visa');
    const span = toOriginalSpan(normalized, last, last + 4);
    expect(input.slice(span.start, span.end)).toBe('visa');
  });

  it('treats lone surrogates as separators instead of failing', () => {
    expect(normalizeText('abc\ud800def\udc00ghi').text).toBe('abc def ghi');
  });

  it('keeps offsets inside the original text and in order (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const { text, starts, ends } = normalizeText(input);
        expect(starts.length).toBe(text.length);
        let previous = 0;
        for (let i = 0; i < text.length; i++) {
          const start = starts[i] ?? -1;
          const end = ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(input.length);
          previous = start;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('orders combining marks that a control character separated, so a second pass changes nothing', () => {
    // Found by the property below: U+0F18 (combining class 220), NUL, U+3099 (class 8).
    const once = normalizeText('\u0f18\u0000\u3099').text;
    expect(normalizeText(once).text).toBe(once);
  });

  it('composes a mark with its letter across several invisible characters, as a second pass would', () => {
    // Found by the property below: a, two zero-width spaces, U+0301.
    const once = normalizeText('a\u200b\u200b\u0301').text;
    expect(once).toBe('á');
    expect(normalizeText(once).text).toBe(once);
    const long = normalizeText(`x${'\u200b'.repeat(50_000)}y`);
    expect(long.text).toBe('xy');
  });

  it('changes nothing when applied twice (property)', () => {
    const alphabet = fc.constantFrom(
      ...'aAbeilmorst T3@0 1$!.,-_ ééươ đ\u0301 ១២ ๓ ការងារ 高薪 ᴛ а е \u200b 😀 ม.'.split(''),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: alphabet, maxLength: 60 })),
        (input) => {
          const once = normalizeText(input).text;
          expect(normalizeText(once).text).toBe(once);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
