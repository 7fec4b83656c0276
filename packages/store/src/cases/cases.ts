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
  type RecordPatch,
  type TableSpec,
} from '../records/versioned-record.ts';
import {
  actorSchema,
  boundedText,
  expectedVersion,
  id,
  LIMITS,
  narrativeText,
  pageSchema,
  type Actor,
} from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';
import { effectiveTime, pastDateTime, requireNotBefore } from '../validation/past-time.ts';
import { statusDeciderKinds } from './code-lists.ts';

export const traffickingStatuses = ['possible', 'actual', 'not_trafficked'] as const;
export type TraffickingStatus = (typeof traffickingStatuses)[number];
/** Primero's workflow stages; `reopened` is set by `reopen` only. */
export const workflowStages = ['new', 'assessment', 'case_plan', 'service_provision', 'follow_up', 'reopened'] as const;
export const caseRiskLevels = ['low', 'medium', 'high', 'critical'] as const;
export const closureReasons = [
  'reintegrated',
  'repatriated',
  'transferred',
  'refused_services',
  'no_longer_requires_support',
  'moved_away',
  'lost_contact',
  'died',
  'not_trafficked',
  'other',
] as const;

export interface CaseRecord extends BaseRecord {
  readonly caseNumber: number;
  readonly victimPersonId: string;
  readonly sourceReportId: string | null;
  readonly traffickingStatus: TraffickingStatus;
  readonly statusDecidedByKind: (typeof statusDeciderKinds)[number] | null;
  readonly statusDecidedByUserId: string | null;
  readonly statusDecidedAt: string | null;
  readonly workflowStage: (typeof workflowStages)[number];
  readonly riskLevel: (typeof caseRiskLevels)[number];
  readonly organisationId: string;
  readonly teamId: string | null;
  readonly ownerUserId: string | null;
  readonly provinceCode: string | null;
  readonly summary: string | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly closureReason: (typeof closureReasons)[number] | null;
  readonly closureNote: string | null;
  readonly reopenedCount: number;
}

const caseSpec: TableSpec = {
  entity: 'case',
  table: 'cases',
  fields: {
    caseNumber: 'plain',
    victimPersonId: 'plain',
    sourceReportId: 'plain',
    traffickingStatus: 'plain',
    statusDecidedByKind: 'plain',
    statusDecidedByUserId: 'plain',
    statusDecidedAt: 'plain',
    workflowStage: 'plain',
    riskLevel: 'plain',
    organisationId: 'plain',
    teamId: 'plain',
    ownerUserId: 'plain',
    provinceCode: 'plain',
    summary: 'encrypted',
    openedAt: 'plain',
    closedAt: 'plain',
    closureReason: 'plain',
    closureNote: 'encrypted',
    reopenedCount: 'plain',
  },
};

const createCaseSchema = z
  .object({
    victimPersonId: id,
    organisationId: id,
    teamId: id.nullable().optional(),
    ownerUserId: id.nullable().optional(),
    sourceReportId: id.nullable().optional(),
    riskLevel: z.enum(caseRiskLevels).optional(),
    provinceCode: boundedText(20).nullable().optional(),
    summary: narrativeText.nullable().optional(),
    /** When the case was opened, if not now (a case moved from a spreadsheet, entered after the fact). */
    openedAt: pastDateTime.optional(),
  })
  .strict();
export type CreateCaseInput = z.input<typeof createCaseSchema>;

const patchCaseSchema = z
  .object({
    workflowStage: z.enum(workflowStages).exclude(['reopened']),
    riskLevel: z.enum(caseRiskLevels),
    teamId: id.nullable(),
    ownerUserId: id.nullable(),
    provinceCode: boundedText(20).nullable(),
    summary: narrativeText.nullable(),
  })
  .partial()
  .strict();

const statusDecisionSchema = z
  .object({
    status: z.enum(traffickingStatuses),
    decidedByKind: z.enum(statusDeciderKinds),
    /** When it was decided, if not now; not before the case was opened. */
    at: pastDateTime.optional(),
  })
  .strict();
const closeSchema = z
  .object({
    reason: z.enum(closureReasons),
    note: boundedText(LIMITS.shortText * 4)
      .nullable()
      .optional(),
    /** When the case was closed, if not now; not before it was opened. */
    at: pastDateTime.optional(),
  })
  .strict();
const reopenSchema = z
  .object({
    /** When the case was reopened, if not now; not before it was closed. */
    at: pastDateTime.optional(),
  })
  .strict();

const listSchema = z
  .object({
    scope: scopeSchema,
    open: z.boolean().optional(),
    traffickingStatus: z.enum(traffickingStatuses).optional(),
    riskLevel: z.enum(caseRiskLevels).optional(),
    provinceCode: z.string().max(20).optional(),
    page: pageSchema,
  })
  .strict();

const CASE_SCOPE = { owner: 'owner_user_id', team: 'team_id', organisation: 'organisation_id' };

export function createCaseRepository(ctx: StoreContext) {
  const get = async (caseId: string): Promise<CaseRecord> =>
    getRecord(ctx, caseSpec, parseInput(id, caseId, 'case id'));
  const update = async (
    caseId: string,
    version: number,
    patch: RecordPatch<CaseRecord>,
    actor: Actor,
    effectiveAt: string | null = null,
  ) =>
    updateRecord<CaseRecord>(
      ctx,
      caseSpec,
      parseInput(id, caseId, 'case id'),
      parseInput(expectedVersion, version, 'expected version'),
      patch,
      parseInput(actorSchema, actor, 'actor'),
      { effectiveAt },
    );

  return {
    /**
     * Opens the case of a victim; a person has at most one case. `openedAt` records a past opening
     * (not before the report it comes from was received); its history keeps it as the effective time.
     */
    async create(input: CreateCaseInput, actor: Actor): Promise<CaseRecord> {
      const values = parseInput(createCaseSchema, input, 'case');
      const who = parseInput(actorSchema, actor, 'actor');
      return withTransaction(ctx, async (tx) => {
        const existing = await tx.db
          .selectFrom('cases')
          .select('id')
          .where('victim_person_id', '=', values.victimPersonId)
          .executeTakeFirst();
        if (existing) {
          throw new StoreError('conflict', `person ${values.victimPersonId} already has case ${String(existing.id)}`, {
            caseId: existing.id,
          });
        }
        if (values.openedAt && values.sourceReportId) {
          const source = (await tx.db
            .selectFrom('reports')
            .select('received_at')
            .where('id', '=', values.sourceReportId)
            .executeTakeFirst()) as { received_at: string } | undefined;
          requireNotBefore(values.openedAt, source?.received_at, {
            field: 'openedAt',
            message: 'a case cannot be opened before the report it comes from was received',
          });
        }
        return insertRecord(tx, caseSpec, values, who, { effectiveAt: values.openedAt ?? null });
      });
    },
    get,
    async update(caseId: string, version: number, patch: z.input<typeof patchCaseSchema>, actor: Actor) {
      return update(caseId, version, parseInput(patchCaseSchema, patch, 'case change'), actor);
    },
    /** Records the trafficking status, who decided it (user and kind of organisation) and when (`at`, or now). */
    async decideTraffickingStatus(
      caseId: string,
      version: number,
      decision: z.input<typeof statusDecisionSchema>,
      actor: Actor,
    ): Promise<CaseRecord> {
      const d = parseInput(statusDecisionSchema, decision, 'trafficking status decision');
      return update(
        caseId,
        version,
        (current) => {
          if (d.at) {
            requireNotBefore(d.at, current.openedAt, {
              field: 'at',
              message: 'a trafficking status cannot be decided before the case was opened',
            });
          }
          return {
            traffickingStatus: d.status,
            statusDecidedByKind: d.decidedByKind,
            statusDecidedByUserId: actor.userId,
            statusDecidedAt: effectiveTime(d.at),
          };
        },
        actor,
        d.at ?? null,
      );
    },
    /** Closes the case with a reason, now or at `at` (not before it was opened). */
    async close(
      caseId: string,
      version: number,
      closure: z.input<typeof closeSchema>,
      actor: Actor,
    ): Promise<CaseRecord> {
      const c = parseInput(closeSchema, closure, 'case closure');
      return update(
        caseId,
        version,
        (current) => {
          if (current.closedAt !== null) throw new StoreError('invalid_transition', `case ${caseId} is already closed`);
          if (c.at) {
            requireNotBefore(c.at, current.openedAt, {
              field: 'at',
              message: 'a case cannot be closed before it was opened',
            });
          }
          return { closedAt: effectiveTime(c.at), closureReason: c.reason, closureNote: c.note ?? null };
        },
        actor,
        c.at ?? null,
      );
    },
    /** Reopens a closed case, now or at `options.at` (not before it was closed), which its history keeps. */
    async reopen(
      caseId: string,
      version: number,
      actor: Actor,
      options: z.input<typeof reopenSchema> = {},
    ): Promise<CaseRecord> {
      const r = parseInput(reopenSchema, options, 'case reopening');
      return update(
        caseId,
        version,
        (current) => {
          if (current.closedAt === null) throw new StoreError('invalid_transition', `case ${caseId} is open`);
          if (r.at) {
            requireNotBefore(r.at, current.closedAt, {
              field: 'at',
              message: 'a case cannot be reopened before it was closed',
            });
          }
          return {
            closedAt: null,
            closureReason: null,
            closureNote: null,
            workflowStage: 'reopened',
            reopenedCount: current.reopenedCount + 1,
          };
        },
        actor,
        r.at ?? null,
      );
    },
    /** Cases within the scope, newest first, with optional filters. */
    async list(query: z.input<typeof listSchema>): Promise<CaseRecord[]> {
      const q = parseInput(listSchema, query, 'case list query');
      return listRecords(ctx, caseSpec, (select) => {
        let s = select.where(scopeFilter(q.scope, CASE_SCOPE));
        if (q.open !== undefined) s = s.where('closed_at', q.open ? 'is' : 'is not', null);
        if (q.traffickingStatus) s = s.where('trafficking_status', '=', q.traffickingStatus);
        if (q.riskLevel) s = s.where('risk_level', '=', q.riskLevel);
        if (q.provinceCode) s = s.where('province_code', '=', q.provinceCode);
        return s.orderBy('opened_at', 'desc').orderBy('id').limit(q.page.limit).offset(q.page.offset);
      });
    },
    /** Whether a case lies within a scope (for the server's checks on a single record). */
    async isInScope(caseId: string, scope: Scope): Promise<boolean> {
      const row = await ctx.db
        .selectFrom('cases')
        .select('id')
        .where('id', '=', parseInput(id, caseId, 'case id'))
        .where(scopeFilter(parseInput(scopeSchema, scope, 'scope'), CASE_SCOPE))
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
