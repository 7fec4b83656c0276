import { describe, expect, it } from 'vitest';
import type { Harm } from '@raksa/detect';
import type { EvalRow } from './dataset.ts';
import { binaryMetrics, calibration, groupMetrics, harmMetrics, type Outcome } from './metrics.ts';

function outcome(labels: Harm[], predicted: Harm[], extra: Partial<EvalRow> = {}): Outcome {
  return { row: { id: String(Math.random()), text: '', labels, ...extra }, language: 'en', predicted };
}

describe(binaryMetrics.name, () => {
  it('counts a positive as found only when a labelled (or accepted) harm is reported', () => {
    const metrics = binaryMetrics([
      outcome(['scam'], ['scam']),
      outcome(['scam'], ['grooming']),
      outcome(['scam'], [], {}),
      outcome(['scam'], ['recruitment_fraud'], { accept: ['scam', 'recruitment_fraud'] }),
      outcome([], []),
      outcome([], ['scam']),
    ]);
    expect(metrics).toMatchObject({
      positives: 4,
      negatives: 2,
      truePositives: 2,
      falseNegatives: 2,
      falsePositives: 1,
    });
    expect(metrics.recall).toBe(0.5);
    expect(metrics.precision).toBeCloseTo(2 / 3);
    expect(metrics.falsePositiveRate).toBe(0.5);
  });

  it('gives null, not NaN, for undefined ratios', () => {
    expect(binaryMetrics([outcome([], [])])).toMatchObject({
      precision: null,
      recall: null,
      f1: null,
      falsePositiveRate: 0,
    });
  });
});

describe(harmMetrics.name, () => {
  it('scores each harm separately and leaves out rows with coarse public labels', () => {
    const metrics = harmMetrics([
      outcome(['grooming', 'predatory_loan'], ['grooming']),
      outcome([], ['grooming']),
      outcome(['scam'], ['scam'], { accept: ['scam'] }),
    ]);
    const byHarm = Object.fromEntries(metrics.map((m) => [m.harm, m]));
    expect(byHarm['grooming']).toMatchObject({ truePositives: 1, falsePositives: 1, negatives: 1 });
    expect(byHarm['predatory_loan']).toMatchObject({ falseNegatives: 1, recall: 0 });
    expect(byHarm['scam']).toBeUndefined();
  });
});

describe(groupMetrics.name, () => {
  it('reports the flagged share per group', () => {
    const groups = groupMetrics([
      outcome([], ['scam'], { group: 'ham' }),
      outcome([], [], { group: 'ham' }),
      outcome(['scam'], ['scam'], { group: 'fraud' }),
    ]);
    expect(groups).toEqual([
      { group: 'fraud', rows: 1, flagged: 1 },
      { group: 'ham', rows: 2, flagged: 0.5 },
    ]);
  });
});

describe(calibration.name, () => {
  it('buckets scores by tenths from 0.5 and gives the share of labelled pairs', () => {
    const buckets = calibration([
      { score: 0.55, labelled: true },
      { score: 0.58, labelled: false },
      { score: 1, labelled: true },
      { score: 0.2, labelled: false },
    ]);
    expect(buckets.map((b) => b.from)).toEqual([0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(buckets[0]).toEqual({ from: 0.5, pairs: 2, labelled: 0.5 });
    expect(buckets[4]).toEqual({ from: 0.9, pairs: 1, labelled: 1 });
  });
});
