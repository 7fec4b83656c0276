import { z } from 'zod';

/** The body of every failure. */
export const errorBodySchema = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    currentVersion: z.number().int().optional(),
    retryAfterSeconds: z.number().int().optional(),
  }),
});
