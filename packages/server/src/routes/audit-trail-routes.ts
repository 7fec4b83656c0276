import { auditOutcomes, type AuditEntry, type Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { idParams } from '../api/schemas/common.ts';
import { ACTION_NAMES } from '../policy/actions.ts';
import { scopeOf } from '../policy/can.ts';
import { loadCase } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

/** The store pages its audit log at most 500 entries deep per query. */
const TRAIL_DEPTH = 500;

/** What every audit answer says of an entry: who, when, what, with which outcome, from where. */
const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  route: z.string().nullable(),
  outcome: z.string(),
  code: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const auditTrailEntrySchema = auditEntrySchema.extend({
  /** `case` for requests on the case and what it holds, `victim` for requests on its victim's person record. */
  subject: z.enum(['case', 'victim']),
});

export const auditLogEntrySchema = auditEntrySchema.extend({
  /** The kind of record (cases, persons, tips…) and its id, when the request named one. */
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
});

function auditEntryView(entry: AuditEntry): z.infer<typeof auditEntrySchema> {
  const detail = (key: string) => (typeof entry.details[key] === 'string' ? (entry.details[key] as string) : null);
  const roles = detail('roles');
  return {
    id: entry.id,
    occurredAt: entry.occurredAt,
    actorUserId: entry.actorUserId,
    actorRoles: roles === null || roles === '' ? [] : roles.split(','),
    action: entry.action,
    route: detail('route'),
    outcome: entry.outcome,
    code: detail('code'),
    ip: entry.ip,
    requestId: entry.requestId,
  };
}

const trailEntry = (entry: AuditEntry, subject: 'case' | 'victim'): z.infer<typeof auditTrailEntrySchema> => ({
  ...auditEntryView(entry),
  subject,
});

const logEntry = (entry: AuditEntry): z.infer<typeof auditLogEntrySchema> => ({
  ...auditEntryView(entry),
  recordType: entry.entity,
  recordId: entry.entityId,
});

/**
 * The audit trail of a case: every request on the case (its page, profile, events, notes, tasks,
 * attachments, screenings, referrals, history) and on its victim's person record — who, when, from
 * which IP, with which outcome — newest first. For supervisors (their team's cases) and
 * organisation administrators. Reading the trail is itself audited.
 */
export function auditTrailRoutes(_context: RouteContext, store: Store): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit-log',
      summary:
        'The audit log: who did what to which record, when, from where and with which outcome, newest first; an organisation administrator sees its own users’ entries',
      tags: ['audit'],
      access: 'audit.read',
      query: z
        .strictObject({
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          actorUserId: z.uuid().optional(),
          action: z.enum(ACTION_NAMES).optional(),
          outcome: z.enum(auditOutcomes).optional(),
          recordId: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        })
        .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
          message: 'The period ends before it starts.',
          path: ['to'],
        }),
      response: {
        status: 200,
        description: 'A page of the log',
        schema: z.object({ items: z.array(auditLogEntrySchema), limit: z.number(), offset: z.number() }),
      },
      handler: async ({ query, actor }) => {
        const scope = scopeOf(actor!, 'audit.read');
        const entries = await store.audit.list({
          ...(scope === 'all' ? {} : { actorOrganisationId: actor!.organisationId }),
          ...(query.actorUserId === undefined ? {} : { actorUserId: query.actorUserId }),
          ...(query.action === undefined ? {} : { action: query.action }),
          ...(query.outcome === undefined ? {} : { outcome: query.outcome }),
          ...(query.recordId === undefined ? {} : { entityId: query.recordId }),
          ...(query.from === undefined ? {} : { from: query.from }),
          ...(query.to === undefined ? {} : { to: query.to }),
          page: { limit: query.limit, offset: query.offset },
        });
        return { items: entries.map(logEntry), limit: query.limit, offset: query.offset };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/{id}/audit-trail',
      summary: 'Who saw or changed a case and its victim’s record, when and from where, newest first',
      tags: ['cases'],
      access: 'case.audit_trail',
      params: idParams,
      query: z
        .strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce
            .number()
            .int()
            .min(0)
            .max(TRAIL_DEPTH - 1)
            .default(0),
        })
        .refine((page) => page.offset + page.limit <= TRAIL_DEPTH, {
          message: `The trail can be paged ${TRAIL_DEPTH} entries deep: offset + limit at most ${TRAIL_DEPTH}.`,
          path: ['offset'],
        }),
      response: {
        status: 200,
        description: 'A page of the trail',
        schema: z.object({ items: z.array(auditTrailEntrySchema), limit: z.number(), offset: z.number() }),
      },
      handler: async ({ params, query, actor }) => {
        const record = await loadCase(store, actor!, params.id, 'case.audit_trail');
        const depth = { limit: query.offset + query.limit, offset: 0 };
        const [onCase, onVictim] = await Promise.all([
          store.audit.list({ entityId: record.id, page: depth }),
          store.audit.list({ entityId: record.victimPersonId, page: depth }),
        ]);
        const items = [
          ...onCase.map((entry) => trailEntry(entry, 'case')),
          ...onVictim.map((entry) => trailEntry(entry, 'victim')),
        ]
          .sort((a, b) => b.id - a.id)
          .slice(query.offset, query.offset + query.limit);
        return { items, limit: query.limit, offset: query.offset };
      },
    }),
  ];
}
