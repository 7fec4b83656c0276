/**
 * The intake side of the API for the staff workspace: the triage queue with its filters and pages,
 * one tip, triage decisions, a case opened from a tip, the cases to link a tip to, and recording a
 * hotline call. Answers are checked with zod/mini; failures are StaffApiError (staff-api.ts).
 */
import * as z from 'zod/mini';
import type { FetchLike } from '../../report/submit-tip.ts';
import { callApi, TipSchema } from '../staff-api.ts';

export const TRIAGE_STATUSES = ['new', 'in_review', 'linked', 'converted', 'dismissed'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** packages/store, intake/reports.ts. */
export const REPORT_CHANNELS = ['hotline', 'sms', 'email', 'walk_in', 'partner', 'platform', 'web'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];
export const CALLER_RELATIONSHIPS = [
  'self',
  'family_member',
  'friend',
  'helping_professional',
  'government_authority',
  'employer',
  'anonymous',
  'other',
  'unknown',
] as const;
export type CallerRelationship = (typeof CALLER_RELATIONSHIPS)[number];

/** packages/store, cases/code-lists.ts and cases.ts. */
export const SEXES = ['female', 'male', 'intersex', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const CASE_RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type CaseRiskLevel = (typeof CASE_RISK_LEVELS)[number];

/** A tip as the triage actions need it: the queue's fields plus the last triage decision. */
export const TriagedTipSchema = z.extend(TipSchema, {
  callerRelationship: z.optional(z.nullable(z.string())),
  triageReason: z.optional(z.nullable(z.string())),
  triagedAt: z.optional(z.nullable(z.string())),
  linkedCaseId: z.optional(z.nullable(z.string())),
});
export type TriagedTip = z.infer<typeof TriagedTipSchema>;

const TipPageSchema = z.object({ items: z.array(TriagedTipSchema), limit: z.number(), offset: z.number() });

/** What the engine found, with the facts the victim form can use (a phone's country, an age stated). */
export const AnalysisEntitySchema = z.object({
  type: z.string(),
  value: z.string(),
  normalized: z.string(),
  start: z.number(),
  end: z.number(),
  details: z.optional(z.object({ country: z.optional(z.string()), years: z.optional(z.number()) })),
});
export type AnalysisEntity = z.infer<typeof AnalysisEntitySchema>;
export const EntityListSchema = z.object({ entities: z.optional(z.array(AnalysisEntitySchema)) });

/** A person as a case list shows them: names may be hidden (a child, or age unknown). */
const ListedVictimSchema = z.object({
  givenNameLatin: z.optional(z.nullable(z.string())),
  familyNameLatin: z.optional(z.nullable(z.string())),
  nameLocal: z.optional(z.nullable(z.string())),
  hiddenName: z.optional(z.boolean()),
});
export type ListedVictim = z.infer<typeof ListedVictimSchema>;

export const CaseSummarySchema = z.object({
  id: z.string(),
  caseNumber: z.number(),
  riskLevel: z.string(),
  workflowStage: z.string(),
  openedAt: z.string(),
  closedAt: z.nullable(z.string()),
  victim: z.nullable(ListedVictimSchema),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
const CaseListSchema = z.object({ items: z.array(CaseSummarySchema) });
const CreatedCaseSchema = z.object({ id: z.string(), caseNumber: z.number() });
export type CreatedCase = z.infer<typeof CreatedCaseSchema>;

export interface QueueFilters {
  /** One status, or both of the queue's (new and in review) when absent. */
  status?: 'new' | 'in_review' | undefined;
  minimumRisk?: RiskLevel | undefined;
  harmType?: string | undefined;
}

export interface QueuePage {
  items: TriagedTip[];
  limit: number;
  offset: number;
}

export type TriageDecision =
  | { status: 'in_review' | 'new' }
  | { status: 'dismissed'; reason: string }
  | { status: 'linked'; linkedCaseId: string };

/** The person fields of `POST /api/tips/{id}/case` (packages/server, case-routes.ts, personFieldsSchema). */
export interface VictimFields {
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
  nameLocal?: string | null;
  sex?: Sex | null;
  birthDate?: string | null;
  estimatedAge?: number | null;
  estimatedAgeOn?: string | null;
  citizenship?: string[];
  languages?: string[];
  phones?: string[] | null;
  contactDetails?: string | null;
  description?: string | null;
}

export interface OpenCaseRequest {
  version: number;
  victim: VictimFields;
  riskLevel?: CaseRiskLevel;
  summary?: string | null;
}

/** The body of `POST /api/calls`. */
export interface CallRequest {
  kind: 'hotline_call' | 'tip';
  channel: ReportChannel;
  callerRelationship: CallerRelationship | null;
  language: string | null;
  transcript: string;
  contactDetails: string | null;
  provinceCode: string | null;
  callDurationSeconds: number | null;
}

export interface IntakeApi {
  queue(filters: QueueFilters, page: { limit: number; offset: number }): Promise<QueuePage>;
  tip(id: string): Promise<TriagedTip>;
  triage(id: string, version: number, decision: TriageDecision, csrfToken: string): Promise<TriagedTip>;
  openCase(id: string, request: OpenCaseRequest, csrfToken: string): Promise<CreatedCase>;
  /** Open cases within the role's scope, newest first. */
  cases(): Promise<CaseSummary[]>;
  recordCall(request: CallRequest, csrfToken: string): Promise<TriagedTip>;
}

const json = (csrfToken: string, body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
  body: JSON.stringify(body),
});

export function createIntakeApi(fetchImpl: FetchLike): IntakeApi {
  const tipPath = (id: string) => `/api/tips/${encodeURIComponent(id)}`;
  return {
    async queue(filters, page) {
      const parameters = new URLSearchParams({ limit: String(page.limit), offset: String(page.offset) });
      if (filters.status !== undefined) parameters.set('status', filters.status);
      if (filters.minimumRisk !== undefined) parameters.set('minimumRisk', filters.minimumRisk);
      if (filters.harmType !== undefined && filters.harmType !== '') parameters.set('harmType', filters.harmType);
      return callApi(fetchImpl, `/api/tips?${parameters.toString()}`, { method: 'GET' }, TipPageSchema);
    },
    tip(id) {
      return callApi(fetchImpl, tipPath(id), { method: 'GET' }, TriagedTipSchema);
    },
    triage(id, version, decision, csrfToken) {
      return callApi(fetchImpl, `${tipPath(id)}/triage`, json(csrfToken, { version, ...decision }), TriagedTipSchema);
    },
    openCase(id, request, csrfToken) {
      return callApi(fetchImpl, `${tipPath(id)}/case`, json(csrfToken, request), CreatedCaseSchema);
    },
    async cases() {
      return (await callApi(fetchImpl, '/api/cases?open=true&limit=200', { method: 'GET' }, CaseListSchema)).items;
    },
    recordCall(request, csrfToken) {
      return callApi(fetchImpl, '/api/calls', json(csrfToken, request), TriagedTipSchema);
    },
  };
}
