import { proceedingStages, suspectOutcomes, type CriminalCaseRecord, type Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { expectedVersion, idParams, pageQuery, recordListSchema, recordSchema } from '../api/schemas/common.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeRecord, storeActor } from '../policy/authorize.ts';
import { ApiError } from '../errors.ts';
import { can, scopeOf } from '../policy/can.ts';
import type { RouteContext } from './route-context.ts';

/** Criminal cases carry an organisation only (no owner or team): `own` and `team` scopes reach none. */
const ownership = (record: CriminalCaseRecord) => ({ organisationId: record.organisationId });

const criminalCaseFields = {
  policeReference: z.string().max(100).nullable().optional(),
  courtReference: z.string().max(100).nullable().optional(),
  unit: z.string().max(200).nullable().optional(),
  provinceCode: z.string().max(20).nullable().optional(),
  offenceDate: z.iso.date().nullable().optional(),
  summary: z.string().max(100_000).nullable().optional(),
};

const amount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional();
const outcomeFields = {
  outcome: z.enum(suspectOutcomes),
  decidedOn: z.iso.date(),
  /** Only a conviction carries a sentence. */
  sentenceMonths: z.number().int().min(0).max(1200).nullable().optional(),
  /** In whole units of `currency` (default KHR). */
  fineAmount: amount,
  compensationAmount: amount,
};

/** Criminal cases: parties, charged offences (from the legal catalogue) and proceeding stages. */
export function prosecutionRoutes(_context: RouteContext, store: Store): AnyRoute[] {
  const load = async (actor: Actor, id: string, action: 'prosecution.read' | 'prosecution.write') => {
    const record = await store.criminalCases.get(id);
    authorizeRecord(actor, action, ownership(record));
    return record;
  };

  return [
    defineRoute({
      method: 'get',
      path: '/api/criminal-cases',
      summary:
        'Criminal cases of the organisation (or all, for roles with that scope), newest first; by province or by a person who is a party',
      tags: ['prosecution'],
      access: 'prosecution.read',
      query: z.strictObject({
        province: z.string().max(20).optional(),
        /** Only the criminal cases in which this person (a victim or suspect) is a party. */
        personId: z.uuid().optional(),
        ...pageQuery,
      }),
      response: { status: 200, description: 'A page of criminal cases', schema: recordListSchema },
      handler: async ({ query, actor }) => {
        const scope = scopeOf(actor!, 'prosecution.read');
        if (scope !== 'organisation' && scope !== 'all') return { items: [], limit: query.limit, offset: query.offset };
        const records = await store.criminalCases.list({
          ...(scope === 'organisation' ? { organisationId: actor!.organisationId } : {}),
          ...(query.province === undefined ? {} : { provinceCode: query.province }),
          ...(query.personId === undefined ? {} : { personId: query.personId }),
          page: { limit: query.limit, offset: query.offset },
        });
        return { items: records.map((record) => ({ ...record })), limit: query.limit, offset: query.offset };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/criminal-cases',
      summary: 'Open a criminal case (police or court reference, unit, province)',
      tags: ['prosecution'],
      access: 'prosecution.write',
      body: z.strictObject(criminalCaseFields),
      response: { status: 201, description: 'The criminal case', schema: recordSchema },
      handler: async ({ body, actor }) => ({
        ...(await store.criminalCases.create({ ...body, organisationId: actor!.organisationId }, storeActor(actor))),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/criminal-cases/{id}',
      summary: 'A criminal case with its parties, charged offences, proceeding stages and outcomes',
      tags: ['prosecution'],
      access: 'prosecution.read',
      params: idParams,
      response: { status: 200, description: 'The criminal case', schema: recordSchema },
      handler: async ({ params, actor }) => {
        const record = await load(actor!, params.id, 'prosecution.read');
        const [parties, offences, stages, outcomes] = await Promise.all([
          store.criminalCases.parties(record.id),
          store.criminalCases.chargedOffences(record.id),
          store.criminalCases.stages(record.id),
          store.criminalCases.outcomes(record.id),
        ]);
        return {
          ...record,
          parties,
          offences: offences.map((offence) => ({ ...offence })),
          stages: stages.map((stage) => ({ ...stage })),
          outcomes: outcomes.map((outcome) => ({ ...outcome })),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/criminal-cases/{id}/parties',
      summary: 'Link a victim or suspect (a person record of the organisation) to the criminal case',
      tags: ['prosecution'],
      access: 'prosecution.write',
      params: idParams,
      body: z.strictObject({ personId: z.uuid(), role: z.enum(['victim', 'suspect']) }),
      response: { status: 201, description: 'Linked', schema: z.object({ linked: z.literal(true) }) },
      handler: async ({ params, body, actor }) => {
        const record = await load(actor!, params.id, 'prosecution.write');
        const person = await store.persons.get(body.personId);
        authorizeRecord(actor!, 'prosecution.write', { organisationId: person.organisationId });
        await store.criminalCases.addParty(record.id, person.id, body.role);
        return { linked: true as const };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/criminal-cases/{id}/offences',
      summary: 'Charge an offence from the legal catalogue, optionally naming the suspect and victim',
      tags: ['prosecution'],
      access: 'prosecution.write',
      params: idParams,
      body: z.strictObject({
        offenceCode: z.string().min(1).max(80),
        suspectPersonId: z.uuid().nullable().optional(),
        victimPersonId: z.uuid().nullable().optional(),
      }),
      response: { status: 201, description: 'The charged offence', schema: z.record(z.string(), z.unknown()) },
      handler: async ({ params, body, actor }) => {
        const record = await load(actor!, params.id, 'prosecution.write');
        return { ...(await store.criminalCases.chargeOffence(record.id, body)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/criminal-cases/{id}/stages',
      summary: 'Advance the proceeding: complaint, investigation, arrest, charge, trial, verdict, appeal',
      tags: ['prosecution'],
      access: 'prosecution.write',
      params: idParams,
      body: z.strictObject({
        version: expectedVersion,
        stage: z.enum(proceedingStages),
        occurredOn: z.iso.date(),
        note: z.string().max(2000).nullable().optional(),
      }),
      response: {
        status: 201,
        description: 'The case and the recorded stage',
        schema: z.record(z.string(), z.unknown()),
      },
      handler: async ({ params, body, actor }) => {
        const record = await load(actor!, params.id, 'prosecution.write');
        const { version, ...stage } = body;
        const result = await store.criminalCases.recordStage(record.id, version, stage, storeActor(actor));
        return { criminalCase: { ...result.criminalCase }, stage: { ...result.stage } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/criminal-cases/{id}/outcomes',
      summary:
        'Record the outcome for a suspect of the case: convicted, acquitted (after a verdict) or dismissed; sentence, fine, compensation',
      tags: ['prosecution'],
      access: 'prosecution.write',
      params: idParams,
      body: z.strictObject({
        personId: z.uuid(),
        ...outcomeFields,
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/u, 'An ISO 4217 code such as KHR or USD.')
          .optional(),
      }),
      response: { status: 201, description: 'The outcome', schema: recordSchema },
      handler: async ({ params, body, actor }) => {
        const record = await load(actor!, params.id, 'prosecution.write');
        return { ...(await store.criminalCases.recordOutcome(record.id, body, storeActor(actor))) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/criminal-cases/{id}/outcomes/{outcomeId}',
      summary: 'Correct a suspect’s outcome (send the version you read)',
      tags: ['prosecution'],
      access: 'prosecution.write',
      params: z.strictObject({ id: z.uuid('must be a UUID'), outcomeId: z.uuid('must be a UUID') }),
      body: z.strictObject({
        version: expectedVersion,
        outcome: outcomeFields.outcome.optional(),
        decidedOn: outcomeFields.decidedOn.optional(),
        sentenceMonths: outcomeFields.sentenceMonths,
        fineAmount: outcomeFields.fineAmount,
        compensationAmount: outcomeFields.compensationAmount,
      }),
      response: { status: 200, description: 'The outcome after the change', schema: recordSchema },
      handler: async ({ params, body, actor }) => {
        const record = await load(actor!, params.id, 'prosecution.write');
        const current = (await store.criminalCases.outcomes(record.id)).find((o) => o.id === params.outcomeId);
        if (current === undefined) throw new ApiError('not_found', 'The criminal case has no such outcome.');
        const { version, ...patch } = body;
        const outcome = patch.outcome ?? current.outcome;
        const sentence = patch.sentenceMonths === undefined ? current.sentenceMonths : patch.sentenceMonths;
        if (outcome !== 'convicted' && sentence !== null) {
          throw new ApiError('validation_failed', 'Only a conviction carries a sentence.', {
            details: { issues: [{ path: 'body.sentenceMonths', message: 'only a conviction carries a sentence' }] },
          });
        }
        const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        type OutcomePatch = Parameters<Store['criminalCases']['updateOutcome']>[2];
        return {
          ...(await store.criminalCases.updateOutcome(current.id, version, given as OutcomePatch, storeActor(actor))),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/offences',
      summary:
        'The legal catalogue of offences (statute, article, label, category); public law, for any signed-in user',
      tags: ['prosecution'],
      access: 'session',
      query: z.strictObject({
        /** Also the offences no longer in use (for the reference-data administrator). */
        includeInactive: z.enum(['true', 'false']).optional(),
      }),
      response: { status: 200, description: 'The offences', schema: z.object({ items: z.array(recordSchema) }) },
      handler: async ({ query, actor }) => {
        const all = query.includeInactive === 'true' && can(actor!, 'reference.manage');
        return { items: (await store.offences.list({ activeOnly: !all })).map((offence) => ({ ...offence })) };
      },
    }),
  ];
}
