import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';

/** Fragments that make the extractors fire, mixed into random text. */
const FRAGMENTS = [
  '+855 12 345 678',
  '012 345 678',
  '๐๘๑-๒๓๔-๕๖๗๘',
  'https://t.me/abc_def',
  'hxxp://evil[.]com/x',
  'a@b.co.th',
  '@handle',
  'line id: abc',
  '$1,500/month',
  '15 triệu',
  '3万',
  'អាយុ១៤',
  '14岁',
  'KK Park',
  '西港',
  'grade 7',
  '0x52908400098527886e0f7030069857d2e4169ee7',
  'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
  '\ud800',
  '\udc00',
  '😀',
];

const message = fc
  .array(
    fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 10 })),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe(extractEntities.name, () => {
  it('never throws and returns valid spans when the text is random', () => {
    fc.assert(
      fc.property(message, (text) => {
        const entities = extractEntities(text);
        let lastStart = -1;
        for (const e of entities) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.start).toBeLessThan(e.end);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(e.start, e.end)).toBe(e.value);
          expect(e.start).toBeGreaterThanOrEqual(lastStart);
          lastStart = e.start;
        }
      }),
      { numRuns: 1500 },
    );
  });
});
