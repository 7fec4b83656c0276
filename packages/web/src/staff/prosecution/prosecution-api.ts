/**
 * The prosecution pages' client of the API: criminal cases with their parties, charged offences,
 * proceeding stages and outcomes, the legal catalogue, the person search used to link parties, and
 * the field history. Every answer is checked with zod/mini; every failure is a StaffApiError.
 * Unsafe requests carry the CSRF token from `/api/auth/me`.
 */
import * as z from 'zod/mini';
import type { FetchLike } from '../../report/submit-tip.ts';
import { callApi } from '../staff-api.ts';
import { PROCEEDING_STAGES } from './proceeding-stages.ts';

export const SUSPECT_OUTCOMES = ['convicted', 'acquitted', 'dismissed'] as const;
export type SuspectOutcome = (typeof SUSPECT_OUTCOMES)[number];
export const PARTY_ROLES = ['victim', 'suspect'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

const text = z.nullable(z.string());
const optionalText = z.optional(text);

export const CriminalCaseSchema = z.object({
  id: z.string(),
  version: z.number(),
  createdAt: z.string(),
  policeReference: text,
  courtReference: text,
  unit: text,
  provinceCode: text,
  offenceDate: optionalText,
  currentStage: z.nullable(z.enum(PROCEEDING_STAGES)),
});
export type CriminalCase = z.infer<typeof CriminalCaseSchema>;

const CriminalCasePageSchema = z.object({ items: z.array(CriminalCaseSchema), limit: z.number(), offset: z.number() });
export type CriminalCasePage = z.infer<typeof CriminalCasePageSchema>;

export const OffenceSchema = z.object({
  id: z.string(),
  code: z.string(),
  statute: z.string(),
  article: text,
  /** False when the article number has not been checked against the official text. */
  articleVerified: z.boolean(),
  labelEn: z.string(),
  labelKm: text,
  category: z.string(),
});
export type Offence = z.infer<typeof OffenceSchema>;
const OffenceListSchema = z.object({ items: z.array(OffenceSchema) });

export const ChargedOffenceSchema = z.object({
  id: z.string(),
  offence: OffenceSchema,
  suspectPersonId: text,
  victimPersonId: text,
});
export type ChargedOffence = z.infer<typeof ChargedOffenceSchema>;

export const StageRecordSchema = z.object({
  id: z.string(),
  stage: z.enum(PROCEEDING_STAGES),
  occurredOn: z.string(),
  note: text,
});
export type StageRecord = z.infer<typeof StageRecordSchema>;

export const OutcomeSchema = z.object({
  id: z.string(),
  version: z.number(),
  personId: z.string(),
  outcome: z.enum(SUSPECT_OUTCOMES),
  decidedOn: z.string(),
  sentenceMonths: z.nullable(z.number()),
  fineAmount: z.nullable(z.number()),
  compensationAmount: z.nullable(z.number()),
  currency: z.string(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const CriminalCaseDetailSchema = z.extend(CriminalCaseSchema, {
  parties: z.array(z.object({ personId: z.string(), role: z.enum(PARTY_ROLES) })),
  offences: z.array(ChargedOffenceSchema),
  stages: z.array(StageRecordSchema),
  outcomes: z.array(OutcomeSchema),
});
export type CriminalCaseDetail = z.infer<typeof CriminalCaseDetailSchema>;

export const HistoryEntrySchema = z.object({
  id: z.number(),
  table: z.string(),
  recordId: z.string(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  redacted: z.boolean(),
  actorUserId: text,
  changedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
const HistorySchema = z.object({ items: z.array(HistoryEntrySchema) });

/** What the API lets the role see of a person: names may be hidden (`hiddenName`) or absent. */
export const PersonSummarySchema = z.object({
  id: z.optional(z.string()),
  personKind: optionalText,
  givenNameLatin: optionalText,
  familyNameLatin: optionalText,
  nameLocal: optionalText,
  hiddenName: z.optional(z.boolean()),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

const PersonSearchSchema = z.object({
  items: z.array(z.object({ person: z.nullable(PersonSummarySchema), caseId: text })),
  truncated: z.boolean(),
});
export type PersonSearch = z.infer<typeof PersonSearchSchema>;

export const IDENTIFIER_TYPES = ['phone', 'handle', 'email', 'document'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];
/** A search for persons of one kind (the role they would take in the case) by name or exactly by an identifier. */
export type PersonQuery = { kind: PartyRole } & (
  { name: string } | { identifierType: IdentifierType; identifierValue: string }
);

export interface NewCriminalCase {
  policeReference: string | null;
  courtReference: string | null;
  unit: string | null;
  provinceCode: string | null;
  offenceDate: string | null;
}

export interface NewSuspect {
  givenNameLatin: string | null;
  familyNameLatin: string | null;
  nameLocal: string | null;
}

export interface OutcomeBody {
  outcome: SuspectOutcome;
  decidedOn: string;
  sentenceMonths: number | null;
  fineAmount: number | null;
  compensationAmount: number | null;
}

export interface ProsecutionApi {
  /** A page of the organisation's criminal cases, newest first. */
  criminalCases(page: { limit: number; offset: number }): Promise<CriminalCasePage>;
  /** The criminal cases in which a person is a victim or a suspect (`?personId=`). */
  criminalCasesOfPerson(personId: string): Promise<CriminalCase[]>;
  openCriminalCase(input: NewCriminalCase): Promise<CriminalCase>;
  criminalCase(id: string): Promise<CriminalCaseDetail>;
  history(id: string): Promise<HistoryEntry[]>;
  /** The legal catalogue (offences in use). */
  offences(): Promise<Offence[]>;
  searchPersons(query: PersonQuery): Promise<PersonSearch>;
  person(id: string): Promise<PersonSummary>;
  recordSuspect(input: NewSuspect): Promise<{ id: string }>;
  linkParty(caseId: string, personId: string, role: PartyRole): Promise<void>;
  chargeOffence(
    caseId: string,
    charge: { offenceCode: string; suspectPersonId: string | null; victimPersonId: string | null },
  ): Promise<void>;
  recordStage(
    caseId: string,
    stage: { version: number; stage: StageRecord['stage']; occurredOn: string; note: string | null },
  ): Promise<void>;
  recordOutcome(caseId: string, body: OutcomeBody & { personId: string; currency: string }): Promise<Outcome>;
  correctOutcome(caseId: string, outcomeId: string, body: OutcomeBody & { version: number }): Promise<Outcome>;
}

const GET: RequestInit = { method: 'GET' };
const segment = encodeURIComponent;

/** At most this many criminal cases of one person are listed (the API's page limit). */
export const PERSON_CASES_LIMIT = 200;

/** The criminal cases in which a person is a victim or a suspect: `GET /api/criminal-cases?personId=`. */
export async function fetchCriminalCasesOfPerson(fetchImpl: FetchLike, personId: string): Promise<CriminalCase[]> {
  const query = new URLSearchParams({ personId, limit: String(PERSON_CASES_LIMIT) });
  return (await callApi(fetchImpl, `/api/criminal-cases?${query.toString()}`, GET, CriminalCasePageSchema)).items;
}

export function createProsecutionApi(fetchImpl: FetchLike, csrfToken: string): ProsecutionApi {
  const send = <T>(method: 'POST' | 'PATCH', path: string, body: unknown, schema: z.ZodMiniType<T>) =>
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
  const casePath = (id: string) => `/api/criminal-cases/${segment(id)}`;
  const anything = z.unknown();

  return {
    criminalCases(page) {
      const query = new URLSearchParams({ limit: String(page.limit), offset: String(page.offset) });
      return callApi(fetchImpl, `/api/criminal-cases?${query.toString()}`, GET, CriminalCasePageSchema);
    },
    criminalCasesOfPerson(personId) {
      return fetchCriminalCasesOfPerson(fetchImpl, personId);
    },
    openCriminalCase(input) {
      const body = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
      return send('POST', '/api/criminal-cases', body, CriminalCaseSchema);
    },
    criminalCase(id) {
      return callApi(fetchImpl, casePath(id), GET, CriminalCaseDetailSchema);
    },
    async history(id) {
      return (await callApi(fetchImpl, `${casePath(id)}/history`, GET, HistorySchema)).items;
    },
    async offences() {
      return (await callApi(fetchImpl, '/api/offences', GET, OffenceListSchema)).items;
    },
    searchPersons(query) {
      const parameters = new URLSearchParams(
        'name' in query
          ? { name: query.name, kind: query.kind, limit: '20' }
          : {
              identifierType: query.identifierType,
              identifierValue: query.identifierValue,
              kind: query.kind,
              limit: '20',
            },
      );
      return callApi(fetchImpl, `/api/persons?${parameters.toString()}`, GET, PersonSearchSchema);
    },
    person(id) {
      return callApi(fetchImpl, `/api/persons/${segment(id)}`, GET, PersonSummarySchema);
    },
    recordSuspect(input) {
      const names = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
      return send('POST', '/api/persons', { personKind: 'suspect', ...names }, z.object({ id: z.string() }));
    },
    async linkParty(caseId, personId, role) {
      await send('POST', `${casePath(caseId)}/parties`, { personId, role }, z.object({ linked: z.literal(true) }));
    },
    async chargeOffence(caseId, charge) {
      await send(
        'POST',
        `${casePath(caseId)}/offences`,
        {
          offenceCode: charge.offenceCode,
          ...(charge.suspectPersonId === null ? {} : { suspectPersonId: charge.suspectPersonId }),
          ...(charge.victimPersonId === null ? {} : { victimPersonId: charge.victimPersonId }),
        },
        anything,
      );
    },
    async recordStage(caseId, stage) {
      const { note, ...rest } = stage;
      await send('POST', `${casePath(caseId)}/stages`, note === null ? rest : { ...rest, note }, anything);
    },
    recordOutcome(caseId, body) {
      return send('POST', `${casePath(caseId)}/outcomes`, body, OutcomeSchema);
    },
    correctOutcome(caseId, outcomeId, body) {
      return send('PATCH', `${casePath(caseId)}/outcomes/${segment(outcomeId)}`, body, OutcomeSchema);
    },
  };
}
