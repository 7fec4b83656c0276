import { describe, expect, it } from 'vitest';
import { createNgramHasher, ngramBuckets } from './ngram-buckets.ts';

describe('the learned layer’s n-gram buckets', () => {
  it('hashes every 2- to 5-character n-gram of the padded text, the same way every time', () => {
    const once = ngramBuckets('free visa', 1 << 16);
    const again = ngramBuckets('free visa', 1 << 16);
    expect([...once.keys()]).toEqual([...again.keys()]);
    // " free visa " has 11 units: 10 bigrams, 9 trigrams, 8 four-grams and 7 five-grams (some may collide).
    expect(once.size).toBeGreaterThan(30);
    expect(once.size).toBeLessThanOrEqual(34);
    for (const bucket of once.keys()) expect(bucket).toBeLessThan(1 << 16);
  });

  it('places each bucket inside the text, never on the padding', () => {
    const text = 'ការងារ';
    for (const { start, end } of ngramBuckets(text, 1 << 16).values()) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(end).toBeGreaterThan(start);
    }
  });

  it('gives texts that share words shared buckets, and unrelated texts few', () => {
    const a = ngramBuckets('free visa and flight', 1 << 16);
    const b = ngramBuckets('visa and flight paid', 1 << 16);
    const c = ngramBuckets('ខ្ញុំទៅផ្សារ', 1 << 16);
    const shared = (x: Map<number, unknown>, y: Map<number, unknown>) => [...x.keys()].filter((k) => y.has(k)).length;
    expect(shared(a, b)).toBeGreaterThan(20);
    expect(shared(a, c)).toBeLessThan(3);
  });

  it('handles the empty text and a single character', () => {
    expect(ngramBuckets('', 1 << 16).size).toBe(1);
    expect(ngramBuckets('a', 1 << 16).size).toBe(3);
  });

  it('hashes the same text twice in a row once, and another text in between afresh', () => {
    const hasher = createNgramHasher(1 << 16);
    const bucketsOf = (text: string): number[] => {
      const list = hasher.hash(text);
      return [...list.buckets.subarray(0, list.count)];
    };
    const first = bucketsOf('free visa');
    expect(hasher.hash('free visa')).toBe(hasher.hash('free visa'));
    expect(bucketsOf('free visa')).toEqual(first);
    expect(bucketsOf('ខ្ញុំទៅផ្សារ')).toEqual([...ngramBuckets('ខ្ញុំទៅផ្សារ', 1 << 16).keys()]);
    expect(bucketsOf('free visa')).toEqual(first);
  });
});
