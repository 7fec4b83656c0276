/**
 * The learned layer's model: per harm, a logistic regression over hashed character n-grams of the
 * normalised text (see ngram-buckets.ts), trained by `packages/detect/scripts/train-learned-layer.ts`
 * on the development corpus only. Weights are kept sparse (the strongest buckets of each harm) and
 * quantised to 8 bits; `decodeLearnedModel` turns the compact form (model-data.ts) into arrays.
 * Beside the harms, an optional `awareness` model of the same kind tells a warning or a news report
 * from the lure or plea it quotes (see apply-learned-layer.ts).
 */
import { DetectError } from '../errors.ts';
import { HARMS, type Harm } from '../types.ts';
import { createNgramHasher, type BucketPlace, type NgramHasher } from './ngram-buckets.ts';

/** The compact, serialisable form written by the training script. */
export interface LearnedModelData {
  format: 1;
  /** Number of hash buckets (a power of two). */
  buckets: number;
  /** SHA-256 (hex) of the training data and settings, so that a stale model is noticed. */
  trainedOn: string;
  harms: Partial<Record<Harm, LearnedWeightsData>>;
  /** Warning or news report (positive) against lure or plea (negative), with its decision probability. */
  awareness?: LearnedWeightsData & { threshold: number };
}

/** One logistic model in compact form: bias, quantisation scale and sparse weights (see encodeSparseWeights). */
export interface LearnedWeightsData {
  bias: number;
  scale: number;
  weights: string;
}

/** One logistic model, decoded: the bias and a dense weight per bucket. */
export interface LearnedWeights {
  bias: number;
  weights: Float32Array;
}

export interface LearnedModel {
  buckets: number;
  trainedOn: string;
  /** The hasher analyses share (its buffers are reused; analysis is synchronous). */
  hasher: NgramHasher;
  /** Per harm (in HARMS order, absent harms undefined). */
  harms: (LearnedWeights | undefined)[];
  /** The warning-or-news model and the probability from which a text reads as one. */
  awareness: (LearnedWeights & { threshold: number }) | undefined;
}

/** What the model says of one harm: its probability and the buckets that raised it most. */
export interface LearnedHarm {
  probability: number;
  /** Places (in the normalised text) of the n-grams that added most, strongest first. */
  strongest: BucketPlace[];
}

const STRONGEST_PLACES = 6;

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sparse weights as bytes: for each kept bucket in increasing order, the gap from the previous
 * bucket as an unsigned LEB128 varint, then the weight as a signed byte (times `scale`).
 */
export function encodeSparseWeights(entries: readonly (readonly [bucket: number, level: number])[]): string {
  const bytes: number[] = [];
  let previous = -1;
  for (const [bucket, level] of [...entries].sort((a, b) => a[0] - b[0])) {
    let gap = bucket - previous;
    previous = bucket;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
    bytes.push(level & 0xff);
  }
  return bytesToBase64(Uint8Array.from(bytes));
}

function decodeSparseWeights(text: string, scale: number, buckets: number): Float32Array {
  const bytes = base64ToBytes(text);
  const weights = new Float32Array(buckets);
  let bucket = -1;
  let i = 0;
  while (i < bytes.length) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++] ?? 0;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80 && i < bytes.length);
    bucket += gap;
    const level = ((bytes[i++] ?? 0) << 24) >> 24;
    if (bucket < 0 || bucket >= buckets) throw new DetectError('invalid_model', `bucket ${bucket} out of range`);
    weights[bucket] = level * scale;
  }
  return weights;
}

export function decodeLearnedModel(data: LearnedModelData): LearnedModel {
  if (data.format !== 1 || !Number.isInteger(Math.log2(data.buckets))) {
    throw new DetectError('invalid_model', 'unknown learned-model format');
  }
  const decode = (entry: LearnedWeightsData): LearnedWeights => ({
    bias: entry.bias,
    weights: decodeSparseWeights(entry.weights, entry.scale, data.buckets),
  });
  const { awareness } = data;
  if (awareness !== undefined && !(awareness.threshold > 0 && awareness.threshold < 1)) {
    throw new DetectError('invalid_model', `awareness threshold ${String(awareness.threshold)} is not a probability`);
  }
  return {
    buckets: data.buckets,
    trainedOn: data.trainedOn,
    hasher: createNgramHasher(data.buckets),
    harms: HARMS.map((harm) => {
      const entry = data.harms[harm];
      return entry === undefined ? undefined : decode(entry);
    }),
    awareness: awareness === undefined ? undefined : { ...decode(awareness), threshold: awareness.threshold },
  };
}

/**
 * The awareness model's probability that `normalized` is a warning or a news report (undefined
 * when the model has none). Features as in training: binary, scaled to unit length.
 */
export function learnedAwareness(model: LearnedModel, normalized: string): number | undefined {
  const { awareness } = model;
  if (awareness === undefined) return undefined;
  const found = model.hasher.hash(normalized);
  const unit = 1 / Math.sqrt(found.count);
  let z = awareness.bias;
  for (let i = 0; i < found.count; i++) z += (awareness.weights[found.buckets[i] ?? 0] ?? 0) * unit;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's probability for one harm over `normalized` (undefined when the model has none for
 * it): `learnedHarms` without the places, for a caller that only compares it with a threshold.
 */
export function learnedProbability(model: LearnedModel, normalized: string, harm: Harm): number | undefined {
  const entry = model.harms[HARMS.indexOf(harm)];
  if (entry === undefined) return undefined;
  const found = model.hasher.hash(normalized);
  const { weights } = entry;
  const unit = 1 / Math.sqrt(found.count);
  // Summed in the same order and form as learnedHarms, so both give the same number.
  let z = entry.bias;
  for (let i = 0; i < found.count; i++) z += (weights[found.buckets[i] ?? 0] ?? 0) * unit;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's probability for each harm asked for, over `normalized` (the normaliser's text).
 * Features are binary and scaled to unit length, as in training.
 */
export function learnedHarms(
  model: LearnedModel,
  normalized: string,
  wanted: readonly Harm[],
): Partial<Record<Harm, LearnedHarm>> {
  const found = model.hasher.hash(normalized);
  const unit = 1 / Math.sqrt(found.count);
  const result: Partial<Record<Harm, LearnedHarm>> = {};
  for (const harm of wanted) {
    const entry = model.harms[HARMS.indexOf(harm)];
    if (entry === undefined) continue;
    const { weights } = entry;
    let z = entry.bias;
    // The strongest raising buckets so far (indices into `found`), kept sorted, at most STRONGEST_PLACES.
    const strongest: number[] = [];
    for (let i = 0; i < found.count; i++) {
      const weight = weights[found.buckets[i] ?? 0] ?? 0;
      if (weight === 0) continue;
      z += weight * unit;
      if (weight <= 0) continue;
      const weakest = strongest[strongest.length - 1];
      if (
        strongest.length === STRONGEST_PLACES &&
        weakest !== undefined &&
        weight <= (weights[found.buckets[weakest] ?? 0] ?? 0)
      ) {
        continue;
      }
      let at = strongest.length;
      while (at > 0 && weight > (weights[found.buckets[strongest[at - 1] ?? 0] ?? 0] ?? 0)) at--;
      strongest.splice(at, 0, i);
      if (strongest.length > STRONGEST_PLACES) strongest.pop();
    }
    result[harm] = {
      probability: 1 / (1 + Math.exp(-z)),
      strongest: strongest.map((i) => ({ start: found.starts[i] ?? 0, end: found.ends[i] ?? 0 })),
    };
  }
  return result;
}
