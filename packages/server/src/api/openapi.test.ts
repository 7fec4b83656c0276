import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { toHonoPath } from './route-definition.ts';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { summary: string; responses: Record<string, unknown>; requestBody?: unknown }>>;
}

describe('GET /api/openapi.json', () => {
  const { app, routes } = createApp({ logger: captureLogger().logger });

  it('is an OpenAPI 3.1 document that documents every registered route', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    for (const route of routes) {
      const operation = document.paths[route.path]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.summary).toBe(route.summary);
      expect(Object.keys(operation?.responses ?? {})).toContain(String(route.response.status));
      expect(operation?.requestBody !== undefined).toBe(route.body !== undefined || route.upload !== undefined);
    }
  });

  it('documents no route the app does not serve', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
    const served = new Set(app.routes.map((route) => `${route.method.toLowerCase()} ${route.path}`));
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        expect(served.has(`${method} ${toHonoPath(path)}`), `${method} ${path}`).toBe(true);
      }
    }
  });

  it('declares each route’s access and a JSON schema for its body', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            'x-raksa-access': string;
            requestBody?: { content: Record<string, { schema: { type: string; required: string[] } }> };
          }
        >
      >;
    };
    const check = document.paths['/api/check']?.post;
    expect(check?.['x-raksa-access']).toBe('public');
    expect(check?.requestBody?.content['application/json']?.schema).toMatchObject({
      type: 'object',
      required: ['text'],
    });
  });
});

describe('GET /api/health', () => {
  it('reports the status, the schema version (none without a store) and the uptime', async () => {
    let time = new Date('2026-01-01T00:00:00Z').getTime();
    const { app } = createApp({ logger: captureLogger().logger, now: () => new Date(time) });
    time += 90_000;
    const response = await app.request('/api/health');
    expect(await response.json()).toEqual({ status: 'ok', schemaVersion: null, uptimeSeconds: 90 });
  });
});
