import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText, createDetector } from '../analyze-text.ts';
import { LEARNED_MODEL_DATA } from './model-data.ts';
import { decodeLearnedModel, encodeSparseWeights } from './learned-model.ts';
import { ngramBuckets } from './ngram-buckets.ts';

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'dev');
const withoutModel = createDetector({ learned: null });

describe('the learned layer in an analysis', () => {
  it('strengthens weak named evidence into a finding, and shows the words that weighed most', () => {
    const text = 'hey cutie how old r u? u look mature, send me a pic of u';
    expect(withoutModel.analyzeText(text).harms).toEqual([]);
    const grooming = analyzeText(text).harms.find((harm) => harm.type === 'grooming');
    expect(grooming?.score).toBeGreaterThanOrEqual(0.5);
    const learned = grooming?.indicators.find((indicator) => indicator.id === 'learned.grooming');
    expect(learned?.label).toMatch(/Wording like known messages/u);
    expect(learned?.evidence.length).toBeGreaterThan(0);
    for (const { start, end, text: words } of learned?.evidence ?? []) expect(text.slice(start, end)).toBe(words);
    // Named indicators are there too: the model never stands alone.
    expect(grooming?.indicators.some((indicator) => !indicator.id.startsWith('learned.'))).toBe(true);
  });

  it('never reports a harm without a named indicator or rule, on any development text or sentence', () => {
    let raised = 0;
    for (const file of readdirSync(corpusDir)) {
      for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { text } = JSON.parse(line) as { text: string };
        for (const piece of [text, ...text.split(/[.!?。\n]/u)]) {
          for (const harm of analyzeText(piece, { includeAdvice: false }).harms) {
            const named = harm.indicators.filter((indicator) => !indicator.id.startsWith('learned.'));
            expect(named.length, `${harm.type} in ${piece}`).toBeGreaterThan(0);
            if (named.length < harm.indicators.length) raised++;
          }
        }
      }
    }
    expect(raised).toBeGreaterThan(0);
  });

  it('is left out of warnings and news: their scores are the named evidence’s alone', () => {
    const warning =
      'SCAM ALERT: fake job ads promise an easy typing job, $1500 a month, free visa and flight. Do not go: report them to the police.';
    const analysis = analyzeText(warning);
    expect(analysis.warnings.map((item) => item.code)).toContain('awareness_context');
    expect(Math.max(...Object.values(analysis.scores))).toBeGreaterThan(0.1);
    expect(analysis.scores).toEqual(withoutModel.analyzeText(warning).scores);
  });

  it('gives the same analysis after learnedLayerWanted as without asking, with or without a model, for that text or another', () => {
    const withModel = createDetector();
    const weak = 'hey cutie how old r u? u look mature, send me a pic of u';
    const other = 'Dinner at seven, bring the kids.';
    for (const detector of [withoutModel, withModel]) {
      const alone = detector.analyzeText(weak);
      expect(detector.learnedLayerWanted(weak)).toBe(true);
      expect(detector.analyzeText(weak)).toEqual(alone);
      // A second analysis of the same text does not reuse what the question computed.
      expect(detector.analyzeText(weak)).toEqual(alone);
      expect(detector.learnedLayerWanted(weak)).toBe(true);
      expect(detector.analyzeText(other)).toEqual(createDetector({ learned: null }).analyzeText(other));
      // The question and the analysis see the same capped text.
      expect(detector.learnedLayerWanted(weak, { maxChars: 4 })).toBe(false);
      expect(detector.analyzeText(weak)).toEqual(alone);
    }
  });

  it('scores a text its awareness model reads as a warning as one, unless it gives a chat contact', () => {
    // An awareness model sure of one wording, beside the built-in harm models.
    const WORDING = 'our school held a talk today';
    const entries = [...ngramBuckets(WORDING, LEARNED_MODEL_DATA.buckets).keys()].map((bucket): [number, number] => [
      bucket,
      127,
    ]);
    const { format, buckets, trainedOn, harms } = LEARNED_MODEL_DATA;
    const detector = withoutModel.withLearned(
      decodeLearnedModel({
        format,
        buckets,
        trainedOn,
        harms,
        awareness: { bias: -3, scale: 0.1, weights: encodeSparseWeights(entries), threshold: 0.6 },
      }),
    );
    const talk = `${WORDING}: some adults online say "you are so mature, send me a photo, don't tell your mom".`;
    expect(withoutModel.analyzeText(talk).harms.map((harm) => harm.type)).toContain('grooming');
    const read = detector.analyzeText(talk);
    expect(read.harms).toEqual([]);
    expect(read.warnings.find((warning) => warning.code === 'awareness_context')?.message).toMatch(
      /statistical model/u,
    );
    expect(detector.learnedLayerWanted(talk)).toBe(true);
    // The same words with a Telegram handle to write to are a lure that borrows a warning's opening.
    const lure = `${talk} Message me on Telegram @mika_dmy88`;
    expect(detector.analyzeText(lure).harms.map((harm) => harm.type)).toContain('grooming');
  });
});
