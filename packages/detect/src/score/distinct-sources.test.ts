import { describe, expect, it } from 'vitest';
import type { Signal } from '../indicators/schema.ts';
import { groupsMetByDistinctSources } from './distinct-sources.ts';

const sources = (entries: Record<string, number[]>): Map<Signal, Set<number>> =>
  new Map(Object.entries(entries).map(([signal, ids]) => [signal as Signal, new Set(ids)]));

describe(groupsMetByDistinctSources.name, () => {
  it('meets each group with a different source', () => {
    expect(groupsMetByDistinctSources([['minor'], ['secrecy']], sources({ minor: [1], secrecy: [2] }))).toBe(true);
  });

  it('does not let one phrase with two signals meet two groups alone', () => {
    // "wait for you after school" raises both minor and meet_request.
    expect(
      groupsMetByDistinctSources([['minor'], ['secrecy', 'meet_request']], sources({ minor: [7], meet_request: [7] })),
    ).toBe(false);
  });

  it('does not let one signal meet two groups that both list it', () => {
    const stacked: Signal[][] = [
      ['job_offer', 'pay_high'],
      ['travel_paid', 'no_experience'],
      ['channel_move', 'travel_paid'],
    ];
    expect(groupsMetByDistinctSources(stacked, sources({ job_offer: [1], travel_paid: [2] }))).toBe(false);
    expect(groupsMetByDistinctSources(stacked, sources({ job_offer: [1], travel_paid: [2], channel_move: [3] }))).toBe(
      true,
    );
  });

  it('finds an assignment when the first choice would block a later group', () => {
    expect(
      groupsMetByDistinctSources(
        [['pay_high', 'travel_paid'], ['travel_paid']],
        sources({ pay_high: [1], travel_paid: [1, 2] }),
      ),
    ).toBe(true);
    expect(
      groupsMetByDistinctSources([['pay_high', 'travel_paid'], ['travel_paid']], sources({ travel_paid: [2] })),
    ).toBe(false);
  });

  it('fails when a group has no source at all', () => {
    expect(groupsMetByDistinctSources([['minor'], ['photo_request']], sources({ minor: [1] }))).toBe(false);
  });
});
