import { useI18n } from '../../i18n/i18n-context.tsx';
import type { UiLanguage } from '../../i18n/language.ts';
import { intakeEn, type IntakeStrings } from './intake-strings-en.ts';
import { intakeKm } from './intake-strings-km.ts';

export function intakeStringsFor(language: UiLanguage): IntakeStrings {
  return language === 'km' ? intakeKm : intakeEn;
}

/** Intake's strings (triage actions, record a call) in the interface language. */
export function useIntakeStrings(): IntakeStrings {
  return intakeStringsFor(useI18n().language);
}
