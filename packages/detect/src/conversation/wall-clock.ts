/**
 * Times as the chat importers give them: ISO 8601, with an offset or `Z` for absolute times, or a
 * wall-clock time without offset. Parsed by hand (no `Date.parse`: it reads offset-less times in
 * the machine's own zone, and the engine must give the same answer everywhere).
 */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?$/u;
/** The last time read: chat messages often share a minute, and the regular expression is the cost. */
let lastTime: string | undefined;
let lastClock: WallClock | undefined;

export interface WallClock {
  /** The hour as written (0–23): the message's own clock. */
  hour: number;
  /** Minutes since 1970 in UTC when the time has an offset; the wall clock read as UTC otherwise. */
  minutes: number;
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** The hour and a comparable minute count of `time`, or undefined when it is not an ISO time. */
export function readWallClock(time: string | null): WallClock | undefined {
  if (time === null || time.length < 16 || time.length > 40) return undefined;
  if (time === lastTime) return lastClock;
  const clock = parse(time);
  lastTime = time;
  lastClock = clock;
  return clock;
}

function parse(time: string): WallClock | undefined {
  const m = ISO_TIME.exec(time.trim());
  if (m === null) return undefined;
  const [, year, month, day, hour, minute, second, zone] = m;
  const h = Number(hour);
  const min = Number(minute);
  if (h > 23 || min > 59 || Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) {
    return undefined;
  }
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), h, min, Number(second ?? 0));
  return { hour: h, minutes: Math.floor(utc / 60_000) - offsetMinutes(zone) };
}

const LATE_FROM = 22;
const LATE_UNTIL = 6;

/** Whether the message was sent between 22:00 and 05:59 on its own clock. */
export function isLateNight(clock: WallClock | undefined): boolean {
  return clock !== undefined && (clock.hour >= LATE_FROM || clock.hour < LATE_UNTIL);
}
