import { useI18n } from '../../i18n/i18n-context.tsx';
import type { UiLanguage } from '../../i18n/language.ts';
import { auditEn, type AuditStrings } from './audit-strings-en.ts';
import { auditKm } from './audit-strings-km.ts';

export function auditStringsFor(language: UiLanguage): AuditStrings {
  return language === 'km' ? auditKm : auditEn;
}

/** The audit log page's strings in the interface language (they load with the page). */
export function useAuditStrings(): AuditStrings {
  return auditStringsFor(useI18n().language);
}
