import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import type { ConversationMessage } from './types.ts';

type Line = readonly [author: string, time: string, text: string];

function chat(day: string, lines: readonly Line[]): ConversationMessage[] {
  return lines.map(([author, time, text]) => ({ author, time: `${day}T${time}:00`, text }));
}

const harmsOf = (messages: readonly ConversationMessage[]): string[] =>
  analyzeConversation(messages).harms.map((harm) => harm.type);

/** A labelled conversation of the development corpus. */
function devConversation(file: string, id: string): { messages: ConversationMessage[]; harms: string[] } {
  const url = new URL(`../../corpus/conversations/dev/${file}`, import.meta.url);
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    if (!line.includes(`"id":"${id}"`)) continue;
    const parsed = JSON.parse(line) as { messages: ConversationMessage[]; label: { harms: string[] } };
    return { messages: parsed.messages, harms: parsed.label.harms };
  }
  throw new Error(`no conversation ${id} in ${file}`);
}

describe('offering a child to others, or grooming the child in the chat', () => {
  it('reads an adult promising gifts for sexual pictures to the 13-year-old in the chat as grooming, not as selling a child', () => {
    const harms = harmsOf(
      chat('2026-04-03', [
        ['kai_88', '20:01', 'hey u play roblox? ur skins r cool'],
        ['mia', '20:03', 'thx lol'],
        ['kai_88', '20:04', 'how old r u'],
        ['mia', '20:05', 'im 13'],
        ['kai_88', '20:30', 'add me on telegram its more private'],
        ['kai_88', '21:40', 'ill send u 2000 robux if u send me a sexy pic, just for me'],
        ['kai_88', '21:41', 'dont tell ur mom ok'],
      ]),
    );
    expect(harms).toContain('grooming');
    expect(harms).not.toContain('child_sexual_exploitation');
  });

  it('does not read grooming or sextortion of the child in the chat as an offer of a child (dev chats that did)', () => {
    for (const [file, id] of [
      ['grooming.jsonl', 'dev-grooming-th-03'],
      ['grooming.jsonl', 'dev-grooming-tl-01'],
      ['sextortion.jsonl', 'dev-sextortion-en-04'],
    ] as const) {
      const { messages, harms } = devConversation(file, id);
      const found = harmsOf(messages);
      expect(found, id).toContain(harms[0]);
      expect(found, id).not.toContain('child_sexual_exploitation');
    }
  });
});
