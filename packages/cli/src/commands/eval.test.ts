import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

  it('leaves out per-harm and calibration tables for a public dataset whose labels are mapped to several harms', async () => {
    // Only the negatives carry no mapping, so such tables would read "scam: 0 positives, precision 0"
    // (here the negative row is a phishing text the engine flags, as a mislabelled row would be).
    const shared = mkdtempSync(join(tmpdir(), 'raksa-eval-shared-'));
    mkdirSync(join(shared, 'vi-smishing-ggsheet'));
    writeFileSync(
      join(shared, 'vi-smishing-ggsheet', 'GgSheetData.csv'),
      'content,label\n"Tai khoan cua ban bi khoa, dang nhap http://vcb-xacminh.top de mo khoa",1.0\n"Tai khoan cua ban da bi khoa, vui long dang nhap http://vcb-xacminh.top de mo khoa",0.0\n',
    );
    const io = fakeIo();
    await run(['--dataset', 'vi-smishing-ggsheet', '--shared-dir', shared], io);
    expect(io.out()).toContain('| all | 2 | 1 | 1 |');
    expect(io.out()).toContain('| group | rows | flagged |');
    expect(io.out()).not.toContain('| harm | positives |');
    expect(io.out()).not.toContain('share labelled with the harm');
  });

  it('rejects unknown datasets and a call without input', async () => {
    await expect(run(['--dataset', 'nope'], fakeIo())).rejects.toThrow(/unknown dataset/u);
    await expect(run([], fakeIo())).rejects.toThrow(/labelled JSONL/u);
  });

  describe('--conversations', () => {
    const grooming = {
      id: 'g-en-1',
      language: 'en',
      label: {
        harms: ['grooming'],
        offender: 'Kevin',
        target: 'Sophea',
        stages: [
          { harm: 'grooming', stage: 'risk_assessment', messageIndex: 4 },
          { harm: 'grooming', stage: 'image_request', messageIndex: 8 },
          { harm: 'grooming', stage: 'sexualisation', messageIndex: 9 },
        ],
        group: 'harmful',
        note: 'invented',
      },
      messages: [
        ['Kevin', 'hey Sophea, saw ur dance video, ur really good'],
        ['Sophea', 'thank you!! who are you?'],
        ['Kevin', 'Kevin, 19, i dance too. how old r u?'],
        ['Sophea', "I'm 13, grade 7"],
        ['Kevin', 'do ur parents check ur phone at night?'],
        ['Sophea', 'no they sleep early'],
        ['Kevin', "this is our secret ok, don't tell anyone. add me on telegram"],
        ['Sophea', 'ok'],
        ['Kevin', 'send me a pic of u in bed, just for me'],
        ['Kevin', 'i want to see u without clothes, dont tell ur mum'],
      ].map(([author, text], i) => ({ author, time: `2024-03-0${1 + Math.floor(i / 4)}T22:${10 + i}:00`, text })),
    };
    const negative = {
      id: 'neg-en-1',
      language: 'en',
      label: { harms: [], offender: null, target: null, stages: [], group: 'hard_negative', note: 'family' },
      messages: [
        { author: 'Mum', time: '2024-03-01T18:00:00', text: 'dinner at 7, bring rice on the way home' },
        { author: 'Dara', time: '2024-03-01T18:02:00', text: 'ok mum see you soon' },
      ],
    };

    it('prints conversation-level figures overall, per harm and per language', async () => {
      const file = labelledFile([JSON.stringify(grooming), JSON.stringify(negative)]);
      const io = fakeIo();
      expect(await run(['--conversations', file], io)).toBe(0);
      const out = io.out();
      expect(out).toContain('2 conversations: 1 harmful, 1 hard negatives.');
      expect(out).toMatch(/\| right offender .* \| [\d.]+ \(\d\/1\) \|/u);
      expect(out).toMatch(/\| alert before the sexualisation .* \| [\d.]+ \(\d\/1\) \|/u);
      expect(out).toContain('| hard negatives with an alert | 0.000 (0/1) |');
      expect(out).toMatch(/\| grooming \| 1 \|/u);
      expect(out).toMatch(/\| en \| 2 \| 1 \| 1 \|/u);
    });

    it('prints JSON with --json and lists errors with --show-errors', async () => {
      const missed = {
        ...grooming,
        id: 'quiet-harm',
        messages: negative.messages,
        label: { ...grooming.label, stages: [], offender: 'Mum' },
      };
      const file = labelledFile([JSON.stringify(missed)]);
      const json = fakeIo();
      expect(await run(['--conversations', file, '--json'], json)).toBe(0);
      expect(JSON.parse(json.out())).toMatchObject({
        threshold: 0.5,
        report: {
          overall: { conversations: 1, harmful: 1, detected: { count: 0, of: 1 } },
          byLanguage: [{ language: 'en' }],
        },
      });
      const errors = fakeIo();
      await run(['--conversations', file, '--show-errors'], errors);
      expect(errors.out()).toContain('missed   quiet-harm [en] grooming');
    });

    it('reports malformed conversation lines, evaluates the rest and exits 1', async () => {
      const file = labelledFile(['{nope', JSON.stringify(negative)]);
      const io = fakeIo();
      expect(await run(['--conversations', file], io)).toBe(1);
      expect(io.err()).toContain(`${file}:1: not valid JSON`);
      expect(io.out()).toContain('1 conversations: 0 harmful, 1 hard negatives.');
    });

    it('needs files and does not mix with --dataset', async () => {
      await expect(run(['--conversations'], fakeIo())).rejects.toThrow(/conversation JSONL/u);
      await expect(run(['--conversations', 'x', '--dataset', 'all'], fakeIo())).rejects.toThrow(/--dataset/u);
    });
  });
});
