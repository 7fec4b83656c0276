import { StoreError } from '../errors.ts';
import { isoDateTime } from './fields.ts';

/** How far ahead of this machine's clock a given time may lie: the clocks of two devices differ a little. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** The earliest time a record may state; anything older is a typing error (a year 0225 for 2025). */
export const EARLIEST_STATED_TIME = '1900-01-01T00:00:00.000Z';

/**
 * The time an action took place, as the caller states it (a case opened in 2024, a referral
 * accepted last week): an ISO-8601 date-time with an offset, not in the future (beyond
 * FUTURE_TOLERANCE_MS), not before 1900; normalised to UTC (`2025-03-01T07:00:00.000Z`).
 */
export const pastDateTime = isoDateTime
  .refine((value) => Date.parse(value) <= Date.now() + FUTURE_TOLERANCE_MS, 'must not be in the future')
  .refine((value) => Date.parse(value) >= Date.parse(EARLIEST_STATED_TIME), 'must not be before 1900')
  .transform((value) => new Date(value).toISOString());

/**
 * Refuses a stated time earlier than what it follows (a referral accepted before it was made, a case
 * closed before it was opened): `invalid_input` with the problem at `field`, as a schema failure gives.
 */
export function requireNotBefore(
  stated: string,
  earliest: string | null | undefined,
  context: { field: string; message: string },
): void {
  if (earliest === null || earliest === undefined) return;
  if (Date.parse(stated) >= Date.parse(earliest)) return;
  const message = `${context.message} (${new Date(earliest).toISOString()})`;
  throw new StoreError('invalid_input', message, {
    problems: [{ path: context.field, message }],
    earliest: new Date(earliest).toISOString(),
  });
}

/** The time an action is recorded for: the stated one, or now. */
export function effectiveTime(stated: string | undefined): string {
  return stated ?? new Date().toISOString();
}
