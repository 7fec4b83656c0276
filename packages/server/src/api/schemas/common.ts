import { FUTURE_TOLERANCE_MS } from '@raksa/store';
import { z } from 'zod';

export const idParams = z.strictObject({ id: z.uuid('must be a UUID') });

/** Pagination from the query string: `?limit=50&offset=0`. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/** Every change names the version it was made on; a stale one answers 409 with the current version. */
export const expectedVersion = z.number().int().min(1);

/** Records pass through as the store returns them (documented loosely: their fields evolve with the store). */
export const recordSchema = z.looseObject({ id: z.string(), version: z.number().int() });
export const recordListSchema = z.object({ items: z.array(recordSchema), limit: z.number(), offset: z.number() });

/**
 * When something took effect, if earlier than now (a case opened in 2024 moved from a spreadsheet,
 * a closure recorded after the fact): an ISO date-time, not in the future. The store refuses one
 * before what it follows (a case closed before it was opened). The history keeps both times.
 */
export const pastTime = z.iso
  .datetime({ offset: true })
  .refine((value) => Date.parse(value) <= Date.now() + FUTURE_TOLERANCE_MS, 'must not be in the future');
