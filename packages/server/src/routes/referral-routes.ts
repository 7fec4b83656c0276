import { codeLists, referralStatuses, type ReferralRecord, type Store } from '@raksa/store';
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
import { ApiError } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeRecord, storeActor } from '../policy/authorize.ts';
import { can } from '../policy/can.ts';
import { consentOverrideSchema } from '../policy/consent-gate.ts';
import { caseOwnership, loadCase, projectedPerson } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

/** A referral seen by the organisation it is addressed to: the referral and the person's basic identity only. */
function receivedView(referral: ReferralRecord): Omit<ReferralRecord, 'consentOverrideReason' | 'madeByUserId'> {
  const hidden = new Set(['consentOverrideReason', 'madeByUserId']);
  return Object.fromEntries(Object.entries(referral).filter(([field]) => !hidden.has(field))) as Omit<
    ReferralRecord,
    'consentOverrideReason' | 'madeByUserId'
  >;
}

/**
 * Referrals: made from a case (consent needed, or a reasoned override by a permitted role, audited
 * as `consent_override`), then accepted, rejected or completed by the receiving organisation, or
 * revoked by the referring one.
 */
export function referralRoutes(context: RouteContext, store: Store): AnyRoute[] {
  const makeReferral = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/referrals',
    summary: 'Refer the victim to another organisation for a service; needs consent or a reasoned override',
    tags: ['referrals'],
    access: 'referral.create',
    params: idParams,
    body: z.strictObject({
      toOrganisationId: z.uuid(),
      serviceType: z.enum(codeLists.serviceTypes),
      consentId: z.uuid().optional(),
      consentOverride: consentOverrideSchema.optional(),
      note: z.string().max(2000).nullable().optional(),
      /** When the referral was made, if earlier (the consent must have been in force that day). */
      referredAt: pastTime.optional(),
    }),
    response: { status: 201, description: 'The referral, in progress', schema: recordSchema },
    handler: async ({ params, body, actor, c }) => {
      const record = await loadCase(store, actor!, params.id, 'referral.create');
      if (body.consentOverride !== undefined && !can(actor!, 'consent.override', caseOwnership(record))) {
        throw new ApiError('consent_required', 'Your role may not refer without the person’s consent.');
      }
      const referral = await store.referrals.make(
        { ...body, caseId: record.id, fromOrganisationId: record.organisationId },
        storeActor(actor),
      );
      if (referral.consentOverrideReason !== null) c.set('auditCode', 'consent_override');
      return { ...referral };
    },
  });

  const listForCase = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/referrals',
    summary: 'The referrals made for a case',
    tags: ['referrals'],
    access: 'referral.read',
    params: idParams,
    response: { status: 200, description: 'The referrals', schema: z.object({ items: z.array(recordSchema) }) },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'referral.read');
      return { items: (await store.referrals.listForCase(params.id)).map((referral) => ({ ...referral })) };
    },
  });

  const incoming = defineRoute({
    method: 'get',
    path: '/api/referrals/incoming',
    summary: 'Referrals addressed to the caller’s organisation, newest first',
    tags: ['referrals'],
    access: 'referral.read_received',
    query: z.strictObject({ status: z.enum(referralStatuses).optional(), ...pageQuery }),
    response: { status: 200, description: 'A page of received referrals', schema: recordListSchema },
    handler: async ({ query, actor }) => {
      const referrals = await store.referrals.listIncoming({
        toOrganisationId: actor!.organisationId,
        ...(query.status === undefined ? {} : { statuses: [query.status] }),
        page: { limit: query.limit, offset: query.offset },
      });
      return { items: referrals.map(receivedView), limit: query.limit, offset: query.offset };
    },
  });

  const getReceived = defineRoute({
    method: 'get',
    path: '/api/referrals/{id}',
    summary: 'A received referral with the referred person’s basic identity',
    tags: ['referrals'],
    access: 'referral.read_received',
    params: idParams,
    response: { status: 200, description: 'The referral', schema: recordSchema },
    handler: async ({ params, actor }) => {
      const referral = await store.referrals.get(params.id);
      authorizeRecord(actor!, 'referral.read_received', {
        organisationId: referral.fromOrganisationId,
        recipientOrganisationId: referral.toOrganisationId,
      });
      const theCase = await store.cases.get(referral.caseId);
      const person = await store.persons.get(theCase.victimPersonId);
      // The recipient sees basic identity at most, whatever its other roles allow on its own cases.
      const recipientView = { ...actor!, roles: ['referral_recipient' as const] };
      return { ...receivedView(referral), person: projectedPerson(recipientView, person, 'detail', context.now()) };
    },
  });

  const respond = (status: 'accepted' | 'rejected' | 'done', verb: string, summary: string) =>
    defineRoute({
      method: 'post',
      path: `/api/referrals/{id}/${verb}`,
      summary,
      tags: ['referrals'],
      access: 'referral.respond',
      params: idParams,
      body: z.strictObject({
        version: expectedVersion,
        reason: status === 'rejected' ? z.string().trim().min(1).max(500) : z.string().max(500).nullable().optional(),
        at: pastTime.optional(),
      }),
      response: { status: 200, description: 'The referral after the change', schema: recordSchema },
      handler: async ({ params, body, actor }) => {
        const referral = await store.referrals.get(params.id);
        authorizeRecord(actor!, 'referral.respond', {
          organisationId: referral.fromOrganisationId,
          recipientOrganisationId: referral.toOrganisationId,
        });
        const changed = await store.referrals.transition(
          referral.id,
          body.version,
          { status, reason: body.reason ?? null, ...(body.at === undefined ? {} : { at: body.at }) },
          storeActor(actor),
        );
        return receivedView(changed);
      },
    });

  const revoke = defineRoute({
    method: 'post',
    path: '/api/referrals/{id}/revoke',
    summary: 'Revoke a referral (by the referring organisation, with a reason)',
    tags: ['referrals'],
    access: 'referral.create',
    params: idParams,
    body: z.strictObject({
      version: expectedVersion,
      reason: z.string().trim().min(1).max(500),
      at: pastTime.optional(),
    }),
    response: { status: 200, description: 'The revoked referral', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const referral = await store.referrals.get(params.id);
      await loadCase(store, actor as Actor, referral.caseId, 'referral.create');
      return {
        ...(await store.referrals.transition(
          referral.id,
          body.version,
          { status: 'revoked', reason: body.reason, ...(body.at === undefined ? {} : { at: body.at }) },
          storeActor(actor),
        )),
      };
    },
  });

  return [
    makeReferral,
    listForCase,
    incoming,
    getReceived,
    respond('accepted', 'accept', 'Accept a referral addressed to the organisation'),
    respond('rejected', 'reject', 'Reject a referral addressed to the organisation, with a reason'),
    respond('done', 'complete', 'Mark a referral’s service as delivered'),
    revoke,
  ];
}
