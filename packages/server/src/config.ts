import { z } from 'zod';

/** Everything an operator can tune; every field has a safe default. */
export const serverConfigSchema = z.object({
  /** Largest request body read, in bytes, unless a route declares its own limit. */
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  /** Longest text `POST /api/check` accepts, in UTF-16 code units. */
  maxCheckChars: z.number().int().positive().default(20_000),
  /** Most messages and most characters in all messages `POST /api/analyze` accepts. */
  maxConversationMessages: z.number().int().positive().default(2_000),
  maxConversationChars: z.number().int().positive().default(200_000),
  /** The public endpoints' token bucket per client IP: burst size and tokens regained per second. */
  rateLimit: z
    .object({
      capacity: z.number().positive().default(30),
      refillPerSecond: z.number().positive().default(0.5),
      /** Clients remembered at most; the least recently seen are forgotten first. */
      maxClients: z.number().int().positive().default(50_000),
    })
    .prefault({}),
  /** Read the client IP from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: z.boolean().default(false),
  /** Sessions end after this much inactivity, and at the latest this long after login. */
  sessionIdleMinutes: z.number().positive().default(30),
  sessionAbsoluteHours: z.number().positive().default(12),
  /**
   * The organisation that receives anonymous public tips (a hotline or the national committee):
   * its triage roles see them in their queue. Without it public tips reach no one's queue.
   */
  intakeOrganisationId: z.uuid().optional(),
  /** Consecutive failed logins before the account is locked, and for how long. */
  lockoutThreshold: z.number().int().positive().default(5),
  lockoutMinutes: z.number().positive().default(15),
});

export type ServerConfig = z.output<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

export function resolveConfig(input: ServerConfigInput = {}): ServerConfig {
  return serverConfigSchema.parse(input);
}
