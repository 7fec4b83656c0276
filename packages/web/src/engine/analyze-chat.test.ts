import { describe, expect, it } from 'vitest';
import {
  encodeText,
  NOT_A_CHAT,
  TELEGRAM_EVERYDAY,
  TELEGRAM_TRUNCATED,
  WHATSAPP_GROOMING,
} from '../../test/support/chat-exports.ts';
import { MAX_CHAT_FILE_BYTES } from './chat-limits.ts';
import { createDetectorClient, type WorkerLike } from './detector-client.ts';
import { createRequestHandler } from './handle-request.ts';
import { createWholeCatalogProvider } from './whole-catalog-provider.ts';
import type { ChatProgress, WorkerRequest, WorkerResponse } from './protocol.ts';

/** One engine for the whole file: compiling the catalogue takes seconds. */
const handler = createRequestHandler({ engine: createWholeCatalogProvider() });

async function analyzeChat(name: string, bytes: Uint8Array, country?: string) {
  const emitted: WorkerResponse[] = [];
  const request: WorkerRequest = {
    id: 7,
    kind: 'analyze-chat',
    file: { name, bytes },
    options: { adviceLanguage: 'en', ...(country === undefined ? {} : { country }) },
  };
  const response = await handler.handle(request, (progress) => emitted.push(progress));
  return { response, emitted };
}

describe('the chat check in the worker', () => {
  it('imports a WhatsApp export and finds the grooming, its offender and its target', async () => {
    const { response, emitted } = await analyzeChat(
      'WhatsApp Chat with Kevin Lim.txt',
      encodeText(WHATSAPP_GROOMING),
      'KH',
    );
    expect(response.ok && response.kind).toBe('chat-report');
    if (!response.ok || response.kind !== 'chat-report') return;
    const { chat, analysis, redacted, help } = response.report;
    expect(chat).toMatchObject({ format: 'whatsapp', messages: 12, participants: 2, truncated: false });
    expect(analysis.harms.map((harm) => harm.type)).toContain('grooming');
    expect(analysis.offender).toBe('Kevin Lim');
    expect(analysis.target).toBe('Sophea');
    expect(analysis.authors.find((author) => author.author === 'Sophea')?.statedAges).toContain(13);
    expect(redacted.analysis.offender).toBe('Person A');
    expect(JSON.stringify(redacted.analysis)).not.toContain('kevin_dance99');
    expect(help.advice.length).toBeGreaterThan(0);
    expect(help.hotlines.some((hotline) => hotline.country === 'KH')).toBe(true);
    // Progress: the import first, then the analysis; the answer itself is returned, not emitted.
    expect(emitted[0]).toMatchObject({ id: 7, kind: 'chat-progress', progress: { phase: 'reading' } });
    expect(emitted.every((message) => message.ok && message.kind === 'chat-progress')).toBe(true);
  });

  it('reads an everyday Telegram chat as showing no known danger sign, with no help to list', async () => {
    const { response } = await analyzeChat('result.json', encodeText(TELEGRAM_EVERYDAY));
    if (!response.ok || response.kind !== 'chat-report') throw new Error(JSON.stringify(response));
    expect(response.report.chat.format).toBe('telegram');
    expect(response.report.analysis.risk).toBe('none');
    expect(response.report.analysis.harms).toEqual([]);
    expect(response.report.help).toEqual({ advice: [], hotlines: [] });
  });

  it('answers broken, foreign, empty and hostile files with the importer’s typed errors', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['result.json', encodeText(TELEGRAM_TRUNCATED), 'malformed'],
      ['shopping.txt', encodeText(NOT_A_CHAT), 'unknown_format'],
      ['empty.txt', encodeText(' \n\n'), 'empty'],
      ['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'unknown_format'],
      ['chat.txt', 'not bytes' as unknown as Uint8Array, 'invalid_option'],
    ];
    for (const [name, bytes, code] of cases) {
      const { response } = await analyzeChat(name, bytes);
      expect(response, name).toMatchObject({ id: 7, ok: false, error: { code } });
      if (!response.ok) expect(response.error.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses a file over the size cap before reading it', async () => {
    const { response, emitted } = await analyzeChat('huge.txt', new Uint8Array(MAX_CHAT_FILE_BYTES + 1));
    expect(response).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(emitted).toEqual([]);
  });

  it('reads hostile text (control and direction characters, markup) as text', async () => {
    const hostile = `02/03/2024, 19:02 - <img src=x onerror=alert(1)>: \u202eevil <script>alert(1)</script>\n`;
    const { response } = await analyzeChat('WhatsApp Chat.txt', encodeText(hostile));
    if (!response.ok || response.kind !== 'chat-report') throw new Error(JSON.stringify(response));
    expect(response.report.analysis.messages).toBe(1);
    expect(response.report.analysis.authors[0]?.author).toBe('<img src=x onerror=alert(1)>');
  });

  it('delivers progress to the page before the report, through the client', async () => {
    const listeners: ((event: { data: WorkerResponse }) => void)[] = [];
    const worker: WorkerLike = {
      postMessage(message) {
        setTimeout(() => {
          const deliver = (response: WorkerResponse): void => {
            for (const listener of listeners) listener({ data: structuredClone(response) });
          };
          void handler.handle(structuredClone(message), deliver).then(deliver);
        }, 0);
      },
      addEventListener(type: 'message' | 'error', listener: never) {
        if (type === 'message') listeners.push(listener);
      },
    };
    const client = createDetectorClient(() => worker);
    const progress: ChatProgress[] = [];
    const report = await client.analyzeChat(
      { name: 'WhatsApp Chat with Kevin Lim.txt', bytes: encodeText(WHATSAPP_GROOMING) },
      { adviceLanguage: 'km' },
      (step) => progress.push(step),
    );
    expect(progress.map((step) => step.phase)).toContain('reading');
    expect(report.redacted.analysis.offender).toBe('បុគ្គល ក');
    await expect(
      client.analyzeChat({ name: 'x.txt', bytes: encodeText('') }, { adviceLanguage: 'en' }),
    ).rejects.toMatchObject({ code: 'empty' });
  });
});
