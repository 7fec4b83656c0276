import { z } from 'zod';
import type { StoreContext } from '../records/store-context.ts';
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
  countryCode,
  expectedVersion,
  id,
  nameText,
  type Actor,
} from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

export const organisationKinds = [
  'government',
  'ngo',
  'police',
  'court',
  'shelter',
  'health',
  'legal_aid',
  'hotline',
  'international',
  'platform',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export interface OrganisationRecord extends BaseRecord {
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: OrganisationKind;
  readonly countryCode: string;
  readonly provinceCode: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly active: boolean;
}

const organisationSpec: TableSpec = {
  entity: 'organisation',
  table: 'organisations',
  fields: {
    name: 'plain',
    shortName: 'plain',
    kind: 'plain',
    countryCode: 'plain',
    provinceCode: 'plain',
    phone: 'plain',
    email: 'plain',
    active: 'plain',
  },
};

const organisationFields = {
  name: nameText,
  shortName: boundedText(50).nullable(),
  kind: z.enum(organisationKinds),
  countryCode,
  provinceCode: boundedText(20).nullable(),
  phone: boundedText(50).nullable(),
  email: boundedText(200).nullable(),
  active: z.boolean(),
};
const createOrganisationSchema = z
  .object(organisationFields)
  .partial({ shortName: true, countryCode: true, provinceCode: true, phone: true, email: true, active: true })
  .strict();
const patchOrganisationSchema = z.object(organisationFields).partial().strict();
export type CreateOrganisationInput = z.input<typeof createOrganisationSchema>;

const teamSpec: TableSpec = { entity: 'team', table: 'teams', fields: { organisationId: 'plain', name: 'plain' } };
export interface TeamRecord extends BaseRecord {
  readonly organisationId: string;
  readonly name: string;
}
const createTeamSchema = z.object({ organisationId: id, name: nameText }).strict();

export function createOrganisationRepository(ctx: StoreContext) {
  return {
    async create(input: CreateOrganisationInput, actor: Actor): Promise<OrganisationRecord> {
      const values = parseInput(createOrganisationSchema, input, 'organisation');
      return insertRecord(ctx, organisationSpec, values, parseInput(actorSchema, actor, 'actor'));
    },
    async get(organisationId: string): Promise<OrganisationRecord> {
      return getRecord(ctx, organisationSpec, parseInput(id, organisationId, 'organisation id'));
    },
    async update(
      organisationId: string,
      version: number,
      patch: z.input<typeof patchOrganisationSchema>,
      actor: Actor,
    ): Promise<OrganisationRecord> {
      return updateRecord(
        ctx,
        organisationSpec,
        parseInput(id, organisationId, 'organisation id'),
        parseInput(expectedVersion, version, 'expected version'),
        parseInput(patchOrganisationSchema, patch, 'organisation change'),
        parseInput(actorSchema, actor, 'actor'),
      );
    },
    async list(filter: { kind?: OrganisationKind; activeOnly?: boolean } = {}): Promise<OrganisationRecord[]> {
      const f = parseInput(
        z.object({ kind: z.enum(organisationKinds).optional(), activeOnly: z.boolean().optional() }).strict(),
        filter,
        'organisation filter',
      );
      return listRecords(ctx, organisationSpec, (query) => {
        let q = query;
        if (f.kind) q = q.where('kind', '=', f.kind);
        if (f.activeOnly) q = q.where('active', '=', true);
        return q.orderBy('name');
      });
    },
  };
}

export function createTeamRepository(ctx: StoreContext) {
  return {
    async create(input: z.input<typeof createTeamSchema>, actor: Actor): Promise<TeamRecord> {
      return insertRecord(
        ctx,
        teamSpec,
        parseInput(createTeamSchema, input, 'team'),
        parseInput(actorSchema, actor, 'actor'),
      );
    },
    async get(teamId: string): Promise<TeamRecord> {
      return getRecord(ctx, teamSpec, parseInput(id, teamId, 'team id'));
    },
    async listForOrganisation(organisationId: string): Promise<TeamRecord[]> {
      const organisation = parseInput(id, organisationId, 'organisation id');
      return listRecords(ctx, teamSpec, (query) => query.where('organisation_id', '=', organisation).orderBy('name'));
    },
  };
}
