import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { run } from './eval.ts';

function labelledFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'raksa-eval-'));
  const file = join(dir, 'rows.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('raksa eval', () => {
  it('prints precision, recall, F1 and FPR tables for labelled files', async () => {
    const file = labelledFile([
      JSON.stringify({
        id: '1',
        lang: 'en',
        text: 'We are buying kidneys, good price, contact us now, kidney donor wanted',
        labels: ['organ_trafficking'],
      }),
      JSON.stringify({ id: '2', lang: 'en', text: 'Dinner at seven, bring the kids.', labels: [] }),
    ]);
    const io = fakeIo();
    expect(await run([file], io)).toBe(0);
    expect(io.out()).toContain('| all | 2 | 1 | 1 |');
    expect(io.out()).toContain('| group | rows | flagged |');
  });

  it('reports malformed rows with file and line, evaluates the rest and exits 1', async () => {
    const file = labelledFile([
      '{bad json',
      JSON.stringify({ id: 'x', text: 'hi', labels: ['not_a_harm'] }),
      JSON.stringify({ id: 'ok', text: 'hello', labels: [] }),
    ]);
    const io = fakeIo();
    expect(await run([file], io)).toBe(1);
    expect(io.err()).toContain(`${file}:1: not valid JSON`);
    expect(io.err()).toContain(`${file}:2:`);
    expect(io.out()).toContain('| all | 1 | 0 | 1 |');
  });

  it('lists errors with --show-errors and prints JSON with --json', async () => {
    const file = labelledFile([JSON.stringify({ id: 'missed-1', text: 'hello there', labels: ['scam'] })]);
    const io = fakeIo();
    await run([file, '--show-errors'], io);
    expect(io.out()).toMatch(/missed {2}missed-1 .*scam=/u);
    const json = fakeIo();
    await run([file, '--json'], json);
    expect(JSON.parse(json.out())).toMatchObject({ threshold: 0.5, reports: [{ overall: { positives: 1 } }] });
  });

  it('rejects unknown datasets and a call without input', async () => {
    await expect(run(['--dataset', 'nope'], fakeIo())).rejects.toThrow(/unknown dataset/u);
    await expect(run([], fakeIo())).rejects.toThrow(/labelled JSONL/u);
  });
});
