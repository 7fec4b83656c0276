import { wallClockTime } from '../time/iso.ts';
import type { RawStamp } from './header.ts';

/** How the three date fields read: day/month/year, month/day/year or year/month/day. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** What one stamp says about the order: a first field above 12 is a day, a second above 12 is a day. */
export function evidenceOf(stamp: RawStamp): DateOrder | null {
  if (stamp.firstWidth === 4) return 'ymd';
  if (stamp.a > 12) return 'dmy';
  if (stamp.b > 12) return 'mdy';
  return null;
}

/** The order a locale's pattern suggests when no date decides: US-style `12/31/23, 9:41 PM` is m/d. */
export function defaultOrder(stamp: RawStamp): DateOrder {
  if (stamp.firstWidth === 4) return 'ymd';
  return stamp.separator === '/' && stamp.meridiem !== null && stamp.lastWidth === 2 ? 'mdy' : 'dmy';
}

/** A four-digit year at or beyond 2400, or a two-digit one at or beyond 50, is a Buddhist-era year (Thai). */
export function gregorianYear(field: number, width: number): { year: number; buddhist: boolean } {
  if (width <= 2)
    return field >= 50 ? { year: 2500 + field - 543, buddhist: true } : { year: 2000 + field, buddhist: false };
  return field >= 2400 ? { year: field - 543, buddhist: true } : { year: field, buddhist: false };
}

/** Whether a stamp's year is written in the Buddhist era under an order. */
export function isBuddhistStamp(stamp: RawStamp, order: DateOrder): boolean {
  return order === 'ymd'
    ? gregorianYear(stamp.a, stamp.firstWidth).buddhist
    : gregorianYear(stamp.c, stamp.lastWidth).buddhist;
}

function yearOf(field: number, width: number): number {
  if (width <= 2) return field >= 50 ? 2500 + field - 543 : 2000 + field;
  return field >= 2400 ? field - 543 : field;
}

/** The wall-clock time of a stamp under an order (null when that order gives an impossible date). */
export function resolveStamp(stamp: RawStamp, order: DateOrder): string | null {
  const ymd = order === 'ymd';
  const day = ymd ? stamp.c : order === 'dmy' ? stamp.a : stamp.b;
  const month = order === 'mdy' ? stamp.a : stamp.b;
  const year = ymd ? yearOf(stamp.a, stamp.firstWidth) : yearOf(stamp.c, stamp.lastWidth);
  let hour = stamp.hour;
  if (stamp.meridiem !== null) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (stamp.meridiem === 'pm' ? 12 : 0);
  }
  return wallClockTime(year, month, day, hour, stamp.minute, stamp.second);
}

/** Times that go back under an order; chats run forward, so the order with fewer is likelier. */
function backwardSteps(stamps: readonly RawStamp[], order: DateOrder): number {
  let steps = 0;
  let previous = '';
  for (const stamp of stamps) {
    const time = resolveStamp(stamp, order);
    if (time === null) {
      steps++;
      continue;
    }
    if (time < previous) steps++;
    previous = time;
  }
  return steps;
}

/** Chooses d/m or m/d for stamps no single date decided: fewer steps back in time, else the pattern's default. */
export function guessOrder(stamps: readonly RawStamp[]): DateOrder {
  const fallback = stamps[0] ? defaultOrder(stamps[0]) : 'dmy';
  const dmy = backwardSteps(stamps, 'dmy');
  const mdy = backwardSteps(stamps, 'mdy');
  if (dmy === mdy) return fallback;
  return dmy < mdy ? 'dmy' : 'mdy';
}
