import { z } from 'zod';
import { StoreError, notFound } from '../errors.ts';
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
  countryCode,
  expectedVersion,
  id,
  isoDate,
  LIMITS,
  narrativeText,
  type Actor,
} from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';
import { effectiveTime, pastDateTime, requireNotBefore } from '../validation/past-time.ts';
import {
  exploitationTypes,
  forcedLabourSectors,
  methodsOfControl,
  recruiterRelationships,
  recruitmentMethods,
  recruitmentPlatforms,
  sexExploitationTypes,
  traffickingEventTypes,
} from './code-lists.ts';
import {
  childIndicators,
  iloForcedLabourIndicators,
  suggestTraffickingStatus,
  type ScreeningAnswer,
  type ScreeningIndicator,
} from './screening-indicators.ts';

// ── Exploitation profile (one per case) ────────────────────────────────────────────────────────

export interface ExploitationProfileRecord extends BaseRecord {
  readonly caseId: string;
  readonly exploitationTypes: string[];
  readonly forcedLabourSectors: string[];
  readonly sexExploitationTypes: string[];
  readonly methodsOfControl: string[];
  readonly recruitmentMethods: string[];
  readonly recruitmentPlatforms: string[];
  readonly recruiterRelationship: string | null;
  readonly countryOfExploitation: string | null;
  readonly exploitationStartedOn: string | null;
  readonly exploitationEndedOn: string | null;
  readonly durationMonths: number | null;
}

const profileSpec: TableSpec = {
  entity: 'exploitation profile',
  table: 'exploitation_profiles',
  fields: {
    caseId: 'plain',
    exploitationTypes: 'plain',
    forcedLabourSectors: 'plain',
    sexExploitationTypes: 'plain',
    methodsOfControl: 'plain',
    recruitmentMethods: 'plain',
    recruitmentPlatforms: 'plain',
    recruiterRelationship: 'plain',
    countryOfExploitation: 'plain',
    exploitationStartedOn: 'plain',
    exploitationEndedOn: 'plain',
    durationMonths: 'plain',
  },
};

const uniqueCodes = <T extends readonly [string, ...string[]]>(codes: T) =>
  z
    .array(z.enum(codes))
    .max(codes.length)
    .refine((list) => new Set(list).size === list.length, 'must not repeat a code');

const profileSchema = z
  .object({
    exploitationTypes: uniqueCodes(exploitationTypes),
    forcedLabourSectors: uniqueCodes(forcedLabourSectors),
    sexExploitationTypes: uniqueCodes(sexExploitationTypes),
    methodsOfControl: uniqueCodes(methodsOfControl),
    recruitmentMethods: uniqueCodes(recruitmentMethods),
    recruitmentPlatforms: uniqueCodes(recruitmentPlatforms),
    recruiterRelationship: z.enum(recruiterRelationships).nullable(),
    countryOfExploitation: countryCode.nullable(),
    exploitationStartedOn: isoDate.nullable(),
    exploitationEndedOn: isoDate.nullable(),
    durationMonths: z.number().int().min(0).max(1200).nullable(),
  })
  .partial()
  .strict();
export type ExploitationProfileInput = z.input<typeof profileSchema>;

// ── Trafficking events ─────────────────────────────────────────────────────────────────────────

export interface TraffickingEventRecord extends BaseRecord {
  readonly caseId: string;
  readonly eventType: (typeof traffickingEventTypes)[number];
  readonly countryCode: string | null;
  readonly locationId: string | null;
  readonly place: string | null;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly description: string | null;
  /** Withdrawn (recorded in error): no longer on the case's timeline; kept with its history. */
  readonly removedAt: string | null;
  readonly removalReason: string | null;
}

const eventSpec: TableSpec = {
  entity: 'trafficking event',
  table: 'trafficking_events',
  fields: {
    caseId: 'plain',
    eventType: 'plain',
    countryCode: 'plain',
    locationId: 'plain',
    place: 'encrypted',
    startedOn: 'plain',
    endedOn: 'plain',
    description: 'encrypted',
    removedAt: 'plain',
    removalReason: 'encrypted',
  },
};

const eventFields = {
  eventType: z.enum(traffickingEventTypes),
  countryCode: countryCode.nullable(),
  locationId: id.nullable(),
  place: boundedText(LIMITS.shortText).nullable(),
  startedOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
  description: narrativeText.nullable(),
};
const datesInOrder = (e: { startedOn?: string | null | undefined; endedOn?: string | null | undefined }) =>
  !e.startedOn || !e.endedOn || e.endedOn >= e.startedOn;
const createEventSchema = z
  .object({ caseId: id, ...eventFields })
  .partial({ countryCode: true, locationId: true, place: true, startedOn: true, endedOn: true, description: true })
  .strict()
  .refine(datesInOrder, { message: 'an event cannot end before it starts', path: ['endedOn'] });
const patchEventSchema = z.object(eventFields).partial().strict();

// ── Screenings ─────────────────────────────────────────────────────────────────────────────────

export interface ScreeningRecord extends BaseRecord {
  readonly caseId: string;
  readonly screenedByUserId: string | null;
  readonly screenedOn: string;
  readonly subjectIsChild: boolean;
  readonly answers: Partial<Record<ScreeningIndicator, ScreeningAnswer>>;
  /** Per-indicator notes (encrypted: they describe what happened to the person). */
  readonly notes: Partial<Record<ScreeningIndicator, string>> | null;
  readonly suggestedStatus: 'possible' | 'actual' | 'not_trafficked' | null;
  readonly suggestionReasons: string[];
}

const screeningSpec: TableSpec = {
  entity: 'screening',
  table: 'screenings',
  fields: {
    caseId: 'plain',
    screenedByUserId: 'plain',
    screenedOn: 'plain',
    subjectIsChild: 'plain',
    answers: 'json',
    notes: 'encrypted_json',
    suggestedStatus: 'plain',
    suggestionReasons: 'json',
  },
};

const indicatorSchema = z.enum([...iloForcedLabourIndicators, ...childIndicators]);
const answerSchema = z.enum(['yes', 'no', 'unknown']);
const submitScreeningSchema = z
  .object({
    caseId: id,
    screenedOn: isoDate,
    subjectIsChild: z.boolean(),
    answers: z.partialRecord(indicatorSchema, answerSchema),
    notes: z.partialRecord(indicatorSchema, boundedText(LIMITS.shortText * 4)).optional(),
  })
  .strict();
export type SubmitScreeningInput = z.input<typeof submitScreeningSchema>;

// ── Notes and tasks ────────────────────────────────────────────────────────────────────────────

export interface NoteRecord extends BaseRecord {
  readonly caseId: string;
  readonly authorUserId: string | null;
  readonly body: string;
}
const noteSpec: TableSpec = {
  entity: 'note',
  table: 'notes',
  fields: { caseId: 'plain', authorUserId: 'plain', body: 'encrypted' },
};

export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export interface TaskRecord extends BaseRecord {
  readonly caseId: string;
  readonly title: string;
  readonly dueOn: string | null;
  readonly assignedUserId: string | null;
  readonly status: (typeof taskStatuses)[number];
  readonly completedAt: string | null;
}
const taskSpec: TableSpec = {
  entity: 'task',
  table: 'tasks',
  fields: {
    caseId: 'plain',
    title: 'encrypted',
    dueOn: 'plain',
    assignedUserId: 'plain',
    status: 'plain',
    completedAt: 'plain',
  },
};
const createTaskSchema = z
  .object({
    caseId: id,
    title: boundedText(LIMITS.shortText, 1),
    dueOn: isoDate.nullable().optional(),
    assignedUserId: id.nullable().optional(),
  })
  .strict();
const patchTaskSchema = z
  .object({
    title: boundedText(LIMITS.shortText, 1),
    dueOn: isoDate.nullable(),
    assignedUserId: id.nullable(),
    status: z.enum(taskStatuses),
    /** When the task was done or cancelled, if not now: not before its case was opened. */
    at: pastDateTime,
  })
  .partial()
  .strict()
  .refine((patch) => patch.at === undefined || patch.status === 'done' || patch.status === 'cancelled', {
    message: 'a time is given only with the status done or cancelled',
    path: ['at'],
  });

/** Refuses (`not_found`) a case id that names no case. */
export async function requireCase(ctx: StoreContext, caseId: string): Promise<void> {
  const row = await ctx.db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
  if (!row) throw new StoreError('not_found', `case ${caseId} does not exist`, { entity: 'case', id: caseId });
}

export function createCaseDetailRepositories(ctx: StoreContext) {
  const actorOf = (actor: Actor) => parseInput(actorSchema, actor, 'actor');
  const caseIdOf = (caseId: string) => parseInput(id, caseId, 'case id');

  return {
    exploitationProfiles: {
      async get(caseId: string): Promise<ExploitationProfileRecord | undefined> {
        const found = await listRecords<ExploitationProfileRecord>(ctx, profileSpec, (q) =>
          q.where('case_id', '=', caseIdOf(caseId)),
        );
        return found[0];
      },
      /** Creates the profile (expectedVersion null) or changes it (its current version). */
      async save(
        caseId: string,
        version: number | null,
        profile: ExploitationProfileInput,
        actor: Actor,
      ): Promise<ExploitationProfileRecord> {
        const values = parseInput(profileSchema, profile, 'exploitation profile');
        const target = caseIdOf(caseId);
        return withTransaction(ctx, async (tx) => {
          const existing = (
            await listRecords<ExploitationProfileRecord>(tx, profileSpec, (q) => q.where('case_id', '=', target))
          )[0];
          if (!existing) {
            if (version !== null) throw new StoreError('not_found', `case ${caseId} has no exploitation profile yet`);
            await requireCase(tx, target);
            return insertRecord(tx, profileSpec, { caseId: target, ...values }, actorOf(actor));
          }
          return updateRecord(
            tx,
            profileSpec,
            existing.id,
            parseInput(expectedVersion, version ?? 0, 'expected version'),
            values,
            actorOf(actor),
          );
        });
      },
    },

    traffickingEvents: {
      async add(input: z.input<typeof createEventSchema>, actor: Actor): Promise<TraffickingEventRecord> {
        const values = parseInput(createEventSchema, input, 'trafficking event');
        return withTransaction(ctx, async (tx) => {
          await requireCase(tx, values.caseId);
          return insertRecord(tx, eventSpec, values, actorOf(actor));
        });
      },
      async update(eventId: string, version: number, patch: z.input<typeof patchEventSchema>, actor: Actor) {
        const changes = parseInput(patchEventSchema, patch, 'trafficking event change');
        return updateRecord<TraffickingEventRecord>(
          ctx,
          eventSpec,
          parseInput(id, eventId, 'event id'),
          parseInput(expectedVersion, version, 'expected version'),
          (current) => {
            if (current.removedAt !== null) throw notFound('trafficking event', eventId);
            return changes;
          },
          actorOf(actor),
        );
      },
      /** Withdraws an event recorded in error, with the reason; its history keeps what it said. */
      async remove(eventId: string, version: number, reason: string, actor: Actor) {
        const why = parseInput(boundedText(LIMITS.shortText), reason, 'removal reason');
        return updateRecord<TraffickingEventRecord>(
          ctx,
          eventSpec,
          parseInput(id, eventId, 'event id'),
          parseInput(expectedVersion, version, 'expected version'),
          (current) => {
            if (current.removedAt !== null) throw notFound('trafficking event', eventId);
            return { removedAt: new Date().toISOString(), removalReason: why };
          },
          actorOf(actor),
        );
      },
      /** The case's events on its timeline (withdrawn ones only when asked for), in date order. */
      async listForCase(
        caseId: string,
        options: { includeWithdrawn?: boolean } = {},
      ): Promise<TraffickingEventRecord[]> {
        const target = caseIdOf(caseId);
        return listRecords(ctx, eventSpec, (q) =>
          (options.includeWithdrawn === true ? q : q.where('removed_at', 'is', null))
            .where('case_id', '=', target)
            .orderBy('started_on')
            .orderBy('created_at')
            .orderBy('id'),
        );
      },
    },

    screenings: {
      /** Stores a screening with the status it suggests (see suggestTraffickingStatus). */
      async submit(input: SubmitScreeningInput, actor: Actor): Promise<ScreeningRecord> {
        const s = parseInput(submitScreeningSchema, input, 'screening');
        const who = actorOf(actor);
        const suggestion = suggestTraffickingStatus(s.answers, s.subjectIsChild);
        return withTransaction(ctx, async (tx) => {
          await requireCase(tx, s.caseId);
          return insertRecord(
            tx,
            screeningSpec,
            {
              ...s,
              notes: s.notes ?? null,
              screenedByUserId: who.userId,
              suggestedStatus: suggestion.status ?? null,
              suggestionReasons: suggestion.reasons,
            },
            who,
          );
        });
      },
      async get(screeningId: string): Promise<ScreeningRecord> {
        return getRecord(ctx, screeningSpec, parseInput(id, screeningId, 'screening id'));
      },
      async listForCase(caseId: string): Promise<ScreeningRecord[]> {
        const target = caseIdOf(caseId);
        return listRecords(ctx, screeningSpec, (q) =>
          q.where('case_id', '=', target).orderBy('screened_on').orderBy('id'),
        );
      },
    },

    notes: {
      async add(caseId: string, body: string, actor: Actor): Promise<NoteRecord> {
        const target = caseIdOf(caseId);
        const text = parseInput(boundedText(LIMITS.narrative, 1), body, 'note');
        const who = actorOf(actor);
        return withTransaction(ctx, async (tx) => {
          await requireCase(tx, target);
          return insertRecord(tx, noteSpec, { caseId: target, body: text, authorUserId: who.userId }, who);
        });
      },
      async listForCase(caseId: string): Promise<NoteRecord[]> {
        const target = caseIdOf(caseId);
        return listRecords(ctx, noteSpec, (q) => q.where('case_id', '=', target).orderBy('created_at').orderBy('id'));
      },
    },

    tasks: {
      async create(input: z.input<typeof createTaskSchema>, actor: Actor): Promise<TaskRecord> {
        const values = parseInput(createTaskSchema, input, 'task');
        return withTransaction(ctx, async (tx) => {
          await requireCase(tx, values.caseId);
          return insertRecord(tx, taskSpec, values, actorOf(actor));
        });
      },
      /** Changes a task; marking it done or cancelled stamps `completedAt` now, or at `at`. */
      async update(taskId: string, version: number, patch: z.input<typeof patchTaskSchema>, actor: Actor) {
        const { at, ...changes } = parseInput(patchTaskSchema, patch, 'task change');
        const target = parseInput(id, taskId, 'task id');
        const completedAt =
          changes.status === undefined ? undefined : changes.status === 'open' ? null : effectiveTime(at);
        return withTransaction(ctx, async (tx) => {
          if (at) {
            const theCase = (await tx.db
              .selectFrom('tasks')
              .innerJoin('cases', 'cases.id', 'tasks.case_id')
              .select('cases.opened_at as opened_at')
              .where('tasks.id', '=', target)
              .executeTakeFirst()) as { opened_at: string } | undefined;
            requireNotBefore(at, theCase?.opened_at, {
              field: 'at',
              message: 'a task cannot be completed before its case was opened',
            });
          }
          return updateRecord<TaskRecord>(
            tx,
            taskSpec,
            target,
            parseInput(expectedVersion, version, 'expected version'),
            { ...changes, completedAt },
            actorOf(actor),
            { effectiveAt: at ?? null },
          );
        });
      },
      async listForCase(caseId: string): Promise<TaskRecord[]> {
        const target = caseIdOf(caseId);
        return listRecords(ctx, taskSpec, (q) => q.where('case_id', '=', target).orderBy('due_on').orderBy('id'));
      },
      async listOpenForUser(userId: string): Promise<TaskRecord[]> {
        const user = parseInput(id, userId, 'user id');
        return listRecords(ctx, taskSpec, (q) =>
          q
            .where('assigned_user_id', '=', user)
            .where('status', '=', 'open')
            .orderBy('due_on')
            .orderBy('id')
            .limit(500),
        );
      },
    },
  };
}
