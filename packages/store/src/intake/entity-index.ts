import { z } from 'zod';
import type { BlindIndexType } from '../crypto/field-cipher.ts';
import { normaliseIdentifier } from '../crypto/normalise-identifier.ts';
import type { StoreContext } from '../records/store-context.ts';
import { boundedText } from '../validation/fields.ts';

export const identifierTypes = ['phone', 'handle', 'email', 'crypto_wallet', 'url', 'domain', 'document'] as const;

export const identifierSchema = z.object({ type: z.enum(identifierTypes), value: boundedText(500, 1) }).strict();
export type Identifier = z.infer<typeof identifierSchema>;

export type IndexOwnerTable = 'reports' | 'persons';

export interface IdentifierMatch {
  readonly ownerTable: IndexOwnerTable;
  readonly ownerId: string;
  readonly entityType: BlindIndexType;
  /** For a person: the case whose victim they are, if any. For a report: the case it was linked to. */
  readonly caseId: string | null;
}

/** The blind indexes of identifiers, deduplicated; identifiers that normalise to nothing are skipped. */
export function blindIndexesOf(ctx: StoreContext, identifiers: readonly Identifier[]) {
  const seen = new Map<string, { blindIndex: string; entityType: BlindIndexType }>();
  for (const identifier of identifiers) {
    const normalised = normaliseIdentifier(identifier.type, identifier.value);
    if (normalised === undefined) continue;
    const blindIndex = ctx.cipher.blindIndex(identifier.type, normalised);
    seen.set(`${identifier.type}:${blindIndex}`, { blindIndex, entityType: identifier.type });
  }
  return [...seen.values()];
}

/** Replaces the indexed identifiers of one record. */
export async function replaceEntityIndex(
  ctx: StoreContext,
  ownerTable: IndexOwnerTable,
  ownerId: string,
  identifiers: readonly Identifier[],
): Promise<void> {
  await ctx.db
    .deleteFrom('entity_index')
    .where('owner_table', '=', ownerTable)
    .where('owner_id', '=', ownerId)
    .execute();
  await insertEntityIndex(ctx, ownerTable, ownerId, identifiers);
}

/** Indexes the identifiers of a record that has none indexed yet (one just created): one INSERT. */
export async function insertEntityIndex(
  ctx: StoreContext,
  ownerTable: IndexOwnerTable,
  ownerId: string,
  identifiers: readonly Identifier[],
): Promise<void> {
  const indexes = blindIndexesOf(ctx, identifiers);
  if (indexes.length === 0) return;
  await ctx.db
    .insertInto('entity_index')
    .values(
      indexes.map((entry) => ({
        blind_index: entry.blindIndex,
        entity_type: entry.entityType,
        owner_table: ownerTable,
        owner_id: ownerId,
      })),
    )
    .execute();
}

const MATCH_QUERY_COLUMNS = [
  'entity_index.owner_table as owner_table',
  'entity_index.owner_id as owner_id',
  'entity_index.entity_type as entity_type',
] as const;

async function resolveMatches(
  ctx: StoreContext,
  rows: Array<{ owner_table: IndexOwnerTable; owner_id: string; entity_type: BlindIndexType }>,
): Promise<IdentifierMatch[]> {
  const personIds = rows.filter((r) => r.owner_table === 'persons').map((r) => r.owner_id);
  const reportIds = rows.filter((r) => r.owner_table === 'reports').map((r) => r.owner_id);
  const caseOfPerson = new Map<string, string>();
  const caseOfReport = new Map<string, string>();
  if (personIds.length > 0) {
    const cases = (await ctx.db
      .selectFrom('cases')
      .select(['id', 'victim_person_id'])
      .where('victim_person_id', 'in', personIds)
      .execute()) as Array<{ id: string; victim_person_id: string }>;
    for (const c of cases) caseOfPerson.set(c.victim_person_id, c.id);
  }
  if (reportIds.length > 0) {
    const reports = (await ctx.db
      .selectFrom('reports')
      .select(['id', 'linked_case_id'])
      .where('id', 'in', reportIds)
      .execute()) as Array<{ id: string; linked_case_id: string | null }>;
    for (const r of reports) if (r.linked_case_id) caseOfReport.set(r.id, r.linked_case_id);
  }
  return rows.map((row) => ({
    ownerTable: row.owner_table,
    ownerId: row.owner_id,
    entityType: row.entity_type,
    caseId: (row.owner_table === 'persons' ? caseOfPerson.get(row.owner_id) : caseOfReport.get(row.owner_id)) ?? null,
  }));
}

/** Other reports and persons holding any identifier that this record holds. */
export async function findRecordsSharingIdentifiers(
  ctx: StoreContext,
  ownerTable: IndexOwnerTable,
  ownerId: string,
): Promise<IdentifierMatch[]> {
  const rows = (await ctx.db
    .selectFrom('entity_index as mine')
    .innerJoin('entity_index', (join) =>
      join
        .onRef('entity_index.blind_index', '=', 'mine.blind_index')
        .onRef('entity_index.entity_type', '=', 'mine.entity_type'),
    )
    .select(MATCH_QUERY_COLUMNS)
    .distinct()
    .where('mine.owner_table', '=', ownerTable)
    .where('mine.owner_id', '=', ownerId)
    .where((eb) =>
      eb.or([eb('entity_index.owner_table', '<>', ownerTable), eb('entity_index.owner_id', '<>', ownerId)]),
    )
    .orderBy('entity_index.owner_table')
    .orderBy('entity_index.owner_id')
    .limit(500)
    .execute()) as Array<{ owner_table: IndexOwnerTable; owner_id: string; entity_type: BlindIndexType }>;
  return resolveMatches(ctx, rows);
}

/** Reports and persons holding the given identifier (matched exactly, after normalisation). */
export async function findRecordsByIdentifier(ctx: StoreContext, identifier: Identifier): Promise<IdentifierMatch[]> {
  const [index] = blindIndexesOf(ctx, [identifier]);
  if (!index) return [];
  const rows = (await ctx.db
    .selectFrom('entity_index')
    .select(MATCH_QUERY_COLUMNS)
    .where('blind_index', '=', index.blindIndex)
    .where('entity_type', '=', index.entityType)
    .orderBy('owner_table')
    .orderBy('owner_id')
    .limit(500)
    .execute()) as Array<{ owner_table: IndexOwnerTable; owner_id: string; entity_type: BlindIndexType }>;
  return resolveMatches(ctx, rows);
}
