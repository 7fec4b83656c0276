import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines.ts';

async function collect(chunks: (string | Buffer)[], max = 100) {
  const lines = [];
  for await (const line of readLines(
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))),
    max,
  )) {
    lines.push({ number: line.number, text: line.bytes?.toString('utf8'), size: line.size });
  }
  return lines;
}

describe(readLines.name, () => {
  it('splits on newlines across chunk boundaries and strips CR', async () => {
    expect(await collect(['a\r\nb', 'c\n', 'd'])).toEqual([
      { number: 1, text: 'a', size: 2 },
      { number: 2, text: 'bc', size: 2 },
      { number: 3, text: 'd', size: 1 },
    ]);
  });

  it('keeps a multi-byte character split between chunks intact', async () => {
    const bytes = Buffer.from('ការងារ\n');
    expect(await collect([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual([
      { number: 1, text: 'ការងារ', size: bytes.length - 1 },
    ]);
  });

  it('reports an over-long line without buffering it and goes on', async () => {
    const lines = await collect(['x'.repeat(60), 'y'.repeat(60), '\nok\n'], 100);
    expect(lines).toEqual([
      { number: 1, text: undefined, size: 120 },
      { number: 2, text: 'ok', size: 2 },
    ]);
  });

  it('yields empty lines as empty, and nothing for empty input', async () => {
    expect(await collect(['\n\n'])).toEqual([
      { number: 1, text: '', size: 0 },
      { number: 2, text: '', size: 0 },
    ]);
    expect(await collect([])).toEqual([]);
  });
});
