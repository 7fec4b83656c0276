import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { StoreError } from '../errors.ts';
import { scopeFilter, scopeSchema, type Scope } from '../records/scope.ts';
import { withTransaction, type StoreContext } from '../records/store-context.ts';
import {
  getRecord,
  insertRecord,
  listRecords,
  updateRecord,
  type BaseRecord,
  type TableSpec,
} from '../records/versioned-record.ts';
import {
  actorSchema,
  boundedText,
  expectedVersion,
  id,
  LIMITS,
  listOf,
  narrativeText,
  pageSchema,
  type Actor,
} from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';
import { effectiveTime, pastDateTime, requireNotBefore } from '../validation/past-time.ts';
import {
  analysisSchema,
  identifiersOfAnalysis,
  redactAnalysis,
  riskLevels,
  riskRank,
  type RiskLevel,
} from './analysis.ts';
import {
  findRecordsByIdentifier,
  findRecordsSharingIdentifiers,
  identifierSchema,
  insertEntityIndex,
  type Identifier,
  type IdentifierMatch,
} from './entity-index.ts';

export const reportKinds = ['tip', 'hotline_call'] as const;
export const reportChannels = ['web', 'hotline', 'sms', 'email', 'walk_in', 'partner', 'platform'] as const;
export const callerRelationships = [
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
export const triageStatuses = ['new', 'in_review', 'linked', 'converted', 'dismissed'] as const;
export type TriageStatus = (typeof triageStatuses)[number];

/** Which triage status may follow which; `converted` (a case was opened from it) is final. */
export const triageTransitions: Readonly<Record<TriageStatus, readonly TriageStatus[]>> = {
  new: ['in_review', 'linked', 'converted', 'dismissed'],
  in_review: ['new', 'linked', 'converted', 'dismissed'],
  linked: ['in_review', 'converted'],
  dismissed: ['in_review'],
  converted: [],
};

export interface ReportRecord extends BaseRecord {
  readonly kind: (typeof reportKinds)[number];
  readonly channel: (typeof reportChannels)[number];
  readonly receivedAt: string;
  readonly anonymous: boolean;
  readonly callerRelationship: (typeof callerRelationships)[number] | null;
  readonly language: string | null;
  /** The tip text or call transcript (decrypted). */
  readonly body: string | null;
  readonly contactDetails: string | null;
  /** The detection engine's full analysis (decrypted), as it was submitted. */
  readonly analysis: unknown;
  readonly risk: RiskLevel | null;
  readonly harmTypes: string[];
  readonly provinceCode: string | null;
  readonly organisationId: string | null;
  readonly teamId: string | null;
  readonly receivedByUserId: string | null;
  readonly assignedUserId: string | null;
  readonly triageStatus: TriageStatus;
  readonly triageReason: string | null;
  readonly triagedByUserId: string | null;
  readonly triagedAt: string | null;
  readonly linkedCaseId: string | null;
  readonly callDurationSeconds: number | null;
}

const reportSpec: TableSpec = {
  entity: 'report',
  table: 'reports',
  fields: {
    kind: 'plain',
    channel: 'plain',
    receivedAt: 'plain',
    anonymous: 'plain',
    callerRelationship: 'plain',
    language: 'plain',
    body: 'encrypted',
    contactDetails: 'encrypted',
    analysis: 'encrypted_json',
    redactedAnalysis: 'json',
    risk: 'plain',
    riskRank: 'plain',
    harmTypes: 'plain',
    provinceCode: 'plain',
    organisationId: 'plain',
    teamId: 'plain',
    receivedByUserId: 'plain',
    assignedUserId: 'plain',
    triageStatus: 'plain',
    triageReason: 'plain',
    triagedByUserId: 'plain',
    triagedAt: 'plain',
    linkedCaseId: 'plain',
    callDurationSeconds: 'plain',
  },
};

// The columns are named for what they hold in the database; the record names read better.
const storedSpec: TableSpec = {
  ...reportSpec,
  fields: Object.fromEntries(
    Object.entries(reportSpec.fields).map(([property, kind]) => [
      property === 'analysis' ? 'analysisSealed' : property === 'redactedAnalysis' ? 'analysis' : property,
      kind,
    ]),
  ),
};

type StoredReport = Omit<ReportRecord, 'analysis'> & { analysisSealed: unknown; analysis: unknown; riskRank: number };

function toReport(stored: StoredReport): ReportRecord {
  const rest: Partial<StoredReport> = { ...stored };
  delete rest.riskRank;
  delete rest.analysisSealed;
  return { ...(rest as Omit<StoredReport, 'riskRank' | 'analysisSealed'>), analysis: stored.analysisSealed };
}

const createReportSchema = z
  .object({
    kind: z.enum(reportKinds),
    channel: z.enum(reportChannels),
    /** When the tip or call came in, if not now (not in the future). */
    receivedAt: pastDateTime.optional(),
    anonymous: z.boolean().optional(),
    callerRelationship: z.enum(callerRelationships).nullable().optional(),
    language: boundedText(20).nullable().optional(),
    body: narrativeText.nullable().optional(),
    contactDetails: boundedText(LIMITS.contactDetails).nullable().optional(),
    analysis: analysisSchema.nullable().optional(),
    /** Identifiers the caller gave besides those the engine found (a phone number said on the phone…). */
    identifiers: listOf(identifierSchema).optional(),
    provinceCode: boundedText(20).nullable().optional(),
    organisationId: id.nullable().optional(),
    teamId: id.nullable().optional(),
    receivedByUserId: id.nullable().optional(),
    assignedUserId: id.nullable().optional(),
    callDurationSeconds: z.number().int().min(0).max(86_400).nullable().optional(),
    /** Give the (anonymous) reporter a code to follow the tip up with; only its hash is kept. */
    issueFollowUpCode: z.boolean().optional(),
  })
  .strict();
export type CreateReportInput = z.input<typeof createReportSchema>;

const patchReportSchema = z
  .object({
    callerRelationship: z.enum(callerRelationships).nullable(),
    language: boundedText(20).nullable(),
    body: narrativeText.nullable(),
    contactDetails: boundedText(LIMITS.contactDetails).nullable(),
    provinceCode: boundedText(20).nullable(),
    organisationId: id.nullable(),
    teamId: id.nullable(),
    assignedUserId: id.nullable(),
  })
  .partial()
  .strict();

const triageSchema = z
  .object({
    status: z.enum(triageStatuses),
    reason: boundedText(LIMITS.shortText).nullable().optional(),
    linkedCaseId: id.nullable().optional(),
    /** When it was decided, if not now: not before the report was received, nor before its last triage. */
    at: pastDateTime.optional(),
  })
  .strict()
  .refine((t) => t.status !== 'dismissed' || (t.reason ?? '').trim() !== '', {
    message: 'dismissing a report needs a reason',
    path: ['reason'],
  })
  .refine((t) => !['linked', 'converted'].includes(t.status) || Boolean(t.linkedCaseId), {
    message: 'linking or converting a report needs the case id',
    path: ['linkedCaseId'],
  });

const queueSchema = z
  .object({
    scope: scopeSchema,
    statuses: z.array(z.enum(triageStatuses)).min(1).default(['new', 'in_review']),
    minimumRisk: z.enum(riskLevels).optional(),
    harmType: z.string().max(100).optional(),
    page: pageSchema,
  })
  .strict();

const FOLLOW_UP_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newFollowUpCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => FOLLOW_UP_ALPHABET[byte % FOLLOW_UP_ALPHABET.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}`;
}

export function hashFollowUpCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase(), 'utf8').digest('hex');
}

export function createReportRepository(ctx: StoreContext) {
  const get = async (reportId: string): Promise<ReportRecord> =>
    toReport(await getRecord<StoredReport>(ctx, storedSpec, parseInput(id, reportId, 'report id')));

  return {
    /** Stores a tip or call with its analysis; `followUpCode` is returned once and never stored. */
    async create(
      input: CreateReportInput,
      actor: Actor,
    ): Promise<{ report: ReportRecord; followUpCode: string | null }> {
      const r = parseInput(createReportSchema, input, 'report');
      const who = parseInput(actorSchema, actor, 'actor');
      const followUpCode = r.issueFollowUpCode ? newFollowUpCode() : null;
      const analysis = r.analysis ?? null;
      const risk = analysis?.risk ?? null;
      const identifiers: Identifier[] = [
        ...(r.identifiers ?? []),
        ...(analysis ? identifiersOfAnalysis(analysis) : []),
      ];
      return withTransaction(ctx, async (tx) => {
        const stored = await insertRecord<StoredReport>(
          tx,
          storedSpec,
          {
            kind: r.kind,
            channel: r.channel,
            receivedAt: r.receivedAt,
            anonymous: r.anonymous ?? false,
            callerRelationship: r.callerRelationship,
            language: r.language ?? analysis?.language ?? null,
            body: r.body,
            contactDetails: r.contactDetails,
            analysisSealed: analysis,
            analysis: analysis ? redactAnalysis(analysis) : null,
            risk,
            riskRank: risk ? riskRank[risk] : 0,
            harmTypes: [...new Set((analysis?.harms ?? []).map((harm) => harm.type))],
            provinceCode: r.provinceCode,
            organisationId: r.organisationId,
            teamId: r.teamId,
            receivedByUserId: r.receivedByUserId,
            assignedUserId: r.assignedUserId,
            callDurationSeconds: r.callDurationSeconds,
          },
          who,
          {
            // Kept out of the record and its history: only the hash, for findByFollowUpCode.
            extraColumns: followUpCode ? { follow_up_code_hash: hashFollowUpCode(followUpCode) } : {},
            effectiveAt: r.receivedAt ?? null,
          },
        );
        await insertEntityIndex(tx, 'reports', stored.id, identifiers);
        return { report: toReport(stored), followUpCode };
      });
    },

    get,

    async update(
      reportId: string,
      version: number,
      patch: z.input<typeof patchReportSchema>,
      actor: Actor,
    ): Promise<ReportRecord> {
      return toReport(
        await updateRecord<StoredReport>(
          ctx,
          storedSpec,
          parseInput(id, reportId, 'report id'),
          parseInput(expectedVersion, version, 'expected version'),
          parseInput(patchReportSchema, patch, 'report change'),
          parseInput(actorSchema, actor, 'actor'),
        ),
      );
    },

    /** Moves a report through triage (new → in_review → linked/converted/dismissed), checking the transition. */
    async triage(
      reportId: string,
      version: number,
      decision: z.input<typeof triageSchema>,
      actor: Actor,
    ): Promise<ReportRecord> {
      const d = parseInput(triageSchema, decision, 'triage decision');
      const who = parseInput(actorSchema, actor, 'actor');
      return toReport(
        await updateRecord<StoredReport>(
          ctx,
          storedSpec,
          parseInput(id, reportId, 'report id'),
          parseInput(expectedVersion, version, 'expected version'),
          (current) => {
            if (!triageTransitions[current.triageStatus].includes(d.status)) {
              throw new StoreError(
                'invalid_transition',
                `a report in triage status ${current.triageStatus} cannot become ${d.status}`,
                { from: current.triageStatus, to: d.status },
              );
            }
            if (d.at) {
              requireNotBefore(d.at, current.triagedAt ?? current.receivedAt, {
                field: 'at',
                message: 'a report cannot be triaged before it was received, nor before its last triage',
              });
            }
            return {
              triageStatus: d.status,
              triageReason: d.reason ?? null,
              linkedCaseId: d.linkedCaseId ?? current.linkedCaseId,
              triagedByUserId: who.userId,
              triagedAt: effectiveTime(d.at),
            };
          },
          who,
          { effectiveAt: d.at ?? null },
        ),
      );
    },

    /** Reports awaiting triage within the scope, highest risk first, then oldest first. */
    async triageQueue(query: z.input<typeof queueSchema>): Promise<ReportRecord[]> {
      const q = parseInput(queueSchema, query, 'triage queue query');
      const stored = await listRecords<StoredReport>(ctx, storedSpec, (select) => {
        let s = select
          .where('triage_status', 'in', q.statuses)
          .where(scopeFilter(q.scope, { owner: 'assigned_user_id', team: 'team_id', organisation: 'organisation_id' }));
        if (q.minimumRisk) s = s.where('risk_rank', '>=', riskRank[q.minimumRisk]);
        if (q.harmType) s = s.where(sql<boolean>`${q.harmType} = ANY(harm_types)`);
        return s
          .orderBy('risk_rank', 'desc')
          .orderBy('received_at', 'asc')
          .orderBy('id')
          .limit(q.page.limit)
          .offset(q.page.offset);
      });
      return stored.map(toReport);
    },

    /** The report an anonymous reporter follows up with their code, or undefined. */
    async findByFollowUpCode(code: string): Promise<ReportRecord | undefined> {
      const parsed = z.string().min(4).max(50).safeParse(code);
      if (!parsed.success) return undefined;
      const row = (await ctx.db
        .selectFrom('reports')
        .select('id')
        .where('follow_up_code_hash', '=', hashFollowUpCode(parsed.data))
        .executeTakeFirst()) as { id: string } | undefined;
      return row ? get(row.id) : undefined;
    },

    /** Other reports and persons (with their cases) sharing a phone, handle, wallet… with this report. */
    async findSharingIdentifiers(reportId: string): Promise<IdentifierMatch[]> {
      return findRecordsSharingIdentifiers(ctx, 'reports', parseInput(id, reportId, 'report id'));
    },

    /** Reports and persons holding an identifier, matched through its blind index. */
    async findByIdentifier(identifier: Identifier): Promise<IdentifierMatch[]> {
      return findRecordsByIdentifier(ctx, parseInput(identifierSchema, identifier, 'identifier'));
    },

    /** The reports linked to a case or converted into it, oldest first (at most `limit`, default 100). */
    async listForCase(caseId: string, limit = 100): Promise<ReportRecord[]> {
      const target = parseInput(id, caseId, 'case id');
      const max = parseInput(z.number().int().min(1).max(1000), limit, 'limit');
      const stored = await listRecords<StoredReport>(ctx, storedSpec, (select) =>
        select.where('linked_case_id', '=', target).orderBy('received_at', 'asc').orderBy('id').limit(max),
      );
      return stored.map(toReport);
    },

    async list(query: { scope: Scope; page?: { limit?: number; offset?: number } }): Promise<ReportRecord[]> {
      const q = parseInput(z.object({ scope: scopeSchema, page: pageSchema }).strict(), query, 'report list query');
      const stored = await listRecords<StoredReport>(ctx, storedSpec, (select) =>
        select
          .where(scopeFilter(q.scope, { owner: 'assigned_user_id', team: 'team_id', organisation: 'organisation_id' }))
          .orderBy('received_at', 'desc')
          .orderBy('id')
          .limit(q.page.limit)
          .offset(q.page.offset),
      );
      return stored.map(toReport);
    },
  };
}
