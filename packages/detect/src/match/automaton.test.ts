import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, scanAutomaton } from './automaton.ts';

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
});
