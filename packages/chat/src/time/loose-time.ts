import { gregorianYear } from '../whatsapp/date-order.ts';
import { epochTime, normalizeIsoTime, wallClockTime } from './iso.ts';

const DIGITS = /^\d{9,13}(?:\.\d+)?$/u;
const DATE_TIME =
  /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4}),?\s{1,2}(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s?([ap])\.?m\.?)?$/iu;

export interface LooseTime {
  time: string | null;
  /** The date could be read day/month or month/day and was read day/month. */
  assumedOrder: boolean;
}

/**
 * Reads the times CSV and JSONL files hold: ISO 8601 (kept as written, with or without offset),
 * epoch seconds or milliseconds (UTC), and `31/12/2023 21:41` or `2023/12/31 9:41 PM` wall-clock
 * times (day/month unless a field shows otherwise).
 */
export function parseLooseTime(value: unknown): LooseTime {
  if (typeof value === 'number') return { time: epochTime(value), assumedOrder: false };
  if (typeof value !== 'string') return { time: null, assumedOrder: false };
  const text = value.trim();
  if (text === '') return { time: null, assumedOrder: false };
  if (DIGITS.test(text)) return { time: epochTime(Number(text)), assumedOrder: false };
  const iso = normalizeIsoTime(text);
  if (iso !== null) return { time: iso, assumedOrder: false };
  const match = DATE_TIME.exec(text);
  if (!match) return { time: null, assumedOrder: false };
  const [a, b, c] = [Number(match[1]), Number(match[3]), Number(match[4])];
  let hour = Number(match[5]);
  const meridiem = match[8]?.toLowerCase();
  if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  const minute = Number(match[6]);
  const second = Number(match[7] ?? 0);
  if (match[1]!.length === 4) {
    return { time: wallClockTime(gregorianYear(a, 4).year, b, c, hour, minute, second), assumedOrder: false };
  }
  const { year } = gregorianYear(c, match[4]!.length);
  const monthFirst = b > 12;
  const [month, day] = monthFirst ? [a, b] : [b, a];
  return { time: wallClockTime(year, month, day, hour, minute, second), assumedOrder: a <= 12 && b <= 12 && a !== b };
}
