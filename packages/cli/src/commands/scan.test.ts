import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { makeMessage } from '../bench/generate-corpus.ts';
import { run } from './scan.ts';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

const LURE =
  'Urgent hiring in Sihanoukville! No experience needed, salary $1,500/month, free visa and flight. Contact us on Telegram.';

function parseLines(output: string): Record<string, unknown>[] {
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('raksa scan', () => {
  it('writes one result per input line, in order, in the documented shape', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: LURE }),
      JSON.stringify({ id: 'b', text: 'See you at dinner tonight, mum is cooking fish amok.' }),
    ].join('\n');
    const io = fakeIo(input);
    expect(await run([], io)).toBe(0);
    const [first, second] = parseLines(io.out());
    expect(first?.['id']).toBe('a');
    expect(first?.['risk']).not.toBe('none');
    const harms = first?.['harms'] as {
      type: string;
      score: number;
      indicators: { id: string; label: string; evidence: { start: number; end: number; text: string }[] }[];
    }[];
    expect(harms.map((h) => h.type)).toContain('recruitment_fraud');
    for (const harm of harms) {
      expect(harm.score).toBeGreaterThanOrEqual(0.5);
      for (const indicator of harm.indicators) {
        for (const evidence of indicator.evidence) expect(LURE.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
    expect(Object.keys(first ?? {})).toEqual(['id', 'language', 'risk', 'harms', 'entities', 'warnings']);
    expect(second).toMatchObject({ id: 'b', risk: 'none', harms: [] });
  });

  it('answers a malformed line with an error line, continues, and exits 1', async () => {
    const input = [
      '{not json',
      JSON.stringify({ id: 7, text: 'x' }),
      JSON.stringify({ id: 'ok', text: 'hello' }),
      JSON.stringify({ id: 'no-text' }),
    ].join('\n');
    const io = fakeIo(input);
    expect(await run([], io)).toBe(1);
    const lines = parseLines(io.out());
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ line: 1, error: { code: 'invalid_json' } });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'invalid_line' } });
    expect(lines[2]).toMatchObject({ id: 'ok', risk: 'none' });
    expect(lines[3]).toMatchObject({ id: 'no-text', error: { code: 'invalid_line' } });
    expect(io.err()).toContain('3 line(s) could not be analysed');
  });

  it('rejects an over-long line without reading it into memory', async () => {
    const input = `${JSON.stringify({ id: 'big', text: 'a'.repeat(5000) })}\n${JSON.stringify({ id: 'small', text: 'hi' })}\n`;
    const io = fakeIo(input);
    expect(await run(['--max-line-bytes', '1024'], io)).toBe(1);
    const lines = parseLines(io.out());
    expect(lines[0]).toMatchObject({ error: { code: 'line_too_long' } });
    expect(lines[1]).toMatchObject({ id: 'small' });
  });

  it('gives the same output with worker threads as in one thread', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) =>
      JSON.stringify({ id: String(i), text: i % 3 === 0 ? LURE : `message number ${i}` }),
    );
    rows.splice(5, 0, 'garbage');
    const dir = mkdtempSync(join(tmpdir(), 'raksa-scan-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, rows.join('\n'));
    const single = fakeIo();
    const parallel = fakeIo();
    expect(await run([file], single)).toBe(1);
    expect(await run([file, '--workers', '2'], parallel)).toBe(1);
    expect(parallel.out()).toBe(single.out());
    expect(single.out().trim().split('\n')).toHaveLength(1201);
  });

  it('gives the same output with and without the byte screen', async () => {
    const random = seeded(7);
    const rows = Array.from({ length: 4000 }, (_, i) =>
      JSON.stringify({
        id: `m${i}`,
        text: makeMessage(random, ['en', 'km', 'zh', 'th', 'vi', 'id', 'my', 'lo', 'tl']),
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'raksa-screen-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, rows.join('\n'));
    const screened = fakeIo();
    const full = fakeIo();
    await run([file], screened);
    await run([file, '--no-screen', '--cache-lines', '0'], full);
    expect(screened.out()).toBe(full.out());
  });

  it('answers a repeated text from its cache with the same result, under its own id', async () => {
    const rows = [
      { id: 'first', text: LURE },
      { id: 'hinted', text: LURE, lang: 'km' },
      { id: 'again', text: LURE },
      { id: 'other', text: 'Send me your passport photo and 300 USD for the visa, you leave from Poipet tomorrow' },
      { id: 'hinted-again', text: LURE, lang: 'km' },
    ];
    const input = rows.map((row) => JSON.stringify(row)).join('\n');
    const cached = fakeIo(input);
    const uncached = fakeIo(input);
    await run([], cached);
    await run(['--cache-lines', '0'], uncached);
    expect(cached.out()).toBe(uncached.out());
    const lines = parseLines(cached.out());
    expect(lines.map((line) => line['id'])).toEqual(rows.map((row) => row.id));
    expect(lines[2]?.['harms']).toEqual(lines[0]?.['harms']);
    // Another threshold is another result: the cache does not carry over between option sets.
    const strict = fakeIo(input);
    await run(['--threshold', '0.99'], strict);
    const uncachedStrict = fakeIo(input);
    await run(['--threshold', '0.99', '--cache-lines', '0'], uncachedStrict);
    expect(strict.out()).toBe(uncachedStrict.out());
    // A cache of one line still gives every line its own correct result.
    const tiny = fakeIo(input);
    await run(['--cache-lines', '1'], tiny);
    expect(tiny.out()).toBe(uncached.out());
  });

  it('answers a missing file and bad options with usage errors', async () => {
    await expect(run(['/nonexistent/file.jsonl'], fakeIo())).rejects.toThrow(/cannot read/u);
    await expect(run(['--threshold', '7'], fakeIo())).rejects.toThrow(/--threshold/u);
    await expect(run(['--cache-lines', '-1'], fakeIo())).rejects.toThrow(/--cache-lines/u);
    await expect(run(['--bogus'], fakeIo())).rejects.toThrow(/bogus/u);
  });
});
