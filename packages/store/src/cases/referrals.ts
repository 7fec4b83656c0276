import { z } from 'zod';
import { StoreError } from '../errors.ts';
import { withTransaction, type StoreContext } from '../records/store-context.ts';
import {
  getRecord,
  insertRecord,
  listRecords,
  updateRecord,
  type BaseRecord,
  type TableSpec,
} from '../records/versioned-record.ts';
import { actorSchema, boundedText, expectedVersion, id, LIMITS, pageSchema, type Actor } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';
import { effectiveTime, pastDateTime, requireNotBefore } from '../validation/past-time.ts';
import { serviceTypes } from './code-lists.ts';
import { createConsentRepository } from './consents.ts';

export const referralStatuses = ['in_progress', 'accepted', 'rejected', 'done', 'revoked'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Primero's referral life cycle: made (in progress), then accepted or rejected, then done; revocable until done. */
export const referralTransitions: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  in_progress: ['accepted', 'rejected', 'revoked'],
  accepted: ['done', 'revoked'],
  rejected: [],
  done: [],
  revoked: [],
};
const REASON_REQUIRED: ReadonlySet<ReferralStatus> = new Set(['rejected', 'revoked']);
const TIMESTAMP_COLUMN: Partial<Record<ReferralStatus, string>> = {
  accepted: 'acceptedAt',
  rejected: 'rejectedAt',
  done: 'doneAt',
  revoked: 'revokedAt',
};

export interface ReferralRecord extends BaseRecord {
  readonly caseId: string;
  readonly fromOrganisationId: string;
  readonly toOrganisationId: string;
  readonly serviceType: (typeof serviceTypes)[number];
  /** The consent the referral relies on, or null when a permitted role overrode it with a reason. */
  readonly consentId: string | null;
  readonly consentOverrideReason: string | null;
  readonly madeByUserId: string | null;
  readonly status: ReferralStatus;
  readonly statusReason: string | null;
  readonly statusChangedByUserId: string | null;
  readonly referredAt: string;
  readonly acceptedAt: string | null;
  readonly rejectedAt: string | null;
  readonly doneAt: string | null;
  readonly revokedAt: string | null;
  readonly note: string | null;
}

const referralSpec: TableSpec = {
  entity: 'referral',
  table: 'referrals',
  fields: {
    caseId: 'plain',
    fromOrganisationId: 'plain',
    toOrganisationId: 'plain',
    serviceType: 'plain',
    consentId: 'plain',
    consentOverrideReason: 'encrypted',
    madeByUserId: 'plain',
    status: 'plain',
    statusReason: 'encrypted',
    statusChangedByUserId: 'plain',
    referredAt: 'plain',
    acceptedAt: 'plain',
    rejectedAt: 'plain',
    doneAt: 'plain',
    revokedAt: 'plain',
    note: 'encrypted',
  },
};

const makeReferralSchema = z
  .object({
    caseId: id,
    fromOrganisationId: id,
    toOrganisationId: id,
    serviceType: z.enum(serviceTypes),
    /** The consent relied on; when absent the store looks for one in force. */
    consentId: id.optional(),
    /** Only for roles the server lets override consent; the reason is kept and audited. */
    consentOverride: z
      .object({ reason: boundedText(LIMITS.shortText, 10) })
      .strict()
      .optional(),
    note: boundedText(LIMITS.shortText * 4)
      .nullable()
      .optional(),
    /** When the referral was made, if not now: not before the case was opened. */
    referredAt: pastDateTime.optional(),
  })
  .strict()
  .refine((r) => r.fromOrganisationId !== r.toOrganisationId, {
    message: 'an organisation cannot refer to itself',
    path: ['toOrganisationId'],
  });
export type MakeReferralInput = z.input<typeof makeReferralSchema>;

const transitionSchema = z
  .object({
    status: z.enum(referralStatuses),
    reason: boundedText(LIMITS.shortText).nullable().optional(),
    /** When the change happened, if not now: not before the referral was made, nor before its last change. */
    at: pastDateTime.optional(),
  })
  .strict();

/** The time of the referral's latest step: when it was made, or its latest answer. */
function latestStepOf(referral: ReferralRecord): string {
  return [referral.referredAt, referral.acceptedAt, referral.rejectedAt, referral.doneAt, referral.revokedAt]
    .filter((time): time is string => time !== null)
    .reduce((latest, time) => (Date.parse(time) > Date.parse(latest) ? time : latest));
}

export function createReferralRepository(ctx: StoreContext) {
  return {
    /**
     * Makes a referral. It needs the victim's consent to disclosure to the receiving organisation,
     * in force on the day it is made (today, or the day of `referredAt`), unless `consentOverride`
     * gives a reason: otherwise `consent_required`.
     */
    async make(input: MakeReferralInput, actor: Actor): Promise<ReferralRecord> {
      const r = parseInput(makeReferralSchema, input, 'referral');
      const who = parseInput(actorSchema, actor, 'actor');
      return withTransaction(ctx, async (tx) => {
        const theCase = (await tx.db
          .selectFrom('cases')
          .select(['id', 'victim_person_id', 'closed_at', 'opened_at'])
          .where('id', '=', r.caseId)
          .executeTakeFirst()) as
          { id: string; victim_person_id: string; closed_at: string | null; opened_at: string } | undefined;
        if (!theCase)
          throw new StoreError('not_found', `case ${r.caseId} does not exist`, { entity: 'case', id: r.caseId });
        if (theCase.closed_at)
          throw new StoreError('invalid_transition', `case ${r.caseId} is closed: reopen it to refer`);
        if (r.referredAt) {
          requireNotBefore(r.referredAt, theCase.opened_at, {
            field: 'referredAt',
            message: 'a referral cannot be made before the case was opened',
          });
        }
        const consents = createConsentRepository(tx);
        const today = effectiveTime(r.referredAt).slice(0, 10);
        let consentId: string | null;
        if (r.consentId) {
          const consent = await consents.get(r.consentId);
          const inForce = consent.withdrawnOn === null || consent.withdrawnOn > today;
          if (
            consent.personId !== theCase.victim_person_id ||
            consent.purpose !== 'disclosure_to_organisation' ||
            consent.organisationId !== r.toOrganisationId ||
            !inForce
          ) {
            throw new StoreError(
              'consent_required',
              'the consent given is not the victim’s consent, in force, to disclosure to the receiving organisation',
            );
          }
          consentId = consent.id;
        } else {
          const found = await consents.findInForce({
            personId: theCase.victim_person_id,
            purpose: 'disclosure_to_organisation',
            organisationId: r.toOrganisationId,
            onDate: today,
          });
          consentId = found?.id ?? null;
        }
        if (!consentId && !r.consentOverride) {
          throw new StoreError(
            'consent_required',
            'no consent in force to disclose this case to the receiving organisation: record it, or override with a reason',
          );
        }
        return insertRecord<ReferralRecord>(
          tx,
          referralSpec,
          {
            caseId: r.caseId,
            fromOrganisationId: r.fromOrganisationId,
            toOrganisationId: r.toOrganisationId,
            serviceType: r.serviceType,
            consentId,
            consentOverrideReason: consentId ? null : (r.consentOverride?.reason ?? null),
            madeByUserId: who.userId,
            note: r.note ?? null,
            referredAt: r.referredAt,
          },
          who,
          { effectiveAt: r.referredAt ?? null },
        );
      });
    },

    async get(referralId: string): Promise<ReferralRecord> {
      return getRecord(ctx, referralSpec, parseInput(id, referralId, 'referral id'));
    },

    /**
     * Accept, reject (with a reason), complete or revoke (with a reason), following referralTransitions,
     * now or at `at` (not before the referral was made nor before its last change).
     */
    async transition(
      referralId: string,
      version: number,
      change: z.input<typeof transitionSchema>,
      actor: Actor,
    ): Promise<ReferralRecord> {
      const c = parseInput(transitionSchema, change, 'referral status change');
      const who = parseInput(actorSchema, actor, 'actor');
      if (REASON_REQUIRED.has(c.status) && !(c.reason ?? '').trim()) {
        throw new StoreError('invalid_input', `a referral can only be ${c.status} with a reason`);
      }
      return updateRecord<ReferralRecord>(
        ctx,
        referralSpec,
        parseInput(id, referralId, 'referral id'),
        parseInput(expectedVersion, version, 'expected version'),
        (current) => {
          if (!referralTransitions[current.status].includes(c.status)) {
            throw new StoreError(
              'invalid_transition',
              `a referral that is ${current.status} cannot become ${c.status}`,
              { from: current.status, to: c.status },
            );
          }
          if (c.at) {
            requireNotBefore(c.at, latestStepOf(current), {
              field: 'at',
              message: 'a referral cannot change before it was made or before its last change',
            });
          }
          const timestampProperty = TIMESTAMP_COLUMN[c.status];
          return {
            status: c.status,
            statusReason: c.reason ?? null,
            statusChangedByUserId: who.userId,
            ...(timestampProperty ? { [timestampProperty]: effectiveTime(c.at) } : {}),
          };
        },
        who,
        { effectiveAt: c.at ?? null },
      );
    },

    async listForCase(caseId: string): Promise<ReferralRecord[]> {
      const target = parseInput(id, caseId, 'case id');
      return listRecords(ctx, referralSpec, (q) =>
        q.where('case_id', '=', target).orderBy('referred_at').orderBy('id'),
      );
    },

    /** Referrals received by an organisation, newest first (what a referral recipient works from). */
    async listIncoming(query: {
      toOrganisationId: string;
      statuses?: ReferralStatus[];
      page?: { limit?: number; offset?: number };
    }): Promise<ReferralRecord[]> {
      const q = parseInput(
        z
          .object({
            toOrganisationId: id,
            statuses: z.array(z.enum(referralStatuses)).min(1).optional(),
            page: pageSchema,
          })
          .strict(),
        query,
        'incoming referrals query',
      );
      return listRecords(ctx, referralSpec, (select) => {
        let s = select.where('to_organisation_id', '=', q.toOrganisationId);
        if (q.statuses) s = s.where('status', 'in', q.statuses);
        return s.orderBy('referred_at', 'desc').orderBy('id').limit(q.page.limit).offset(q.page.offset);
      });
    },
  };
}
