import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import { alertHarmAfterFolding, withoutOverlappingHarms } from './overlapping-harms.ts';
import type { ActorHarm } from './score-actor.ts';
import type { ConversationMessage } from './types.ts';
import type { Harm } from '../types.ts';

function harm(type: Harm, score: number, ids: string[] = []): ActorHarm {
  return {
    harm: type,
    score,
    indicators: ids.map((id) => ({ id, label: id, explanation: '', weight: 1, evidence: [] })),
  };
}

const types = (harms: readonly ActorHarm[]): Harm[] => harms.map((h) => h.harm);
const HOURS = 60;

describe('harms that another harm of the same author explains', () => {
  it('folds child sexual exploitation into the grooming of the child in the chat', () => {
    const harms = [harm('grooming', 1), harm('child_sexual_exploitation', 0.97, ['rule.cse.child_sex_for_sale'])];
    expect(types(withoutOverlappingHarms(harms, 300 * HOURS))).toEqual(['grooming']);
  });

  it('keeps child sexual exploitation when the author offers a child to a customer, or when it weighs more', () => {
    const offered = [
      harm('grooming', 1),
      harm('child_sexual_exploitation', 0.8, ['conversation.cse.child_offered_for_sale']),
    ];
    expect(types(withoutOverlappingHarms(offered, 300 * HOURS))).toEqual(['grooming', 'child_sexual_exploitation']);
    const heavier = [harm('grooming', 0.6), harm('child_sexual_exploitation', 0.9)];
    expect(types(withoutOverlappingHarms(heavier, 300 * HOURS))).toEqual(['grooming', 'child_sexual_exploitation']);
    expect(types(withoutOverlappingHarms([harm('child_sexual_exploitation', 0.9)], 1))).toEqual([
      'child_sexual_exploitation',
    ]);
  });

  it('folds grooming and a weaker scam into a sextortion that took less than two days', () => {
    const harms = [harm('sextortion', 1), harm('grooming', 0.99), harm('scam', 0.6)];
    expect(types(withoutOverlappingHarms(harms, 2 * HOURS))).toEqual(['sextortion']);
    expect(types(withoutOverlappingHarms(harms, 47 * HOURS))).toEqual(['sextortion']);
  });

  it('keeps grooming beside sextortion when the trust was built over days, and everything when times are unknown', () => {
    const harms = [harm('sextortion', 0.7), harm('grooming', 1), harm('scam', 0.6)];
    expect(types(withoutOverlappingHarms(harms, 4 * 24 * HOURS))).toEqual(['sextortion', 'grooming', 'scam']);
    expect(types(withoutOverlappingHarms(harms, undefined))).toEqual(['sextortion', 'grooming', 'scam']);
  });

  it('keeps a scam that weighs more than the sextortion', () => {
    const harms = [harm('sextortion', 0.6), harm('scam', 0.9)];
    expect(types(withoutOverlappingHarms(harms, HOURS))).toEqual(['sextortion', 'scam']);
  });

  it('names the harm that explains a folded alert', () => {
    expect(alertHarmAfterFolding('child_sexual_exploitation', new Set<Harm>(['grooming']))).toBe('grooming');
    expect(alertHarmAfterFolding('grooming', new Set<Harm>(['sextortion']))).toBe('sextortion');
    expect(alertHarmAfterFolding('scam', new Set<Harm>(['sextortion']))).toBe('sextortion');
    expect(alertHarmAfterFolding('scam', new Set<Harm>(['scam', 'sextortion']))).toBe('scam');
  });

  it('reports a fast sextortion of a teenager as sextortion only, with the alert naming it', () => {
    const at = (minute: number): string => `2026-05-02T21:${String(minute).padStart(2, '0')}:00`;
    const lines: [string, string][] = [
      ['jess.xo', 'hey cutie, u single? ur so handsome'],
      ['tom', 'lol thx, im 15'],
      ['jess.xo', 'omg same age haha. add me on telegram its more private'],
      ['jess.xo', 'send me a pic without ur shirt, ill send one too 😘 dont tell anyone'],
      ['tom', ''],
      [
        'jess.xo',
        'i recorded everything. pay $300 in gift cards in 1 hour or i send it to all ur followers and ur family',
      ],
      ['jess.xo', 'tick tock. dont ignore me or i post it now'],
    ];
    const messages: ConversationMessage[] = lines.map(([author, text], i) => ({
      author,
      time: at(i * 4),
      text,
      ...(text === '' ? { media: ['image'] } : {}),
    }));
    const analysis = analyzeConversation(messages);
    const reported = analysis.harms.map((h) => h.type);
    expect(reported).toContain('sextortion');
    expect(reported).not.toContain('grooming');
    expect(analysis.offender).toBe('jess.xo');
    if (analysis.alert !== null) expect(reported).toContain(analysis.alert.harm);
  });
});
