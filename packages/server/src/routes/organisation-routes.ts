import { organisationKinds, type OrganisationRecord, type Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { expectedVersion, idParams, recordSchema } from '../api/schemas/common.ts';
import { ApiError } from '../errors.ts';
import { authorizeRecord, storeActor } from '../policy/authorize.ts';
import { can } from '../policy/can.ts';
import type { RouteContext } from './route-context.ts';

const organisationFields = {
  name: z.string().trim().min(1).max(200),
  shortName: z.string().max(50).nullable().optional(),
  kind: z.enum(organisationKinds),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/u, 'An ISO country code such as KH.')
    .optional(),
  provinceCode: z.string().max(20).nullable().optional(),
  /** The organisation's public contact (switchboard, office e-mail), not a person's. */
  phone: z.string().max(50).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  active: z.boolean().optional(),
};

const organisationView = (organisation: OrganisationRecord) => ({ ...organisation });

/**
 * The directory of organisations (any signed-in user reads it: referrals are addressed to them),
 * its administration by system administrators, and teams (an organisation administrator creates
 * its own organisation's).
 */
export function organisationRoutes(_context: RouteContext, store: Store): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/organisations',
      summary: 'The directory of organisations (name, kind, province, public contact), by name',
      tags: ['organisations'],
      access: 'session',
      query: z.strictObject({
        kind: z.enum(organisationKinds).optional(),
        /** Inactive organisations too (for system administrators). */
        includeInactive: z.enum(['true', 'false']).optional(),
      }),
      response: { status: 200, description: 'The organisations', schema: z.object({ items: z.array(recordSchema) }) },
      handler: async ({ query, actor }) => {
        const all = query.includeInactive === 'true' && can(actor!, 'organisation.manage');
        const organisations = await store.organisations.list({
          ...(query.kind === undefined ? {} : { kind: query.kind }),
          activeOnly: !all,
        });
        return { items: organisations.map(organisationView) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/organisations/{id}',
      summary: 'One organisation of the directory',
      tags: ['organisations'],
      access: 'session',
      params: idParams,
      response: { status: 200, description: 'The organisation', schema: recordSchema },
      handler: async ({ params }) => organisationView(await store.organisations.get(params.id)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/organisations',
      summary: 'Add an organisation (government, NGO, police, court, shelter, hotline…)',
      tags: ['organisations'],
      access: 'organisation.manage',
      body: z.strictObject(organisationFields),
      response: { status: 201, description: 'The organisation', schema: recordSchema },
      handler: async ({ body, actor }) => organisationView(await store.organisations.create(body, storeActor(actor))),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/organisations/{id}',
      summary: 'Change an organisation, or deactivate it (send the version you read)',
      tags: ['organisations'],
      access: 'organisation.manage',
      params: idParams,
      body: z.strictObject({
        version: expectedVersion,
        ...organisationFields,
        name: organisationFields.name.optional(),
        kind: organisationFields.kind.optional(),
      }),
      response: { status: 200, description: 'The organisation after the change', schema: recordSchema },
      handler: async ({ params, body, actor }) => {
        const { version, ...patch } = body;
        return organisationView(await store.organisations.update(params.id, version, patch, storeActor(actor)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/organisations/{id}/teams',
      summary: 'The teams of the caller’s organisation (any organisation’s, for a system administrator)',
      tags: ['organisations'],
      access: 'session',
      params: idParams,
      response: { status: 200, description: 'The teams', schema: z.object({ items: z.array(recordSchema) }) },
      handler: async ({ params, actor }) => {
        if (params.id !== actor!.organisationId && !can(actor!, 'organisation.manage', { organisationId: params.id })) {
          throw new ApiError('forbidden', 'You see only your own organisation’s teams.');
        }
        await store.organisations.get(params.id);
        return { items: (await store.teams.listForOrganisation(params.id)).map((team) => ({ ...team })) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/organisations/{id}/teams',
      summary: 'Create a team in an organisation (an organisation administrator: in its own)',
      tags: ['organisations'],
      access: 'team.manage',
      params: idParams,
      body: z.strictObject({ name: z.string().trim().min(1).max(200) }),
      response: { status: 201, description: 'The team', schema: recordSchema },
      handler: async ({ params, body, actor }) => {
        authorizeRecord(actor!, 'team.manage', { organisationId: params.id });
        await store.organisations.get(params.id);
        return { ...(await store.teams.create({ organisationId: params.id, name: body.name }, storeActor(actor))) };
      },
    }),
  ];
}
