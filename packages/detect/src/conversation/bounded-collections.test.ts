import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntitySet } from './entity-set.ts';
import { RiskTimeline } from './risk-timeline.ts';
import { StrongestItems } from './strongest-messages.ts';

describe('StrongestItems', () => {
  it('keeps the strongest, ties to the earliest, in the order seen', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 10 }),
        (strengths, capacity) => {
          const kept = new StrongestItems<number>(capacity);
          strengths.forEach((strength, order) => kept.add(strength, order, order));
          const expected = strengths
            .map((strength, order) => ({ strength, order }))
            .filter(({ strength }) => strength > 0)
            .sort((a, b) => b.strength - a.strength || a.order - b.order)
            .slice(0, capacity)
            .map(({ order }) => order)
            .sort((a, b) => a - b);
          expect(kept.items()).toEqual(expected);
        },
      ),
    );
  });
});

describe('RiskTimeline', () => {
  it('never holds more than its capacity and never loses the highest risk', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3000 }),
        fc.integer({ min: 2, max: 64 }),
        (risks, capacity) => {
          const timeline = new RiskTimeline(capacity);
          risks.forEach((risk, messageIndex) => timeline.add({ messageIndex, time: null, risk }));
          const points = timeline.snapshot();
          expect(points.length).toBeLessThanOrEqual(capacity);
          if (risks.length > 0) expect(Math.max(...points.map((p) => p.risk))).toBe(Math.max(...risks));
          const indexes = points.map((p) => p.messageIndex);
          expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
        },
      ),
    );
  });
});

describe('EntitySet', () => {
  it('deduplicates by type and normalized value and stops at its capacity', () => {
    const set = new EntitySet(2);
    const phone = { type: 'phone' as const, value: '012 345 678', normalized: '+85512345678', start: 0, end: 11 };
    set.add([phone, { ...phone, value: '+855 12 345 678' }], 0);
    set.add(
      [
        { ...phone, type: 'handle', normalized: 'telegram:x' },
        { ...phone, normalized: '+85599999999' },
      ],
      3,
    );
    expect(set.values().map((e) => [e.type, e.normalized, e.messageIndex])).toEqual([
      ['phone', '+85512345678', 0],
      ['handle', 'telegram:x', 3],
    ]);
  });
});
