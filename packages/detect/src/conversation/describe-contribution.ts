import { describedOf, type Contribution, type Described } from '../score/score-harms.ts';
import type { Evidence, FiredIndicator, Span } from '../types.ts';

const MAX_EVIDENCE = 5;

/** Spans sorted, overlapping ones merged, with their words (as the engine shows evidence). */
export function evidenceOf(text: string, spans: readonly Span[]): Evidence[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged
    .slice(0, MAX_EVIDENCE)
    .map((span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) }));
}

export { describedOf, type Described } from '../score/score-harms.ts';

/** The label, explanation and weight of an indicator or rule, in the reader's language. */
export function describeSource(
  described: Described,
  weight: number,
  language: 'en' | 'km',
): Omit<FiredIndicator, 'evidence'> {
  return {
    id: described.id,
    label: described.label[language],
    explanation: described.explanation[language],
    weight: Math.round(weight * 100) / 100,
  };
}

/** One message's contribution as the engine reports a fired indicator. */
export function describeContribution(contribution: Contribution, language: 'en' | 'km', text: string): FiredIndicator {
  return {
    ...describeSource(describedOf(contribution.source), contribution.weight, language),
    evidence: evidenceOf(text, contribution.spans),
  };
}
