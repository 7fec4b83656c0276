/**
 * The learned layer's settings: 2^16 hash buckets, at most 200 L-BFGS steps and the 10,000
 * strongest weights of each harm kept, fixed before it was measured on any held-out text (they
 * follow the experiment of docs/decisions/0002); L2 1e-5 (was 1e-4) chosen on the development
 * corpus alone, by the trainer's out-of-fold figures (`--folds 5`, docs/decisions/0004).
 */
export const LEARNED_SETTINGS = {
  buckets: 1 << 16,
  l2: 1e-5,
  iterations: 200,
  keepPerHarm: 10_000,
  /**
   * The awareness model: development texts of these groups (warnings and news reports) against
   * the labelled ones (lures and pleas); a text reads as a warning from this probability, chosen
   * on the development corpus by `--folds 5 --awareness` (docs/decisions/0004).
   */
  awarenessGroups: ['warning', 'news'],
  awarenessThreshold: 0.6,
} as const;

/** A digest of the training texts and settings, written into the model (to notice a stale model). */
export function learnedTrainingDigest(
  corpusFiles: readonly string[],
  createHash: (algorithm: 'sha256') => { update(data: string): unknown; digest(encoding: 'hex'): string },
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(LEARNED_SETTINGS));
  for (const content of corpusFiles) hash.update(content);
  return hash.digest('hex');
}
