/**
 * Screening suggestions from a case's texts: the tips and calls linked to the case and its notes
 * are run through the detection engine, and each engine indicator that describes the victim's
 * situation (SCREENING_HINTS) becomes a suggested screening indicator with the words that fired it.
 */
import type { Detector } from '@raksa/detect';
import type { ScreeningIndicator } from '@raksa/store';
import { screeningIndicatorsFor } from './screening-hints.ts';

export interface CaseText {
  source: 'tip' | 'note';
  sourceId: string;
  text: string;
}

export interface SuggestionEvidence {
  source: CaseText['source'];
  sourceId: string;
  /** The words that fired the engine's indicator, with a little context (at most ~200 characters). */
  excerpt: string;
  engineIndicator: string;
  /** The engine indicator's label, in the requested language. */
  label: string;
}

export interface ScreeningHint {
  indicator: ScreeningIndicator;
  evidence: SuggestionEvidence[];
}

/** Each text is analysed up to this length; at most this much evidence is kept per screening indicator. */
export const SUGGESTION_LIMITS = { maxCharsPerText: 20_000, maxEvidencePerIndicator: 5, context: 70 } as const;

function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SUGGESTION_LIMITS.context);
  const to = Math.min(text.length, end + SUGGESTION_LIMITS.context);
  const body = text.slice(from, to).replace(/\s+/gu, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

export function suggestScreeningIndicators(
  detector: Detector,
  texts: readonly CaseText[],
  language: 'en' | 'km' = 'en',
): ScreeningHint[] {
  const found = new Map<ScreeningIndicator, SuggestionEvidence[]>();
  for (const item of texts) {
    if (item.text.trim() === '') continue;
    const analysis = detector.analyzeText(item.text, {
      threshold: 0,
      adviceLanguage: language,
      maxChars: SUGGESTION_LIMITS.maxCharsPerText,
    });
    const seen = new Set<string>();
    for (const harm of analysis.harms) {
      for (const fired of harm.indicators) {
        if (seen.has(fired.id)) continue; // an indicator can count towards several harms
        seen.add(fired.id);
        const first = fired.evidence[0];
        if (first === undefined) continue;
        for (const indicator of screeningIndicatorsFor(fired.id)) {
          const list = found.get(indicator) ?? [];
          if (list.length < SUGGESTION_LIMITS.maxEvidencePerIndicator) {
            list.push({
              source: item.source,
              sourceId: item.sourceId,
              excerpt: excerptAround(item.text, first.start, first.end),
              engineIndicator: fired.id,
              label: fired.label,
            });
          }
          found.set(indicator, list);
        }
      }
    }
  }
  return [...found.entries()].map(([indicator, evidence]) => ({ indicator, evidence }));
}
