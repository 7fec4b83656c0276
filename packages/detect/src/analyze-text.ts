import { createDetectorFor, type Detector } from './detector.ts';
import { CATALOG } from './indicators/catalog/index.ts';
import type { Indicator } from './indicators/schema.ts';
import { decodeLearnedModel, type LearnedModel } from './learned/learned-model.ts';
import { LEARNED_MODEL_DATA } from './learned/model-data.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

export type { Detector } from './detector.ts';

let builtInModel: LearnedModel | undefined;

/** The built-in learned layer (trained on the development corpus), decoded once. */
export function builtInLearnedModel(): LearnedModel {
  builtInModel ??= decodeLearnedModel(LEARNED_MODEL_DATA);
  return builtInModel;
}

/**
 * Creates a detector over a catalogue (the reviewed built-in one by default), compiled once, with
 * the built-in learned layer unless `learned` is `null`.
 */
export function createDetector({
  indicators = CATALOG,
  learned,
}: { indicators?: readonly Indicator[]; learned?: LearnedModel | null } = {}): Detector {
  return createDetectorFor(indicators, { learned: learned === null ? undefined : (learned ?? builtInLearnedModel()) });
}

let defaultDetector: Detector | undefined;

/**
 * Analyses one text: which harms it shows, how sure, which words made the engine think so
 * (UTF-16 offsets into `text`), the entities it contains and what the reader should do.
 * Never throws on any text; throws `DetectError` only for invalid options.
 *
 * @example analyzeText('Easy job in Sihanoukville, $1500/month, free visa and flight').risk
 */
export function analyzeText(text: string, options?: AnalyzeOptions): Analysis {
  defaultDetector ??= createDetector();
  return defaultDetector.analyzeText(text, options);
}
