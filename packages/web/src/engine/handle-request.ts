/**
 * What the detection worker does with one request: compile the engine once (lazily, on the first
 * request), analyse a text, or import and analyse a chat export. Kept apart from the worker's
 * message plumbing so it can be tested in Node.
 */
import { createDetector, DetectError, type Detector } from '@raksa/detect';
import type { AnalyzeChat } from './analyze-chat.ts';
import type { ChatProgress, WorkerRequest, WorkerResponse } from './protocol.ts';

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
  /**
   * Answers one request. A chat check may send progress first, through `emit`, before the answer
   * this returns (the answer is always last).
   */
  handle(request: WorkerRequest, emit?: (response: WorkerResponse) => void): Promise<WorkerResponse>;
}

/** The typed errors of the engine and of the chat importers carry a `code`; anything else is an engine failure. */
function errorCode(error: unknown): string {
  if (error instanceof DetectError) return error.code;
  if (error instanceof Error && error.name === 'ChatImportError' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return 'engine_failed';
}

/**
 * The chat importers and the conversation analyser load only when a chat is first checked, so
 * the worker that checks a message (the first load) does not carry them.
 */
const loadChatAnalysis = (): Promise<AnalyzeChat> => import('./analyze-chat.ts').then((module) => module.analyzeChat);

export function createRequestHandler(
  now: () => number = () => performance.now(),
  loadChat: () => Promise<AnalyzeChat> = loadChatAnalysis,
): RequestHandler {
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
    async handle(request, emit = () => undefined) {
      try {
        const engine = ensureDetector();
        if (request.kind === 'warm-up') return { id: request.id, ok: true, kind: 'ready', compileMs };
        if (request.kind === 'analyze-chat') {
          const onProgress = (progress: ChatProgress): void =>
            emit({ id: request.id, ok: true, kind: 'chat-progress', progress });
          const analyzeChat = await loadChat();
          const report = analyzeChat(request.file, request.options, { detector: engine, now, onProgress });
          return { id: request.id, ok: true, kind: 'chat-report', report };
        }
        const started = now();
        const options = request.options;
        const analysis = engine.analyzeText(request.text, {
          adviceLanguage: options.adviceLanguage,
          ...(options.country === undefined ? {} : { country: options.country }),
        });
        return { id: request.id, ok: true, kind: 'analysis', analysis, analyzeMs: now() - started };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { id: request.id, ok: false, error: { code: errorCode(error), message } };
      }
    },
  };
}
