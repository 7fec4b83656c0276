/** How the case workspace writes dates, names and places (pure: the language and data are given). */
import type { UiLanguage } from '../../i18n/language.ts';
import type { Province } from '../staff-api.ts';
import type { Person } from './case-api.ts';

/** A date (or date-time) of the API in the interface language; a bare date stays that day in every time zone. */
export function formatDate(value: string, language: UiLanguage): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/u.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(language === 'km' ? 'km-KH' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  });
}

/** Today as YYYY-MM-DD in the device's time zone (the default of date fields). */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/**
 * The person's name as the API gave it: Latin names, then the local-script name. Null when the API
 * gave none (hidden or not recorded); the caller says which. Never rebuilt from anything else.
 */
export function personName(person: Person): string | null {
  const latin = [person.givenNameLatin, person.familyNameLatin].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  const parts = [latin.join(' '), person.nameLocal ?? ''].filter((part) => part.trim() !== '');
  return parts.length === 0 ? null : parts.join(' · ');
}

export function provinceName(code: string | null, provinces: readonly Province[], language: UiLanguage): string | null {
  if (code === null || code === '') return null;
  const found = provinces.find((province) => province.code === code);
  if (found === undefined) return code;
  return language === 'km' && found.nameLocal !== null ? found.nameLocal : found.nameLatin;
}

/** A code's label from a code list's labels, or the code itself when the list has none for it. */
export function labelOf(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}
