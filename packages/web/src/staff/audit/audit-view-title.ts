/**
 * The audit log's menu label, apart from the page's strings so that the staff page's menu does
 * not load them (they come with the page, on demand). Same words as `title` in
 * audit-strings-en.ts / -km.ts (audit-codes.test.ts checks it).
 */
import type { UiLanguage } from '../../i18n/language.ts';

const TITLES: Record<UiLanguage, string> = { en: 'Audit log', km: 'កំណត់ហេតុសវនកម្ម' };

export function auditViewTitle(language: UiLanguage): string {
  return TITLES[language];
}
