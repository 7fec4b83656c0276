import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, nameMatches } from './name-match.ts';

describe('person name matching', () => {
  it('ignores case, Latin diacritics and punctuation', () => {
    expect(foldName('  Nguyễn  Thị-Lan ')).toBe('nguyen thi lan');
    expect(nameMatches(foldName('nguyen lan'), ['Nguyễn Thị Lan'])).toBe(true);
    expect(nameMatches(foldName('SOK'), ['Dara', 'Sok'])).toBe(true);
  });

  it('matches word prefixes only, so a short query does not match inside words', () => {
    expect(nameMatches(foldName('da'), ['Dara'])).toBe(true);
    expect(nameMatches(foldName('ra'), ['Dara'])).toBe(false);
    expect(nameMatches(foldName('dara kim'), ['Dara', 'Sok'])).toBe(false);
  });

  it('matches inside words of scripts written without spaces', () => {
    expect(nameMatches(foldName('លក្ខ'), ['ស្រីលក្ខ ឈុំ'])).toBe(true);
    expect(nameMatches(foldName('ប៊ុន'), ['ស្រីលក្ខ ឈុំ'])).toBe(false);
  });

  it('never matches an empty query or absent names', () => {
    expect(nameMatches('', ['Dara'])).toBe(false);
    expect(nameMatches(foldName('   ...  '), ['Dara'])).toBe(false);
    expect(nameMatches('dara', [null, undefined])).toBe(false);
  });

  it('finds every name by its own folded words, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const folded = foldName(name);
        if (folded === '') return;
        expect(nameMatches(folded, [name])).toBe(true);
      }),
    );
  });
});
