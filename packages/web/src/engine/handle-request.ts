/**
 * What the detection worker does with one request: compile the engine once (lazily, on the first
 * request), analyse a text, or import and analyse a chat export. Kept apart from the worker's
 * message plumbing so it can be tested in Node.
 */
import { DetectError, phrasePacksNeededBy, type PhrasePackName, type TextLanguage } from '@raksa/detect';
import type { AnalyzeChat } from './analyze-chat.ts';
import { EnginePartError, type EngineProvider } from './engine-provider.ts';
import type { ChatProgress, WorkerRequest, WorkerResponse } from './protocol.ts';

/**
 * Analysed a few times while warming up (after the page is interactive), so the reader's first
 * check does not pay for the JavaScript engine's first, slow runs of every code path.
 * Fictional: made-up number, handle and site.
 */
const WARM_UP_TEXT =
  'Hiring now: easy job in Bangkok, salary $1,200 per month, free visa. Call +855 12 345 678 or Telegram @warm_up_example, see https://example.com/jobs.';
const WARM_UP_TEXT_KHMER = 'ត្រូវការបុគ្គលិកបន្ទាន់ ប្រាក់ខែ ៥០០ ដុល្លារ។';
const WARM_UP_RUNS = 3;

/**
 * What the first visit loads with the worker, by interface language: the words for people in that
 * language and, for a Khmer reader, the Khmer phrases (most of what a Khmer reader checks is in
 * Khmer). Other scripts' phrases load with the first text that contains them.
 */
export function firstLoadNeeds(language: TextLanguage): { phrasePacks: PhrasePackName[]; language: TextLanguage } {
  return { phrasePacks: language === 'km' ? ['khmer'] : [], language };
}

export interface RequestHandler {
  /**
   * Answers one request. A chat check may send progress first, through `emit`, before the answer
   * this returns (the answer is always last).
   */
  handle(request: WorkerRequest, emit?: (response: WorkerResponse) => void): Promise<WorkerResponse>;
}

/** The typed errors of the engine and of the chat importers carry a `code`; anything else is an engine failure. */
function errorCode(error: unknown): string {
  if (error instanceof DetectError || error instanceof EnginePartError) return error.code;
  if (error instanceof Error && error.name === 'ChatImportError' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return 'engine_failed';
}

/**
 * The chat importers and the conversation analyser load only when a chat is first checked, so
 * the worker that checks a message (the first load) does not carry them.
 */
const loadChatAnalysis = (): Promise<AnalyzeChat> => import('./analyze-chat.ts').then((module) => module.analyzeChat);

export interface RequestHandlerOptions {
  /** The detector's source: the catalogue in parts in the browser, the whole catalogue in Node. */
  engine: EngineProvider;
  now?: () => number;
  loadChat?: () => Promise<AnalyzeChat>;
}

export function createRequestHandler({
  engine,
  now = () => performance.now(),
  loadChat = loadChatAnalysis,
}: RequestHandlerOptions): RequestHandler {
  let compileMs: number | undefined;
  /** The first detector is compiled, then run a few times on texts it can read, before the first answer. */
  const warmedUp = async (language: TextLanguage): Promise<number> => {
    if (compileMs !== undefined) return compileMs;
    const started = now();
    const needs = firstLoadNeeds(language);
    const detector = await engine.detectorFor(needs);
    const sample = needs.phrasePacks.includes('khmer') ? `${WARM_UP_TEXT} ${WARM_UP_TEXT_KHMER}` : WARM_UP_TEXT;
    for (let run = 0; run < WARM_UP_RUNS; run++) detector.analyzeText(sample, { adviceLanguage: language });
    compileMs = now() - started;
    return compileMs;
  };
  return {
    async handle(request, emit = () => undefined) {
      try {
        if (request.kind === 'warm-up')
          return { id: request.id, ok: true, kind: 'ready', compileMs: await warmedUp(request.language) };
        await warmedUp(request.options.adviceLanguage);
        if (request.kind === 'analyze-chat') {
          const onProgress = (progress: ChatProgress): void =>
            emit({ id: request.id, ok: true, kind: 'chat-progress', progress });
          const [analyzeChat, detector] = await Promise.all([
            loadChat(),
            engine.detectorFor({ phrasePacks: 'all', language: request.options.adviceLanguage }),
          ]);
          const report = analyzeChat(request.file, request.options, { detector, now, onProgress });
          return { id: request.id, ok: true, kind: 'chat-report', report };
        }
        const options = request.options;
        const needs = { phrasePacks: phrasePacksNeededBy(request.text), language: options.adviceLanguage };
        let detector = await engine.detectorFor(needs);
        // The learned layer's model comes with the first text it could change (most texts it cannot).
        if (detector.learned === undefined && detector.learnedLayerWanted(request.text)) {
          detector = await engine.detectorFor({ ...needs, learnedModel: true });
        }
        const started = now();
        const analysis = detector.analyzeText(request.text, {
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
