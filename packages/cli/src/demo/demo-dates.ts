/**
 * Calendar arithmetic for the demo dataset. Every date is computed from the fixed reference date
 * (`now`), never from the clock, so that the same seed gives the same dates on every run.
 */
export const DAY_MS = 86_400_000;

/** The default reference date: the dataset describes 2024 up to the end of November 2026. */
export const DEFAULT_DEMO_NOW = '2026-11-30T12:00:00.000Z';

/** The first day covered by the dataset. */
export const DEMO_PERIOD_START = '2024-01-01';

export function isoDateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function msOfDate(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00.000Z`);
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOf(msOfDate(isoDate) + days * DAY_MS);
}

/** The later of two ISO dates (strings of the same format compare in date order). */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((msOfDate(to) - msOfDate(from)) / DAY_MS);
}

/** A date-time on the given day at a given minute of the day, as ISO-8601 UTC. */
export function dateTimeOn(isoDate: string, minuteOfDay: number): string {
  return new Date(msOfDate(isoDate) + minuteOfDay * 60_000).toISOString();
}

/** A date-time `minutes` later (earlier when negative), as ISO-8601 UTC. */
export function addMinutes(isoDateTime: string, minutes: number): string {
  return new Date(Date.parse(isoDateTime) + minutes * 60_000).toISOString();
}

/** The later of two date-times (compared as instants, whatever their offsets). */
export function laterTimeOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

export function earlierTimeOf(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/**
 * The instant no demo record may be dated after: the reference date-time (a date alone counts to
 * the end of that day), and never after the clock (`clockMs`), because the store refuses times in
 * the future.
 */
export function latestDemoTime(now: string, clockMs: number): string {
  const reference = now.length === 10 ? `${now}T23:59:59.999Z` : new Date(now).toISOString();
  return earlierTimeOf(reference, new Date(clockMs).toISOString());
}

/** Whether a reference date (a day after today) or date-time (more than a minute ahead) is still to come. */
export function isStillToCome(now: string, clockMs: number): boolean {
  if (now.length === 10) return now > isoDateOf(clockMs);
  return Date.parse(now) > clockMs + 60_000;
}
