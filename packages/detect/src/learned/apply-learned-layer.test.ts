import { describe, expect, it } from 'vitest';
import { PRIOR_SCORE, type Contribution, type HarmScores } from '../score/score-harms.ts';
import { HARMS, type Harm } from '../types.ts';
import {
  applyLearnedLayer,
  LEARNED_ONE_SIGN_PROBABILITY,
  learnedReadsAsWarning,
  widenToWords,
} from './apply-learned-layer.ts';
import { decodeLearnedModel, encodeSparseWeights } from './learned-model.ts';
import { ngramBuckets } from './ngram-buckets.ts';

const BUCKETS = 1 << 16;
const TEXT = 'claim your prize now';
// A model that is sure of "scam" for this wording.
const model = decodeLearnedModel({
  format: 1,
  buckets: BUCKETS,
  trainedOn: 'test',
  harms: {
    scam: {
      bias: -3,
      scale: 0.1,
      weights: encodeSparseWeights(
        [...ngramBuckets(TEXT, BUCKETS).keys()].map((bucket): [number, number] => [bucket, 127]),
      ),
    },
  },
});

/** Named contributions of weight 1 (as indicators the catalogue could have). */
function named(count: number): Contribution[] {
  return Array.from({ length: count }, (_, i) => ({
    source: {
      kind: 'learned' as const,
      pattern: { id: `named.${i}`, label: { en: '', km: '' }, explanation: { en: '', km: '' } },
    },
    weight: 1,
    spans: [{ start: 0, end: 5 }],
  }));
}

function scored(scam: number, { awareness = false, signs = 2 } = {}): HarmScores {
  const scores = Object.fromEntries(HARMS.map((harm) => [harm, PRIOR_SCORE])) as Record<Harm, number>;
  scores.scam = scam;
  const contributions = Object.fromEntries(HARMS.map((harm) => [harm, []])) as unknown as HarmScores['contributions'];
  contributions.scam = named(signs);
  return {
    scores,
    contributions,
    hasAwarenessContext: awareness,
    hasLegitimacyContext: false,
  };
}

const identity = (start: number, end: number) => ({ start, end });

describe('the learned layer in a score', () => {
  it('raises a harm that named evidence points at, and says so with its own evidence', () => {
    const result = scored(0.3);
    applyLearnedLayer(result, model, TEXT, TEXT, identity);
    expect(result.scores.scam).toBeGreaterThan(0.9);
    const learned = result.contributions.scam.find(
      (contribution) => contribution.source.kind === 'learned' && contribution.source.pattern.id === 'learned.scam',
    );
    expect(learned?.source).toMatchObject({ kind: 'learned', pattern: { id: 'learned.scam' } });
    expect(learned?.weight).toBeGreaterThan(0);
    expect(learned?.spans.length).toBeGreaterThan(0);
    for (const span of learned?.spans ?? []) expect(span.end).toBeLessThanOrEqual(TEXT.length);
  });

  it('never raises a harm that nothing named points at, and one a single named sign points at only when it is sure', () => {
    const nothing = scored(PRIOR_SCORE, { signs: 0 });
    applyLearnedLayer(nothing, model, TEXT, TEXT, identity);
    expect(nothing.scores.scam).toBe(PRIOR_SCORE);
    expect(nothing.contributions.scam).toEqual([]);
    // The model is sure (above LEARNED_ONE_SIGN_PROBABILITY): one named sign is enough.
    const sure = scored(0.3, { signs: 1 });
    applyLearnedLayer(sure, model, TEXT, TEXT, identity);
    expect(sure.scores.scam).toBeGreaterThan(LEARNED_ONE_SIGN_PROBABILITY);
    // A model that gives 0.85: enough with two named signs, not with one.
    const buckets = [...ngramBuckets(TEXT, BUCKETS).keys()];
    const fairlySure = decodeLearnedModel({
      format: 1,
      buckets: BUCKETS,
      trainedOn: 'test',
      harms: {
        scam: {
          bias: 0,
          scale: Math.log(0.85 / 0.15) / Math.sqrt(buckets.length),
          weights: encodeSparseWeights(buckets.map((bucket): [number, number] => [bucket, 1])),
        },
      },
    });
    const one = scored(0.3, { signs: 1 });
    applyLearnedLayer(one, fairlySure, TEXT, TEXT, identity);
    expect(one.scores.scam).toBe(0.3);
    expect(one.contributions.scam).toHaveLength(1);
    const two = scored(0.3, { signs: 2 });
    applyLearnedLayer(two, fairlySure, TEXT, TEXT, identity);
    expect(two.scores.scam).toBeCloseTo(0.85, 2);
  });

  it('never acts inside a warning or a news report', () => {
    const result = scored(0.3, { awareness: true });
    applyLearnedLayer(result, model, TEXT, TEXT, identity);
    expect(result.scores.scam).toBe(0.3);
  });

  it('never lowers a score', () => {
    const result = scored(0.3);
    applyLearnedLayer(result, model, 'ខ្ញុំទៅផ្សារ', 'ខ្ញុំទៅផ្សារ', identity);
    expect(result.scores.scam).toBe(0.3);
    expect(result.contributions.scam).toHaveLength(2);
  });

  it('shows an n-gram as the whole words it touches in scripts with spaces, as itself in scripts without', () => {
    const text = 'hey cutie how old r u? send a pic';
    const show = (start: number, end: number) => {
      const span = widenToWords(text, { start, end });
      return text.slice(span.start, span.end);
    };
    expect(show(5, 8)).toBe('cutie');
    expect(show(11, 16)).toBe('how old');
    expect(show(3, 5)).toBe('cutie');
    const thai = 'ส่งรูปมาให้ดูหน่อย';
    const span = widenToWords(thai, { start: 3, end: 6 });
    expect(thai.slice(span.start, span.end)).toBe('รูป');
  });

  it('reads a text as a warning by its awareness model only when a harm would be reported and no marker already did', () => {
    const WARNING = 'if someone offers you this, report it';
    const entries = [...ngramBuckets(WARNING, BUCKETS).keys()].map((bucket): [number, number] => [bucket, 127]);
    const aware = decodeLearnedModel({
      format: 1,
      buckets: BUCKETS,
      trainedOn: 'test',
      harms: {},
      awareness: { bias: -3, scale: 0.1, weights: encodeSparseWeights(entries), threshold: 0.9 },
    });
    expect(learnedReadsAsWarning(scored(0.8), aware, WARNING)).toBe(true);
    // Nothing would be reported: the model is not asked.
    expect(learnedReadsAsWarning(scored(0.4), aware, WARNING)).toBe(false);
    // Markers already made it a warning.
    expect(learnedReadsAsWarning(scored(0.8, { awareness: true }), aware, WARNING)).toBe(false);
    // The wording is not a warning's.
    expect(learnedReadsAsWarning(scored(0.8), aware, 'ខ្ញុំទៅផ្សារ')).toBe(false);
    // A model without an awareness part never reads a warning.
    expect(learnedReadsAsWarning(scored(0.8), model, WARNING)).toBe(false);
  });
});
