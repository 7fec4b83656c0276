import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HARMS } from '../types.ts';
import { LEARNED_SETTINGS, learnedTrainingDigest } from './learned-settings.ts';
import { decodeLearnedModel } from './learned-model.ts';
import { LEARNED_MODEL_DATA } from './model-data.ts';

const devDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'dev');

describe('the built-in learned model', () => {
  it('was trained on the development corpus as it is now, with the current settings (else: retrain)', () => {
    const files = readdirSync(devDir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => readFileSync(join(devDir, name), 'utf8'));
    expect(
      LEARNED_MODEL_DATA.trainedOn,
      'run `npx tsx packages/detect/scripts/train-learned-layer.ts` after changing the development corpus',
    ).toBe(learnedTrainingDigest(files, createHash));
  });

  it('covers every harm, within the settings’ size', () => {
    const model = decodeLearnedModel(LEARNED_MODEL_DATA);
    expect(model.buckets).toBe(LEARNED_SETTINGS.buckets);
    for (const [index, harm] of HARMS.entries()) {
      const weights = model.harms[index]?.weights;
      expect(weights, harm).toBeDefined();
      const kept = weights?.filter((weight) => weight !== 0).length ?? 0;
      expect(kept, harm).toBeGreaterThan(1000);
      expect(kept, harm).toBeLessThanOrEqual(LEARNED_SETTINGS.keepPerHarm);
    }
  });
});
