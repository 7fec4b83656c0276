import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import type { RouteContext } from './route-context.ts';

export const healthSchema = z.object({
  status: z.literal('ok'),
  schemaVersion: z.number().int().nullable(),
  uptimeSeconds: z.number(),
});

/** `GET /api/health`. (`GET /api/openapi.json` is mounted by the app: it documents every route.) */
export function systemRoutes(context: RouteContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Whether the server is up, its database schema version and uptime',
      tags: ['system'],
      access: 'public',
      response: { status: 200, description: 'The server is up', schema: healthSchema },
      handler: async () => ({
        status: 'ok' as const,
        schemaVersion: await context.schemaVersion(),
        uptimeSeconds: Math.round((context.now().getTime() - context.startedAt.getTime()) / 1000),
      }),
    }),
  ];
}
