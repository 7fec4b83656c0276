import { locationLevels, offenceCategories, type Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { expectedVersion, idParams, recordSchema } from '../api/schemas/common.ts';
import { storeActor } from '../policy/authorize.ts';
import type { RouteContext } from './route-context.ts';

const countryCode = z.string().regex(/^[A-Z]{2}$/u, 'An ISO country code such as KH.');

const offenceFields = {
  statute: z.string().trim().min(1).max(200),
  article: z.string().max(50).nullable().optional(),
  /** True only once the article number is checked against the official text. */
  articleVerified: z.boolean().optional(),
  labelEn: z.string().trim().min(1).max(500),
  labelKm: z.string().max(500).nullable().optional(),
  category: z.enum(offenceCategories),
  active: z.boolean().optional(),
};

/** Reference data: the location tree and the legal catalogue's administration. */
export function referenceRoutes(_context: RouteContext, store: Store): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/locations',
      summary: 'The location tree, one level at a time: a country’s provinces, or the places under a parent',
      tags: ['reference'],
      access: 'session',
      query: z.strictObject({ country: countryCode.optional(), parentId: z.uuid().optional() }),
      response: { status: 200, description: 'The places', schema: z.object({ items: z.array(recordSchema) }) },
      handler: async ({ query }) => {
        const places =
          query.parentId === undefined
            ? await store.locations.provinces(query.country ?? 'KH')
            : await store.locations.children(query.parentId);
        return { items: places.map((place) => ({ ...place })) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/locations',
      summary: `Add a place one level under its parent (${locationLevels.join(' → ')})`,
      tags: ['reference'],
      access: 'reference.manage',
      body: z.strictObject({
        parentId: z.uuid(),
        code: z.string().regex(/^[A-Za-z0-9-]{1,20}$/u, '1–20 letters, digits or dashes.'),
        nameLatin: z.string().trim().min(1).max(200),
        nameLocal: z.string().max(200).nullable().optional(),
      }),
      response: { status: 201, description: 'The place', schema: recordSchema },
      handler: async ({ body, actor }) => ({ ...(await store.locations.add(body, storeActor(actor))) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/offences',
      summary: 'Add an offence to the legal catalogue (statute, article, labels, category)',
      tags: ['reference'],
      access: 'reference.manage',
      body: z.strictObject({
        code: z.string().regex(/^[\w.-]{1,80}$/u, '1–80 letters, digits, dots, dashes or underscores.'),
        countryCode: countryCode.optional(),
        ...offenceFields,
      }),
      response: { status: 201, description: 'The offence', schema: recordSchema },
      handler: async ({ body, actor }) => ({ ...(await store.offences.add(body, storeActor(actor))) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/offences/{id}',
      summary: 'Correct an offence of the catalogue, or retire it (active: false); its code stays',
      tags: ['reference'],
      access: 'reference.manage',
      params: idParams,
      body: z.strictObject({
        version: expectedVersion,
        countryCode: countryCode.optional(),
        ...offenceFields,
        statute: offenceFields.statute.optional(),
        labelEn: offenceFields.labelEn.optional(),
        category: offenceFields.category.optional(),
      }),
      response: { status: 200, description: 'The offence after the change', schema: recordSchema },
      handler: async ({ params, body, actor }) => {
        const { version, ...patch } = body;
        return { ...(await store.offences.update(params.id, version, patch, storeActor(actor))) };
      },
    }),
  ];
}
