import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { run } from './bench.ts';

describe('raksa bench', () => {
  it('measures raksa scan (and ripgrep when installed) on a generated corpus and prints a table', async () => {
    const io = fakeIo();
    const dir = mkdtempSync(join(tmpdir(), 'raksa-bench-'));
    expect(await run(['--size-mb', '1', '--workers', '1', '--dir', dir], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/Corpus: 1\.0 MB, [\d,]+ messages/u);
    expect(out).toMatch(/\| raksa scan --workers 1 \| [\d.]+ \| [\d.]+ \|/u);
  });

  it('with --conversation, analyses a generated WhatsApp export and prints its figures and the command', async () => {
    const io = fakeIo();
    const dir = mkdtempSync(join(tmpdir(), 'raksa-bench-conversation-'));
    expect(await run(['--conversation', '--messages', '300', '--dir', dir], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(
      /\| 300 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d–]+ \| \d+ → \d+ \|/u,
    );
    expect(out).toContain(`analyze ${join(dir, 'whatsapp-300.txt')} --json --timings`);
  });

  it('with --conversation --distinct, analyses an export whose every message is different', async () => {
    const io = fakeIo();
    const dir = mkdtempSync(join(tmpdir(), 'raksa-bench-conversation-'));
    expect(await run(['--conversation', '--distinct', '--messages', '200', '--dir', dir], io)).toBe(0);
    expect(io.out()).toContain('Every message text unique');
    expect(io.out()).toContain(`analyze ${join(dir, 'whatsapp-200-distinct.txt')} --json --timings`);
  });

  it('rejects bad message counts', async () => {
    await expect(run(['--conversation', '--messages', '0'], fakeIo())).rejects.toThrow(/--messages/u);
    await expect(run(['--messages', '10'], fakeIo())).rejects.toThrow(/--conversation/u);
    await expect(run(['--distinct'], fakeIo())).rejects.toThrow(/--conversation/u);
  });

  it('rejects bad worker lists', async () => {
    await expect(run(['--workers', '0'], fakeIo())).rejects.toThrow(/--workers/u);
  });
});
