import { HARMS, type Harm } from '@raksa/detect';
import type { EvalRow } from './dataset.ts';

/** One row's outcome: the labels it had and the harms the engine reported. */
export interface Outcome {
  row: EvalRow;
  language: string;
  predicted: Harm[];
}

export interface BinaryMetrics {
  rows: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falsePositiveRate: number | null;
}

export interface HarmMetrics extends BinaryMetrics {
  harm: Harm;
}

export interface GroupMetrics {
  group: string;
  rows: number;
  /** Share of rows with any reported harm (for positives: any accepted harm). */
  flagged: number;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function finish(counts: Omit<BinaryMetrics, 'precision' | 'recall' | 'f1' | 'falsePositiveRate'>): BinaryMetrics {
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1, falsePositiveRate: ratio(counts.falsePositives, counts.negatives) };
}

/** A positive row is detected when the engine reports one of its accepted harms (its labels by default). */
export function isDetected(outcome: Outcome): boolean {
  const accepted = outcome.row.accept ?? outcome.row.labels;
  return outcome.predicted.some((harm) => accepted.includes(harm));
}

/**
 * Row-level metrics: a positive (any label) counts as found when an accepted harm is reported;
 * a negative (no label) counts as a false positive when any harm is reported.
 */
export function binaryMetrics(outcomes: readonly Outcome[]): BinaryMetrics {
  let positives = 0;
  let negatives = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const outcome of outcomes) {
    if (outcome.row.labels.length > 0) {
      positives++;
      if (isDetected(outcome)) truePositives++;
      else falseNegatives++;
    } else {
      negatives++;
      if (outcome.predicted.length > 0) falsePositives++;
    }
  }
  return finish({ rows: outcomes.length, positives, negatives, truePositives, falsePositives, falseNegatives });
}

/** Per-harm metrics over rows labelled with Raksa's own harms (rows with `accept` are left out). */
export function harmMetrics(outcomes: readonly Outcome[]): HarmMetrics[] {
  const own = outcomes.filter((outcome) => outcome.row.accept === undefined);
  return HARMS.map((harm) => {
    let positives = 0;
    let negatives = 0;
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const outcome of own) {
      const labelled = outcome.row.labels.includes(harm);
      const reported = outcome.predicted.includes(harm);
      if (labelled) {
        positives++;
        if (reported) truePositives++;
        else falseNegatives++;
      } else {
        negatives++;
        if (reported) falsePositives++;
      }
    }
    return {
      harm,
      ...finish({ rows: own.length, positives, negatives, truePositives, falsePositives, falseNegatives }),
    };
  }).filter((metrics) => metrics.positives > 0 || metrics.falsePositives > 0);
}

/** Share of flagged rows per dataset group (ham, spam, promo, warning, legit_job…). */
export function groupMetrics(outcomes: readonly Outcome[]): GroupMetrics[] {
  const groups = new Map<string, { rows: number; flagged: number }>();
  for (const outcome of outcomes) {
    const group = outcome.row.group ?? (outcome.row.labels.length > 0 ? 'positive' : 'negative');
    const entry = groups.get(group) ?? { rows: 0, flagged: 0 };
    entry.rows++;
    const flagged = outcome.row.labels.length > 0 ? isDetected(outcome) : outcome.predicted.length > 0;
    if (flagged) entry.flagged++;
    groups.set(group, entry);
  }
  return [...groups.entries()]
    .map(([group, { rows, flagged }]) => ({ group, rows, flagged: flagged / rows }))
    .sort((a, b) => a.group.localeCompare(b.group));
}

/** Splits outcomes by a key (language, dataset…), keeping the keys sorted. */
export function groupBy(outcomes: readonly Outcome[], key: (outcome: Outcome) => string): Map<string, Outcome[]> {
  const map = new Map<string, Outcome[]>();
  for (const outcome of outcomes) map.set(key(outcome), [...(map.get(key(outcome)) ?? []), outcome]);
  return new Map([...map.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

export interface CalibrationBucket {
  /** Lower bound of the score bucket (the bucket is [from, from + 0.1)). */
  from: number;
  /** (row, harm) pairs whose score fell in the bucket. */
  pairs: number;
  /** Share of those pairs where the row is labelled with the harm. */
  labelled: number;
}

/**
 * Reliability of the scores: for every row with Raksa's own labels and every harm, the score
 * the engine gave, bucketed by tenths from 0.5 up. A calibrated engine has `labelled` close to the
 * bucket's score (0.5–0.6 → about half of them right).
 */
export function calibration(pairs: readonly { score: number; labelled: boolean }[]): CalibrationBucket[] {
  const buckets: CalibrationBucket[] = [];
  for (let from = 0.5; from < 0.95; from += 0.1) {
    const low = Math.round(from * 10) / 10;
    const high = low + 0.1;
    const inside = pairs.filter((pair) => pair.score >= low && (high >= 1 ? pair.score <= 1 : pair.score < high));
    buckets.push({
      from: low,
      pairs: inside.length,
      labelled: inside.length === 0 ? 0 : inside.filter((pair) => pair.labelled).length / inside.length,
    });
  }
  return buckets;
}
