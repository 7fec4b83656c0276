import type { UiLanguage } from '../../i18n/language.ts';
import type { Province } from '../staff-api.ts';

/** A province's name in the interface language (Khmer script when the gazetteer has it), or its code. */
export function provinceName(code: string | null, provinces: readonly Province[], language: UiLanguage): string | null {
  if (code === null) return null;
  const found = provinces.find((province) => province.code === code);
  if (found === undefined) return code;
  return language === 'km' && found.nameLocal !== null ? found.nameLocal : found.nameLatin;
}
