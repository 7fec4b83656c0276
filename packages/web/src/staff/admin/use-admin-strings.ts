import { useI18n } from '../../i18n/i18n-context.tsx';
import type { UiLanguage } from '../../i18n/language.ts';
import { adminEn, type AdminStrings } from './admin-strings-en.ts';
import { adminKm } from './admin-strings-km.ts';

export function adminStringsFor(language: UiLanguage): AdminStrings {
  return language === 'km' ? adminKm : adminEn;
}

/** The administration pages' strings in the interface language. */
export function useAdminStrings(): AdminStrings {
  return adminStringsFor(useI18n().language);
}
