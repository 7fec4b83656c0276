import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../types.ts';
import { resolveOverlaps, sortEntities } from './resolve-overlaps.ts';

const e = (type: EntityType, start: number, end: number, kind?: string): Entity => ({
  type,
  start,
  end,
  value: 'x'.repeat(end - start),
  normalized: `${type}:${start}`,
  ...(kind === undefined ? {} : { details: { kind } }),
});

describe(resolveOverlaps.name, () => {
  const cases: Array<[string, Entity[], string[]]> = [
    ['keeps the longer span when a phone is inside a URL', [e('phone', 5, 15), e('url', 0, 30)], ['url:0']],
    ['keeps the e-mail when its domain is also a domain', [e('domain', 4, 15), e('email', 0, 15)], ['email:0']],
    ['keeps the handle when a URL has the same span', [e('url', 0, 10), e('handle', 0, 10)], ['handle:0']],
    ['keeps the phone when a keyword handle has the same span', [e('handle', 0, 10), e('phone', 0, 10)], ['phone:0']],
    ['keeps both when spans do not overlap', [e('money', 0, 4), e('age', 5, 9)], ['money:0', 'age:5']],
  ];
  for (const [what, input, expected] of cases) {
    it(what, () => {
      expect(sortEntities(resolveOverlaps(input, 40)).map((x) => x.normalized)).toEqual(expected);
    });
  }

  it('prefers a known platform when two handles share a span', () => {
    const [kept] = resolveOverlaps([e('handle', 0, 5, 'unknown'), e('handle', 0, 5, 'line')], 10);
    expect(kept?.details?.kind).toBe('line');
  });
});

describe(sortEntities.name, () => {
  it('orders by start when entities are out of order', () => {
    expect(sortEntities([e('age', 9, 10), e('money', 1, 3)]).map((x) => x.start)).toEqual([1, 9]);
  });
});
