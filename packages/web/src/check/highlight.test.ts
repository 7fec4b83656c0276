import { analyzeText } from '@raksa/detect';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceSpans, highlightSegments, mergeSpans } from './highlight.ts';

describe('highlightSegments', () => {
  it('marks the evidence and leaves the rest plain', () => {
    const segments = highlightSegments('free visa and flight', [{ start: 0, end: 9, label: 'Travel paid' }]);
    expect(segments).toEqual([
      { text: 'free visa', start: 0, end: 9, labels: ['Travel paid'] },
      { text: ' and flight', start: 9, end: 20, labels: [] },
    ]);
  });

  it('merges overlapping spans into one highlight with every label once', () => {
    const merged = mergeSpans(
      [
        { start: 5, end: 18, label: 'No experience' },
        { start: 0, end: 10, label: 'Easy work' },
        { start: 12, end: 15, label: 'No experience' },
      ],
      30,
    );
    expect(merged).toEqual([{ start: 0, end: 18, labels: ['Easy work', 'No experience'] }]);
  });

  it('keeps touching spans apart (they do not overlap)', () => {
    expect(
      mergeSpans(
        [
          { start: 0, end: 3, label: 'a' },
          { start: 3, end: 6, label: 'b' },
        ],
        6,
      ),
    ).toHaveLength(2);
  });

  it('ignores empty, reversed, fractional and out-of-range spans instead of breaking the text', () => {
    const text = 'abcdef';
    const segments = highlightSegments(text, [
      { start: 4, end: 2, label: 'reversed' },
      { start: 1, end: 1, label: 'empty' },
      { start: 0.5, end: 2, label: 'fractional' },
      { start: -5, end: 2, label: 'clamped' },
      { start: 5, end: 99, label: 'clamped too' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.labels.length > 0).map((segment) => segment.text)).toEqual(['ab', 'f']);
  });

  it('uses UTF-16 offsets: Khmer and emoji evidence is cut exactly where the engine says', () => {
    const text = '😀 ការងារស្រួល ប្រាក់ខែខ្ពស់';
    const start = text.indexOf('ការងារស្រួល');
    const segments = highlightSegments(text, [{ start, end: start + 'ការងារស្រួល'.length, label: 'Easy work' }]);
    expect(segments[1]?.text).toBe('ការងារស្រួល');
  });

  it('gives the text back exactly, with no overlapping highlights, for any spans (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 70 }),
            end: fc.integer({ min: -5, max: 70 }),
            label: fc.constantFrom('a', 'b', 'c'),
          }),
        ),
        (text, spans) => {
          const segments = highlightSegments(text, spans);
          expect(segments.map((segment) => segment.text).join('')).toBe(text);
          for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
        },
      ),
    );
  });

  it('highlights exactly the engine evidence of a real lure', () => {
    const text = 'Urgent! Customer service in Sihanoukville, $1,500/month, free visa and flight, no experience needed';
    const analysis = analyzeText(text);
    const spans = evidenceSpans(analysis);
    expect(spans.length).toBeGreaterThan(0);
    const marked = highlightSegments(text, spans).filter((segment) => segment.labels.length > 0);
    for (const span of spans)
      expect(marked.some((segment) => segment.start <= span.start && span.end <= segment.end)).toBe(true);
  });
});
