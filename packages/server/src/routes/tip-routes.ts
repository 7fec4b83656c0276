import type { Analysis } from '@raksa/detect';
import { callerRelationships, reportChannels, triageStatuses, type CreateReportInput, type Store } from '@raksa/store';
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
import { riskLevelSchema } from '../api/schemas/analysis.ts';
import { ApiError } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeRecord, storeActor, storeScopeFor } from '../policy/authorize.ts';
import { reportOwnership } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

export const TIP_TEXT_MAX = 20_000;
const CONTACT_FIELD_MAX = 200;
/** The store keeps contact details in one encrypted field of at most this many characters. */
const CONTACT_DETAILS_MAX = 500;

const contactField = z.string().trim().min(1).max(CONTACT_FIELD_MAX).optional();

/** The public tip form's contract (packages/web/src/report/tip-contract.ts). */
export const tipRequestSchema = z.strictObject({
  text: z.string().min(1).max(TIP_TEXT_MAX),
  language: z.string().regex(/^[a-z]{2,3}$/u, 'A language code such as km or en.'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/u, 'An ISO country code such as KH.')
    .nullable(),
  attachAnalysis: z.boolean(),
  contact: z
    .strictObject({
      name: contactField,
      phone: contactField,
      email: z.email().max(CONTACT_FIELD_MAX).optional(),
      messenger: contactField,
    })
    .nullable(),
});

export const tipCreatedSchema = z.object({
  /** The follow-up code: only its hash is stored; it is shown once. */
  code: z.string(),
  risk: riskLevelSchema,
});

/** What a reporter learns with the code: where the tip stands, nothing of its content. */
export const tipStatusSchema = z.object({
  status: z.enum(['received', 'in_review', 'taken_up', 'closed']),
  receivedOn: z.string(),
});

const PUBLIC_STATUS = {
  new: 'received',
  in_review: 'in_review',
  linked: 'taken_up',
  converted: 'taken_up',
  dismissed: 'closed',
} as const;

const FOLLOW_UP_PREFIX = 'RK-';

/**
 * What is stored of the engine's analysis. With `attachAnalysis` the reporter chose to share what
 * the check page showed them: the analysis is kept whole (without the advice and hotline lists,
 * which are the same for everyone). Without it only what triage needs is kept — language, risk,
 * harm types and scores — so the tip still enters the queue by risk; the identifiers the engine
 * found are indexed either way, to link tips about the same phone number or account.
 */
export function analysisToStore(analysis: Analysis, attach: boolean): CreateReportInput['analysis'] {
  const kept = attach
    ? { ...analysis, advice: undefined, hotlines: undefined }
    : {
        language: analysis.language,
        risk: analysis.risk,
        harms: analysis.harms.map((harm) => ({ type: harm.type, score: harm.score })),
        catalogVersion: analysis.catalogVersion,
      };
  // A JSON copy: plain data, as the store keeps it (undefined fields, the advice lists, drop out).
  return JSON.parse(JSON.stringify(kept)) as CreateReportInput['analysis'];
}

const IDENTIFIER_TYPES = {
  phone: 'phone',
  email: 'email',
  handle: 'handle',
  url: 'url',
  domain: 'domain',
  crypto_address: 'crypto_wallet',
} as const;

function identifiersOf(analysis: Analysis) {
  const identifiers: { type: (typeof IDENTIFIER_TYPES)[keyof typeof IDENTIFIER_TYPES]; value: string }[] = [];
  for (const entity of analysis.entities) {
    const type = IDENTIFIER_TYPES[entity.type as keyof typeof IDENTIFIER_TYPES];
    if (type !== undefined && entity.normalized !== '')
      identifiers.push({ type, value: entity.normalized.slice(0, 500) });
  }
  return identifiers.slice(0, 100);
}

function contactDetailsOf(contact: z.infer<typeof tipRequestSchema>['contact']): string | null {
  if (contact === null) return null;
  const lines = Object.entries(contact)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([field, value]) => `${field}: ${String(value)}`);
  if (lines.length === 0) return null;
  const joined = lines.join('\n');
  if (joined.length > CONTACT_DETAILS_MAX) {
    throw new ApiError(
      'validation_failed',
      `The contact details are too long in all (at most ${CONTACT_DETAILS_MAX} characters).`,
      {
        details: { issues: [{ path: 'body.contact', message: `at most ${CONTACT_DETAILS_MAX} characters in all` }] },
      },
    );
  }
  return joined;
}

/** Public intake (`POST /api/tips`, the status lookup) and the staff triage queue. */
export function tipRoutes(context: RouteContext, store: Store): AnyRoute[] {
  const loadReport = async (actor: Actor, id: string, action: 'tip.read' | 'tip.update' | 'tip.triage') => {
    const report = await store.reports.get(id);
    authorizeRecord(actor, action, reportOwnership(report));
    return report;
  };

  const createTip = defineRoute({
    method: 'post',
    path: '/api/tips',
    summary: 'Report a tip anonymously; the engine analyses it and it enters the triage queue by risk',
    tags: ['tips'],
    access: 'public',
    rateLimited: true,
    body: tipRequestSchema,
    response: { status: 201, description: 'Received: keep the code to follow the tip up', schema: tipCreatedSchema },
    handler: async ({ body }) => {
      const analysis = context.detector().analyzeText(body.text, {
        lang: body.language,
        ...(body.country === null ? {} : { country: body.country }),
        includeAdvice: true,
      });
      const { followUpCode } = await store.reports.create(
        {
          kind: 'tip',
          channel: 'web',
          anonymous: body.contact === null,
          language: body.language,
          body: body.text,
          contactDetails: contactDetailsOf(body.contact),
          analysis: analysisToStore(analysis, body.attachAnalysis),
          identifiers: identifiersOf(analysis),
          organisationId: context.config.intakeOrganisationId ?? null,
          issueFollowUpCode: true,
        },
        { userId: null },
      );
      if (followUpCode === null) throw new Error('The store issued no follow-up code.');
      return { code: `${FOLLOW_UP_PREFIX}${followUpCode}`, risk: analysis.risk };
    },
  });

  const tipStatus = defineRoute({
    method: 'get',
    path: '/api/tips/status/{code}',
    summary: 'Where a tip stands, by its follow-up code (nothing of its content)',
    tags: ['tips'],
    access: 'public',
    rateLimited: true,
    params: z.strictObject({
      code: z
        .string()
        .min(4)
        .max(40)
        .regex(/^[\dA-Za-z-]+$/u),
    }),
    response: { status: 200, description: 'The tip’s status', schema: tipStatusSchema },
    handler: async ({ params }) => {
      const code = params.code.toUpperCase();
      const bare = code.startsWith(FOLLOW_UP_PREFIX) ? code.slice(FOLLOW_UP_PREFIX.length) : code;
      const report = await store.reports.findByFollowUpCode(bare);
      if (report === undefined) throw new ApiError('not_found', 'No tip has this code.');
      return { status: PUBLIC_STATUS[report.triageStatus], receivedOn: report.receivedAt.slice(0, 10) };
    },
  });

  const queue = defineRoute({
    method: 'get',
    path: '/api/tips',
    summary: 'The triage queue: tips and calls awaiting triage, highest risk first',
    tags: ['tips'],
    access: 'tip.read',
    query: z.strictObject({
      status: z.enum(triageStatuses).optional(),
      minimumRisk: riskLevelSchema.optional(),
      harmType: z.string().max(100).optional(),
      ...pageQuery,
    }),
    response: { status: 200, description: 'A page of the queue', schema: recordListSchema },
    handler: async ({ query, actor }) => {
      const reports = await store.reports.triageQueue({
        scope: storeScopeFor(actor!, 'tip.read'),
        ...(query.status === undefined ? {} : { statuses: [query.status] }),
        ...(query.minimumRisk === undefined ? {} : { minimumRisk: query.minimumRisk }),
        ...(query.harmType === undefined ? {} : { harmType: query.harmType }),
        page: { limit: query.limit, offset: query.offset },
      });
      return { items: reports.map((report) => ({ ...report })), limit: query.limit, offset: query.offset };
    },
  });

  const getTip = defineRoute({
    method: 'get',
    path: '/api/tips/{id}',
    summary: 'One tip or call, with its text, contact details and stored analysis',
    tags: ['tips'],
    access: 'tip.read',
    params: idParams,
    response: { status: 200, description: 'The tip', schema: recordSchema },
    handler: async ({ params, actor }) => ({ ...(await loadReport(actor!, params.id, 'tip.read')) }),
  });

  const triage = defineRoute({
    method: 'post',
    path: '/api/tips/{id}/triage',
    summary: 'Move a tip through triage: in review, dismissed (with a reason), linked to a case',
    tags: ['tips'],
    access: 'tip.triage',
    params: idParams,
    body: z.strictObject({
      version: expectedVersion,
      status: z.enum(triageStatuses),
      reason: z.string().max(500).nullable().optional(),
      linkedCaseId: z.uuid().nullable().optional(),
      at: pastTime.optional(),
    }),
    response: { status: 200, description: 'The tip after triage', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadReport(actor!, params.id, 'tip.triage');
      const { version, ...decision } = body;
      return { ...(await store.reports.triage(params.id, version, decision, storeActor(actor))) };
    },
  });

  const recordCall = defineRoute({
    method: 'post',
    path: '/api/calls',
    summary: 'Record a hotline call (or a tip taken by staff); the engine analyses the transcript',
    tags: ['tips'],
    access: 'tip.create',
    body: z.strictObject({
      kind: z.enum(['tip', 'hotline_call']).default('hotline_call'),
      channel: z.enum(reportChannels).default('hotline'),
      callerRelationship: z.enum(callerRelationships).nullable().optional(),
      language: z.string().max(20).nullable().optional(),
      transcript: z.string().min(1).max(100_000),
      contactDetails: z.string().max(CONTACT_DETAILS_MAX).nullable().optional(),
      provinceCode: z.string().max(20).nullable().optional(),
      callDurationSeconds: z.number().int().min(0).max(86_400).nullable().optional(),
    }),
    response: { status: 201, description: 'The recorded call', schema: recordSchema },
    handler: async ({ body, actor }) => {
      const analysis = context.detector().analyzeText(body.transcript, {
        ...(body.language == null ? {} : { lang: body.language }),
      });
      const { report } = await store.reports.create(
        {
          kind: body.kind,
          channel: body.channel,
          callerRelationship: body.callerRelationship ?? null,
          language: body.language ?? null,
          body: body.transcript,
          contactDetails: body.contactDetails ?? null,
          analysis: analysisToStore(analysis, true),
          identifiers: identifiersOf(analysis),
          provinceCode: body.provinceCode ?? null,
          organisationId: actor!.organisationId,
          teamId: actor!.teamIds[0] ?? null,
          receivedByUserId: actor!.userId,
          assignedUserId: actor!.userId,
          callDurationSeconds: body.callDurationSeconds ?? null,
        },
        storeActor(actor),
      );
      return { ...report };
    },
  });

  return [createTip, tipStatus, queue, getTip, triage, recordCall];
}
