import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import { FORGOTTEN_AFTER_MESSAGES, FULL_WEIGHT_MESSAGES, freshness } from './evidence-recency.ts';
import type { ConversationMessage } from './types.ts';

const FILLER = ['lol ok', 'see you tomorrow', 'did you eat yet?', 'haha same', 'good night'];

function chat(lines: readonly (readonly [string, string])[]): ConversationMessage[] {
  return lines.map(([author, text]) => ({ author, time: null, text }));
}

/** `count` everyday lines between two friends. */
function everyday(count: number): (readonly [string, string])[] {
  return Array.from(
    { length: count },
    (_, i) => [i % 2 === 0 ? 'Vanna' : 'Dara', FILLER[i % FILLER.length] ?? 'ok'] as const,
  );
}

describe('freshness', () => {
  it('counts evidence fully for a while, then halves it, then forgets it', () => {
    expect(freshness(0)).toBe(1);
    expect(freshness(FULL_WEIGHT_MESSAGES)).toBe(1);
    expect(freshness(FULL_WEIGHT_MESSAGES + 100)).toBeCloseTo(0.5, 5);
    expect(freshness(FORGOTTEN_AFTER_MESSAGES + 1)).toBe(0);
  });

  it('never grows with age', () => {
    let previous = 1;
    for (let age = 0; age < FORGOTTEN_AFTER_MESSAGES + 50; age += 7) {
      expect(freshness(age)).toBeLessThanOrEqual(previous);
      previous = freshness(age);
    }
  });
});

describe('evidence over a long chat', () => {
  const steps: (readonly [string, string])[] = [
    ['Vanna', 'are your parents home?'],
    ['Vanna', "don't tell anyone ok"],
    ['Vanna', 'send me a pic'],
    ['Vanna', 'add me on telegram'],
  ];

  it('does not add up risky lines scattered over thousands of everyday messages', () => {
    const scattered: (readonly [string, string])[] = [];
    for (const step of steps) scattered.push(step, ...everyday(FORGOTTEN_AFTER_MESSAGES + 10));
    const close = analyzeConversation(chat(steps));
    const far = analyzeConversation(chat(scattered));
    const score = (analysis: typeof far): number => analysis.harms.find((h) => h.type === 'grooming')?.score ?? 0;
    expect(score(close)).toBeGreaterThan(score(far));
    expect(far.alert).toBeNull();
  });

  it('still reports an arc that came close together in the middle of a long chat, with its evidence', () => {
    const messages = chat([...everyday(500), ...steps, ['Dara', 'ok'], ...everyday(3000)]);
    const analysis = analyzeConversation(messages);
    const grooming = analysis.harms.find((h) => h.type === 'grooming');
    expect(grooming?.actor).toBe('Vanna');
    for (const indicator of grooming?.indicators ?? []) {
      for (const evidence of indicator.evidence) {
        expect(messages[evidence.messageIndex]?.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        expect(evidence.messageIndex).toBeGreaterThanOrEqual(500);
        expect(evidence.messageIndex).toBeLessThan(504);
      }
    }
  });
});
