import { z } from 'zod';
import { StoreError } from '../errors.ts';
import type { StoreContext } from '../records/store-context.ts';
import {
  getRecord,
  insertRecord,
  listRecords,
  updateRecord,
  type BaseRecord,
  type TableSpec,
} from '../records/versioned-record.ts';
import { actorSchema, boundedText, expectedVersion, id, isoDate, LIMITS, type Actor } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

/** Primero's data-confidentiality purposes, narrowed to what Raksa checks. */
export const consentPurposes = ['services', 'non_identifying_reporting', 'disclosure_to_organisation'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
/** Primero's legitimate_basis list, plus public interest. */
export const legalBases = [
  'consent',
  'contract',
  'vital_interests',
  'beneficiary_interests',
  'legal_obligation',
  'public_interest',
  'other_legitimate_interests',
] as const;
export const consentGivers = ['subject', 'parent_or_guardian', 'other'] as const;

export interface ConsentRecord extends BaseRecord {
  readonly personId: string;
  readonly purpose: ConsentPurpose;
  /** For disclosure_to_organisation: the organisation the person agreed to share with. */
  readonly organisationId: string | null;
  readonly legalBasis: (typeof legalBases)[number];
  readonly givenBy: (typeof consentGivers)[number];
  readonly givenOn: string;
  readonly withdrawnOn: string | null;
  readonly recordedByUserId: string | null;
  readonly note: string | null;
}

const consentSpec: TableSpec = {
  entity: 'consent',
  table: 'consents',
  fields: {
    personId: 'plain',
    purpose: 'plain',
    organisationId: 'plain',
    legalBasis: 'plain',
    givenBy: 'plain',
    givenOn: 'plain',
    withdrawnOn: 'plain',
    recordedByUserId: 'plain',
    note: 'encrypted',
  },
};

const createConsentSchema = z
  .object({
    personId: id,
    purpose: z.enum(consentPurposes),
    organisationId: id.nullable().optional(),
    legalBasis: z.enum(legalBases),
    givenBy: z.enum(consentGivers),
    givenOn: isoDate,
    note: boundedText(LIMITS.shortText * 4)
      .nullable()
      .optional(),
  })
  .strict()
  .refine((c) => (c.purpose === 'disclosure_to_organisation') === Boolean(c.organisationId), {
    message: 'disclosure to an organisation names the organisation, and only that purpose does',
    path: ['organisationId'],
  });

export function createConsentRepository(ctx: StoreContext) {
  return {
    async record(input: z.input<typeof createConsentSchema>, actor: Actor): Promise<ConsentRecord> {
      const values = parseInput(createConsentSchema, input, 'consent');
      const who = parseInput(actorSchema, actor, 'actor');
      return insertRecord(ctx, consentSpec, { ...values, recordedByUserId: who.userId }, who);
    },
    async get(consentId: string): Promise<ConsentRecord> {
      return getRecord(ctx, consentSpec, parseInput(id, consentId, 'consent id'));
    },
    /** Withdrawal is a new version of the consent; the earlier state stays in its history. */
    async withdraw(consentId: string, version: number, withdrawnOn: string, actor: Actor): Promise<ConsentRecord> {
      const on = parseInput(isoDate, withdrawnOn, 'withdrawal date');
      return updateRecord<ConsentRecord>(
        ctx,
        consentSpec,
        parseInput(id, consentId, 'consent id'),
        parseInput(expectedVersion, version, 'expected version'),
        (current) => {
          if (current.withdrawnOn !== null) {
            throw new StoreError(
              'invalid_transition',
              `consent ${consentId} was already withdrawn on ${current.withdrawnOn}`,
            );
          }
          if (on < current.givenOn)
            throw new StoreError('invalid_input', 'a consent cannot be withdrawn before it was given');
          return { withdrawnOn: on };
        },
        parseInput(actorSchema, actor, 'actor'),
      );
    },
    async listForPerson(personId: string): Promise<ConsentRecord[]> {
      const person = parseInput(id, personId, 'person id');
      return listRecords(ctx, consentSpec, (q) => q.where('person_id', '=', person).orderBy('given_on').orderBy('id'));
    },
    /** The consent in force on `onDate` for a purpose (and organisation, for disclosure), if any. */
    async findInForce(query: {
      personId: string;
      purpose: ConsentPurpose;
      organisationId?: string;
      onDate: string;
    }): Promise<ConsentRecord | undefined> {
      const q = parseInput(
        z
          .object({ personId: id, purpose: z.enum(consentPurposes), organisationId: id.optional(), onDate: isoDate })
          .strict(),
        query,
        'consent query',
      );
      const found = await listRecords<ConsentRecord>(ctx, consentSpec, (select) => {
        let s = select
          .where('person_id', '=', q.personId)
          .where('purpose', '=', q.purpose)
          .where('given_on', '<=', q.onDate)
          .where((eb) => eb.or([eb('withdrawn_on', 'is', null), eb('withdrawn_on', '>', q.onDate)]));
        if (q.organisationId) s = s.where('organisation_id', '=', q.organisationId);
        return s.orderBy('given_on', 'desc').limit(1);
      });
      return found[0];
    },
  };
}
