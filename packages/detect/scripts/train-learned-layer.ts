/**
 * Trains the learned layer on the development corpus and writes src/learned/model-data.ts.
 *
 *   npx tsx packages/detect/scripts/train-learned-layer.ts            # train and write the model
 *   npx tsx packages/detect/scripts/train-learned-layer.ts --folds 5  # out-of-fold figures only (the model
 *     alone, and the engine without and with a layer that did not see the row)
 *   npx tsx packages/detect/scripts/train-learned-layer.ts --folds 5 --awareness  # out-of-fold figures of
 *     the awareness model alone (the built-in harm models beside it), at several thresholds
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
  type LearnedWeightsData,
} from '../src/learned/learned-model.ts';
import { LEARNED_MODEL_DATA } from '../src/learned/model-data.ts';
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
  group: string;
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
      const row = JSON.parse(line) as { text: string; labels?: Harm[]; kind?: string };
      const normalized = normalizeText(row.text).text;
      const found = hasher.hash(normalized);
      return {
        text: row.text,
        normalized,
        features: Uint32Array.from(found.buckets.subarray(0, found.count)),
        labels: new Set(row.labels ?? []),
        group: row.kind ?? '',
      };
    }),
);

/** One logistic model over `sparse`, its strongest weights kept, in the model file's form. */
function trainWeights(sparse: readonly SparseRow[]): LearnedWeightsData & { kept: number } {
  const { bias, weights } = trainLogistic(sparse, {
    dimensions: LEARNED_SETTINGS.buckets,
    l2: LEARNED_SETTINGS.l2,
    iterations: LEARNED_SETTINGS.iterations,
  });
  const { scale, entries } = quantizeStrongest(weights, LEARNED_SETTINGS.keepPerHarm);
  return { bias: Math.round(bias * 1e6) / 1e6, scale, weights: encodeSparseWeights(entries), kept: entries.length };
}

const AWARENESS_GROUPS: ReadonlySet<string> = new Set(LEARNED_SETTINGS.awarenessGroups);

/** Warnings and news reports against lures and pleas; the other texts (everyday chat, real jobs) are left out. */
function trainAwareness(train: readonly Row[]): LearnedWeightsData & { threshold: number; kept: number } {
  const sparse: SparseRow[] = train
    .filter((row) => AWARENESS_GROUPS.has(row.group) || row.labels.size > 0)
    .map((row) => ({ features: row.features, positive: AWARENESS_GROUPS.has(row.group) && row.labels.size === 0 }));
  return { ...trainWeights(sparse), threshold: LEARNED_SETTINGS.awarenessThreshold };
}

const withoutCount = <T extends { kept: number }>({ kept: _kept, ...rest }: T): Omit<T, 'kept'> => rest;

/** One logistic model per harm over `train` and the awareness model, in the model file's form. */
function trainModel(train: readonly Row[], trainedOn: string, log: boolean): LearnedModelData {
  const model: LearnedModelData = { format: 1, buckets: LEARNED_SETTINGS.buckets, trainedOn, harms: {} };
  for (const harm of HARMS) {
    const trained = trainWeights(train.map((row) => ({ features: row.features, positive: row.labels.has(harm) })));
    model.harms[harm] = withoutCount(trained);
    if (log) process.stderr.write(`${harm}: ${trained.kept} weights kept\n`);
  }
  const awareness = trainAwareness(train);
  model.awareness = withoutCount(awareness);
  if (log) process.stderr.write(`awareness: ${awareness.kept} weights kept\n`);
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

/** Negatives flagged per development group (`kind`): "group before/after/size". */
function flaggedByGroup(
  before: readonly { row: Row; reported: readonly Harm[] }[],
  after: readonly { row: Row; reported: readonly Harm[] }[],
): string {
  const negatives = (list: readonly { row: Row; reported: readonly Harm[] }[], group: string) =>
    list.filter(({ row }) => row.labels.size === 0 && row.group === group);
  return [...new Set(before.map(({ row }) => row.group))]
    .filter((group) => negatives(before, group).length > 0)
    .sort()
    .map((group) => {
      const flagged = (list: readonly { row: Row; reported: readonly Harm[] }[]) =>
        negatives(list, group).filter(({ reported }) => reported.length > 0).length;
      return `${group} ${flagged(before)}/${flagged(after)}/${negatives(before, group).length}`;
    })
    .join(', ');
}

const foldsArgument = process.argv.indexOf('--folds');
if (foldsArgument !== -1 && process.argv.includes('--awareness')) {
  // Out-of-fold awareness model beside the built-in harm models: what each threshold costs in
  // lures and pleas read as warnings, and how many warnings and news reports it still flags.
  const folds = Number(process.argv[foldsArgument + 1] ?? 5);
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];
  const { format, buckets, trainedOn, harms } = LEARNED_MODEL_DATA;
  const harmModels: LearnedModelData = { format, buckets, trainedOn, harms };
  const plain = createDetector({ learned: null }).withLearned(decodeLearnedModel(harmModels));
  const outcomes = thresholds.map(() => [] as { row: Row; reported: Harm[] }[]);
  const without: { row: Row; reported: Harm[] }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const awareness = trainAwareness(rows.filter((_, i) => i % folds !== fold));
    const engines = thresholds.map((threshold) =>
      plain.withLearned(decodeLearnedModel({ ...harmModels, awareness: { ...withoutCount(awareness), threshold } })),
    );
    rows.forEach((row, i) => {
      if (i % folds !== fold) return;
      without.push({ row, reported: plain.analyzeText(row.text, { includeAdvice: false }).harms.map((h) => h.type) });
      engines.forEach((engine, t) =>
        outcomes[t]?.push({
          row,
          reported: engine.analyzeText(row.text, { includeAdvice: false }).harms.map((h) => h.type),
        }),
      );
    });
    process.stderr.write(`fold ${fold + 1} of ${folds}\n`);
  }
  const flaggedIn = (list: readonly { row: Row; reported: Harm[] }[], group: string): string => {
    const inGroup = list.filter(({ row }) => row.group === group);
    return `${inGroup.filter(({ reported }) => reported.length > 0).length}/${inGroup.length}`;
  };
  const line = (name: string, list: readonly { row: Row; reported: Harm[] }[]): string =>
    `${name}: ${figures(tally(list))}; warnings flagged ${flaggedIn(list, 'warning')}, news ${flaggedIn(list, 'news')}\n`;
  process.stdout.write(line('without the awareness model', without));
  thresholds.forEach((threshold, t) => process.stdout.write(line(`awareness at ${threshold}`, outcomes[t] ?? [])));
} else if (foldsArgument !== -1) {
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
  process.stdout.write(
    `negatives flagged by group (without the layer / with it / group size): ${flaggedByGroup(withoutLayer, withLayer)}\n`,
  );
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
