import {
  caseRiskLevels,
  closureReasons,
  codeLists,
  consentGivers,
  consentPurposes,
  legalBases,
  personKinds,
  traffickingStatuses,
  workflowStages,
  type CaseRecord,
  type CreatePersonInput,
  type PersonRecord,
  type ReportRecord,
  type Store,
} from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import {
  expectedVersion,
  idParams,
  pageQuery,
  pastTime,
  recordListSchema,
  recordSchema,
} from '../api/schemas/common.ts';
import type { Action } from '../policy/actions.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeRecord, storeActor, storeScopeFor } from '../policy/authorize.ts';
import { personViewOf } from '../policy/can.ts';
import { projectPerson, type PersonFields } from '../policy/project-person.ts';
import type { RouteContext } from './route-context.ts';

const name = z.string().max(200).nullable();
/** The person fields staff may write (the store validates them again, and encrypts the identifying ones). */
export const personFieldsSchema = z.strictObject({
  givenNameLatin: name.optional(),
  familyNameLatin: name.optional(),
  nameLocal: name.optional(),
  aliases: z.array(z.string().min(1).max(200)).max(50).nullable().optional(),
  birthDate: z.iso.date().nullable().optional(),
  estimatedAge: z.number().int().min(0).max(130).nullable().optional(),
  estimatedAgeOn: z.iso.date().nullable().optional(),
  sex: z.enum(codeLists.sexes).nullable().optional(),
  gender: z.enum(codeLists.genders).nullable().optional(),
  citizenship: z
    .array(z.string().regex(/^[A-Z]{2}$/u))
    .max(10)
    .optional(),
  languages: z.array(z.string().max(12)).max(20).optional(),
  identityDocuments: z.array(z.looseObject({})).max(20).nullable().optional(),
  phones: z.array(z.string().min(3).max(50)).max(20).nullable().optional(),
  address: z.string().max(1000).nullable().optional(),
  contactDetails: z.string().max(500).nullable().optional(),
  description: z.string().max(100_000).nullable().optional(),
});

export const caseOwnership = (record: Pick<CaseRecord, 'organisationId' | 'teamId' | 'ownerUserId'>) => ({
  organisationId: record.organisationId,
  teamId: record.teamId,
  ownerUserId: record.ownerUserId,
});

/** A tip or call belongs to its organisation and team, and to whom it is assigned. */
export const reportOwnership = (report: Pick<ReportRecord, 'organisationId' | 'teamId' | 'assignedUserId'>) => ({
  organisationId: report.organisationId,
  teamId: report.teamId,
  ownerUserId: report.assignedUserId,
});

export const personOwnership = (person: PersonRecord) => ({
  organisationId: person.organisationId,
  ownerUserId: person.createdByUserId,
  teamId: null,
});

/** What the actor's roles let them see of a person, in a list or on the case page. */
export function projectedPerson(actor: Actor, person: PersonRecord, display: 'list' | 'detail', today: Date) {
  return projectPerson({ ...person } as unknown as PersonFields, personViewOf(actor), { display, today }) ?? null;
}

/** Loads a case and checks the actor may do `action` on it. */
export async function loadCase(store: Store, actor: Actor, caseId: string, action: Action): Promise<CaseRecord> {
  const record = await store.cases.get(caseId);
  authorizeRecord(actor, action, caseOwnership(record));
  return record;
}

/** Persons, cases (with the workflow actions), consents and screenings. */
export function caseRoutes(context: RouteContext, store: Store): AnyRoute[] {
  const today = () => context.now();

  const createPerson = defineRoute({
    method: 'post',
    path: '/api/persons',
    summary: 'Record a person (victim, suspect, caller, witness) in the organisation',
    tags: ['persons'],
    access: 'person.write',
    body: personFieldsSchema.extend({ personKind: z.enum(personKinds) }),
    response: { status: 201, description: 'The person', schema: recordSchema },
    handler: async ({ body, actor }) => ({
      // The store checks the fields again (identity documents in detail) and encrypts the identifying ones.
      ...(await store.persons.create(
        { ...body, organisationId: actor!.organisationId } as CreatePersonInput,
        storeActor(actor),
      )),
    }),
  });

  const getPerson = defineRoute({
    method: 'get',
    path: '/api/persons/{id}',
    summary: 'One person, as much of it as the role may see',
    tags: ['persons'],
    access: 'person.read',
    params: idParams,
    response: { status: 200, description: 'The person', schema: recordSchema.partial() },
    handler: async ({ params, actor }) => {
      const person = await store.persons.get(params.id);
      authorizeRecord(actor!, 'person.read', personOwnership(person));
      return projectedPerson(actor!, person, 'detail', today()) ?? {};
    },
  });

  const updatePerson = defineRoute({
    method: 'patch',
    path: '/api/persons/{id}',
    summary: 'Change a person’s fields (optimistic concurrency: send the version you read)',
    tags: ['persons'],
    access: 'person.write',
    params: idParams,
    body: personFieldsSchema.extend({ version: expectedVersion }),
    response: { status: 200, description: 'The person after the change', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const person = await store.persons.get(params.id);
      authorizeRecord(actor!, 'person.write', personOwnership(person));
      const { version, ...patch } = body;
      type PersonPatch = Parameters<Store['persons']['update']>[2];
      return { ...(await store.persons.update(params.id, version, patch as PersonPatch, storeActor(actor))) };
    },
  });

  const listCases = defineRoute({
    method: 'get',
    path: '/api/cases',
    summary: 'Cases within the role’s scope, newest first; children’s names are hidden in the list',
    tags: ['cases'],
    access: 'case.read',
    query: z.strictObject({
      open: z.enum(['true', 'false']).optional(),
      traffickingStatus: z.enum(traffickingStatuses).optional(),
      riskLevel: z.enum(caseRiskLevels).optional(),
      province: z.string().max(20).optional(),
      ...pageQuery,
    }),
    response: { status: 200, description: 'A page of cases', schema: recordListSchema },
    handler: async ({ query, actor }) => {
      const cases = await store.cases.list({
        scope: storeScopeFor(actor!, 'case.read'),
        ...(query.open === undefined ? {} : { open: query.open === 'true' }),
        ...(query.traffickingStatus === undefined ? {} : { traffickingStatus: query.traffickingStatus }),
        ...(query.riskLevel === undefined ? {} : { riskLevel: query.riskLevel }),
        ...(query.province === undefined ? {} : { provinceCode: query.province }),
        page: { limit: query.limit, offset: query.offset },
      });
      const victims = new Map(
        (await store.persons.getMany(cases.map((record) => record.victimPersonId))).map((person) => [
          person.id,
          person,
        ]),
      );
      const items = cases.map((record) => {
        const victim = victims.get(record.victimPersonId);
        return { ...record, victim: victim === undefined ? null : projectedPerson(actor!, victim, 'list', today()) };
      });
      return { items, limit: query.limit, offset: query.offset };
    },
  });

  const openCase = defineRoute({
    method: 'post',
    path: '/api/cases',
    summary: 'Open the case of a recorded victim, owned by the caller’s team',
    tags: ['cases'],
    access: 'case.create',
    body: z.strictObject({
      victimPersonId: z.uuid(),
      riskLevel: z.enum(caseRiskLevels).optional(),
      provinceCode: z.string().max(20).nullable().optional(),
      summary: z.string().max(100_000).nullable().optional(),
      openedAt: pastTime.optional(),
    }),
    response: { status: 201, description: 'The new case', schema: recordSchema },
    handler: async ({ body, actor }) => {
      const victim = await store.persons.get(body.victimPersonId);
      authorizeRecord(actor!, 'person.read', personOwnership(victim));
      return {
        ...(await store.cases.create(
          {
            ...body,
            organisationId: actor!.organisationId,
            teamId: actor!.teamIds[0] ?? null,
            ownerUserId: actor!.userId,
          },
          storeActor(actor),
        )),
      };
    },
  });

  const getCase = defineRoute({
    method: 'get',
    path: '/api/cases/{id}',
    summary: 'The case page: the case and its victim (names shown to roles that may see them)',
    tags: ['cases'],
    access: 'case.read',
    params: idParams,
    response: { status: 200, description: 'The case', schema: recordSchema },
    handler: async ({ params, actor }) => {
      const record = await loadCase(store, actor!, params.id, 'case.read');
      const victim = await store.persons.get(record.victimPersonId);
      return { ...record, victim: projectedPerson(actor!, victim, 'detail', today()) };
    },
  });

  const updateCase = defineRoute({
    method: 'patch',
    path: '/api/cases/{id}',
    summary: 'Change a case: workflow stage, risk, owner, province, summary',
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    body: z.strictObject({
      version: expectedVersion,
      workflowStage: z.enum(workflowStages).exclude(['reopened']).optional(),
      riskLevel: z.enum(caseRiskLevels).optional(),
      ownerUserId: z.uuid().nullable().optional(),
      teamId: z.uuid().nullable().optional(),
      provinceCode: z.string().max(20).nullable().optional(),
      summary: z.string().max(100_000).nullable().optional(),
    }),
    response: { status: 200, description: 'The case after the change', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const record = await loadCase(store, actor!, params.id, 'case.update');
      const { version, ...patch } = body;
      if (patch.ownerUserId !== undefined || patch.teamId !== undefined) {
        authorizeRecord(actor!, 'case.assign', caseOwnership(record));
      }
      return { ...(await store.cases.update(params.id, version, patch, storeActor(actor))) };
    },
  });

  const decideStatus = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/trafficking-status',
    summary: 'Record the trafficking status (possible, actual, not trafficked) and who decided it',
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    body: z.strictObject({
      version: expectedVersion,
      status: z.enum(traffickingStatuses),
      decidedByKind: z.enum(codeLists.statusDeciderKinds),
      at: pastTime.optional(),
    }),
    response: { status: 200, description: 'The case after the decision', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      const { version, ...decision } = body;
      return { ...(await store.cases.decideTraffickingStatus(params.id, version, decision, storeActor(actor))) };
    },
  });

  const closeCase = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/close',
    summary: 'Close a case with a reason',
    tags: ['cases'],
    access: 'case.close',
    params: idParams,
    body: z.strictObject({
      version: expectedVersion,
      reason: z.enum(closureReasons),
      note: z.string().max(2000).nullable().optional(),
      at: pastTime.optional(),
    }),
    response: { status: 200, description: 'The closed case', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.close');
      const { version, ...closure } = body;
      return { ...(await store.cases.close(params.id, version, closure, storeActor(actor))) };
    },
  });

  const reopenCase = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/reopen',
    summary: 'Reopen a closed case',
    tags: ['cases'],
    access: 'case.close',
    params: idParams,
    body: z.strictObject({ version: expectedVersion, at: pastTime.optional() }),
    response: { status: 200, description: 'The reopened case', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.close');
      return {
        ...(await store.cases.reopen(
          params.id,
          body.version,
          storeActor(actor),
          body.at === undefined ? {} : { at: body.at },
        )),
      };
    },
  });

  const tipToCase = defineRoute({
    method: 'post',
    path: '/api/tips/{id}/case',
    summary: 'Triage a tip into a case: records the victim, opens the case, marks the tip converted',
    tags: ['tips', 'cases'],
    access: 'tip.triage',
    params: idParams,
    body: z.strictObject({
      version: expectedVersion,
      victim: personFieldsSchema,
      riskLevel: z.enum(caseRiskLevels).optional(),
      summary: z.string().max(100_000).nullable().optional(),
    }),
    response: { status: 201, description: 'The new case', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const report = await store.reports.get(params.id);
      authorizeRecord(actor!, 'tip.triage', {
        organisationId: report.organisationId,
        teamId: report.teamId,
        ownerUserId: report.assignedUserId,
      });
      const who = storeActor(actor);
      return store.transaction(async (tx) => {
        const victim = await tx.persons.create(
          { ...body.victim, personKind: 'victim', organisationId: actor!.organisationId } as CreatePersonInput,
          who,
        );
        const created = await tx.cases.create(
          {
            victimPersonId: victim.id,
            organisationId: actor!.organisationId,
            teamId: actor!.teamIds[0] ?? null,
            ownerUserId: actor!.userId,
            sourceReportId: report.id,
            provinceCode: report.provinceCode,
            ...(body.riskLevel === undefined ? {} : { riskLevel: body.riskLevel }),
            ...(body.summary === undefined ? {} : { summary: body.summary }),
          },
          who,
        );
        await tx.reports.triage(report.id, body.version, { status: 'converted', linkedCaseId: created.id }, who);
        return { ...created };
      });
    },
  });

  const recordConsent = defineRoute({
    method: 'post',
    path: '/api/persons/{id}/consents',
    summary: 'Record a consent (services, non-identifying reporting, disclosure to an organisation)',
    tags: ['consents'],
    access: 'consent.record',
    params: idParams,
    body: z.strictObject({
      purpose: z.enum(consentPurposes),
      organisationId: z.uuid().nullable().optional(),
      legalBasis: z.enum(legalBases),
      givenBy: z.enum(consentGivers),
      givenOn: z.iso.date(),
      note: z.string().max(2000).nullable().optional(),
    }),
    response: { status: 201, description: 'The consent', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const person = await store.persons.get(params.id);
      authorizeRecord(actor!, 'consent.record', personOwnership(person));
      return { ...(await store.consents.record({ ...body, personId: person.id }, storeActor(actor))) };
    },
  });

  const listConsents = defineRoute({
    method: 'get',
    path: '/api/persons/{id}/consents',
    summary: 'A person’s consents, in force and withdrawn',
    tags: ['consents'],
    access: 'consent.read',
    params: idParams,
    response: { status: 200, description: 'The consents', schema: z.object({ items: z.array(recordSchema) }) },
    handler: async ({ params, actor }) => {
      const person = await store.persons.get(params.id);
      authorizeRecord(actor!, 'consent.read', personOwnership(person));
      return { items: (await store.consents.listForPerson(person.id)).map((consent) => ({ ...consent })) };
    },
  });

  const withdrawConsent = defineRoute({
    method: 'post',
    path: '/api/consents/{id}/withdraw',
    summary: 'Withdraw a consent from a date',
    tags: ['consents'],
    access: 'consent.record',
    params: idParams,
    body: z.strictObject({ version: expectedVersion, withdrawnOn: z.iso.date() }),
    response: { status: 200, description: 'The consent, withdrawn', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const consent = await store.consents.get(params.id);
      const person = await store.persons.get(consent.personId);
      authorizeRecord(actor!, 'consent.record', personOwnership(person));
      return { ...(await store.consents.withdraw(consent.id, body.version, body.withdrawnOn, storeActor(actor))) };
    },
  });

  const submitScreening = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/screenings',
    summary: 'Submit a screening (ILO forced-labour and child indicators); answers give a suggested status',
    tags: ['screenings'],
    access: 'screening.submit',
    params: idParams,
    body: z.strictObject({
      screenedOn: z.iso.date(),
      subjectIsChild: z.boolean(),
      answers: z.record(z.string().max(100), z.enum(['yes', 'no', 'unknown'])),
      notes: z.record(z.string().max(100), z.string().max(2000)).optional(),
    }),
    response: { status: 201, description: 'The screening with its suggestion', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'screening.submit');
      return {
        ...(await store.screenings.submit(
          { ...body, caseId: params.id } as Parameters<Store['screenings']['submit']>[0],
          storeActor(actor),
        )),
      };
    },
  });

  const listScreenings = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/screenings',
    summary: 'A case’s screenings',
    tags: ['screenings'],
    access: 'screening.read',
    params: idParams,
    response: { status: 200, description: 'The screenings', schema: z.object({ items: z.array(recordSchema) }) },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'screening.read');
      return { items: (await store.screenings.listForCase(params.id)).map((screening) => ({ ...screening })) };
    },
  });

  return [
    createPerson,
    getPerson,
    updatePerson,
    listCases,
    openCase,
    getCase,
    updateCase,
    decideStatus,
    closeCase,
    reopenCase,
    tipToCase,
    recordConsent,
    listConsents,
    withdrawConsent,
    submitScreening,
    listScreenings,
  ];
}
