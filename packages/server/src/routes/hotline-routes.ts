import { HARMS, hotlinesFor } from '@raksa/detect';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';

export const hotlineSchema = z.object({
  country: z.string(),
  name: z.string(),
  number: z.string().nullable(),
  url: z.string().nullable(),
  harms: z.union([z.array(z.string()), z.literal('all')]),
  hours: z.string().nullable(),
});

const countryCode = z.string().regex(/^[A-Z]{2}$/u, 'An ISO country code such as KH.');

/** The engine's reviewed hotline directory (read-only: it is engine data, edited in packages/detect). */
export function hotlineRoutes(): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/hotlines',
      summary:
        'The help lines the engine recommends for a country (and the international ones): the engine’s reviewed directory',
      tags: ['reference'],
      access: 'public',
      query: z.strictObject({ country: countryCode.default('KH') }),
      response: { status: 200, description: 'The hotlines', schema: z.object({ items: z.array(hotlineSchema) }) },
      handler: ({ query }) => ({
        items: hotlinesFor([...HARMS], 'en', query.country).map((hotline) => ({
          country: hotline.country,
          name: hotline.name,
          number: hotline.number ?? null,
          url: hotline.url ?? null,
          harms: hotline.harms === 'all' ? ('all' as const) : [...hotline.harms],
          hours: hotline.hours ?? null,
        })),
      }),
    }),
  ];
}
