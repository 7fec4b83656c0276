import { describe, expect, it } from 'vitest';
import { DetectError } from '../errors.ts';
import {
  decodeLearnedModel,
  encodeSparseWeights,
  learnedAwareness,
  learnedHarms,
  learnedProbability,
  type LearnedModelData,
} from './learned-model.ts';
import { ngramBuckets } from './ngram-buckets.ts';

const BUCKETS = 1 << 16;

/** A model whose scam weights are +level on the buckets of `words`' n-grams. */
function modelFor(words: string, level: number, bias = -3): LearnedModelData {
  const entries = [...ngramBuckets(words, BUCKETS).keys()].map((bucket): [number, number] => [bucket, level]);
  return {
    format: 1,
    buckets: BUCKETS,
    trainedOn: 'test',
    harms: { scam: { bias, scale: 0.1, weights: encodeSparseWeights(entries) } },
  };
}

describe('the learned model', () => {
  it('decodes the sparse weights it encodes, gaps over 127 and negative levels included', () => {
    const entries: [number, number][] = [
      [3, 10],
      [200, -127],
      [65_535, 127],
      [40_000, -1],
    ];
    const model = decodeLearnedModel({
      format: 1,
      buckets: BUCKETS,
      trainedOn: 'x',
      harms: { grooming: { bias: 0.5, scale: 0.5, weights: encodeSparseWeights(entries) } },
    });
    const grooming = model.harms[3];
    expect(grooming?.bias).toBe(0.5);
    expect(grooming?.weights[3]).toBe(5);
    expect(grooming?.weights[200]).toBe(-63.5);
    expect(grooming?.weights[65_535]).toBe(63.5);
    expect(grooming?.weights[40_000]).toBe(-0.5);
    expect(grooming?.weights[4]).toBe(0);
    expect(model.harms[0]).toBeUndefined();
  });

  it('refuses an unknown format or a bucket out of range with a typed error', () => {
    expect(() => decodeLearnedModel({ format: 2, buckets: BUCKETS, trainedOn: '', harms: {} } as never)).toThrow(
      DetectError,
    );
    const tooFar = encodeSparseWeights([[70_000, 1]]);
    expect(() =>
      decodeLearnedModel({
        format: 1,
        buckets: BUCKETS,
        trainedOn: '',
        harms: { scam: { bias: 0, scale: 1, weights: tooFar } },
      }),
    ).toThrow(/out of range/u);
  });

  it('gives a high probability to wording it learned and a low one to other wording, with the places that weighed most', () => {
    const model = decodeLearnedModel(modelFor('claim your prize', 127));
    const found = learnedHarms(model, 'please claim your prize today', ['scam', 'grooming']);
    expect(found.scam?.probability).toBeGreaterThan(0.9);
    expect(found.grooming).toBeUndefined();
    const strongest = found.scam?.strongest ?? [];
    expect(strongest.length).toBeGreaterThan(0);
    for (const { start, end } of strongest)
      expect('please claim your prize today'.slice(start, end)).toMatch(/^[a-z ]+$/u);
    expect(learnedHarms(model, 'ខ្ញុំទៅផ្សារ', ['scam']).scam?.probability).toBeLessThan(0.1);
  });

  it('reads a warning with its awareness model, and has no opinion when the model has none', () => {
    const words = 'if someone offers you this, report it';
    const entries = [...ngramBuckets(words, BUCKETS).keys()].map((bucket): [number, number] => [bucket, 127]);
    const data: LearnedModelData = {
      ...modelFor('claim your prize', 127),
      awareness: { bias: -3, scale: 0.1, weights: encodeSparseWeights(entries), threshold: 0.9 },
    };
    const model = decodeLearnedModel(data);
    expect(model.awareness?.threshold).toBe(0.9);
    expect(learnedAwareness(model, 'if someone offers you this, report it to the police')).toBeGreaterThan(0.9);
    expect(learnedAwareness(model, 'ខ្ញុំទៅផ្សារ')).toBeLessThan(0.1);
    expect(learnedAwareness(decodeLearnedModel(modelFor('claim your prize', 127)), 'report it')).toBeUndefined();
  });

  it('gives the same probability for one harm without the places as with them', () => {
    const model = decodeLearnedModel(modelFor('claim your prize', 127));
    for (const text of ['please claim your prize today', 'ខ្ញុំទៅផ្សារ', 'claim', 'x']) {
      expect(learnedProbability(model, text, 'scam')).toBe(learnedHarms(model, text, ['scam']).scam?.probability);
    }
    expect(learnedProbability(model, 'claim your prize', 'grooming')).toBeUndefined();
  });

  it('refuses an awareness threshold that is not a probability', () => {
    const awareness = { bias: 0, scale: 1, weights: encodeSparseWeights([[1, 1]]) };
    for (const threshold of [0, 1, 1.5, Number.NaN]) {
      expect(() => decodeLearnedModel({ ...modelFor('x', 1), awareness: { ...awareness, threshold } })).toThrow(
        /awareness threshold/u,
      );
    }
  });
});
