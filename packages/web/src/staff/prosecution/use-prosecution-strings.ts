import { useI18n } from '../../i18n/i18n-context.tsx';
import type { UiLanguage } from '../../i18n/language.ts';
import { prosecutionEn, type ProsecutionStrings } from './prosecution-strings-en.ts';
import { prosecutionKm } from './prosecution-strings-km.ts';

export function prosecutionStringsFor(language: UiLanguage): ProsecutionStrings {
  return language === 'km' ? prosecutionKm : prosecutionEn;
}

/** The prosecution pages' strings in the interface language. */
export function useProsecutionStrings(): ProsecutionStrings {
  return prosecutionStringsFor(useI18n().language);
}
