/**
 * The page's side of the detection worker: starts the worker lazily (on the first check, or when
 * the page is idle), sends requests and resolves them with the worker's answers.
 */
import type { Analysis } from '@raksa/detect';
import type {
  ChatFileInput,
  ChatOptions,
  ChatProgress,
  ChatReportData,
  CheckOptions,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

export class EngineError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}

export interface CheckResult {
  analysis: Analysis;
  /** Time the engine itself took, in milliseconds. */
  analyzeMs: number;
}

export interface DetectorClient {
  /**
   * Starts the worker, loads the catalogue's parts a reader of `language` needs first and compiles
   * them; resolves with the time that took in ms.
   */
  warmUp(language: 'en' | 'km'): Promise<number>;
  analyze(text: string, options: CheckOptions): Promise<CheckResult>;
  /** Imports and analyses a chat export in the worker; `onProgress` hears how far it has got. */
  analyzeChat(
    file: ChatFileInput,
    options: ChatOptions,
    onProgress?: (progress: ChatProgress) => void,
  ): Promise<ChatReportData>;
}

type Unsent =
  | { kind: 'warm-up'; language: 'en' | 'km' }
  | { kind: 'analyze'; text: string; options: CheckOptions }
  | { kind: 'analyze-chat'; file: ChatFileInput; options: ChatOptions };
type Pending = {
  resolve: (response: WorkerResponse) => void;
  reject: (error: EngineError) => void;
  onProgress: ((progress: ChatProgress) => void) | undefined;
};

export function createDetectorClient(startWorker: () => WorkerLike): DetectorClient {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const connect = (): WorkerLike => {
    if (worker !== undefined) return worker;
    const started = startWorker();
    started.addEventListener('message', (event) => {
      const waiting = pending.get(event.data.id);
      if (waiting === undefined) return;
      if (event.data.ok && event.data.kind === 'chat-progress') {
        waiting.onProgress?.(event.data.progress);
        return;
      }
      pending.delete(event.data.id);
      waiting.resolve(event.data);
    });
    started.addEventListener('error', (event) => {
      const error = new EngineError('worker_failed', event.message ?? 'The checking engine stopped.');
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker = undefined;
    });
    worker = started;
    return started;
  };

  const send = (request: Unsent, onProgress?: (progress: ChatProgress) => void): Promise<WorkerResponse> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      connect().postMessage({ ...request, id });
    });

  const unwrap = (response: WorkerResponse): Extract<WorkerResponse, { ok: true }> => {
    if (!response.ok) throw new EngineError(response.error.code, response.error.message);
    return response;
  };

  return {
    async warmUp(language) {
      const response = unwrap(await send({ kind: 'warm-up', language }));
      if (response.kind !== 'ready') throw new EngineError('unexpected_response', 'The engine answered out of turn.');
      return response.compileMs;
    },
    async analyze(text, options) {
      const response = unwrap(await send({ kind: 'analyze', text, options }));
      if (response.kind !== 'analysis')
        throw new EngineError('unexpected_response', 'The engine answered out of turn.');
      return { analysis: response.analysis, analyzeMs: response.analyzeMs };
    },
    async analyzeChat(file, options, onProgress) {
      const response = unwrap(await send({ kind: 'analyze-chat', file, options }, onProgress));
      if (response.kind !== 'chat-report')
        throw new EngineError('unexpected_response', 'The engine answered out of turn.');
      return response.report;
    },
  };
}

/** The client of the real Web Worker, bundled by Vite as its own chunk. */
export function createBrowserDetectorClient(): DetectorClient {
  return createDetectorClient(
    () => new Worker(new URL('./detector.worker.ts', import.meta.url), { type: 'module', name: 'raksa-detector' }),
  );
}
