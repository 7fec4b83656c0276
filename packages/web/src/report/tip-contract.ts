/**
 * The contract of `POST /api/tips`, checked on both sides of the wire: what the form sends, and
 * what the server may answer (201 with a follow-up code, or an error body on 400/413/429/5xx).
 */
import * as z from 'zod/mini';

export const TIP_TEXT_MAX = 20_000;
export const CONTACT_FIELD_MAX = 200;

const contactField = z.optional(z.string().check(z.minLength(1), z.maxLength(CONTACT_FIELD_MAX)));

export const TipRequestSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(TIP_TEXT_MAX)),
  language: z.string().check(z.regex(/^[a-z]{2,3}$/u)),
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/u))),
  attachAnalysis: z.boolean(),
  contact: z.nullable(
    z.object({ name: contactField, phone: contactField, email: z.optional(z.email()), messenger: contactField }),
  ),
});
export type TipRequest = z.infer<typeof TipRequestSchema>;

export const TipCreatedSchema = z.object({
  code: z.string().check(z.regex(/^RK(?:-[0-9A-Z]{4}){2,3}$/u)),
  risk: z.enum(['none', 'low', 'medium', 'high', 'critical']),
});
export type TipCreated = z.infer<typeof TipCreatedSchema>;

export const ApiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
