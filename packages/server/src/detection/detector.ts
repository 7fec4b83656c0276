import { createDetector, type Detector } from '@raksa/detect';

let shared: Detector | undefined;

/** The process's one detector: compiling the catalogue is costly, so it is built once, on first use. */
export function sharedDetector(): Detector {
  shared ??= createDetector();
  return shared;
}
