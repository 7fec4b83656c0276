/** Digits, percentages and message times as the reader's language writes them. */
import type { UiLanguage } from '../i18n/language.ts';

export type ReportLanguage = UiLanguage;

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;

/** Digits as the language writes them (Khmer numerals for Khmer). */
export function localDigits(value: string | number, language: ReportLanguage): string {
  const text = String(value);
  if (language === 'en') return text;
  return text.replace(/\d/gu, (digit) => KHMER_DIGITS[Number(digit)] ?? digit);
}

/** Percent of a 0..1 share, rounded, in the language's digits. */
export function formatPercent(share: number, language: ReportLanguage): string {
  return `${localDigits(Math.round(share * 100), language)}%`;
}

/**
 * A message time as people read it, in the clock the export wrote it in (no time-zone
 * conversion: a WhatsApp export's 21:41 stays 21:41). Unknown or unparsable times give "".
 */
export function formatTime(time: string | null, language: ReportLanguage, withClock = true): string {
  if (time === null) return '';
  const match = ISO_TIME.exec(time);
  if (match === null) return '';
  const [, year, month, day, hour, minute] = match;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return '';
  const clock = withClock && hour !== undefined && minute !== undefined ? `${hour}:${minute}` : '';
  if (language === 'km') {
    const date = `${localDigits(Number(day), 'km')} ${KHMER_MONTHS[monthIndex] ?? ''} ${localDigits(year ?? '', 'km')}`;
    return clock === '' ? date : `${date} ម៉ោង ${localDigits(clock, 'km')}`;
  }
  const date = `${Number(day)} ${ENGLISH_MONTHS[monthIndex] ?? ''} ${year ?? ''}`;
  return clock === '' ? date : `${date}, ${clock}`;
}

/** A count with thousands separators, in the language's digits (6,001 / ៦,០០១). */
export function formatCount(value: number, language: ReportLanguage): string {
  return localDigits(value.toLocaleString('en-US'), language);
}
