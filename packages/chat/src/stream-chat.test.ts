import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChatImportError,
  importChat,
  streamChat,
  type ConversationMessage,
  type ImportWarning,
  type StreamOptions,
  type StreamSummary,
} from './index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function collect(
  name: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options?: StreamOptions,
): Promise<{ messages: ConversationMessage[]; summary: StreamSummary }> {
  const messages: ConversationMessage[] = [];
  const generator = streamChat(name, chunks, options);
  for (;;) {
    const next = await generator.next();
    if (next.done) return { messages, summary: next.value };
    messages.push(next.value);
  }
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

const EXPORTS: [string, string][] = [
  [
    'WhatsApp Chat with Dara.txt',
    '\uFEFF12/31/23, 9:41\u202fPM - Dara: សួស្តី 👋\r\n12/31/23, 9:42\u202fPM - Sokha: line one\r\nline two 😂\r\n12/31/23, 9:43\u202fPM - Dara: <Media omitted>\r\n',
  ],
  [
    'line.txt',
    '[LINE] Chat history with Dara\nSaved on: 1/2/2024\n\nSun, 12/31/2023\n21:41\tDara\t"ក\nខ"\n21:42\tSokha\tok\r',
  ],
  ['m.csv', 'sender,time,text\rDara,2023-12-31 21:41,"a, b\rc"\rSokha,2023-12-31 21:42,สวัสดี'],
  ['m.jsonl', '{"author":"Dara","time":"2023-12-31T21:41:00","text":"ខ្ញុំ"}\n\n{"author":"Sokha","text":"😀"}\n'],
];

describe('streamChat', () => {
  it.each(EXPORTS)('gives what importChat gives, however %s is cut into chunks', async (name, text) => {
    const bytes = encode(text);
    const expected = importChat({ name, bytes });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        const { messages, summary } = await collect(name, split(bytes, cuts));
        expect(messages).toEqual(expected.messages);
        expect(summary.format).toBe(expected.format);
        expect(summary.title).toBe(expected.title);
      }),
      { numRuns: 60 },
    );
  });

  it('skips the rest of an over-long line without losing the next line, however it is cut', async () => {
    const text = `31/12/2023, 21:41 - Dara: ${'ក😀'.repeat(20_000)}\n31/12/2023, 21:42 - Sokha: ខ្ញុំ\n`;
    const bytes = encode(text);
    const expected = importChat({ name: 'x.txt', bytes }, { maxLineChars: 40 });
    expect(expected.messages[1]).toEqual({ author: 'Sokha', time: '2023-12-31T21:42:00', text: 'ខ្ញុំ' });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (cuts) => {
        const { messages } = await collect('x.txt', split(bytes, cuts), { maxLineChars: 40 });
        expect(messages).toEqual(expected.messages);
      }),
      { numRuns: 100 },
    );
  });

  it('reads JSON exports whole, within maxBytes, and refuses bigger ones without reading them all', async () => {
    const json = encode(
      JSON.stringify({
        name: 'Dara',
        type: 'personal_chat',
        id: 1,
        messages: [{ id: 1, type: 'message', date: '2023-12-31T21:41:05', from: 'Dara', text: 'hi' }],
      }),
    );
    const { messages, summary } = await collect('result.json', split(json, [10, 20, 30]));
    expect(messages).toEqual([{ author: 'Dara', time: '2023-12-31T21:41:05', text: 'hi' }]);
    expect(summary.format).toBe('telegram');

    let pulled = 0;
    const endless = function* (): Generator<Uint8Array> {
      yield encode('{"name":"Dara","type":"personal_chat","id":1,"messages":[');
      for (;;) {
        pulled++;
        yield encode('{"id":1,"type":"message","date":"2023-12-31T21:41:05","from":"Dara","text":"hi"},'.repeat(1000));
      }
    };
    await expect(collect('result.json', endless(), { maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'too_large',
    });
    expect(pulled).toBeLessThan(20);
  });

  it('reports warnings as they happen and in the summary', async () => {
    const seen: ImportWarning[] = [];
    const { summary } = await collect('m.jsonl', [encode('{"text":"a"}\nbroken\n')], {
      onWarning: (warning) => seen.push(warning),
    });
    expect(seen.map((warning) => warning.code)).toEqual(['malformed_line']);
    expect(summary.warnings).toEqual(seen);
  });

  it('throws typed errors for an empty stream and an unknown format', async () => {
    await expect(collect('x.txt', [])).rejects.toBeInstanceOf(ChatImportError);
    await expect(collect('x.txt', [new Uint8Array(0)])).rejects.toMatchObject({ code: 'empty' });
    await expect(collect('x.png', [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 1, 2, 3)])).rejects.toMatchObject({
      code: 'unknown_format',
    });
  });

  it('closes the source when the caller stops early, and calls a blank stream empty', async () => {
    let closed = false;
    const source = function* (): Generator<Uint8Array> {
      try {
        for (;;) yield encode('31/12/2023, 21:41 - Dara: hi\n'.repeat(10));
      } finally {
        closed = true;
      }
    };
    for await (const message of streamChat('x.txt', source())) {
      expect(message.author).toBe('Dara');
      break;
    }
    expect(closed).toBe(true);
    await expect(collect('x.txt', [encode('  \n'), encode('\r\n')])).rejects.toMatchObject({ code: 'empty' });
  });

  it('stops pulling chunks once maxMessages messages were read', async () => {
    let pulled = 0;
    const endless = function* (): Generator<Uint8Array> {
      for (let index = 0; ; index++) {
        pulled++;
        yield encode(`31/12/2023, 21:41 - Dara: message ${index}\n`.repeat(100));
      }
    };
    const { messages } = await collect('x.txt', endless(), { maxMessages: 1000 });
    expect(messages).toHaveLength(1000);
    expect(pulled).toBeLessThan(20);
  });
});

describe('streamChat on a 2 GB-equivalent stream (generated, never held)', () => {
  const MIB = 1024 * 1024;

  async function run(
    first: string,
    chunk: Uint8Array,
    chunks: number,
  ): Promise<{ summary: StreamSummary; messages: number; growth: number }> {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const source = async function* (): AsyncGenerator<Uint8Array> {
      yield encode(first);
      for (let index = 0; index < chunks; index++) {
        if (index % 256 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        yield chunk;
      }
    };
    let messages = 0;
    const generator = streamChat('WhatsApp Chat with Dara.txt', source());
    for (;;) {
      const next = await generator.next();
      if (next.done) return { summary: next.value, messages, growth: peak - before };
      messages++;
    }
  }

  it('one line of 2 GB: cut at maxLineChars, memory stays flat', async () => {
    const { summary, messages, growth } = await run('31/12/2023, 21:41 - Dara: ', new Uint8Array(MIB).fill(0x61), 2048);
    expect(messages).toBe(1);
    expect(summary.warnings.map((warning) => warning.code)).toEqual(['line_truncated']);
    expect(growth).toBeLessThan(256 * MIB);
  }, 120_000);

  it('256 MB of continuation lines (about 290,000 lines) after one message: the message is cut, memory stays flat', async () => {
    const lines = encode(`${'continued text '.repeat(60)}\n`.repeat(Math.floor(MIB / 901)));
    const { summary, messages, growth } = await run(
      '31/12/2023, 21:41 - Dara: start\n',
      lines,
      Math.ceil((256 * MIB) / lines.length),
    );
    expect(messages).toBe(1);
    expect(summary.warnings.map((warning) => warning.code)).toEqual(['message_truncated']);
    expect(growth).toBeLessThan(256 * MIB);
  }, 120_000);
});
