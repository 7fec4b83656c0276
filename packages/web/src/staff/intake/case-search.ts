/** Finding the case to link a tip to, among the cases a role may read: by its number or its victim's name. */
import type { CaseSummary, ListedVictim } from './intake-api.ts';

/** The victim's name as the list gives it (Latin, then local script), or null when hidden or not recorded. */
export function victimName(victim: ListedVictim): string | null {
  if (victim.hiddenName === true) return null;
  const latin = [victim.givenNameLatin, victim.familyNameLatin].filter((part) => part !== null && part !== undefined);
  const name = [latin.join(' '), victim.nameLocal ?? ''].filter((part) => part.trim() !== '').join(' · ');
  return name === '' ? null : name;
}

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * The cases matching what was typed: a number (with or without `#` or `no.`) matches case numbers
 * containing it; words match victims' names containing every word. Nothing typed: every case.
 */
export function matchCases(cases: readonly CaseSummary[], query: string): CaseSummary[] {
  const typed = fold(query);
  if (typed === '') return [...cases];
  const number = /^(?:#|no\.?\s*)?(\d+)$/u.exec(typed);
  if (number !== null) return cases.filter((item) => String(item.caseNumber).includes(number[1] ?? ''));
  const words = typed.split(' ');
  return cases.filter((item) => {
    const name = item.victim === null ? null : victimName(item.victim);
    if (name === null) return false;
    const folded = fold(name);
    return words.every((word) => folded.includes(word));
  });
}
