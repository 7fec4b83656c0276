import type { Context, Hono } from 'hono';
import type { AuditEntry, AuditSink } from '../audit/audit-sink.ts';
import type { ServerConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clientIp } from '../http/client-ip.ts';
import { fromStoreError } from '../http/store-errors.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { readUploadBody } from '../http/read-upload-body.ts';
import type { TokenBucketLimiter } from '../http/token-bucket.ts';
import { ACTIONS, type Action } from '../policy/actions.ts';
import type { Actor } from '../policy/actor.ts';
import { can } from '../policy/can.ts';
import { toHonoPath, type AnyRoute } from './route-definition.ts';
import { parseRequestPart, queryObject } from './validate.ts';

/** What a user with a temporary password may do: see who they are, sign out, choose a password. */
const SERVED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  '/api/auth/me',
  '/api/auth/logout',
  '/api/auth/password',
]);

/** What mounted routes need from the app. */
export interface RouteServices {
  config: ServerConfig;
  limiter: TokenBucketLimiter;
  /** Resolves the signed-in user (and checks CSRF on unsafe methods: POST, PUT, PATCH, DELETE); undefined when none. */
  authenticate?: (c: Context<AppEnv>) => Promise<Actor | undefined>;
  audit?: AuditSink;
  now: () => Date;
}

/**
 * Mounts one route: rate limit → authentication → role check → params, query, body validation →
 * handler → JSON answer. Routes on victim data are audited, successes and refusals alike.
 */
export function mountRoute(app: Hono<AppEnv>, route: AnyRoute, services: RouteServices): void {
  if (route.access !== 'public' && services.authenticate === undefined) {
    throw new Error(`Route ${route.method.toUpperCase()} ${route.path} needs authentication, which is not configured.`);
  }
  const action: Action | undefined = route.access === 'public' || route.access === 'session' ? undefined : route.access;
  const audited = action !== undefined && ACTIONS[action].victimData;

  app.on(route.method.toUpperCase(), toHonoPath(route.path), async (c) => {
    c.set('routePattern', route.path);
    const ip = clientIp(c, services.config.trustProxy);
    if (route.rateLimited === true) {
      const taken = services.limiter.take(ip);
      if (!taken.allowed) {
        throw new ApiError('rate_limited', 'Too many requests; try again later.', {
          details: { retryAfterSeconds: taken.retryAfterSeconds },
          headers: { 'Retry-After': String(taken.retryAfterSeconds) },
        });
      }
    }
    let actor: Actor | undefined;
    if (route.access !== 'public') {
      actor = await services.authenticate?.(c);
      if (actor === undefined) throw new ApiError('authentication_required', 'Sign in to use this endpoint.');
      c.set('actor', actor);
      if (c.get('mustChangePassword') === true && !SERVED_BEFORE_PASSWORD_CHANGE.has(route.path)) {
        throw new ApiError(
          'password_change_required',
          'Your password is a temporary one: choose your own (POST /api/auth/password) before anything else.',
        );
      }
    }
    const params = c.req.param() as Record<string, string>;
    const recordId = typeof params.id === 'string' ? params.id : null;
    const audit = async (outcome: AuditEntry['outcome'], code: string | null) => {
      if (!audited || services.audit === undefined || action === undefined) return;
      await services.audit({
        at: services.now(),
        requestId: c.get('requestId'),
        actorUserId: actor?.userId ?? null,
        actorRoles: actor?.roles ?? [],
        action,
        route: route.path,
        recordType: route.tags[0] ?? null,
        recordId,
        outcome,
        code,
        ip,
      });
    };
    if (actor !== undefined && action !== undefined && !can(actor, action)) {
      await audit('denied', 'forbidden');
      throw new ApiError('forbidden', 'Your role may not do this.');
    }
    try {
      const input = {
        params: route.params === undefined ? undefined : parseRequestPart(route.params, params, 'params'),
        query: route.query === undefined ? undefined : parseRequestPart(route.query, queryObject(c.req.url), 'query'),
        body:
          route.body === undefined
            ? undefined
            : parseRequestPart(
                route.body,
                await readJsonBody(c.req.raw, route.maxBodyBytes ?? services.config.maxBodyBytes),
                'body',
              ),
        upload: route.upload === undefined ? undefined : await readUploadBody(c.req.raw, route.upload),
        actor,
        c,
      };
      const result = await route.handler(input);
      await audit('allowed', c.get('auditCode') ?? null);
      if (result instanceof Response) return result;
      return c.json(result as object, route.response.status);
    } catch (error) {
      // A store refusal (stale version, missing consent…) is audited as the answer the client gets.
      const code = error instanceof ApiError ? error.code : (fromStoreError(error)?.code ?? 'internal_error');
      const outcome = code === 'forbidden' || code === 'consent_required' ? 'denied' : 'failed';
      await audit(outcome, code);
      throw error;
    }
  });
}
