import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { UiLanguage } from '../../../i18n/language.ts';
import { caseExportEn, type CaseExportStrings } from './export-strings-en.ts';
import { caseExportKm } from './export-strings-km.ts';

export function caseExportStringsFor(language: UiLanguage): CaseExportStrings {
  return language === 'km' ? caseExportKm : caseExportEn;
}

/** The case export's strings in the interface language. */
export function useCaseExportStrings(): CaseExportStrings {
  return caseExportStringsFor(useI18n().language);
}
