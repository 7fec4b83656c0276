import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChatImportError, importChat, type ImportOptions } from './index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function failure(bytes: Uint8Array, name = 'file.txt', options?: ImportOptions): ChatImportError {
  try {
    importChat({ name, bytes }, options);
  } catch (error) {
    if (error instanceof ChatImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

/** Deterministic pseudo-random bytes (xorshift), so the test is the same on every run. */
function garbage(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

const telegram = JSON.stringify({
  name: 'Dara',
  type: 'personal_chat',
  id: 1,
  messages: Array.from({ length: 20 }, (_, id) => ({
    id,
    type: 'message',
    date: '2023-12-31T21:41:05',
    date_unixtime: '1704033665',
    from: 'Dara',
    text: `message ${id}`,
  })),
});

describe('files that cannot be imported get a typed error naming what was expected', () => {
  it('an empty or blank file', () => {
    expect(failure(new Uint8Array(0)).code).toBe('empty');
    expect(failure(encode('\uFEFF \r\n\n  ')).code).toBe('empty');
  });

  it('binary garbage and a PNG renamed .txt', () => {
    expect(failure(garbage(10_000)).code).toBe('unknown_format');
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...garbage(500));
    const error = failure(png, 'chat.txt');
    expect(error.code).toBe('unknown_format');
    expect(error.message).toContain('chat.txt is a PNG image');
    expect(error.message).toContain('Expected: WhatsApp .txt or .zip');
  });

  it('text that is no export', () => {
    expect(failure(encode('Dear diary,\ntoday was fine.')).message).toMatch(
      /neither chat-export dates nor an author\/time\/text header/u,
    );
  });

  it('truncated JSON', () => {
    const error = failure(encode(telegram.slice(0, telegram.length / 2)), 'result.json');
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/not complete JSON/u);
  });

  it('JSON of the wrong shape', () => {
    expect(failure(encode('{"hello": "world"}'), 'result.json').code).toBe('unknown_format');
    expect(failure(encode('{"hello": "world"}'), 'result.json', { format: 'telegram' }).code).toBe('malformed');
    expect(failure(encode('[1, 2, 3]'), 'message_1.json', { format: 'messenger' }).code).toBe('malformed');
    expect(failure(encode('{"guild": 1, "channel": "x", "messages": 5}'), 'd.json').code).toBe('malformed');
  });

  it('JSON beyond maxBytes', () => {
    const error = failure(encode(telegram), 'result.json', { maxBytes: 1000 });
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/can be streamed/u);
  });

  it('a bad option', () => {
    expect(failure(encode('x'), 'x.txt', { maxBytes: -1 }).code).toBe('invalid_option');
    expect(failure(encode('x'), 'x.txt', { format: 'skype' as never }).code).toBe('invalid_option');
  });
});

describe('damage inside a readable file is a warning, never a crash', () => {
  it('invalid UTF-8 becomes U+FFFD with one warning, and the rest is read', () => {
    const bytes = new Uint8Array([
      ...encode('31/12/2023, 21:41 - Dara: bad '),
      0xff,
      0xc3,
      0x28,
      ...encode(' end\n31/12/2023, 21:42 - Sokha: ok'),
    ]);
    const chat = importChat({ name: 'x.txt', bytes });
    expect(chat.messages.map((message) => message.text)).toEqual(['bad \uFFFD\uFFFD( end', 'ok']);
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['invalid_utf8']);
  });

  it('UTF-16 with a byte-order mark is decoded', () => {
    const text = '31/12/2023, 21:41 - Dara: សួស្តី\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++)
      new DataView(utf16.buffer).setUint16(2 + index * 2, text.charCodeAt(index), true);
    expect(importChat({ name: 'x.txt', bytes: utf16 }).messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:00', text: 'សួស្តី' },
    ]);
  });

  it('a single 50 MB line is cut at maxLineChars with a warning', () => {
    const line = `31/12/2023, 21:41 - Dara: ${'a'.repeat(50 * 1024 * 1024)}\n31/12/2023, 21:42 - Sokha: after`;
    const chat = importChat({ name: 'x.txt', bytes: encode(line) });
    expect(chat.messages).toHaveLength(2);
    expect(chat.messages[0]!.text.length).toBeLessThan(1024 * 1024);
    expect(chat.messages[1]!.text).toBe('after');
    expect(chat.warnings.map((warning) => [warning.code, warning.line])).toEqual([['line_truncated', 1]]);
  });

  it('a JSONL line with a lone surrogate escape is repaired', () => {
    const chat = importChat({ name: 'x.jsonl', bytes: encode('{"author":"Dara","text":"a \\udc00 b"}') });
    expect(chat.messages[0]!.text).toBe('a \uFFFD b');
  });

  it('maxMessages stops the import, and says so', () => {
    const lines = Array.from(
      { length: 50 },
      (_, index) => `31/12/2023, 21:${String(index).padStart(2, '0')} - Dara: ${index}`,
    );
    const chat = importChat({ name: 'x.txt', bytes: encode(lines.join('\n')) }, { maxMessages: 10 });
    expect(chat.messages).toHaveLength(10);
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['max_messages']);
  });

  it('keeps at most maxWarnings warnings and counts the rest', () => {
    const jsonl = Array.from({ length: 30 }, () => 'not json').join('\n');
    const chat = importChat({ name: 'x.jsonl', bytes: encode(`{"text":"ok"}\n${jsonl}`) }, { maxWarnings: 5 });
    expect(chat.warnings).toHaveLength(6);
    expect(chat.warnings.at(-1)).toMatchObject({
      code: 'warnings_truncated',
      message: '25 more warnings were not kept (limit 5).',
    });
  });
});

describe('arbitrary input never crashes an importer', () => {
  const formats = ['whatsapp', 'line', 'csv', 'jsonl', 'telegram', 'messenger', 'discord'] as const;
  const lineish = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '31/12/2023, 21:41 - Dara: hi',
        '[1/2/24, 9:41:05 PM] X: y',
        '21:41\tDara\t"open',
        'a,b,"c',
        '{"text":',
        '\uD800',
        '\r',
        '"',
      ),
    ),
    { maxLength: 30 },
  );

  it('gives messages and warnings, or a ChatImportError, for any text in any format', () => {
    fc.assert(
      fc.property(lineish, fc.constantFrom(...formats), (lines, format) => {
        const bytes = encode(lines.join(format === 'csv' ? '\r\n' : '\n'));
        try {
          const chat = importChat({ name: 'fuzz.txt', bytes }, { format });
          for (const message of chat.messages) {
            expect(typeof message.author).toBe('string');
            expect(typeof message.text).toBe('string');
            expect(message.time === null || typeof message.time === 'string').toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ChatImportError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('does the same for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(undefined, ...formats), (bytes, format) => {
        try {
          importChat({ name: 'fuzz.bin', bytes }, format ? { format } : {});
        } catch (error) {
          expect(error).toBeInstanceOf(ChatImportError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
