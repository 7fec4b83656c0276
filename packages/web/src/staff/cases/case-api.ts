/**
 * The case workspace's client of the API: cases, the victim's person record, consents,
 * screenings (and the suggestions taken from the case's texts) and the exploitation profile.
 * Every answer is checked with zod/mini; every failure is a StaffApiError (staff-api.ts).
 * Unsafe requests carry the CSRF token from `/api/auth/me`.
 */
import * as z from 'zod/mini';
import type { UiLanguage } from '../../i18n/language.ts';
import type { FetchLike } from '../../report/submit-tip.ts';
import { callApi, StaffApiError } from '../staff-api.ts';
import {
  CASE_RISK_LEVELS,
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  LEGAL_BASES,
  SCREENING_ANSWERS,
  TRAFFICKING_STATUSES,
  WORKFLOW_STAGES,
  type CaseRiskLevel,
  type ClosureReason,
  type ConsentPurpose,
  type ScreeningAnswer,
  type StatusDeciderKind,
  type TraffickingStatus,
} from './case-codes.ts';

const nullableString = z.optional(z.nullable(z.string()));
const strings = z.optional(z.nullable(z.array(z.string())));

/**
 * A person as the API projects it for the role: fields the role may not see are absent, and a
 * list hides the names of children (`hiddenName`). Nothing is filled in here.
 */
export const PersonSchema = z.object({
  id: z.optional(z.string()),
  version: z.optional(z.number()),
  personKind: nullableString,
  givenNameLatin: nullableString,
  familyNameLatin: nullableString,
  nameLocal: nullableString,
  aliases: strings,
  birthDate: nullableString,
  estimatedAge: z.optional(z.nullable(z.number())),
  estimatedAgeOn: nullableString,
  /** Given instead of the birth date to roles that see basic identity only. */
  age: z.optional(z.nullable(z.number())),
  ageBand: nullableString,
  sex: nullableString,
  gender: nullableString,
  citizenship: strings,
  languages: strings,
  identityDocuments: z.optional(
    z.nullable(
      z.array(z.object({ type: z.string(), number: z.string(), issuingCountry: z.optional(z.nullable(z.string())) })),
    ),
  ),
  phones: strings,
  onlineIdentifiers: z.optional(z.nullable(z.array(z.object({ type: z.string(), value: z.string() })))),
  address: nullableString,
  contactDetails: nullableString,
  description: nullableString,
  hiddenName: z.optional(z.boolean()),
});
export type Person = z.infer<typeof PersonSchema>;

export const CaseSchema = z.object({
  id: z.string(),
  version: z.number(),
  caseNumber: z.number(),
  victimPersonId: z.string(),
  sourceReportId: z.nullable(z.string()),
  traffickingStatus: z.enum(TRAFFICKING_STATUSES),
  statusDecidedByKind: z.nullable(z.string()),
  statusDecidedByUserId: z.nullable(z.string()),
  statusDecidedAt: z.nullable(z.string()),
  workflowStage: z.enum(WORKFLOW_STAGES),
  riskLevel: z.enum(CASE_RISK_LEVELS),
  organisationId: z.string(),
  teamId: z.nullable(z.string()),
  ownerUserId: z.nullable(z.string()),
  provinceCode: z.nullable(z.string()),
  summary: z.nullable(z.string()),
  openedAt: z.string(),
  closedAt: z.nullable(z.string()),
  closureReason: z.nullable(z.string()),
  closureNote: z.nullable(z.string()),
  reopenedCount: z.number(),
  /** On the case page and in the list: the victim as the role may see them (null: not at all). */
  victim: z.optional(z.nullable(PersonSchema)),
});
export type CaseRecord = z.infer<typeof CaseSchema>;

const CaseListSchema = z.object({ items: z.array(CaseSchema), limit: z.number(), offset: z.number() });
export type CasePage = z.infer<typeof CaseListSchema>;

export const ConsentSchema = z.object({
  id: z.string(),
  version: z.number(),
  personId: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  organisationId: z.nullable(z.string()),
  legalBasis: z.enum(LEGAL_BASES),
  givenBy: z.enum(CONSENT_GIVERS),
  givenOn: z.string(),
  withdrawnOn: z.nullable(z.string()),
  recordedByUserId: z.nullable(z.string()),
  note: nullableString,
});
export type Consent = z.infer<typeof ConsentSchema>;

export const ScreeningSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  screenedByUserId: z.nullable(z.string()),
  screenedOn: z.string(),
  subjectIsChild: z.boolean(),
  answers: z.record(z.string(), z.enum(SCREENING_ANSWERS)),
  notes: z.nullable(z.record(z.string(), z.string())),
  suggestedStatus: z.nullable(z.enum(TRAFFICKING_STATUSES)),
  suggestionReasons: z.array(z.string()),
  createdAt: z.string(),
});
export type Screening = z.infer<typeof ScreeningSchema>;

export const SuggestionListSchema = z.object({
  items: z.array(
    z.object({
      indicator: z.string(),
      evidence: z.array(
        z.object({
          source: z.enum(['tip', 'note']),
          sourceId: z.string(),
          excerpt: z.string(),
          engineIndicator: z.string(),
          label: z.string(),
        }),
      ),
    }),
  ),
});
export type ScreeningSuggestion = z.infer<typeof SuggestionListSchema>['items'][number];

const codeList = z.array(z.string());
export const ExploitationProfileSchema = z.object({
  id: z.string(),
  version: z.number(),
  caseId: z.string(),
  exploitationTypes: codeList,
  forcedLabourSectors: codeList,
  sexExploitationTypes: codeList,
  methodsOfControl: codeList,
  recruitmentMethods: codeList,
  recruitmentPlatforms: codeList,
  recruiterRelationship: z.nullable(z.string()),
  countryOfExploitation: z.nullable(z.string()),
  exploitationStartedOn: z.nullable(z.string()),
  exploitationEndedOn: z.nullable(z.string()),
  durationMonths: z.nullable(z.number()),
});
export type ExploitationProfile = z.infer<typeof ExploitationProfileSchema>;

export const ColleagueListSchema = z.object({
  items: z.array(
    z.object({ id: z.string(), displayName: z.string(), teamId: z.nullable(z.string()), roles: z.array(z.string()) }),
  ),
});
export type Colleague = z.infer<typeof ColleagueListSchema>['items'][number];

export const OrganisationListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});
export type Organisation = z.infer<typeof OrganisationListSchema>['items'][number];

export interface CaseListQuery {
  open?: boolean;
  traffickingStatus?: TraffickingStatus;
  riskLevel?: CaseRiskLevel;
  province?: string;
  limit: number;
  offset: number;
}

/** The fields PATCH /api/cases/{id} changes (each optional: only what the user changed is sent). */
export interface CasePatch {
  workflowStage?: Exclude<CaseRecord['workflowStage'], 'reopened'>;
  riskLevel?: CaseRiskLevel;
  ownerUserId?: string | null;
  provinceCode?: string | null;
  summary?: string | null;
}

/** The fields PATCH /api/persons/{id} changes. */
export interface PersonPatch {
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
  nameLocal?: string | null;
  aliases?: string[] | null;
  birthDate?: string | null;
  estimatedAge?: number | null;
  estimatedAgeOn?: string | null;
  sex?: string | null;
  gender?: string | null;
  citizenship?: string[];
  languages?: string[];
  identityDocuments?: { type: string; number: string; issuingCountry: string | null }[] | null;
  phones?: string[] | null;
  address?: string | null;
  contactDetails?: string | null;
  description?: string | null;
}

export interface NewConsent {
  purpose: ConsentPurpose;
  organisationId: string | null;
  legalBasis: (typeof LEGAL_BASES)[number];
  givenBy: (typeof CONSENT_GIVERS)[number];
  givenOn: string;
  note: string | null;
}

export interface NewScreening {
  screenedOn: string;
  subjectIsChild: boolean;
  answers: Record<string, ScreeningAnswer>;
  notes: Record<string, string>;
}

/** The profile's fields as PUT sends them (every one, so the stored profile is what the form shows). */
export interface ProfileFields {
  exploitationTypes: string[];
  forcedLabourSectors: string[];
  sexExploitationTypes: string[];
  methodsOfControl: string[];
  recruitmentMethods: string[];
  recruitmentPlatforms: string[];
  recruiterRelationship: string | null;
  countryOfExploitation: string | null;
  exploitationStartedOn: string | null;
  exploitationEndedOn: string | null;
  durationMonths: number | null;
}

export interface CaseApi {
  listCases(query: CaseListQuery): Promise<CasePage>;
  getCase(id: string): Promise<CaseRecord>;
  updateCase(id: string, version: number, patch: CasePatch): Promise<CaseRecord>;
  closeCase(id: string, version: number, closure: { reason: ClosureReason; note: string | null }): Promise<CaseRecord>;
  reopenCase(id: string, version: number): Promise<CaseRecord>;
  decideTraffickingStatus(
    id: string,
    version: number,
    decision: { status: TraffickingStatus; decidedByKind: StatusDeciderKind },
  ): Promise<CaseRecord>;
  getPerson(id: string): Promise<Person>;
  updatePerson(id: string, version: number, patch: PersonPatch): Promise<Person>;
  consents(personId: string): Promise<Consent[]>;
  recordConsent(personId: string, consent: NewConsent): Promise<Consent>;
  withdrawConsent(consentId: string, version: number, withdrawnOn: string): Promise<Consent>;
  screenings(caseId: string): Promise<Screening[]>;
  submitScreening(caseId: string, screening: NewScreening): Promise<Screening>;
  /** Indicators the case's texts suggest; null when the server does not offer suggestions (404). */
  screeningSuggestions(caseId: string, language: UiLanguage): Promise<ScreeningSuggestion[] | null>;
  exploitationProfile(caseId: string): Promise<ExploitationProfile | null>;
  saveExploitationProfile(caseId: string, version: number | null, profile: ProfileFields): Promise<ExploitationProfile>;
  colleagues(): Promise<Colleague[]>;
  organisations(): Promise<Organisation[]>;
}

const segment = encodeURIComponent;

/** The query string of GET /api/cases: only the filters set. */
export function caseListSearch(query: CaseListQuery): string {
  const parameters = new URLSearchParams();
  if (query.open !== undefined) parameters.set('open', String(query.open));
  if (query.traffickingStatus !== undefined) parameters.set('traffickingStatus', query.traffickingStatus);
  if (query.riskLevel !== undefined) parameters.set('riskLevel', query.riskLevel);
  if (query.province !== undefined && query.province !== '') parameters.set('province', query.province);
  parameters.set('limit', String(query.limit));
  parameters.set('offset', String(query.offset));
  return parameters.toString();
}

export function createCaseApi(fetchImpl: FetchLike, csrfToken: string): CaseApi {
  const get = <T>(path: string, schema: z.ZodMiniType<T>) => callApi(fetchImpl, path, { method: 'GET' }, schema);
  const send = <T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown, schema: z.ZodMiniType<T>) =>
    callApi(
      fetchImpl,
      path,
      {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      },
      schema,
    );
  const items = <T>(schema: z.ZodMiniType<T>) => z.object({ items: z.array(schema) });

  return {
    listCases: (query) => get(`/api/cases?${caseListSearch(query)}`, CaseListSchema),
    getCase: (id) => get(`/api/cases/${segment(id)}`, CaseSchema),
    updateCase: (id, version, patch) => send('PATCH', `/api/cases/${segment(id)}`, { version, ...patch }, CaseSchema),
    closeCase: (id, version, closure) =>
      send(
        'POST',
        `/api/cases/${segment(id)}/close`,
        { version, reason: closure.reason, note: closure.note === null || closure.note === '' ? null : closure.note },
        CaseSchema,
      ),
    reopenCase: (id, version) => send('POST', `/api/cases/${segment(id)}/reopen`, { version }, CaseSchema),
    decideTraffickingStatus: (id, version, decision) =>
      send('POST', `/api/cases/${segment(id)}/trafficking-status`, { version, ...decision }, CaseSchema),
    getPerson: (id) => get(`/api/persons/${segment(id)}`, PersonSchema),
    updatePerson: (id, version, patch) =>
      send('PATCH', `/api/persons/${segment(id)}`, { version, ...patch }, PersonSchema),
    consents: async (personId) => (await get(`/api/persons/${segment(personId)}/consents`, items(ConsentSchema))).items,
    recordConsent: (personId, consent) =>
      send(
        'POST',
        `/api/persons/${segment(personId)}/consents`,
        {
          purpose: consent.purpose,
          legalBasis: consent.legalBasis,
          givenBy: consent.givenBy,
          givenOn: consent.givenOn,
          ...(consent.purpose === 'disclosure_to_organisation' ? { organisationId: consent.organisationId } : {}),
          ...(consent.note === null || consent.note.trim() === '' ? {} : { note: consent.note.trim() }),
        },
        ConsentSchema,
      ),
    withdrawConsent: (consentId, version, withdrawnOn) =>
      send('POST', `/api/consents/${segment(consentId)}/withdraw`, { version, withdrawnOn }, ConsentSchema),
    screenings: async (caseId) => (await get(`/api/cases/${segment(caseId)}/screenings`, items(ScreeningSchema))).items,
    submitScreening: (caseId, screening) =>
      send('POST', `/api/cases/${segment(caseId)}/screenings`, screening, ScreeningSchema),
    screeningSuggestions: async (caseId, language) => {
      try {
        // The engine's labels come in the interface language.
        const path = `/api/cases/${segment(caseId)}/screening-suggestions?lang=${language}`;
        return (await get(path, SuggestionListSchema)).items;
      } catch (error) {
        // Not deployed on this server: the page says no suggestions are available.
        if (error instanceof StaffApiError && error.status === 404) return null;
        throw error;
      }
    },
    exploitationProfile: async (caseId) =>
      (
        await get(
          `/api/cases/${segment(caseId)}/exploitation-profile`,
          z.object({ profile: z.nullable(ExploitationProfileSchema) }),
        )
      ).profile,
    saveExploitationProfile: (caseId, version, profile) =>
      send(
        'PUT',
        `/api/cases/${segment(caseId)}/exploitation-profile`,
        { version, ...profile },
        ExploitationProfileSchema,
      ),
    colleagues: async () => (await get('/api/colleagues', ColleagueListSchema)).items,
    organisations: async () => (await get('/api/organisations', OrganisationListSchema)).items,
  };
}
