/**
 * The engine as Node runs it: the whole built-in catalogue, compiled once on first use. The tests
 * of the worker's request handling use it, and it is the reference the built worker (which loads
 * the catalogue in parts) is compared with. The worker itself never imports this module.
 */
import { createDetector, PHRASE_PACKS, type Detector } from '@raksa/detect';
import type { EngineProvider } from './engine-provider.ts';

export function createWholeCatalogProvider(): EngineProvider {
  let detector: Detector | undefined;
  return {
    detectorFor() {
      detector ??= createDetector();
      return Promise.resolve(detector);
    },
    loaded() {
      return {
        phrasePacks: detector === undefined ? [] : [...PHRASE_PACKS],
        languages: detector === undefined ? [] : ['en', 'km'],
        compilations: detector === undefined ? 0 : 1,
        learnedModel: detector?.learned !== undefined,
      };
    },
  };
}
