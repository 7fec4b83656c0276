import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './generate-corpus.ts';

describe(generateCorpus.name, () => {
  it('writes the same bytes for the same seed and size, as valid {id, text} lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raksa-corpus-'));
    const first = join(dir, 'a.jsonl');
    const second = join(dir, 'b.jsonl');
    const count = await generateCorpus(first, 200_000, 42);
    await generateCorpus(second, 200_000, 42);
    const text = readFileSync(first, 'utf8');
    expect(text).toBe(readFileSync(second, 'utf8'));
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(count);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(200_000);
    for (const line of lines.slice(0, 200)) {
      const row = JSON.parse(line) as { id: unknown; text: unknown };
      expect(typeof row.id).toBe('string');
      expect(typeof row.text).toBe('string');
    }
  });

  it('mixes scripts and a few lure-like messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raksa-corpus-'));
    const file = join(dir, 'c.jsonl');
    await generateCorpus(file, 300_000, 7);
    const text = readFileSync(file, 'utf8');
    for (const pattern of [
      /[\u1780-\u17ff]/u,
      /[\u0e00-\u0e7f]/u,
      /[\u4e00-\u9fff]/u,
      /[\u1000-\u109f]/u,
      /[\u0e80-\u0eff]/u,
    ])
      expect(text).toMatch(pattern);
    expect(text).toMatch(/free visa|lương cao|高薪/iu);
  });
});
