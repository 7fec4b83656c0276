import { describe, expect, it } from 'vitest';
import { chatSpelling, withChatSpellings, withEnglishChatSpellings } from './chat-spellings.ts';
import type { Indicator } from './schema.ts';

describe('chat spellings of English phrases', () => {
  it('write you, your, you’re, are you and contractions as chats do', () => {
    expect(chatSpelling("don't tell your mom")).toBe('dont tell ur mom');
    expect(chatSpelling('are you home alone')).toBe('r u home alone');
    expect(chatSpelling("i won't show anyone, you're safe")).toBe('i wont show anyone, ur safe');
    expect(chatSpelling("i'll send you a gift card")).toBe('ill send u a gift card');
  });

  it('leave words that only contain "you" or "are" alone', () => {
    expect(chatSpelling('youth camp')).toBe('youth camp');
    expect(chatSpelling('careful, spare parts')).toBe('careful, spare parts');
  });

  it('add each chat spelling once, after the phrases as written, and nothing already listed', () => {
    expect(withChatSpellings(["don't tell your mom", 'dont tell ur mom', 'send you a pic', 'pthc'])).toEqual([
      "don't tell your mom",
      'dont tell ur mom',
      'send you a pic',
      'pthc',
      'send u a pic',
    ]);
  });

  it('do not add a chat spelling that another indicator already lists', () => {
    const base = {
      label: { en: 'x', km: 'ក' },
      explanation: { en: 'x', km: 'ក' },
      examples: { positive: [], negative: [] },
    };
    const a: Indicator = { ...base, id: 'test.a', weights: { grooming: 1 }, phrases: { en: ["you're 13"] } };
    const b: Indicator = { ...base, id: 'test.b', weights: { grooming: 1 }, phrases: { en: ['ur 13'], km: ['ក្មេង'] } };
    const c: Indicator = { ...base, id: 'test.c', weights: { grooming: 1 }, phrases: { km: ['ក្មេងស្រី'] } };
    expect(withEnglishChatSpellings([a, b, c]).map((indicator) => indicator.phrases)).toEqual([
      { en: ["you're 13"] },
      { en: ['ur 13'], km: ['ក្មេង'] },
      { km: ['ក្មេងស្រី'] },
    ]);
  });
});
