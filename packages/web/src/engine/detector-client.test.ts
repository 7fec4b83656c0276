import { describe, expect, it } from 'vitest';
import { createDetectorClient, EngineError, type WorkerLike } from './detector-client.ts';
import { createRequestHandler } from './handle-request.ts';
import { createWholeCatalogProvider } from './whole-catalog-provider.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** One engine for the whole file: compiling the catalogue takes seconds. */
const handler = createRequestHandler({ engine: createWholeCatalogProvider() });

/** A worker in the same thread, answering asynchronously like a real one, with the real engine. */
function inlineWorker(): WorkerLike & { started: number; fail(message: string): void } {
  const messageListeners: ((event: { data: WorkerResponse }) => void)[] = [];
  const errorListeners: ((event: { message?: string }) => void)[] = [];
  return {
    started: 0,
    postMessage(message: WorkerRequest) {
      setTimeout(() => {
        const deliver = (response: WorkerResponse): void => {
          for (const listener of messageListeners) listener({ data: structuredClone(response) });
        };
        void handler.handle(structuredClone(message), deliver).then(deliver);
      }, 0);
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      if (type === 'message') messageListeners.push(listener);
      else errorListeners.push(listener);
    },
    fail(message: string) {
      for (const listener of errorListeners) listener({ message });
    },
  };
}

describe('the detector client', () => {
  it('starts the worker only when first needed, and once', async () => {
    let starts = 0;
    const client = createDetectorClient(() => {
      starts++;
      return inlineWorker();
    });
    expect(starts).toBe(0);
    const compileMs = await client.warmUp('en');
    expect(compileMs).toBeGreaterThanOrEqual(0);
    await client.analyze('hello', { adviceLanguage: 'en' });
    expect(starts).toBe(1);
  });

  it('answers concurrent checks each with its own analysis', async () => {
    const client = createDetectorClient(inlineWorker);
    const [lure, harmless] = await Promise.all([
      client.analyze(
        'Urgent! Customer service in Sihanoukville, $1,500/month, free visa and flight, contact Telegram',
        { adviceLanguage: 'km' },
      ),
      client.analyze('See you at the football match on Saturday', { adviceLanguage: 'en' }),
    ]);
    expect(lure.analysis.risk).not.toBe('none');
    expect(lure.analysis.harms[0]?.indicators[0]?.explanation).toMatch(/\p{Script=Khmer}/u);
    expect(harmless.analysis.risk).toBe('none');
  });

  it('passes the chosen country to the engine for hotlines', async () => {
    const client = createDetectorClient(inlineWorker);
    const text = 'Urgent! Customer service in Sihanoukville, $1,500/month, free visa and flight, contact Telegram';
    const { analysis } = await client.analyze(text, { adviceLanguage: 'en', country: 'TH' });
    expect(analysis.hotlines.length).toBeGreaterThan(0);
    expect(analysis.hotlines.every((hotline) => hotline.country === 'TH')).toBe(true);
  });

  it('rejects pending checks with a typed error when the worker dies, and restarts it next time', async () => {
    const workers: ReturnType<typeof inlineWorker>[] = [];
    const client = createDetectorClient(() => {
      const worker = inlineWorker();
      worker.postMessage = () => undefined; // never answers
      workers.push(worker);
      return worker;
    });
    const pending = client.analyze('x', { adviceLanguage: 'en' });
    workers[0]?.fail('out of memory');
    await expect(pending).rejects.toBeInstanceOf(EngineError);
    await expect(pending).rejects.toMatchObject({ code: 'worker_failed', message: 'out of memory' });
    void client.analyze('y', { adviceLanguage: 'en' });
    expect(workers).toHaveLength(2);
  });

  it('turns an engine error into a typed error', async () => {
    const response = await handler.handle({
      id: 1,
      kind: 'analyze',
      text: 42 as unknown as string,
      options: { adviceLanguage: 'en' },
    });
    expect(response).toMatchObject({ id: 1, ok: false, error: { code: 'invalid_input_type' } });
  });

  it('checks huge and hostile input without failing', async () => {
    const huge = 'free visa '.repeat(30_000) + '\u0000\ud800\u202e';
    const response = await handler.handle({ id: 2, kind: 'analyze', text: huge, options: { adviceLanguage: 'en' } });
    expect(response.ok).toBe(true);
    if (response.ok && response.kind === 'analysis')
      expect(response.analysis.warnings.map((warning) => warning.code)).toContain('input_truncated');
  });
});
