import { z } from 'zod';

/** Text without NUL characters (PostgreSQL cannot store them) and within a length limit. */
export function boundedText(maxLength: number, minLength = 0) {
  return z
    .string()
    .min(minLength, minLength === 1 ? 'must not be empty' : `must have at least ${minLength} characters`)
    .max(maxLength, `must have at most ${maxLength} characters`)
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters');
}

export const LIMITS = {
  name: 200,
  shortText: 500,
  /** Contact details as a tip gives them: name, phone, e-mail and messenger account together. */
  contactDetails: 1_000,
  narrative: 100_000,
  code: 100,
  listItems: 100,
} as const;

export const nameText = boundedText(LIMITS.name, 1);
export const shortText = boundedText(LIMITS.shortText);
export const narrativeText = boundedText(LIMITS.narrative);
export const id = z.uuid('must be a UUID');
export const isoDate = z.iso.date('must be a date YYYY-MM-DD');
export const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' });
export const countryCode = z.string().regex(/^[A-Z]{2}$/u, 'must be an ISO 3166-1 alpha-2 code');
export const languageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/u, 'must be a language code');
export const expectedVersion = z.number().int().min(1);

export function listOf<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
  return z.array(item).max(max, `must have at most ${max} items`);
}

/** The person or system acting; its id goes into history and audit entries. */
export const actorSchema = z.object({ userId: id.nullable() });
export type Actor = z.infer<typeof actorSchema>;

export const pageSchema = z
  .object({ limit: z.number().int().min(1).max(500).default(50), offset: z.number().int().min(0).default(0) })
  .default({ limit: 50, offset: 0 });
