import type { CompiledCatalog } from '../indicators/compile.ts';
import type { EvidenceBound } from './evidence-bound.ts';

/**
 * Turns the catalogue literals the screen finds in a text into candidate indicators for the
 * evidence bound: a whole phrase is a candidate as soon as its literal is seen; a gapped phrase
 * (`send ... pic`) only once a literal of every one of its parts has been seen. Order, gaps and
 * word boundaries are not checked, so the candidates are a superset of what `matchIndicators`
 * fires on the same text: a frequent word that is one part of many phrases (`day`, `video`)
 * no longer makes a text look like evidence by itself.
 */
export interface PhraseCandidates {
  reset(): void;
  /** Records catalogue literal `literal` (its index in `catalog.literals`); false: analyse the text. */
  see(literal: number): boolean;
}

export function createPhraseCandidates(catalog: CompiledCatalog, bound: EvidenceBound): PhraseCandidates {
  // Each gapped phrase's parts get consecutive slots.
  const firstSlot = new Int32Array(catalog.sequences.length);
  let slots = 0;
  catalog.sequences.forEach((sequence, i) => {
    firstSlot[i] = slots;
    slots += sequence.parts;
  });
  const slotSequence = new Int32Array(slots);
  catalog.sequences.forEach((sequence, i) => slotSequence.fill(i, firstSlot[i], (firstSlot[i] ?? 0) + sequence.parts));
  const wholePhrases: Int32Array[] = [];
  const partSlots: Int32Array[] = [];
  for (const targets of catalog.targets) {
    const indicators = new Set<number>();
    const parts = new Set<number>();
    for (const target of targets) {
      if (target.kind === 'indicator') indicators.add(target.indicator);
      else parts.add((firstSlot[target.sequence] ?? 0) + target.part);
    }
    wholePhrases.push(Int32Array.from(indicators));
    partSlots.push(Int32Array.from(parts));
  }
  const missing = Int32Array.from(catalog.sequences, (sequence) => sequence.parts);
  const slotSeen = new Uint8Array(slots);
  const touched: number[] = [];

  return {
    reset() {
      for (const slot of touched) {
        slotSeen[slot] = 0;
        const sequence = slotSequence[slot] ?? 0;
        missing[sequence] = catalog.sequences[sequence]?.parts ?? 0;
      }
      touched.length = 0;
    },
    see(literal) {
      const indicators = wholePhrases[literal];
      const parts = partSlots[literal];
      if (indicators === undefined || parts === undefined) return false;
      for (let k = 0; k < indicators.length; k++) if (!bound.add(indicators[k] ?? 0)) return false;
      for (let k = 0; k < parts.length; k++) {
        const slot = parts[k] ?? 0;
        if (slotSeen[slot] === 1) continue;
        slotSeen[slot] = 1;
        touched.push(slot);
        const sequence = slotSequence[slot] ?? 0;
        const left = (missing[sequence] ?? 0) - 1;
        missing[sequence] = left;
        if (left === 0 && !bound.add(catalog.sequences[sequence]?.indicator ?? 0)) return false;
      }
      return true;
    },
  };
}
