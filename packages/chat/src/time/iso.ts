const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(value: number, width = 2): string {
  return width === 2 && value < 100 ? TWO_DIGITS[value]! : String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** A wall-clock time as written in the export, without offset (`2023-12-31T21:41:00`); null when impossible. */
export function wallClockTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second = 0,
): string | null {
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}`;
}

/** An absolute time in UTC (`2023-12-31T14:41:05Z`, milliseconds only when not zero). */
export function utcTime(epochMs: number): string | null {
  if (!Number.isFinite(epochMs)) return null;
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

/** An absolute time written in a local clock: `2023-12-31T21:41:05+07:00`. */
export function offsetTime(epochMs: number, offsetMinutes: number): string | null {
  const local = utcTime(epochMs + offsetMinutes * 60_000);
  if (local === null) return null;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  return `${local.slice(0, -1)}${sign}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?$/iu;

/**
 * Normalises an ISO-8601-like time (`2023-12-31 21:41`, `2023-12-31T21:41:05.123+07:00`, `…Z`):
 * wall-clock stays wall-clock, an offset or `Z` is kept. Null when it is not one.
 */
export function normalizeIsoTime(text: string): string | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const wall = wallClockTime(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (wall === null) return null;
  const millis = fraction && Number(fraction) > 0 ? `.${fraction.slice(1, 4).padEnd(3, '0')}` : '';
  if (!zone) return wall + millis;
  if (zone.toUpperCase() === 'Z') return `${wall}${millis}Z`;
  const digits = zone.replace(':', '');
  return `${wall}${millis}${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/** True for a time with `Z` or an offset (an absolute time), false for a wall-clock time. */
export function hasZone(time: string): boolean {
  const last = time.charCodeAt(time.length - 1);
  return last === 90 || time.charCodeAt(time.length - 6) === 43 || time.charCodeAt(time.length - 6) === 45;
}

/** Epoch milliseconds of a time this package produced (wall-clock read as UTC, for ordering only). */
export function sortKey(time: string): number {
  return Date.parse(hasZone(time) ? time : `${time}Z`);
}

/**
 * Whether `later` is before `earlier`. Wall-clock times of the same shape compare as strings,
 * without parsing; a wall-clock time and an absolute one cannot be compared (false).
 */
export function isBefore(later: string, earlier: string): boolean {
  const zoned = hasZone(later);
  if (zoned !== hasZone(earlier)) return false;
  if (!zoned && later.length === earlier.length) return later < earlier;
  return sortKey(later) < sortKey(earlier);
}

/** Epoch seconds or milliseconds (a number or digits) as UTC. */
export function epochTime(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  return utcTime(value < 1e11 ? value * 1000 : value);
}
