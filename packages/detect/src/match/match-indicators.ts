import type { CompiledCatalog } from '../indicators/compile.ts';
import { isWordChar } from '../text/char-classes.ts';
import type { NormalizedText } from '../text/normalize.ts';
import { scanAutomaton } from './automaton.ts';

/** One occurrence of an indicator's phrase, in normalised-text offsets. */
export interface IndicatorHit {
  indicator: number;
  start: number;
  end: number;
}

/** Finds every catalogue phrase in the normalised text, respecting word boundaries. */
export function matchIndicators(catalog: CompiledCatalog, normalized: NormalizedText): IndicatorHit[] {
  const { text } = normalized;
  const hits: IndicatorHit[] = [];
  scanAutomaton(catalog.automaton, text, (literal, end) => {
    const start = end - (catalog.automaton.patternLengths[literal] ?? 0);
    for (const target of catalog.targets[literal] ?? []) {
      if (target.leftBoundary && start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      if (target.rightBoundary && end < text.length && isWordChar(text.charCodeAt(end))) continue;
      hits.push({ indicator: target.indicator, start, end });
    }
  });
  return hits;
}
