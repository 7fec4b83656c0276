/**
 * How the prosecution pages name things: an offence in the interface language where the catalogue
 * has it, a statute by its full title, a person by the names the API gave (or that it hid them),
 * a criminal case by its references, an amount with its currency.
 */
import type { UiLanguage } from '../../i18n/language.ts';
import { format } from '../../i18n/language.ts';
import type { CriminalCase, Offence, PersonSummary } from './prosecution-api.ts';
import { prosecutionEn, type ProsecutionStrings } from './prosecution-strings-en.ts';
import { prosecutionKm } from './prosecution-strings-km.ts';

/** The offence's label in Khmer when the interface is Khmer and the catalogue has one, else in English. */
export function offenceLabel(offence: Pick<Offence, 'labelEn' | 'labelKm'>, language: UiLanguage): string {
  return language === 'km' && offence.labelKm !== null && offence.labelKm.trim() !== ''
    ? offence.labelKm
    : offence.labelEn;
}

/** The statute's full title for the statutes the strings know (`LSHTSE 2008`, `CC 2009`), else as stored. */
export function statuteTitle(statute: string, strings: ProsecutionStrings): string {
  const titles: Readonly<Record<string, string>> = strings.statutes;
  return Object.hasOwn(titles, statute) ? (titles[statute] ?? statute) : statute;
}

/** "Article 10", "Article 239 (number not yet checked)", or that the catalogue has no number. */
export function articleText(
  offence: Pick<Offence, 'article' | 'articleVerified'>,
  strings: ProsecutionStrings,
): string {
  if (offence.article === null) return strings.offences.noArticle;
  const article = format(strings.offences.article, { article: offence.article });
  return offence.articleVerified ? article : `${article} ${strings.offences.articleUnverified}`;
}

/** The names the API gave for a person, or null when it gave none (hidden for a child, or not for this role). */
export function personName(person: PersonSummary | undefined): string | null {
  if (person === undefined || person.hiddenName === true) return null;
  const latin = [person.givenNameLatin, person.familyNameLatin]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' ');
  const local = person.nameLocal?.trim() ?? '';
  const name = [latin, local].filter((part) => part !== '').join(' · ');
  return name === '' ? null : name;
}

/** The case's references as one line ("Police PP-123 · Court CT-9"), or that it has none yet. */
export function caseReference(
  criminalCase: Pick<CriminalCase, 'policeReference' | 'courtReference'>,
  strings: ProsecutionStrings,
): string {
  const parts = [
    criminalCase.policeReference === null
      ? null
      : format(strings.cases.policeReferenceShort, { reference: criminalCase.policeReference }),
    criminalCase.courtReference === null
      ? null
      : format(strings.cases.courtReferenceShort, { reference: criminalCase.courtReference }),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? strings.cases.noReference : parts.join(' · ');
}

/** An amount in whole units with the interface language's digits grouping ("4,000,000 KHR"). */
export function amountText(amount: number, currency: string, language: UiLanguage): string {
  return `${amount.toLocaleString(language === 'km' ? 'km-KH' : 'en-US')} ${currency}`;
}

/** Digits as the interface language writes them in dates (Khmer digits in Khmer). */
export function localDigits(text: string, language: UiLanguage): string {
  return language === 'km' ? text.replace(/\d/gu, (digit) => '០១២៣៤៥៦៧៨៩'[Number(digit)] ?? digit) : text;
}

function dateParts(isoDate: string): { year: number; month: number; day: number; time: Date | null } | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate);
  if (plain !== null) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]), time: null };
  const time = new Date(isoDate);
  if (!/^\d{4}-\d{2}-\d{2}T/u.test(isoDate) || Number.isNaN(time.getTime())) return null;
  // A moment (a record's creation) is shown on this device's calendar.
  return { year: time.getFullYear(), month: time.getMonth() + 1, day: time.getDate(), time };
}

/**
 * A calendar date ("1 March 2026", "ថ្ងៃទី ១ ខែមីនា ឆ្នាំ ២០២៦"), with the month names of the strings
 * files (browsers do not all carry Khmer calendar data). A plain date is never shifted by the time
 * zone; a moment (with a time) is shown on the device's calendar.
 */
export function dateText(isoDate: string, language: UiLanguage): string {
  const parts = dateParts(isoDate);
  if (parts === null) return isoDate;
  const dates = (language === 'km' ? prosecutionKm : prosecutionEn).dates;
  const month = dates.months[parts.month - 1];
  if (month === undefined) return isoDate;
  return localDigits(format(dates.date, { day: parts.day, month, year: parts.year }), language);
}

/** A moment with its date and time of day on this device ("1 March 2026, 14:05"). */
export function momentText(isoMoment: string, language: UiLanguage): string {
  const parts = dateParts(isoMoment);
  if (parts === null || parts.time === null) return dateText(isoMoment, language);
  const pad = (value: number) => String(value).padStart(2, '0');
  const dates = (language === 'km' ? prosecutionKm : prosecutionEn).dates;
  return format(dates.moment, {
    date: dateText(isoMoment, language),
    time: localDigits(`${pad(parts.time.getHours())}:${pad(parts.time.getMinutes())}`, language),
  });
}

/** Today's date on this device, as YYYY-MM-DD (the default date of a stage or a decision). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
