import { sql } from 'kysely';
import { z } from 'zod';
import {
  findRecordsSharingIdentifiers,
  identifierSchema,
  insertEntityIndex,
  replaceEntityIndex,
  type Identifier,
  type IdentifierMatch,
} from '../intake/entity-index.ts';
import { withTransaction, type StoreContext } from '../records/store-context.ts';
import {
  decodeRecord,
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
  isoDate,
  languageCode,
  LIMITS,
  listOf,
  narrativeText,
  pageSchema,
  type Actor,
} from '../validation/fields.ts';
import { scopeSchema } from '../records/scope.ts';
import { parseInput } from '../validation/parse-input.ts';
import { genders, identityDocumentTypes, sexes } from './code-lists.ts';

export const personKinds = ['victim', 'suspect', 'caller', 'witness'] as const;

const identityDocumentSchema = z
  .object({
    type: z.enum(identityDocumentTypes),
    number: boundedText(100, 1),
    issuingCountry: countryCode.nullable().optional(),
  })
  .strict();
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

export interface PersonRecord extends BaseRecord {
  readonly personKind: (typeof personKinds)[number];
  readonly organisationId: string;
  readonly createdByUserId: string | null;
  readonly givenNameLatin: string | null;
  readonly familyNameLatin: string | null;
  /** The name in the person's own script (Khmer, Thai, Burmese…). */
  readonly nameLocal: string | null;
  readonly aliases: string[] | null;
  readonly birthDate: string | null;
  readonly estimatedAge: number | null;
  /** The date the estimated age refers to. */
  readonly estimatedAgeOn: string | null;
  readonly sex: (typeof sexes)[number] | null;
  readonly gender: (typeof genders)[number] | null;
  readonly citizenship: string[];
  readonly languages: string[];
  readonly identityDocuments: IdentityDocument[] | null;
  readonly phones: string[] | null;
  /** Handles, e-mail addresses, wallets and URLs the person uses. */
  readonly onlineIdentifiers: Identifier[] | null;
  readonly address: string | null;
  readonly contactDetails: string | null;
  readonly description: string | null;
}

const personSpec: TableSpec = {
  entity: 'person',
  table: 'persons',
  fields: {
    personKind: 'plain',
    organisationId: 'plain',
    createdByUserId: 'plain',
    givenNameLatin: 'encrypted',
    familyNameLatin: 'encrypted',
    nameLocal: 'encrypted',
    aliases: 'encrypted_json',
    birthDate: 'encrypted',
    estimatedAge: 'plain',
    estimatedAgeOn: 'plain',
    sex: 'plain',
    gender: 'plain',
    citizenship: 'plain',
    languages: 'plain',
    identityDocuments: 'encrypted_json',
    phones: 'encrypted_json',
    onlineIdentifiers: 'encrypted_json',
    address: 'encrypted',
    contactDetails: 'encrypted',
    description: 'encrypted',
  },
};

const name = boundedText(LIMITS.name);
const personFields = {
  givenNameLatin: name.nullable(),
  familyNameLatin: name.nullable(),
  nameLocal: name.nullable(),
  aliases: listOf(boundedText(LIMITS.name, 1), 50).nullable(),
  birthDate: isoDate.nullable(),
  estimatedAge: z.number().int().min(0).max(130).nullable(),
  estimatedAgeOn: isoDate.nullable(),
  sex: z.enum(sexes).nullable(),
  gender: z.enum(genders).nullable(),
  citizenship: listOf(countryCode, 10),
  languages: listOf(languageCode, 20),
  identityDocuments: listOf(identityDocumentSchema, 20).nullable(),
  phones: listOf(boundedText(50, 3), 20).nullable(),
  onlineIdentifiers: listOf(identifierSchema, 50).nullable(),
  address: boundedText(LIMITS.shortText * 2).nullable(),
  contactDetails: boundedText(LIMITS.shortText).nullable(),
  description: narrativeText.nullable(),
};
const createPersonSchema = z
  .object({ personKind: z.enum(personKinds), organisationId: id, ...personFields })
  .partial(
    Object.fromEntries(Object.keys(personFields).map((key) => [key, true])) as {
      [K in keyof typeof personFields]: true;
    },
  )
  .strict();
const patchPersonSchema = z.object(personFields).partial().strict();
export type CreatePersonInput = z.input<typeof createPersonSchema>;

function identifiersOf(person: PersonRecord): Identifier[] {
  return [
    ...(person.phones ?? []).map((value) => ({ type: 'phone' as const, value })),
    ...(person.identityDocuments ?? []).map((doc) => ({ type: 'document' as const, value: doc.number })),
    ...(person.onlineIdentifiers ?? []),
  ];
}

/** Age in whole years on a date, from the birth date or else the estimated age. */
export function ageOn(
  person: Pick<PersonRecord, 'birthDate' | 'estimatedAge' | 'estimatedAgeOn'>,
  onDate: string,
): number | null {
  const yearsBetween = (from: string, to: string) => {
    const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
    return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  };
  if (person.birthDate) return yearsBetween(person.birthDate, onDate);
  if (person.estimatedAge !== null && person.estimatedAgeOn) {
    return person.estimatedAge + yearsBetween(person.estimatedAgeOn, onDate);
  }
  return null;
}

const personListSchema = z
  .object({
    scope: scopeSchema,
    kinds: z.array(z.enum(personKinds)).min(1).max(personKinds.length),
    page: pageSchema,
  })
  .strict();

export function createPersonRepository(ctx: StoreContext) {
  return {
    async create(input: CreatePersonInput, actor: Actor): Promise<PersonRecord> {
      const values = parseInput(createPersonSchema, input, 'person');
      const who = parseInput(actorSchema, actor, 'actor');
      return withTransaction(ctx, async (tx) => {
        const person = await insertRecord<PersonRecord>(
          tx,
          personSpec,
          { citizenship: [], languages: [], ...values, createdByUserId: who.userId },
          who,
        );
        await insertEntityIndex(tx, 'persons', person.id, identifiersOf(person));
        return person;
      });
    },
    async get(personId: string): Promise<PersonRecord> {
      return getRecord(ctx, personSpec, parseInput(id, personId, 'person id'));
    },
    async update(
      personId: string,
      version: number,
      patch: z.input<typeof patchPersonSchema>,
      actor: Actor,
    ): Promise<PersonRecord> {
      const changes = parseInput(patchPersonSchema, patch, 'person change');
      return withTransaction(ctx, async (tx) => {
        const person = await updateRecord<PersonRecord>(
          tx,
          personSpec,
          parseInput(id, personId, 'person id'),
          parseInput(expectedVersion, version, 'expected version'),
          changes,
          parseInput(actorSchema, actor, 'actor'),
        );
        await replaceEntityIndex(tx, 'persons', person.id, identifiersOf(person));
        return person;
      });
    },
    /**
     * Persons of some kinds within a scope, newest first. Persons belong to an organisation and to
     * who recorded them (no team): a team scope reaches the persons its members recorded.
     */
    async list(query: z.input<typeof personListSchema>): Promise<PersonRecord[]> {
      const q = parseInput(personListSchema, query, 'person list query');
      return listRecords<PersonRecord>(ctx, personSpec, (select) => {
        let s = select.where('person_kind', 'in', q.kinds);
        switch (q.scope.kind) {
          case 'own':
            s = s.where('created_by_user_id', '=', q.scope.userId);
            break;
          case 'team': {
            const teamIds = q.scope.teamIds;
            s =
              teamIds.length === 0
                ? s.where(sql<boolean>`false`)
                : s.where(
                    'created_by_user_id',
                    'in',
                    ctx.db.selectFrom('users').select('users.id').where('users.team_id', 'in', teamIds),
                  );
            break;
          }
          case 'organisation':
            s = s.where('organisation_id', '=', q.scope.organisationId);
            break;
          case 'all':
            break;
        }
        return s.orderBy('created_at', 'desc').orderBy('id').limit(q.page.limit).offset(q.page.offset);
      });
    },
    async getMany(personIds: readonly string[]): Promise<PersonRecord[]> {
      const ids = parseInput(z.array(id).max(10_000), personIds, 'person ids');
      if (ids.length === 0) return [];
      const rows = (await ctx.db.selectFrom('persons').selectAll().where('id', 'in', ids).execute()) as Array<
        Record<string, unknown>
      >;
      return rows.map((row) => decodeRecord<PersonRecord>(ctx, personSpec, row));
    },
    /** Reports and other persons sharing a phone, document number or online identifier with this person. */
    async findSharingIdentifiers(personId: string): Promise<IdentifierMatch[]> {
      return findRecordsSharingIdentifiers(ctx, 'persons', parseInput(id, personId, 'person id'));
    },
  };
}
