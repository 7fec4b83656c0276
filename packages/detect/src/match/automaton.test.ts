import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, lookup, scanAutomaton } from './automaton.ts';

function findAll(patterns: string[], text: string): string[] {
  const automaton = buildAutomaton(patterns);
  const found: string[] = [];
  scanAutomaton(automaton, text, (pattern, end) => found.push(`${pattern}@${end}`));
  return found.sort();
}

/** The obvious quadratic search, as the reference the automaton must agree with. */
function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1))
      found.push(`${index}@${i + pattern.length}`);
  });
  return found.sort();
}

describe(buildAutomaton.name, () => {
  it('finds overlapping and nested patterns', () => {
    expect(findAll(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['0@4', '1@4', '3@6']);
  });

  it('finds patterns in Khmer, Thai and Chinese and across emoji', () => {
    expect(findAll(['ការងារ', 'เงินดี', '高薪'], '😀ការងារ高薪เงินดี')).toEqual(['0@8', '1@16', '2@10']);
  });

  it('agrees with a naive search on random patterns and texts (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'ក', '高');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        (patterns, text) => {
          expect(findAll(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('numbers states breadth first: the children of every state are consecutive and sorted by class', () => {
    const automaton = buildAutomaton(['abc', 'abd', 'b', 'bc', 'ការ', '高薪']);
    const { childStart, edgeClass } = automaton;
    for (let state = 0; state + 1 < childStart.length; state++) {
      const from = childStart[state] ?? 0;
      const to = childStart[state + 1] ?? 0;
      expect(from).toBeGreaterThan(state);
      for (let child = from + 1; child < to; child++)
        expect(edgeClass[child]).toBeGreaterThan(edgeClass[child - 1] ?? 0);
      for (let child = from; child < to; child++) expect(lookup(automaton, state, edgeClass[child] ?? 0)).toBe(child);
    }
  });

  it('answers lookup and failure steps as the scan does (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'ក', '高');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        (patterns, text) => {
          // The step the byte screen takes, from the exported lookup and failure links.
          const automaton = buildAutomaton(patterns);
          const stepped: string[] = [];
          let state = 0;
          for (let i = 0; i < text.length; i++) {
            const cls = automaton.classOf[text.charCodeAt(i)] ?? 0;
            let next = cls === 0 ? -1 : lookup(automaton, state, cls);
            while (cls !== 0 && next < 0 && state !== 0) {
              state = automaton.fail[state] ?? 0;
              next = lookup(automaton, state, cls);
            }
            state = next < 0 ? 0 : next;
            if (cls === 0) continue;
            const to = automaton.outputStart[state + 1] ?? 0;
            for (let k = automaton.outputStart[state] ?? 0; k < to; k++)
              stepped.push(`${automaton.outputList[k]}@${i + 1}`);
          }
          expect(stepped.sort()).toEqual(findAll(patterns, text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
