import { describe, expect, it } from 'vitest';
import type { CaseSummary } from './intake-api.ts';
import { matchCases, victimName } from './case-search.ts';

const base = { riskLevel: 'high', workflowStage: 'new', openedAt: '2026-11-02T08:00:00Z', closedAt: null };
const CASES: CaseSummary[] = [
  {
    ...base,
    id: 'a',
    caseNumber: 12,
    victim: { givenNameLatin: 'Chanthou', familyNameLatin: 'Fictional', nameLocal: 'ចន្ថូ' },
  },
  {
    ...base,
    id: 'b',
    caseNumber: 120,
    victim: { givenNameLatin: 'Bopha', familyNameLatin: 'Madeup', nameLocal: null },
  },
  { ...base, id: 'c', caseNumber: 7, victim: { hiddenName: true } },
  { ...base, id: 'd', caseNumber: 31, victim: null },
];

describe('victimName', () => {
  it('joins the Latin names and the local-script name, and gives nothing when hidden or not recorded', () => {
    expect(victimName(CASES[0]!.victim!)).toBe('Chanthou Fictional · ចន្ថូ');
    expect(victimName({ givenNameLatin: null, familyNameLatin: 'Madeup' })).toBe('Madeup');
    expect(victimName({ hiddenName: true, givenNameLatin: 'Should not show' })).toBeNull();
    expect(victimName({})).toBeNull();
  });
});

describe('matchCases', () => {
  const ids = (query: string) => matchCases(CASES, query).map((item) => item.id);

  it('lists every case when nothing is typed', () => {
    expect(ids('  ')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds cases by number, with or without # or no.', () => {
    expect(ids('12')).toEqual(['a', 'b']);
    expect(ids('#7')).toEqual(['c']);
    expect(ids('No. 31')).toEqual(['d']);
  });

  it('finds cases by every word of the victim’s name, in any case and script, never by a hidden name', () => {
    expect(ids('chanthou fict')).toEqual(['a']);
    expect(ids('ចន្ថូ')).toEqual(['a']);
    expect(ids('bopha fictional')).toEqual([]);
    expect(ids('should')).toEqual([]);
  });
});
