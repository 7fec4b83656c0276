/**
 * The staff workspace's client of the API: sign in and out, the signed-in user, the triage
 * queue. Session cookie (HttpOnly, set by the server) and CSRF token (from `me`, echoed on
 * unsafe requests); every answer is checked against its schema, every failure is a typed error.
 */
import * as z from 'zod/mini';
import type { FetchLike } from '../report/submit-tip.ts';

const RISKS = ['none', 'low', 'medium', 'high', 'critical'] as const;

export const MeSchema = z.object({
  user: z.object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    organisationId: z.string(),
    teamId: z.nullable(z.string()),
    roles: z.array(z.string()),
    hasTotp: z.boolean(),
    /** A temporary password: the workspace asks for a new one before anything else (the API refuses the rest). */
    mustChangePassword: z.optional(z.boolean()),
  }),
  /** Action → scope: what the user may do; the workspace shows only these. */
  permissions: z.record(z.string(), z.string()),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

const EvidenceSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });

/** The parts of a stored engine analysis the queue shows (a tip shared without its analysis has fewer). */
export const StoredAnalysisSchema = z.object({
  risk: z.enum(RISKS),
  harms: z.array(
    z.object({
      type: z.string(),
      score: z.number(),
      indicators: z.optional(
        z.array(z.object({ id: z.string(), label: z.string(), evidence: z.array(EvidenceSchema) })),
      ),
    }),
  ),
  entities: z.optional(
    z.array(
      z.object({ type: z.string(), value: z.string(), normalized: z.string(), start: z.number(), end: z.number() }),
    ),
  ),
});
export type StoredAnalysis = z.infer<typeof StoredAnalysisSchema>;

export const TipSchema = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.string(),
  channel: z.string(),
  receivedAt: z.string(),
  anonymous: z.boolean(),
  language: z.nullable(z.string()),
  body: z.optional(z.nullable(z.string())),
  contactDetails: z.optional(z.nullable(z.string())),
  analysis: z.optional(z.unknown()),
  risk: z.nullable(z.enum(RISKS)),
  harmTypes: z.array(z.string()),
  triageStatus: z.string(),
});
export type Tip = z.infer<typeof TipSchema>;

export const TipLinksSchema = z.object({
  items: z.array(
    z.object({
      kind: z.enum(['tip', 'person']),
      id: z.string(),
      /** Which kinds of identifier the records share (phone, handle, crypto_wallet…), never the value. */
      sharedIdentifierTypes: z.array(z.string()),
      caseId: z.nullable(z.string()),
    }),
  ),
  /** Matching records the role may not reach: counted only. */
  outsideScope: z.number(),
});
export type TipLinks = z.infer<typeof TipLinksSchema>;

const CountSchema = z.number().check(z.int(), z.nonnegative());

/** The prosecution figures of `GET /api/statistics` (packages/store, prosecution-statistics.ts). */
export const StatisticsSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  provinceCode: z.nullable(z.string()),
  casesProsecuted: CountSchema,
  suspects: z.object({
    total: CountSchema,
    nationals: CountSchema,
    foreigners: CountSchema,
    citizenshipUnknown: CountSchema,
    female: CountSchema,
  }),
  victims: z.object({
    total: CountSchema,
    female: CountSchema,
    male: CountSchema,
    sexUnknown: CountSchema,
    minorsUnder15: CountSchema,
    aged15To17: CountSchema,
    adults: CountSchema,
    ageUnknown: CountSchema,
  }),
  /** Offence category → prosecuted cases charged with at least one offence of it. */
  offences: z.record(z.string(), CountSchema),
});
export type Statistics = z.infer<typeof StatisticsSchema>;

export const ProvinceListSchema = z.object({
  items: z.array(z.object({ code: z.string(), nameLatin: z.string(), nameLocal: z.nullable(z.string()) })),
});
export type Province = z.infer<typeof ProvinceListSchema>['items'][number];

export const REFERRAL_ACTIONS = ['accept', 'reject', 'complete'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** A referral as the receiving organisation sees it (never who made it, nor an override's reason). */
export const ReferralSchema = z.object({
  id: z.string(),
  version: z.number(),
  caseId: z.string(),
  serviceType: z.string(),
  status: z.enum(['in_progress', 'accepted', 'rejected', 'done', 'revoked']),
  statusReason: z.nullable(z.string()),
  referredAt: z.string(),
  note: z.optional(z.nullable(z.string())),
});
export type Referral = z.infer<typeof ReferralSchema>;

/** The referred person's basic identity, as the API projects it for a recipient. */
export const ReferredPersonSchema = z.object({
  givenNameLatin: z.optional(z.nullable(z.string())),
  familyNameLatin: z.optional(z.nullable(z.string())),
  nameLocal: z.optional(z.nullable(z.string())),
  sex: z.optional(z.nullable(z.string())),
  age: z.optional(z.nullable(z.number())),
  hiddenName: z.optional(z.boolean()),
});
export type ReferredPerson = z.infer<typeof ReferredPersonSchema>;

const ReferralDetailSchema = z.extend(ReferralSchema, { person: z.optional(z.nullable(ReferredPersonSchema)) });
export type ReferralDetail = z.infer<typeof ReferralDetailSchema>;
const ReferralListSchema = z.object({ items: z.array(ReferralSchema) });

const TipListSchema = z.object({ items: z.array(TipSchema), limit: z.number(), offset: z.number() });
const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export class StaffApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'StaffApiError';
    this.code = code;
    this.status = status;
  }
}

export interface StaffApi {
  /** The signed-in user, or null when there is no session. */
  me(): Promise<Me | null>;
  login(credentials: { login: string; password: string; totpCode?: string }): Promise<Me>;
  /** Chooses a new password (ends the user's other sessions); answers the refreshed `me`. */
  changePassword(passwords: { currentPassword: string; newPassword: string }, csrfToken: string): Promise<Me>;
  logout(csrfToken: string): Promise<void>;
  triageQueue(options?: { limit?: number }): Promise<Tip[]>;
  /** Tips and persons (and their cases) sharing a phone, handle, wallet, link or document with the tip. */
  tipLinks(id: string): Promise<TipLinks>;
  /** Prosecution figures for a period (ISO dates) and optionally one province (its code). */
  statistics(query: { from: string; to: string; province?: string }): Promise<Statistics>;
  /** The provinces of a country (Cambodia unless told). */
  provinces(country?: string): Promise<Province[]>;
  /** Referrals addressed to the user's organisation, newest first. */
  incomingReferrals(): Promise<Referral[]>;
  /** One received referral with the referred person's basic identity. */
  referral(id: string): Promise<ReferralDetail>;
  /** Accept, reject (a reason is required) or complete a referral at the version the user saw. */
  respondToReferral(
    id: string,
    action: ReferralAction,
    answer: { version: number; reason: string | null },
    csrfToken: string,
  ): Promise<Referral>;
}

/**
 * One API request: JSON in and out, the answer checked against `schema`, failures as StaffApiError
 * (code and message from the server's error body; `offline` when the network failed). Unsafe
 * requests must carry the CSRF token from `me` in `x-csrf-token`.
 */
export async function callApi<T>(
  fetchImpl: FetchLike,
  path: string,
  init: RequestInit,
  schema: z.ZodMiniType<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(path, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...(init.headers as Record<string, string> | undefined) },
    });
  } catch (error) {
    throw new StaffApiError('offline', error instanceof Error ? error.message : String(error), 0);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(body);
    if (parsed.success) throw new StaffApiError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new StaffApiError('unexpected', `HTTP ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new StaffApiError(
      'unexpected_response',
      `The server's answer to ${path} has an unexpected shape.`,
      response.status,
    );
  return parsed.data;
}

export function createStaffApi(fetchImpl: FetchLike): StaffApi {
  return {
    async me() {
      try {
        return await callApi(fetchImpl, '/api/auth/me', { method: 'GET' }, MeSchema);
      } catch (error) {
        if (error instanceof StaffApiError && error.status === 401) return null;
        throw error;
      }
    },
    login(credentials) {
      const totp = credentials.totpCode ?? '';
      const body = {
        login: credentials.login,
        password: credentials.password,
        ...(totp === '' ? {} : { totpCode: totp }),
      };
      return callApi(
        fetchImpl,
        '/api/auth/login',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
        MeSchema,
      );
    },
    async logout(csrfToken) {
      await callApi(
        fetchImpl,
        '/api/auth/logout',
        { method: 'POST', headers: { 'x-csrf-token': csrfToken } },
        z.object({ signedOut: z.literal(true) }),
      );
    },
    changePassword(passwords, csrfToken) {
      return callApi(
        fetchImpl,
        '/api/auth/password',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify(passwords),
        },
        MeSchema,
      );
    },
    async triageQueue(options = {}) {
      const limit = options.limit ?? 50;
      return (await callApi(fetchImpl, `/api/tips?limit=${limit}`, { method: 'GET' }, TipListSchema)).items;
    },
    tipLinks(id) {
      return callApi(fetchImpl, `/api/tips/${encodeURIComponent(id)}/links`, { method: 'GET' }, TipLinksSchema);
    },
    statistics(query) {
      const parameters = new URLSearchParams({ from: query.from, to: query.to });
      if (query.province !== undefined && query.province !== '') parameters.set('province', query.province);
      return callApi(fetchImpl, `/api/statistics?${parameters.toString()}`, { method: 'GET' }, StatisticsSchema);
    },
    async incomingReferrals() {
      return (await callApi(fetchImpl, '/api/referrals/incoming?limit=100', { method: 'GET' }, ReferralListSchema))
        .items;
    },
    referral(id) {
      return callApi(fetchImpl, `/api/referrals/${encodeURIComponent(id)}`, { method: 'GET' }, ReferralDetailSchema);
    },
    respondToReferral(id, action, answer, csrfToken) {
      const reason = answer.reason?.trim() ?? '';
      return callApi(
        fetchImpl,
        `/api/referrals/${encodeURIComponent(id)}/${action}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify({ version: answer.version, ...(reason === '' ? {} : { reason }) }),
        },
        ReferralSchema,
      );
    },
    async provinces(country = 'KH') {
      const parameters = new URLSearchParams({ country });
      return (
        await callApi(fetchImpl, `/api/locations?${parameters.toString()}`, { method: 'GET' }, ProvinceListSchema)
      ).items;
    },
  };
}
