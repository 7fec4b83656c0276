import { z } from 'zod';
import { ACTIONS } from '../policy/actions.ts';
import type { AnyRoute } from './route-definition.ts';
import { errorBodySchema } from './schemas/errors.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete generated.$schema;
  return generated;
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (schema === undefined) return [];
  const objectSchema = jsonSchemaOf(schema, 'input');
  const properties = (objectSchema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((objectSchema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

function accessText(route: AnyRoute): string {
  if (route.access === 'public') return 'Public: no sign-in.';
  if (route.access === 'session') return 'Any signed-in user.';
  return `Requires permission \`${route.access}\` (${ACTIONS[route.access].summary}); the record must be within the role's scope.`;
}

/** The OpenAPI 3.1 document of the registered routes; generated, so it cannot drift from the code. */
export function buildOpenApiDocument(routes: readonly AnyRoute[], info: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = {
    description: 'Failure: `{ "error": { code, message } }`',
    content: { 'application/json': { schema: jsonSchemaOf(errorBodySchema, 'output') } },
  };
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      operationId: `${route.method}${route.path.replace(/\W+(\w)?/gu, (_m, next: string | undefined) => (next ?? '').toUpperCase())}`,
      summary: route.summary,
      description: accessText(route),
      tags: [...route.tags],
      'x-raksa-access': route.access,
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      responses: {
        [String(route.response.status)]: {
          description: route.response.description,
          content: {
            [route.response.mediaType ?? 'application/json']: { schema: jsonSchemaOf(route.response.schema, 'output') },
          },
        },
        default: errorResponse,
      },
    };
    if (route.access !== 'public') operation.security = [{ sessionCookie: [] }];
    if (route.body !== undefined) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input') } },
      };
    }
    if (route.upload !== undefined) {
      operation.requestBody = {
        required: true,
        description: `The file's bytes, at most ${route.upload.maxBytes} bytes`,
        content: Object.fromEntries(
          route.upload.mediaTypes.map((mediaType) => [mediaType, { schema: { type: 'string', format: 'binary' } }]),
        ),
      };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Raksa API',
      version: info.version,
      description:
        'Intake, cases, screening, referrals, prosecution and statistics. Unsafe methods with a session cookie need the X-CSRF-Token header (the raksa_csrf cookie’s value).',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    components: {
      securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'raksa_session' } },
    },
    paths,
  };
}
