/**
 * Trains the learned layer on the development corpus and writes src/learned/model-data.ts.
 *
 *   npx tsx packages/detect/scripts/train-learned-layer.ts            # train and write the model
 *   npx tsx packages/detect/scripts/train-learned-layer.ts --folds 5  # out-of-fold figures only (the model
 *     alone, and the engine without and with a layer that did not see the row)
 *
 * Only the development corpus (written for the project, Apache-2.0) is read: never the held-out
 * corpora, and never the public datasets (their licences are for evaluation).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../src/text/normalize.ts';
import { LEARNED_SETTINGS, learnedTrainingDigest } from '../src/learned/learned-settings.ts';
import { createDetector } from '../src/analyze-text.ts';
import {
  decodeLearnedModel,
  encodeSparseWeights,
  learnedHarms,
  type LearnedModelData,
} from '../src/learned/learned-model.ts';
import { createNgramHasher } from '../src/learned/ngram-buckets.ts';
import { quantizeStrongest, trainLogistic, type SparseRow } from '../src/learned/train-logistic.ts';
import { HARMS, type Harm } from '../src/types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, '..', 'corpus', 'dev');
const output = join(here, '..', 'src', 'learned', 'model-data.ts');

interface Row {
  text: string;
  normalized: string;
  features: Uint32Array;
  labels: Set<Harm>;
}

const files = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();
const hasher = createNgramHasher(LEARNED_SETTINGS.buckets);
const contents = files.map((name) => readFileSync(join(corpusDir, name), 'utf8'));
const rows: Row[] = contents.flatMap((content) =>
  content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { text: string; labels?: Harm[] };
      const normalized = normalizeText(row.text).text;
      const found = hasher.hash(normalized);
      return {
        text: row.text,
        normalized,
        features: Uint32Array.from(found.buckets.subarray(0, found.count)),
        labels: new Set(row.labels ?? []),
      };
    }),
);

/** One logistic model per harm over `train`, its strongest weights kept, in the model file's form. */
function trainModel(train: readonly Row[], trainedOn: string, log: boolean): LearnedModelData {
  const model: LearnedModelData = { format: 1, buckets: LEARNED_SETTINGS.buckets, trainedOn, harms: {} };
  for (const harm of HARMS) {
    const sparse: SparseRow[] = train.map((row) => ({ features: row.features, positive: row.labels.has(harm) }));
    const { bias, weights } = trainLogistic(sparse, {
      dimensions: LEARNED_SETTINGS.buckets,
      l2: LEARNED_SETTINGS.l2,
      iterations: LEARNED_SETTINGS.iterations,
    });
    const { scale, entries } = quantizeStrongest(weights, LEARNED_SETTINGS.keepPerHarm);
    model.harms[harm] = { bias: Math.round(bias * 1e6) / 1e6, scale, weights: encodeSparseWeights(entries) };
    if (log) process.stderr.write(`${harm}: ${entries.length} weights kept\n`);
  }
  return model;
}

interface Tally {
  positives: number;
  found: number;
  negatives: number;
  flagged: number;
}

function tally(outcomes: readonly { row: Row; reported: readonly Harm[] }[]): Tally {
  const result: Tally = { positives: 0, found: 0, negatives: 0, flagged: 0 };
  for (const { row, reported } of outcomes) {
    if (row.labels.size > 0) {
      result.positives++;
      if (reported.some((harm) => row.labels.has(harm))) result.found++;
    } else {
      result.negatives++;
      if (reported.length > 0) result.flagged++;
    }
  }
  return result;
}

const figures = ({ positives, found, negatives, flagged }: Tally): string =>
  `recall ${(found / positives).toFixed(3)}, false-positive rate ${(flagged / negatives).toFixed(3)}`;

const foldsArgument = process.argv.indexOf('--folds');
if (foldsArgument !== -1) {
  // Out-of-fold: each row is scored by a model trained without it, alone and inside the engine.
  const folds = Number(process.argv[foldsArgument + 1] ?? 5);
  const named = createDetector({ learned: null });
  const thresholds = [0.4, 0.5, 0.6, 0.7];
  const alone = thresholds.map(() => [] as { row: Row; reported: Harm[] }[]);
  const withoutLayer: { row: Row; reported: Harm[] }[] = [];
  const withLayer: { row: Row; reported: Harm[] }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = decodeLearnedModel(
      trainModel(
        rows.filter((_, i) => i % folds !== fold),
        'fold',
        false,
      ),
    );
    const engine = named.withLearned(model);
    rows.forEach((row, i) => {
      if (i % folds !== fold) return;
      const probabilities = learnedHarms(model, row.normalized, HARMS);
      thresholds.forEach((threshold, t) =>
        alone[t]?.push({
          row,
          reported: HARMS.filter((harm) => (probabilities[harm]?.probability ?? 0) >= threshold),
        }),
      );
      withoutLayer.push({
        row,
        reported: named.analyzeText(row.text, { includeAdvice: false }).harms.map((harm) => harm.type),
      });
      withLayer.push({
        row,
        reported: engine.analyzeText(row.text, { includeAdvice: false }).harms.map((harm) => harm.type),
      });
    });
    process.stderr.write(`fold ${fold + 1} of ${folds}\n`);
  }
  thresholds.forEach((threshold, t) =>
    process.stdout.write(`model alone, threshold ${threshold}: out-of-fold ${figures(tally(alone[t] ?? []))}\n`),
  );
  process.stdout.write(`engine without the layer: ${figures(tally(withoutLayer))}\n`);
  process.stdout.write(`engine with an out-of-fold layer: ${figures(tally(withLayer))} (${rows.length} rows)\n`);
} else {
  const model = trainModel(rows, learnedTrainingDigest(contents, createHash), true);
  writeFileSync(
    output,
    [
      '// Generated by packages/detect/scripts/train-learned-layer.ts from the development corpus: do not edit.',
      "import type { LearnedModelData } from './learned-model.ts';",
      '',
      `export const LEARNED_MODEL_DATA: LearnedModelData = ${JSON.stringify(model, null, 2)};`,
      '',
    ].join('\n'),
  );
  process.stderr.write(`wrote ${output}\n`);
}
