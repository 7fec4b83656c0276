import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import { isParentName } from './parent-name.ts';

describe('isParentName', () => {
  it.each([
    'Mum',
    'Dad',
    'Mama',
    'Mom 💕',
    'MakSrey',
    'Mama_Lina',
    'Papa Joe',
    '妈妈',
    'แม่',
    'ម៉ាក់',
    'Amay',
    'Ibu Rina',
    'Ma',
  ])('reads %s as a parent', (name) => {
    expect(isParentName(name)).toBe(true);
  });

  it.each(['Mark', 'Bob', 'Makara', 'Maelynn', 'Dara', 'Coach', 'mamasita99', 'Daddy_K', '', 'M'.repeat(100)])(
    'does not read %s as a parent',
    (name) => {
      expect(isParentName(name)).toBe(false);
    },
  );
});

describe('a parent named by the export', () => {
  it('does not read a mother checking on her child as grooming, even without "ok mom"', () => {
    const analysis = analyzeConversation([
      { author: 'Mama', time: '2026-03-02T21:05:00', text: 'where are you? it is 9 already' },
      { author: 'Nita', time: '2026-03-02T21:06:00', text: "at Lina's, finishing the project. i'm 13 not a baby lol" },
      { author: 'Mama', time: '2026-03-02T21:07:00', text: 'send me a pic of you there please' },
      { author: 'Mama', time: '2026-03-02T21:08:00', text: 'are your parents home? i mean her parents' },
      { author: 'Mama', time: '2026-03-02T21:09:00', text: "don't tell anyone but papa is getting you a cake" },
    ]);
    expect(analysis.harms.find((h) => h.type === 'grooming')).toBeUndefined();
    expect(analysis.alert).toBeNull();
  });
});
