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
  LIMITS,
  type Actor,
} from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

/** Categories the statistics count offences by. */
export const offenceCategories = [
  'trafficking',
  'sexual_exploitation',
  'child_prostitution',
  'rape',
  'illegal_adoption',
  'sex_with_minor_under_15',
  'indecent_act_against_minor',
  'child_pornography',
  'other',
] as const;
export type OffenceCategory = (typeof offenceCategories)[number];

export interface OffenceRecord extends BaseRecord {
  readonly code: string;
  readonly countryCode: string;
  readonly statute: string;
  readonly article: string | null;
  /** False when the article number has not been checked against the official text. */
  readonly articleVerified: boolean;
  readonly labelEn: string;
  readonly labelKm: string | null;
  readonly category: OffenceCategory;
  readonly active: boolean;
}

export const offenceSpec: TableSpec = {
  entity: 'offence',
  table: 'offence_catalogue',
  fields: {
    code: 'plain',
    countryCode: 'plain',
    statute: 'plain',
    article: 'plain',
    articleVerified: 'plain',
    labelEn: 'plain',
    labelKm: 'plain',
    category: 'plain',
    active: 'plain',
  },
};

const offenceFields = {
  code: z.string().regex(/^[\w.-]{1,80}$/u, 'must be 1–80 letters, digits, dots, dashes or underscores'),
  countryCode,
  statute: boundedText(LIMITS.name, 1),
  article: boundedText(50).nullable(),
  articleVerified: z.boolean(),
  labelEn: boundedText(LIMITS.shortText, 1),
  labelKm: boundedText(LIMITS.shortText).nullable(),
  category: z.enum(offenceCategories),
  active: z.boolean(),
};
const addOffenceSchema = z
  .object(offenceFields)
  .partial({ countryCode: true, article: true, articleVerified: true, labelKm: true, active: true })
  .strict();
const patchOffenceSchema = z.object(offenceFields).omit({ code: true }).partial().strict();

/** The configurable legal catalogue (seeded with Cambodian law in migration 0006). */
export function createOffenceRepository(ctx: StoreContext) {
  return {
    async add(input: z.input<typeof addOffenceSchema>, actor: Actor): Promise<OffenceRecord> {
      return insertRecord(
        ctx,
        offenceSpec,
        parseInput(addOffenceSchema, input, 'offence'),
        parseInput(actorSchema, actor, 'actor'),
      );
    },
    async update(offenceId: string, version: number, patch: z.input<typeof patchOffenceSchema>, actor: Actor) {
      return updateRecord<OffenceRecord>(
        ctx,
        offenceSpec,
        parseInput(id, offenceId, 'offence id'),
        parseInput(expectedVersion, version, 'expected version'),
        parseInput(patchOffenceSchema, patch, 'offence change'),
        parseInput(actorSchema, actor, 'actor'),
      );
    },
    async get(offenceId: string): Promise<OffenceRecord> {
      return getRecord(ctx, offenceSpec, parseInput(id, offenceId, 'offence id'));
    },
    async findByCode(code: string): Promise<OffenceRecord | undefined> {
      const c = parseInput(offenceFields.code, code, 'offence code');
      return (await listRecords<OffenceRecord>(ctx, offenceSpec, (q) => q.where('code', '=', c)))[0];
    },
    async list(filter: { category?: OffenceCategory; activeOnly?: boolean } = {}): Promise<OffenceRecord[]> {
      const f = parseInput(
        z.object({ category: z.enum(offenceCategories).optional(), activeOnly: z.boolean().optional() }).strict(),
        filter,
        'offence filter',
      );
      return listRecords(ctx, offenceSpec, (q) => {
        let s = q;
        if (f.category) s = s.where('category', '=', f.category);
        if (f.activeOnly) s = s.where('active', '=', true);
        return s.orderBy('statute').orderBy('code');
      });
    },
  };
}
