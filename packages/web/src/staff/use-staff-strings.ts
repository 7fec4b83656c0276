import { useI18n } from '../i18n/i18n-context.tsx';
import type { UiLanguage } from '../i18n/language.ts';
import { staffEn, type StaffStrings } from './staff-strings-en.ts';
import { staffKm } from './staff-strings-km.ts';

export function staffStringsFor(language: UiLanguage): StaffStrings {
  return language === 'km' ? staffKm : staffEn;
}

/** The staff page's strings in the interface language. */
export function useStaffStrings(): StaffStrings {
  return staffStringsFor(useI18n().language);
}
