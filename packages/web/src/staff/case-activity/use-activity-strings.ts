import { useI18n } from '../../i18n/i18n-context.tsx';
import type { UiLanguage } from '../../i18n/language.ts';
import { activityEn, type ActivityStrings } from './activity-strings-en.ts';
import { activityKm } from './activity-strings-km.ts';

export function activityStringsFor(language: UiLanguage): ActivityStrings {
  return language === 'km' ? activityKm : activityEn;
}

/** The case activity sections' strings in the interface language. */
export function useActivityStrings(): ActivityStrings {
  return activityStringsFor(useI18n().language);
}
