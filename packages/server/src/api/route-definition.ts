import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../http/app-env.ts';
import type { Action } from '../policy/actions.ts';
import type { Actor } from '../policy/actor.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route: anyone (`public`), any signed-in user (`session`), or a user whose role
 * holds the action at some scope (the handler then checks the record's scope with `can`).
 */
export type RouteAccess = 'public' | 'session' | Action;

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The raw body of an upload route (`upload` declared): its bytes and media type. */
  upload: UploadedBody | undefined;
  /** Present on every route whose access is not `public`. */
  actor: Actor | undefined;
  c: Context<AppEnv>;
}

export interface UploadedBody {
  bytes: Uint8Array;
  mediaType: string;
}

export interface RouteDefinition<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: HttpMethod;
  /** OpenAPI-style path: `/api/tips/status/{code}`. */
  path: string;
  summary: string;
  tags: readonly string[];
  access: RouteAccess;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response: {
    status: 200 | 201;
    description: string;
    schema: z.ZodType<R>;
    mediaType?: 'application/json' | 'text/csv' | 'application/octet-stream';
  };
  /** The body is a file's raw bytes (not JSON), of one of these media types and at most this size. */
  upload?: { mediaTypes: readonly string[]; maxBytes: number };
  /** Overrides the server's body limit for this route, in bytes. */
  maxBodyBytes?: number;
  /** Public detection endpoints take a token from the client's bucket. */
  rateLimited?: boolean;
  /** Returns the data (sent as JSON with the response status) or a ready Response (CSV exports). */
  handler: (input: HandlerInput<P, Q, B>) => Promise<R | Response> | R | Response;
}

/** Declares a route; the generic parameters are inferred from the schemas. */
export function defineRoute<P = undefined, Q = undefined, B = undefined, R = unknown>(
  definition: RouteDefinition<P, Q, B, R>,
): RouteDefinition<P, Q, B, R> {
  return definition;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds routes of every shape
export type AnyRoute = RouteDefinition<any, any, any, any>;

/** `/api/tips/status/{code}` → `/api/tips/status/:code` (Hono's syntax). */
export function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/gu, ':$1');
}
