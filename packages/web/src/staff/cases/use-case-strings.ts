import { useI18n } from '../../i18n/i18n-context.tsx';
import type { UiLanguage } from '../../i18n/language.ts';
import { caseEn, type CaseStrings } from './case-strings-en.ts';
import { caseKm } from './case-strings-km.ts';

export function caseStringsFor(language: UiLanguage): CaseStrings {
  return language === 'km' ? caseKm : caseEn;
}

/** The case workspace's strings in the interface language. */
export function useCaseStrings(): CaseStrings {
  return caseStringsFor(useI18n().language);
}
