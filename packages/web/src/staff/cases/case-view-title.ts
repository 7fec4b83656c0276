/**
 * The case list's menu label, apart from the page's strings so that the staff page's menu does not
 * load them (they come with the case page, on demand). Same words as `list.title` in
 * case-strings-en.ts / -km.ts (case-codes.test.ts checks it).
 */
import type { UiLanguage } from '../../i18n/language.ts';

const TITLES: Record<UiLanguage, string> = { en: 'Cases', km: 'ករណី' };

export function caseViewTitle(language: UiLanguage): string {
  return TITLES[language];
}
