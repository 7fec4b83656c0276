import { z } from 'zod';
import { StoreError } from '../errors.ts';
import { withTransaction, type StoreContext } from '../records/store-context.ts';
import { getRecord, insertRecord, listRecords, type BaseRecord, type TableSpec } from '../records/versioned-record.ts';
import { actorSchema, boundedText, countryCode, id, LIMITS, type Actor } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

export const locationLevels = ['country', 'province', 'district', 'commune', 'village'] as const;
export type LocationLevel = (typeof locationLevels)[number];

export interface LocationRecord extends BaseRecord {
  readonly countryCode: string;
  readonly code: string;
  readonly level: LocationLevel;
  readonly parentId: string | null;
  readonly nameLatin: string;
  readonly nameLocal: string | null;
}

const locationSpec: TableSpec = {
  entity: 'location',
  table: 'locations',
  fields: {
    countryCode: 'plain',
    code: 'plain',
    level: 'plain',
    parentId: 'plain',
    nameLatin: 'plain',
    nameLocal: 'plain',
  },
};

const addLocationSchema = z
  .object({
    parentId: id,
    code: z.string().regex(/^[A-Za-z0-9-]{1,20}$/u, 'must be 1–20 letters, digits or dashes'),
    nameLatin: boundedText(LIMITS.name, 1),
    nameLocal: boundedText(LIMITS.name).nullable().optional(),
  })
  .strict();

export function createLocationRepository(ctx: StoreContext) {
  return {
    /** Adds a place under its parent, one level down (province under country, district under province…). */
    async add(input: z.input<typeof addLocationSchema>, actor: Actor): Promise<LocationRecord> {
      const l = parseInput(addLocationSchema, input, 'location');
      return withTransaction(ctx, async (tx) => {
        const parent = await getRecord<LocationRecord>(tx, locationSpec, l.parentId);
        const level = locationLevels[locationLevels.indexOf(parent.level) + 1];
        if (!level) throw new StoreError('invalid_input', 'a village has no places below it');
        if (parent.countryCode === 'KH' && parent.level !== 'country' && !l.code.startsWith(parent.code)) {
          throw new StoreError(
            'invalid_input',
            `a Cambodian ${level} code starts with its parent's code ${parent.code}`,
          );
        }
        return insertRecord(
          tx,
          locationSpec,
          {
            countryCode: parent.countryCode,
            code: l.code,
            level,
            parentId: parent.id,
            nameLatin: l.nameLatin,
            nameLocal: l.nameLocal ?? null,
          },
          parseInput(actorSchema, actor, 'actor'),
        );
      });
    },
    async get(locationId: string): Promise<LocationRecord> {
      return getRecord(ctx, locationSpec, parseInput(id, locationId, 'location id'));
    },
    async findByCode(country: string, code: string): Promise<LocationRecord | undefined> {
      const c = parseInput(countryCode, country, 'country code');
      const k = parseInput(z.string().max(20), code, 'location code');
      return (
        await listRecords<LocationRecord>(ctx, locationSpec, (q) =>
          q.where('country_code', '=', c).where('code', '=', k),
        )
      )[0];
    },
    async children(parentId: string): Promise<LocationRecord[]> {
      const parent = parseInput(id, parentId, 'location id');
      return listRecords(ctx, locationSpec, (q) => q.where('parent_id', '=', parent).orderBy('code'));
    },
    async provinces(country = 'KH'): Promise<LocationRecord[]> {
      const c = parseInput(countryCode, country, 'country code');
      return listRecords(ctx, locationSpec, (q) =>
        q.where('country_code', '=', c).where('level', '=', 'province').orderBy('code'),
      );
    },
  };
}
