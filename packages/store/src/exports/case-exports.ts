/**
 * The record of every CSV export of cases: who made it (and so for which organisation), with which
 * filters, how many victims it held, left out for want of consent to non-identifying reporting and
 * included without that consent, and the reason given for that override. Append-only: a disclosure
 * stays accountable. The reason is free text about victims' data and is stored encrypted.
 */
import { z } from 'zod';
import { notFound, StoreError } from '../errors.ts';
import type { StoreContext } from '../records/store-context.ts';
import { actorSchema, boundedText, id, pageSchema, type Actor } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

/** The override reason: as long as the server's export route allows. */
export const CONSENT_OVERRIDE_REASON_LIMITS = { min: 10, max: 2_000 } as const;

const REASON_COLUMN = 'case_exports.consent_override_reason';

const count = z.number().int().min(0).max(2_147_483_647);

const recordCaseExportSchema = z
  .object({
    /** The filters the export was asked for (absent: not filtered). */
    filters: z
      .object({
        open: z.boolean().nullable().default(null),
        provinceCode: boundedText(20, 1).nullable().default(null),
      })
      .strict()
      .default({ open: null, provinceCode: null }),
    /** Victims in the file. */
    rowCount: count,
    /** Victims left out: no consent to non-identifying reporting in force. */
    omittedCount: count,
    /** Victims in the file without that consent, by a permitted override. */
    overriddenCount: count.default(0),
    /** Required when overriddenCount > 0, and only then. */
    consentOverrideReason: boundedText(CONSENT_OVERRIDE_REASON_LIMITS.max, CONSENT_OVERRIDE_REASON_LIMITS.min)
      .nullable()
      .default(null),
    /** The request that made the export, to find its audit entry. */
    requestId: boundedText(200).nullable().default(null),
  })
  .strict()
  .refine((r) => r.overriddenCount <= r.rowCount, {
    message: 'more victims included by override than in the file',
    path: ['overriddenCount'],
  })
  .refine((r) => r.overriddenCount > 0 === (r.consentOverrideReason !== null), {
    message: 'a reason is required when consent was overridden, and only then',
    path: ['consentOverrideReason'],
  });
export type RecordCaseExportInput = z.input<typeof recordCaseExportSchema>;

const listCaseExportsSchema = z
  .object({
    /** Only the exports made by users of this organisation. */
    organisationId: id.optional(),
    page: pageSchema,
  })
  .strict();
export type ListCaseExportsQuery = z.input<typeof listCaseExportsSchema>;

export interface CaseExportRecord {
  readonly id: string;
  readonly madeAt: string;
  readonly userId: string;
  /** The exporting user's organisation at the time of the export. */
  readonly organisationId: string;
  readonly requestId: string | null;
  readonly filters: { readonly open: boolean | null; readonly provinceCode: string | null };
  readonly rowCount: number;
  readonly omittedCount: number;
  readonly overriddenCount: number;
  readonly consentOverrideReason: string | null;
}

function toCaseExport(ctx: StoreContext, row: Record<string, unknown>): CaseExportRecord {
  const reason = row['consent_override_reason'] as string | null;
  return {
    id: String(row['id']),
    madeAt: String(row['made_at']),
    userId: String(row['user_id']),
    organisationId: String(row['organisation_id']),
    requestId: (row['request_id'] as string | null) ?? null,
    filters: {
      open: (row['filter_open'] as boolean | null) ?? null,
      provinceCode: (row['filter_province_code'] as string | null) ?? null,
    },
    rowCount: Number(row['row_count']),
    omittedCount: Number(row['omitted_count']),
    overriddenCount: Number(row['overridden_count']),
    consentOverrideReason: reason === null ? null : ctx.cipher.decrypt(reason, REASON_COLUMN),
  };
}

export function createCaseExportRepository(ctx: StoreContext) {
  return {
    /**
     * Records one export made by `actor` (a user: the system does not export), for the actor's
     * organisation. `invalid_input` for bad counts, a reason outside 10–2000 characters, a reason
     * without an override or an override without a reason; `not_found` for an unknown user.
     */
    async record(input: RecordCaseExportInput, actor: Actor): Promise<CaseExportRecord> {
      const r = parseInput(recordCaseExportSchema, input, 'case export');
      const who = parseInput(actorSchema, actor, 'actor');
      if (who.userId === null) {
        throw new StoreError('invalid_input', 'a case export is made by a user, not by the system', {
          problems: [{ path: 'actor.userId', message: 'must be a user' }],
        });
      }
      const user = (await ctx.db
        .selectFrom('users')
        .select(['organisation_id'])
        .where('id', '=', who.userId)
        .executeTakeFirst()) as { organisation_id: string } | undefined;
      if (!user) throw notFound('user', who.userId);
      const row = (await ctx.db
        .insertInto('case_exports')
        .values({
          user_id: who.userId,
          organisation_id: user.organisation_id,
          request_id: r.requestId,
          filter_open: r.filters.open,
          filter_province_code: r.filters.provinceCode,
          row_count: r.rowCount,
          omitted_count: r.omittedCount,
          overridden_count: r.overriddenCount,
          consent_override_reason:
            r.consentOverrideReason === null ? null : ctx.cipher.encrypt(r.consentOverrideReason, REASON_COLUMN),
        })
        .returningAll()
        .executeTakeFirstOrThrow()) as Record<string, unknown>;
      return toCaseExport(ctx, row);
    },

    /** The exports, newest first, of one organisation's users or of everyone; reasons decrypted. */
    async list(query: ListCaseExportsQuery = {}): Promise<CaseExportRecord[]> {
      const q = parseInput(listCaseExportsSchema, query, 'case export query');
      let select = ctx.db.selectFrom('case_exports').selectAll();
      if (q.organisationId) select = select.where('organisation_id', '=', q.organisationId);
      const rows = (await select
        .orderBy('made_at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.page.limit)
        .offset(q.page.offset)
        .execute()) as Array<Record<string, unknown>>;
      return rows.map((row) => toCaseExport(ctx, row));
    },
  };
}
