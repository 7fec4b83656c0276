import type { Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { idParams } from '../api/schemas/common.ts';
import type { Action } from '../policy/actions.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeRecord } from '../policy/authorize.ts';
import { can, personViewOf } from '../policy/can.ts';
import {
  ALL_FIELDS,
  personFieldVisibility,
  RECEIVED_REFERRAL_FIELDS,
  visibleHistory,
  WITHOUT_SECRETS,
  type FieldVisibility,
  type VisibleHistoryEntry,
} from '../policy/history-visibility.ts';
import { caseOwnership, loadCase, personOwnership } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

export const historyEntrySchema = z.object({
  id: z.number().int(),
  table: z.string(),
  recordId: z.string(),
  recordVersion: z.number().int(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  encrypted: z.boolean(),
  redacted: z.boolean(),
  actorUserId: z.string().nullable(),
  changedAt: z.string(),
  /** When the change took effect, when its writer stated an earlier time (a case opened in 2024); else null. */
  effectiveAt: z.string().nullable(),
});
const historySchema = z.object({ items: z.array(historyEntrySchema) });

/** One record's history, as a list of tables and ids with what the caller may see of each. */
interface HistorySource {
  table: string;
  recordId: string;
  visible: FieldVisibility;
}

/**
 * Field-level history (`GET /api/{entity}/{id}/history`): every change with who made it and when,
 * oldest first. The store decrypts encrypted values; the server then blanks (`redacted: true`) the
 * fields the caller's role may not read on the record itself.
 */
export function historyRoutes(_context: RouteContext, store: Store): AnyRoute[] {
  const collect = async (sources: readonly HistorySource[]): Promise<{ items: VisibleHistoryEntry[] }> => {
    const lists = await Promise.all(
      sources.map(async (source) =>
        visibleHistory(await store.history.forRecord(source.table, source.recordId), source.visible),
      ),
    );
    return { items: lists.flat().sort((a, b) => a.id - b.id) };
  };

  const route = (
    path: string,
    tag: string,
    access: Action,
    summary: string,
    sources: (actor: Actor, id: string) => Promise<HistorySource[]>,
  ) =>
    defineRoute({
      method: 'get',
      path,
      summary,
      tags: [tag],
      access,
      params: idParams,
      response: { status: 200, description: 'The changes, oldest first', schema: historySchema },
      handler: async ({ params, actor }) => collect(await sources(actor!, params.id)),
    });

  /** The case and what it holds: profile, events (withdrawn ones too), tasks, notes, attachments, services; screenings and referrals when the role reads them. */
  const caseSources = async (actor: Actor, caseId: string): Promise<HistorySource[]> => {
    const record = await loadCase(store, actor, caseId, 'case.read');
    const owner = caseOwnership(record);
    const [profile, events, tasks, notes, attachments, services] = await Promise.all([
      store.exploitationProfiles.get(caseId),
      store.traffickingEvents.listForCase(caseId, { includeWithdrawn: true }),
      store.tasks.listForCase(caseId),
      store.notes.listForCase(caseId),
      store.attachments.listForCase(caseId),
      store.services.listForCase(caseId),
    ]);
    const all = (table: string, ids: readonly { id: string }[]) =>
      ids.map(({ id }) => ({ table, recordId: id, visible: ALL_FIELDS }));
    return [
      { table: 'cases', recordId: caseId, visible: ALL_FIELDS },
      ...all('exploitation_profiles', profile === undefined ? [] : [profile]),
      ...all('trafficking_events', events),
      ...all('tasks', tasks),
      ...all('notes', notes),
      ...all('attachments', attachments),
      ...all('case_services', services),
      ...(can(actor, 'screening.read', owner) ? all('screenings', await store.screenings.listForCase(caseId)) : []),
      ...(can(actor, 'referral.read', owner) ? all('referrals', await store.referrals.listForCase(caseId)) : []),
    ];
  };

  return [
    route(
      '/api/cases/{id}/history',
      'cases',
      'case.read',
      'Field-level history of a case and its profile, events, tasks, notes, attachments (and screenings, referrals when the role reads them)',
      caseSources,
    ),
    route(
      '/api/persons/{id}/history',
      'persons',
      'person.read',
      'Field-level history of a person; values the role may not read on the person are redacted',
      async (actor, id) => {
        const person = await store.persons.get(id);
        authorizeRecord(actor, 'person.read', personOwnership(person));
        return [{ table: 'persons', recordId: id, visible: personFieldVisibility(personViewOf(actor)) }];
      },
    ),
    route(
      '/api/referrals/{id}/history',
      'referrals',
      'referral.read_received',
      'Field-level history of a referral, for the referring organisation or the one it is addressed to',
      async (actor, id) => {
        const referral = await store.referrals.get(id);
        const theCase = await store.cases.get(referral.caseId);
        if (can(actor, 'referral.read', caseOwnership(theCase))) {
          return [{ table: 'referrals', recordId: id, visible: ALL_FIELDS }];
        }
        authorizeRecord(actor, 'referral.read_received', {
          organisationId: referral.fromOrganisationId,
          recipientOrganisationId: referral.toOrganisationId,
        });
        return [{ table: 'referrals', recordId: id, visible: RECEIVED_REFERRAL_FIELDS }];
      },
    ),
    route(
      '/api/tips/{id}/history',
      'tips',
      'tip.read',
      'Field-level history of a tip or call: triage decisions, assignment, corrections',
      async (actor, id) => {
        const report = await store.reports.get(id);
        authorizeRecord(actor, 'tip.read', {
          organisationId: report.organisationId,
          teamId: report.teamId,
          ownerUserId: report.assignedUserId,
        });
        return [{ table: 'reports', recordId: id, visible: ALL_FIELDS }];
      },
    ),
    route(
      '/api/criminal-cases/{id}/history',
      'prosecution',
      'prosecution.read',
      'Field-level history of a criminal case and its suspects’ outcomes',
      async (actor, id) => {
        const record = await store.criminalCases.get(id);
        authorizeRecord(actor, 'prosecution.read', { organisationId: record.organisationId });
        const outcomes = await store.criminalCases.outcomes(id);
        return [
          { table: 'criminal_cases', recordId: id, visible: ALL_FIELDS },
          ...outcomes.map((outcome) => ({ table: 'suspect_outcomes', recordId: outcome.id, visible: ALL_FIELDS })),
        ];
      },
    ),
    route(
      '/api/users/{id}/history',
      'users',
      'user.manage',
      'Field-level history of a user account (roles, team, disabling); password hashes and TOTP secrets are always redacted',
      async (actor, id) => {
        const user = await store.users.get(id);
        authorizeRecord(actor, 'user.manage', { organisationId: user.organisationId });
        return [{ table: 'users', recordId: id, visible: WITHOUT_SECRETS }];
      },
    ),
  ];
}
