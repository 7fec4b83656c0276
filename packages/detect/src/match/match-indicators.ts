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

/** In a gapped phrase (`send ... pic`), at most this many normalised code units between parts. */
export const MAX_GAP = 40;

interface PartHit {
  part: number;
  start: number;
  end: number;
}

/** Chains the parts of one gapped phrase in order, each close after the previous one. */
function chainParts(parts: number, hits: readonly PartHit[]): { start: number; end: number }[] {
  const byPart: PartHit[][] = Array.from({ length: parts }, () => []);
  for (const hit of hits) byPart[hit.part]?.push(hit);
  const found: { start: number; end: number }[] = [];
  for (const first of byPart[0] ?? []) {
    let end = first.end;
    let complete = true;
    for (let part = 1; part < parts; part++) {
      const next = (byPart[part] ?? []).find((hit) => hit.start >= end && hit.start - end <= MAX_GAP);
      if (next === undefined) {
        complete = false;
        break;
      }
      end = next.end;
    }
    if (complete) found.push({ start: first.start, end });
  }
  return found;
}

function hasEveryPart(parts: number, hits: readonly PartHit[]): boolean {
  if (hits.length < parts) return false;
  const seen = new Uint8Array(parts);
  let missing = parts;
  for (const hit of hits) {
    if (seen[hit.part] === 0) {
      seen[hit.part] = 1;
      if (--missing === 0) return true;
    }
  }
  return false;
}

/** Finds every catalogue phrase in the normalised text, respecting word boundaries and gaps. */
export function matchIndicators(catalog: CompiledCatalog, normalized: NormalizedText): IndicatorHit[] {
  const { text } = normalized;
  const hits: IndicatorHit[] = [];
  let partHits: Map<number, PartHit[]> | undefined;
  scanAutomaton(catalog.automaton, text, (literal, end) => {
    const start = end - (catalog.automaton.patternLengths[literal] ?? 0);
    for (const target of catalog.targets[literal] ?? []) {
      if (target.leftBoundary && start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      if (target.rightBoundary && end < text.length && isWordChar(text.charCodeAt(end))) continue;
      if (target.kind === 'indicator') hits.push({ indicator: target.indicator, start, end });
      else {
        partHits ??= new Map();
        const list = partHits.get(target.sequence) ?? [];
        list.push({ part: target.part, start, end });
        partHits.set(target.sequence, list);
      }
    }
  });
  if (partHits !== undefined) {
    for (const [sequence, list] of partHits) {
      const { indicator, parts } = catalog.sequences[sequence] ?? { indicator: -1, parts: 0 };
      if (!hasEveryPart(parts, list)) continue; // the common case: a frequent word is one part of many phrases
      for (const span of chainParts(parts, list)) hits.push({ indicator, ...span });
    }
  }
  return hits;
}
