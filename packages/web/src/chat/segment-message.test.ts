import { describe, expect, it } from 'vitest';
import { mergeSpans, segmentMessage } from './segment-message.ts';

describe(segmentMessage.name, () => {
  it('splits a short message into plain text and evidence, in order', () => {
    const text = 'send me a pic, just for me';
    expect(segmentMessage(text, [{ start: 0, end: 13 }])).toEqual([
      { kind: 'evidence', text: 'send me a pic' },
      { kind: 'text', text: ', just for me' },
    ]);
  });

  it('merges overlapping and nested spans and ignores invalid ones', () => {
    expect(
      mergeSpans(
        [
          { start: 5, end: 9 },
          { start: 0, end: 6 },
          { start: 7, end: 8 },
          { start: 4, end: 2 },
          { start: -3, end: 1 },
          { start: 20, end: 99 },
        ],
        25,
      ),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 20, end: 25 },
    ]);
  });

  it('keeps only windows around the evidence of a 100,000-character message', () => {
    const text = `${'a'.repeat(50_000)}SECRET${'b'.repeat(50_000)}`;
    const segments = segmentMessage(text, [{ start: 50_000, end: 50_006 }], { maxChars: 2000, context: 100 });
    expect(segments[0]).toEqual({ kind: 'gap' });
    expect(segments[segments.length - 1]).toEqual({ kind: 'gap' });
    expect(segments).toContainEqual({ kind: 'evidence', text: 'SECRET' });
    const shown = segments.reduce((sum, s) => sum + (s.kind === 'gap' ? 0 : s.text.length), 0);
    expect(shown).toBeLessThanOrEqual(206);
  });

  it('shows the start of a long message without evidence, and never cuts a surrogate pair', () => {
    const text = '😊'.repeat(3000);
    const segments = segmentMessage(text, [], { maxChars: 1001 });
    const first = segments[0];
    expect(first?.kind).toBe('text');
    const shown = first?.kind === 'text' ? first.text : '';
    expect(shown.length % 2).toBe(0);
    expect(shown.endsWith('😊')).toBe(true);
    expect(segments[1]).toEqual({ kind: 'gap' });
  });
});
