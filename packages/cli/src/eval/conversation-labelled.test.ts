import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLabelledConversations } from './conversation-labelled.ts';

function file(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'raksa-conv-')), 'conversations.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const good = {
  id: 'neg-1',
  language: 'en',
  label: { harms: [], offender: null, target: null, stages: [], group: 'hard_negative', note: 'siblings' },
  messages: [{ author: 'Tom', time: '2026-01-11T18:20:00', text: 'where is my charger' }],
};

describe(loadLabelledConversations.name, () => {
  it('reads labelled conversations', async () => {
    const { conversations, errors } = await loadLabelledConversations(file([JSON.stringify(good)]));
    expect(errors).toEqual([]);
    expect(conversations).toEqual([
      {
        id: 'neg-1',
        language: 'en',
        harms: [],
        offender: null,
        target: null,
        stages: [],
        group: 'hard_negative',
        messages: [{ author: 'Tom', time: '2026-01-11T18:20:00', text: 'where is my charger' }],
      },
    ]);
  });

  it('keeps what each message says was attached, which the analysis reads', async () => {
    const withMedia = {
      ...good,
      id: 'neg-2',
      messages: [{ author: 'Tom', time: null, text: '', media: ['image'] }, ...good.messages],
    };
    const { conversations, errors } = await loadLabelledConversations(file([JSON.stringify(withMedia)]));
    expect(errors).toEqual([]);
    expect(conversations[0]?.messages[0]).toEqual({ author: 'Tom', time: null, text: '', media: ['image'] });
    expect(conversations[0]?.messages[1]).not.toHaveProperty('media');
  });

  it('reports malformed, inconsistent and duplicate lines with file and line, and keeps the rest', async () => {
    const path = file([
      '{oops',
      JSON.stringify({ ...good, id: 'x', label: { ...good.label, harms: ['not_a_harm'] } }),
      JSON.stringify({
        ...good,
        id: 'y',
        label: { ...good.label, stages: [{ harm: 'grooming', stage: 'contact', messageIndex: 5 }] },
      }),
      JSON.stringify({ ...good, id: 'z', label: { ...good.label, group: 'harmful' } }),
      JSON.stringify(good),
      JSON.stringify(good),
      '',
    ]);
    const { conversations, errors } = await loadLabelledConversations(path);
    expect(conversations.map((c) => c.id)).toEqual(['neg-1']);
    expect(errors).toEqual([
      `${path}:1: not valid JSON`,
      expect.stringMatching(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}:2: label\\.harms\\.0`, 'u')),
      `${path}:3: stage contact at message 5 is outside the 1 messages`,
      `${path}:4: group "harmful" does not match harms []`,
      `${path}:6: duplicate id "neg-1"`,
    ]);
  });

  it('refuses a directory and a missing file', async () => {
    await expect(loadLabelledConversations(tmpdir())).rejects.toThrow(/not a file/u);
    await expect(loadLabelledConversations('/nonexistent.jsonl')).rejects.toThrow(/cannot read/u);
  });
});
