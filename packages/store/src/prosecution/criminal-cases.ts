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
import {
  actorSchema,
  boundedText,
  expectedVersion,
  id,
  isoDate,
  LIMITS,
  narrativeText,
  pageSchema,
  type Actor,
} from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';
import { offenceSpec, type OffenceRecord } from './offences.ts';

export const proceedingStages = [
  'complaint',
  'investigation',
  'arrest',
  'charge',
  'trial',
  'verdict',
  'appeal',
] as const;
export type ProceedingStage = (typeof proceedingStages)[number];
export const suspectOutcomes = ['convicted', 'acquitted', 'dismissed'] as const;
export const partyRoles = ['victim', 'suspect'] as const;

/** A stage that can only be recorded once another has been (a trial needs a charge…). */
const STAGE_PREREQUISITE: Partial<Record<ProceedingStage, ProceedingStage>> = {
  trial: 'charge',
  verdict: 'charge',
  appeal: 'verdict',
};

export interface CriminalCaseRecord extends BaseRecord {
  readonly policeReference: string | null;
  readonly courtReference: string | null;
  readonly unit: string | null;
  readonly provinceCode: string | null;
  readonly organisationId: string;
  /** When the offence was committed: victims' ages in the statistics are taken on this date. */
  readonly offenceDate: string | null;
  readonly currentStage: ProceedingStage | null;
  readonly summary: string | null;
}

const criminalCaseSpec: TableSpec = {
  entity: 'criminal case',
  table: 'criminal_cases',
  fields: {
    policeReference: 'plain',
    courtReference: 'plain',
    unit: 'plain',
    provinceCode: 'plain',
    organisationId: 'plain',
    offenceDate: 'plain',
    currentStage: 'plain',
    summary: 'encrypted',
  },
};

export interface ProceedingStageRecord {
  readonly id: string;
  readonly criminalCaseId: string;
  readonly stage: ProceedingStage;
  readonly occurredOn: string;
  readonly recordedByUserId: string | null;
  readonly note: string | null;
}

export interface ChargedOffence {
  readonly id: string;
  readonly criminalCaseId: string;
  readonly offence: OffenceRecord;
  readonly suspectPersonId: string | null;
  readonly victimPersonId: string | null;
}

export interface SuspectOutcomeRecord extends BaseRecord {
  readonly criminalCaseId: string;
  readonly personId: string;
  readonly outcome: (typeof suspectOutcomes)[number];
  readonly decidedOn: string;
  readonly sentenceMonths: number | null;
  readonly fineAmount: number | null;
  readonly compensationAmount: number | null;
  readonly currency: string;
}

const outcomeSpec: TableSpec = {
  entity: 'suspect outcome',
  table: 'suspect_outcomes',
  fields: {
    criminalCaseId: 'plain',
    personId: 'plain',
    outcome: 'plain',
    decidedOn: 'plain',
    sentenceMonths: 'plain',
    fineAmount: 'plain',
    compensationAmount: 'plain',
    currency: 'plain',
  },
};

const reference = boundedText(100).nullable();
const criminalCaseFields = {
  policeReference: reference,
  courtReference: reference,
  unit: boundedText(LIMITS.name).nullable(),
  provinceCode: boundedText(20).nullable(),
  offenceDate: isoDate.nullable(),
  summary: narrativeText.nullable(),
};
const createCriminalCaseSchema = z
  .object({ organisationId: id, ...criminalCaseFields })
  .partial({
    policeReference: true,
    courtReference: true,
    unit: true,
    provinceCode: true,
    offenceDate: true,
    summary: true,
  })
  .strict();
const patchCriminalCaseSchema = z.object(criminalCaseFields).partial().strict();

const stageSchema = z
  .object({
    stage: z.enum(proceedingStages),
    occurredOn: isoDate,
    note: boundedText(LIMITS.shortText * 4)
      .nullable()
      .optional(),
  })
  .strict();
const chargeSchema = z
  .object({
    offenceCode: z.string().max(80),
    suspectPersonId: id.nullable().optional(),
    victimPersonId: id.nullable().optional(),
  })
  .strict();
const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional();
const outcomeSchema = z
  .object({
    personId: id,
    outcome: z.enum(suspectOutcomes),
    decidedOn: isoDate,
    sentenceMonths: z.number().int().min(0).max(1200).nullable().optional(),
    fineAmount: money,
    compensationAmount: money,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/u)
      .optional(),
  })
  .strict()
  .refine((o) => o.outcome === 'convicted' || (o.sentenceMonths ?? null) === null, {
    message: 'only a conviction carries a sentence',
    path: ['sentenceMonths'],
  });

export function createCriminalCaseRepository(ctx: StoreContext) {
  const actorOf = (actor: Actor) => parseInput(actorSchema, actor, 'actor');
  const caseIdOf = (value: string) => parseInput(id, value, 'criminal case id');

  async function partyRoleOf(tx: StoreContext, criminalCaseId: string, personId: string, role: 'victim' | 'suspect') {
    const row = await tx.db
      .selectFrom('criminal_case_parties')
      .select('person_id')
      .where('criminal_case_id', '=', criminalCaseId)
      .where('person_id', '=', personId)
      .where('role', '=', role)
      .executeTakeFirst();
    return row !== undefined;
  }

  return {
    async create(input: z.input<typeof createCriminalCaseSchema>, actor: Actor): Promise<CriminalCaseRecord> {
      return insertRecord(
        ctx,
        criminalCaseSpec,
        parseInput(createCriminalCaseSchema, input, 'criminal case'),
        actorOf(actor),
      );
    },
    async get(criminalCaseId: string): Promise<CriminalCaseRecord> {
      return getRecord(ctx, criminalCaseSpec, caseIdOf(criminalCaseId));
    },
    async update(
      criminalCaseId: string,
      version: number,
      patch: z.input<typeof patchCriminalCaseSchema>,
      actor: Actor,
    ) {
      return updateRecord<CriminalCaseRecord>(
        ctx,
        criminalCaseSpec,
        caseIdOf(criminalCaseId),
        parseInput(expectedVersion, version, 'expected version'),
        parseInput(patchCriminalCaseSchema, patch, 'criminal case change'),
        actorOf(actor),
      );
    },
    async list(
      query: {
        organisationId?: string;
        provinceCode?: string;
        /** Only criminal cases in which this person is a party (victim or suspect). */
        personId?: string;
        page?: { limit?: number; offset?: number };
      } = {},
    ) {
      const q = parseInput(
        z
          .object({
            organisationId: id.optional(),
            provinceCode: z.string().max(20).optional(),
            personId: id.optional(),
            page: pageSchema,
          })
          .strict(),
        query,
        'criminal case query',
      );
      return listRecords<CriminalCaseRecord>(ctx, criminalCaseSpec, (select) => {
        let s = select;
        if (q.organisationId) s = s.where('organisation_id', '=', q.organisationId);
        if (q.provinceCode) s = s.where('province_code', '=', q.provinceCode);
        if (q.personId) {
          const personId = q.personId;
          s = s.where((eb) =>
            eb.exists(
              eb
                .selectFrom('criminal_case_parties as party')
                .select('party.person_id')
                .whereRef('party.criminal_case_id', '=', 'criminal_cases.id')
                .where('party.person_id', '=', personId),
            ),
          );
        }
        return s.orderBy('created_at', 'desc').orderBy('id').limit(q.page.limit).offset(q.page.offset);
      });
    },

    /** Links a victim or suspect (a person record) to the criminal case; many-to-many. */
    async addParty(criminalCaseId: string, personId: string, role: 'victim' | 'suspect'): Promise<void> {
      const target = caseIdOf(criminalCaseId);
      const person = parseInput(id, personId, 'person id');
      const r = parseInput(z.enum(partyRoles), role, 'party role');
      await withTransaction(ctx, async (tx) => {
        await getRecord(tx, criminalCaseSpec, target);
        await tx.db
          .insertInto('criminal_case_parties')
          .values({ criminal_case_id: target, person_id: person, role: r })
          .onConflict((oc) => oc.doNothing())
          .execute();
      });
    },
    async parties(criminalCaseId: string): Promise<Array<{ personId: string; role: 'victim' | 'suspect' }>> {
      const rows = (await ctx.db
        .selectFrom('criminal_case_parties')
        .select(['person_id', 'role'])
        .where('criminal_case_id', '=', caseIdOf(criminalCaseId))
        .orderBy('role')
        .orderBy('added_at')
        .execute()) as Array<{ person_id: string; role: 'victim' | 'suspect' }>;
      return rows.map((row) => ({ personId: row.person_id, role: row.role }));
    },

    /** Charges an offence from the catalogue, optionally naming the suspect and victim it concerns. */
    async chargeOffence(criminalCaseId: string, charge: z.input<typeof chargeSchema>): Promise<ChargedOffence> {
      const target = caseIdOf(criminalCaseId);
      const c = parseInput(chargeSchema, charge, 'charge');
      return withTransaction(ctx, async (tx) => {
        await getRecord(tx, criminalCaseSpec, target);
        const offence = (
          await listRecords<OffenceRecord>(tx, offenceSpec, (q) => q.where('code', '=', c.offenceCode))
        )[0];
        if (!offence) throw new StoreError('invalid_input', `no offence ${c.offenceCode} in the legal catalogue`);
        if (!offence.active) throw new StoreError('invalid_input', `offence ${c.offenceCode} is no longer in use`);
        if (c.suspectPersonId && !(await partyRoleOf(tx, target, c.suspectPersonId, 'suspect'))) {
          throw new StoreError('invalid_input', 'the suspect must first be added to the criminal case');
        }
        if (c.victimPersonId && !(await partyRoleOf(tx, target, c.victimPersonId, 'victim'))) {
          throw new StoreError('invalid_input', 'the victim must first be added to the criminal case');
        }
        const row = (await tx.db
          .insertInto('criminal_case_offences')
          .values({
            criminal_case_id: target,
            offence_id: offence.id,
            suspect_person_id: c.suspectPersonId ?? null,
            victim_person_id: c.victimPersonId ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()) as { id: string };
        return {
          id: row.id,
          criminalCaseId: target,
          offence,
          suspectPersonId: c.suspectPersonId ?? null,
          victimPersonId: c.victimPersonId ?? null,
        };
      });
    },
    async chargedOffences(criminalCaseId: string): Promise<ChargedOffence[]> {
      const target = caseIdOf(criminalCaseId);
      const rows = (await ctx.db
        .selectFrom('criminal_case_offences')
        .selectAll()
        .where('criminal_case_id', '=', target)
        .orderBy('added_at')
        .execute()) as Array<Record<string, string | null>>;
      return Promise.all(
        rows.map(async (row) => ({
          id: String(row['id']),
          criminalCaseId: target,
          offence: await getRecord<OffenceRecord>(ctx, offenceSpec, String(row['offence_id'])),
          suspectPersonId: row['suspect_person_id'] ?? null,
          victimPersonId: row['victim_person_id'] ?? null,
        })),
      );
    },

    /** Advances the proceeding: records a stage with its date and makes it the current stage. */
    async recordStage(
      criminalCaseId: string,
      version: number,
      input: z.input<typeof stageSchema>,
      actor: Actor,
    ): Promise<{ criminalCase: CriminalCaseRecord; stage: ProceedingStageRecord }> {
      const target = caseIdOf(criminalCaseId);
      const s = parseInput(stageSchema, input, 'proceeding stage');
      const who = actorOf(actor);
      return withTransaction(ctx, async (tx) => {
        const prerequisite = STAGE_PREREQUISITE[s.stage];
        if (prerequisite) {
          const earlier = await tx.db
            .selectFrom('proceeding_stages')
            .select('id')
            .where('criminal_case_id', '=', target)
            .where('stage', '=', prerequisite)
            .where('occurred_on', '<=', s.occurredOn)
            .executeTakeFirst();
          if (!earlier) {
            throw new StoreError(
              'invalid_transition',
              `a ${s.stage} needs an earlier ${prerequisite} in the proceeding`,
            );
          }
        }
        const criminalCase = await updateRecord<CriminalCaseRecord>(
          tx,
          criminalCaseSpec,
          target,
          parseInput(expectedVersion, version, 'expected version'),
          { currentStage: s.stage },
          who,
        );
        const row = (await tx.db
          .insertInto('proceeding_stages')
          .values({
            criminal_case_id: target,
            stage: s.stage,
            occurred_on: s.occurredOn,
            recorded_by_user_id: who.userId,
            note: s.note ? tx.cipher.encrypt(s.note, 'proceeding_stages.note') : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()) as { id: string };
        return {
          criminalCase,
          stage: {
            id: row.id,
            criminalCaseId: target,
            stage: s.stage,
            occurredOn: s.occurredOn,
            recordedByUserId: who.userId,
            note: s.note ?? null,
          },
        };
      });
    },
    async stages(criminalCaseId: string): Promise<ProceedingStageRecord[]> {
      const target = caseIdOf(criminalCaseId);
      const rows = (await ctx.db
        .selectFrom('proceeding_stages')
        .selectAll()
        .where('criminal_case_id', '=', target)
        .orderBy('occurred_on')
        .orderBy('recorded_at')
        .execute()) as Array<Record<string, string | null>>;
      return rows.map((row) => ({
        id: String(row['id']),
        criminalCaseId: target,
        stage: row['stage'] as ProceedingStage,
        occurredOn: String(row['occurred_on']),
        recordedByUserId: row['recorded_by_user_id'] ?? null,
        note: row['note'] ? ctx.cipher.decrypt(row['note'], 'proceeding_stages.note') : null,
      }));
    },

    /** The outcome for one suspect; a conviction or acquittal needs a verdict stage first. */
    async recordOutcome(
      criminalCaseId: string,
      input: z.input<typeof outcomeSchema>,
      actor: Actor,
    ): Promise<SuspectOutcomeRecord> {
      const target = caseIdOf(criminalCaseId);
      const o = parseInput(outcomeSchema, input, 'suspect outcome');
      return withTransaction(ctx, async (tx) => {
        if (!(await partyRoleOf(tx, target, o.personId, 'suspect'))) {
          throw new StoreError('invalid_input', 'an outcome is recorded for a suspect of the criminal case');
        }
        if (o.outcome !== 'dismissed') {
          const verdict = await tx.db
            .selectFrom('proceeding_stages')
            .select('id')
            .where('criminal_case_id', '=', target)
            .where('stage', '=', 'verdict')
            .executeTakeFirst();
          if (!verdict)
            throw new StoreError('invalid_transition', `a suspect can only be ${o.outcome} after a verdict`);
        }
        const existing = await tx.db
          .selectFrom('suspect_outcomes')
          .select('id')
          .where('criminal_case_id', '=', target)
          .where('person_id', '=', o.personId)
          .executeTakeFirst();
        if (existing)
          throw new StoreError('conflict', 'this suspect already has an outcome: update it instead', {
            id: existing.id,
          });
        return insertRecord(
          tx,
          outcomeSpec,
          { criminalCaseId: target, ...o, currency: o.currency ?? 'KHR' },
          actorOf(actor),
        );
      });
    },
    async updateOutcome(
      outcomeId: string,
      version: number,
      patch: Partial<
        Pick<SuspectOutcomeRecord, 'outcome' | 'decidedOn' | 'sentenceMonths' | 'fineAmount' | 'compensationAmount'>
      >,
      actor: Actor,
    ): Promise<SuspectOutcomeRecord> {
      const changes = parseInput(
        z
          .object({
            outcome: z.enum(suspectOutcomes),
            decidedOn: isoDate,
            sentenceMonths: z.number().int().min(0).max(1200).nullable(),
            fineAmount: money,
            compensationAmount: money,
          })
          .partial()
          .strict(),
        patch,
        'suspect outcome change',
      );
      return updateRecord(
        ctx,
        outcomeSpec,
        parseInput(id, outcomeId, 'outcome id'),
        parseInput(expectedVersion, version, 'expected version'),
        changes,
        actorOf(actor),
      );
    },
    async outcomes(criminalCaseId: string): Promise<SuspectOutcomeRecord[]> {
      const target = caseIdOf(criminalCaseId);
      return listRecords(ctx, outcomeSpec, (q) =>
        q.where('criminal_case_id', '=', target).orderBy('decided_on').orderBy('id'),
      );
    },
  };
}
