import { describe, expect, it } from 'vitest';
import { MAX_POOLED, pooledCopy, pooledInt32Array } from './int32-pool.ts';

describe(pooledInt32Array.name, () => {
  it('hands out zero-filled arrays of the asked length', () => {
    const array = pooledInt32Array(7);
    expect(array).toHaveLength(7);
    expect([...array]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('never lets two arrays share an element', () => {
    const arrays = Array.from({ length: 100 }, (_, i) => pooledInt32Array(1 + (i % 300)));
    arrays.forEach((array, i) => array.fill(i + 1));
    arrays.forEach((array, i) => expect(array.every((value) => value === i + 1)).toBe(true));
  });

  it('starts a new chunk when the current one is full, keeping the old arrays intact', () => {
    const first = pooledInt32Array(MAX_POOLED - 1).fill(5);
    const many = Array.from({ length: 40 }, () => pooledInt32Array(MAX_POOLED - 1).fill(9));
    expect(first.every((value) => value === 5)).toBe(true);
    expect(many.every((array) => array.every((value) => value === 9))).toBe(true);
    expect(new Set(many.map((array) => array.buffer)).size).toBeGreaterThan(1);
  });

  it('gives long arrays a buffer of their own', () => {
    const long = pooledInt32Array(MAX_POOLED);
    expect(long.byteOffset).toBe(0);
    expect(long.buffer.byteLength).toBe(MAX_POOLED * 4);
  });

  it('handles empty arrays', () => {
    expect(pooledInt32Array(0)).toHaveLength(0);
  });
});

describe(pooledCopy.name, () => {
  it('copies the first elements of its source', () => {
    const source = Int32Array.from([4, 8, 15, 16, 23, 42]);
    expect([...pooledCopy(source, 4)]).toEqual([4, 8, 15, 16]);
    expect([...pooledCopy(source, 0)]).toEqual([]);
  });
});
