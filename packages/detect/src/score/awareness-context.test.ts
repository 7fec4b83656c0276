import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze-text.ts';
import type { Signal } from '../indicators/schema.ts';
import type { Entity, Span } from '../types.ts';
import type { EntitySignal } from './entity-signals.ts';
import { readsAsWarning, STRONG_AWARENESS_MARKERS } from './score-harms.ts';

function readsAsAwareness(text: string): boolean {
  return analyzeText(text).warnings.some((warning) => warning.code === 'awareness_context');
}

function flagged(text: string): string[] {
  return analyzeText(text).harms.map((harm) => harm.type);
}

function spans(entries: [Signal, number][]): Map<Signal, Span[]> {
  const map = new Map<Signal, Span[]>();
  for (const [signal, start] of entries) map.set(signal, [...(map.get(signal) ?? []), { start, end: start + 5 }]);
  return map;
}

const handle = { type: 'handle', start: 90, end: 100 } as unknown as Entity;
const handleSignal: EntitySignal[] = [{ signal: 'channel_move', entity: handle }];

describe('readsAsWarning', () => {
  it('needs a warning or news marker', () => {
    expect(readsAsWarning(spans([['pay_high', 0]]), [])).toBe(false);
    expect(readsAsWarning(spans([['awareness', 0]]), [])).toBe(true);
    expect(readsAsWarning(spans([['news', 0]]), [])).toBe(true);
  });

  it('is lifted by a chat-app handle, however many markers the text shows', () => {
    expect(
      readsAsWarning(
        spans([
          ['awareness', 0],
          ['news', 20],
          ['awareness', 40],
        ]),
        handleSignal,
      ),
    ).toBe(false);
  });

  it('is lifted by a move to a chat app in words only when the markers are few', () => {
    expect(
      readsAsWarning(
        spans([
          ['awareness', 0],
          ['channel_move', 30],
        ]),
        [],
      ),
    ).toBe(false);
    const many = spans([
      ['awareness', 0],
      ['news', 20],
      ['channel_move', 60],
    ]);
    expect(STRONG_AWARENESS_MARKERS).toBe(2);
    expect(readsAsWarning(many, [])).toBe(true);
  });

  it('counts overlapping markers once ("beware" inside "beware of")', () => {
    const overlapping = new Map<Signal, Span[]>([
      [
        'awareness',
        [
          { start: 0, end: 6 },
          { start: 0, end: 9 },
        ],
      ],
      ['channel_move', [{ start: 30, end: 40 }]],
    ]);
    expect(readsAsWarning(overlapping, [])).toBe(false);
  });
});

describe('warnings that describe the move to a chat app', () => {
  it('are not reported when they show several warning markers', () => {
    const warning =
      "My niece was almost tricked, so sharing to warn: a 'recruiter' said 'typing job in Thailand, 1800 USD, company pays the ticket, send your passport photo and add me on WhatsApp'. When she asked to see the office he blocked her.";
    expect(readsAsAwareness(warning)).toBe(true);
    expect(flagged(warning)).toEqual([]);
  });

  it('are not reported when someone asks whether an offer quoted in full is a scam', () => {
    const question =
      'Is this a scam? A guy says I can earn 300 USD a day doing tasks on a crypto platform, I only need to top up 100 USDT first. Has anyone done this?';
    expect(readsAsAwareness(question)).toBe(true);
    expect(flagged(question)).toEqual([]);
  });
});

describe('lures that borrow warning words', () => {
  it('are still reported when they give a chat-app handle', () => {
    const lure =
      'NOT A SCAM, beware of fake agents using our name! Customer service in Cambodia, $1,500 + commission, free visa and ticket, no experience needed. Contact our HR on Telegram @hr_real_jobs_demo';
    expect(readsAsAwareness(lure)).toBe(false);
    expect(flagged(lure)).toContain('recruitment_fraud');
  });
});
