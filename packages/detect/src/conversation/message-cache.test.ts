import { describe, expect, it } from 'vitest';
import { MessageCache } from './message-cache.ts';

describe('MessageCache', () => {
  it('computes a repeated short text once', () => {
    const cache = new MessageCache<number>(4, 20);
    let computed = 0;
    for (let i = 0; i < 10; i++) cache.get('lol ok', () => ++computed);
    expect(computed).toBe(1);
  });

  it('stays within its capacity and forgets the oldest first', () => {
    const cache = new MessageCache<string>(2, 20);
    cache.get('a', () => 'a1');
    cache.get('b', () => 'b1');
    expect(cache.get('a', () => 'a2')).toBe('a1');
    cache.get('c', () => 'c1'); // evicts a, the oldest
    expect(cache.size).toBe(2);
    expect(cache.get('b', () => 'b2')).toBe('b1');
    expect(cache.get('a', () => 'a3')).toBe('a3');
  });

  it('keeps the newest texts, oldest out first, however many times it has been refilled', () => {
    const cache = new MessageCache<string>(3, 20);
    for (let i = 0; i < 1000; i++) cache.get(`line ${i}`, () => `first ${i}`);
    expect(cache.size).toBe(3);
    for (const kept of [997, 998, 999]) expect(cache.get(`line ${kept}`, () => 'again')).toBe(`first ${kept}`);
    expect(cache.get('line 996', () => 'again')).toBe('again'); // evicts line 997, the oldest
    expect(cache.get('line 997', () => 'recomputed')).toBe('recomputed');
    expect(cache.get('line 999', () => 'again')).toBe('first 999');
  });

  it('never keeps long texts', () => {
    const cache = new MessageCache<number>(4, 5);
    let computed = 0;
    cache.get('a long message', () => ++computed);
    cache.get('a long message', () => ++computed);
    expect(computed).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('keeps nothing with a capacity of 0', () => {
    const cache = new MessageCache<number>(0, 5);
    cache.get('ok', () => 1);
    expect(cache.size).toBe(0);
  });
});
