/**
 * What the detection worker does with one request: compile the engine once (lazily, on the first
 * request) and analyse. Kept apart from the worker's message plumbing so it can be tested in Node.
 */
import { createDetector, DetectError, type Detector } from '@raksa/detect';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/**
 * Analysed a few times while warming up (after the page is interactive), so the reader's first
 * check does not pay for the JavaScript engine's first, slow runs of every code path.
 * Fictional: made-up number, handle and site.
 */
const WARM_UP_TEXT =
  'Hiring now: easy job in Bangkok, salary $1,200 per month, free visa. Call +855 12 345 678 or Telegram @warm_up_example, see https://example.com/jobs. ' +
  'ត្រូវការបុគ្គលិកបន្ទាន់ ប្រាក់ខែ ៥០០ ដុល្លារ។ 高薪招聘 包吃包住。';
const WARM_UP_RUNS = 3;

export interface RequestHandler {
  handle(request: WorkerRequest): WorkerResponse;
}

export function createRequestHandler(now: () => number = () => performance.now()): RequestHandler {
  let detector: Detector | undefined;
  let compileMs = 0;
  const ensureDetector = (): Detector => {
    if (detector === undefined) {
      const started = now();
      detector = createDetector();
      for (let run = 0; run < WARM_UP_RUNS; run++) detector.analyzeText(WARM_UP_TEXT);
      compileMs = now() - started;
    }
    return detector;
  };
  return {
    handle(request) {
      try {
        const engine = ensureDetector();
        if (request.kind === 'warm-up') return { id: request.id, ok: true, kind: 'ready', compileMs };
        const started = now();
        const options = request.options;
        const analysis = engine.analyzeText(request.text, {
          adviceLanguage: options.adviceLanguage,
          ...(options.country === undefined ? {} : { country: options.country }),
        });
        return { id: request.id, ok: true, kind: 'analysis', analysis, analyzeMs: now() - started };
      } catch (error) {
        const code = error instanceof DetectError ? error.code : 'engine_failed';
        const message = error instanceof Error ? error.message : String(error);
        return { id: request.id, ok: false, error: { code, message } };
      }
    },
  };
}
