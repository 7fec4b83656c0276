import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';

/** Deterministic pseudo-random bytes (no dependency on Math.random for reproducibility). */
function garbage(length: number): string {
  let x = 0x2545f491;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += String.fromCharCode(x & 0xffff);
  }
  return out;
}

const timed = (text: string): { ms: number; count: number } => {
  const t0 = performance.now();
  const count = extractEntities(text).length;
  return { ms: performance.now() - t0, count };
};

describe(extractEntities.name, () => {
  const cases: Array<[string, () => string, number]> = [
    ['1 MB of digits', () => '7'.repeat(1_000_000), 5000],
    ['1 MB of spaced digit groups', () => '0123 '.repeat(200_000), 5000],
    ['100,000 emoji', () => '😀'.repeat(100_000), 4000],
    ['lone surrogates', () => '\ud800a\udc00\udfff\ud83d'.repeat(20_000), 4000],
    ['binary garbage', () => garbage(200_000), 5000],
    ['many dots', () => 'a.'.repeat(100_000), 5000],
    ['many at-signs', () => '@a@'.repeat(50_000), 5000],
    ['many defang markers', () => 'a[.]'.repeat(50_000), 5000],
    ['many currency signs', () => '$1 '.repeat(50_000), 5000],
    ['long letter runs', () => 'abcdefghij'.repeat(100_000), 5000],
    ['long base58 runs', () => '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN'.repeat(20_000), 5000],
  ];
  // Budgets are generous (shared CI machines); a super-linear regex would take minutes, not seconds.
  for (const [what, make, budgetMs] of cases) {
    it(`does not throw and stays fast when the input is ${what}`, () => {
      const text = make();
      const { ms } = timed(text);
      expect(ms).toBeLessThan(budgetMs);
    });
  }

  // Speed is measured by the benchmark (npm run bench), not here; this checks the dense case is complete.
  it('extracts every entity of a dense 2,000-character lure', () => {
    const base =
      'Hello! We are hiring for customer service in Sihanoukville. Salary $1,500/month, free food and housing. ' +
      'Age 18-35. No experience needed. Contact Telegram @hr_manager_kh or WhatsApp +855 12 345 678. ' +
      'Apply at https://goodjob.com.kh/apply today, visa and tickets paid. ';
    let text = '';
    while (text.length < 2000) text += base;
    const entities = extractEntities(text.slice(0, 2000));
    const types = new Set(entities.map((entity) => entity.type));
    for (const type of ['place', 'money', 'handle', 'phone', 'url']) expect(types).toContain(type);
    for (const entity of entities) expect(text.slice(entity.start, entity.end)).toBe(entity.value);
  });
});
