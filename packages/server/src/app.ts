import type { Detector } from '@raksa/detect';
import type { Store } from '@raksa/store';
import { Hono, type Context } from 'hono';
import pino, { type Logger } from 'pino';
import { z } from 'zod';
import { mountRoute, type RouteServices } from './api/mount-route.ts';
import { buildOpenApiDocument } from './api/openapi.ts';
import { defineRoute, type AnyRoute } from './api/route-definition.ts';
import type { AuditSink } from './audit/audit-sink.ts';
import { storeAuditSink } from './audit/store-audit-sink.ts';
import { sessionAuthenticator } from './auth/authenticate.ts';
import { createStoredTotpReplayGuard, createTotpReplayGuard, type TotpReplayGuard } from './auth/totp-replay-guard.ts';
import { resolveConfig, type ServerConfigInput } from './config.ts';
import { sharedDetector } from './detection/detector.ts';
import type { AppEnv } from './http/app-env.ts';
import { clientIp } from './http/client-ip.ts';
import { handleError, handleNotFound } from './http/error-handler.ts';
import { requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { mountWebApp } from './http/static-web-app.ts';
import { createTokenBucketLimiter } from './http/token-bucket.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { auditTrailRoutes } from './routes/audit-trail-routes.ts';
import { screeningSuggestionRoutes } from './routes/screening-suggestion-routes.ts';
import { caseDetailRoutes } from './routes/case-detail-routes.ts';
import { caseRoutes } from './routes/case-routes.ts';
import { detectionRoutes } from './routes/detection-routes.ts';
import { historyRoutes } from './routes/history-routes.ts';
import { hotlineRoutes } from './routes/hotline-routes.ts';
import { organisationRoutes } from './routes/organisation-routes.ts';
import { prosecutionRoutes } from './routes/prosecution-routes.ts';
import { referenceRoutes } from './routes/reference-routes.ts';
import { referralRoutes } from './routes/referral-routes.ts';
import { reportRoutes } from './routes/report-routes.ts';
import type { RouteContext } from './routes/route-context.ts';
import { searchRoutes } from './routes/search-routes.ts';
import { systemRoutes } from './routes/system-routes.ts';
import { tipRoutes } from './routes/tip-routes.ts';
import { userAdminRoutes } from './routes/user-admin-routes.ts';

export const API_VERSION = '0.1.0';

export interface AppDeps {
  config?: ServerConfigInput;
  /** Where request logs go; by default JSON lines on stdout. */
  logger?: Logger;
  /** The detection engine; by default the process's shared detector. */
  detector?: Detector;
  /** Serve the built web app from this directory at `/`. */
  webRoot?: string;
  /** The server is reached over HTTPS (directly or behind a proxy): Secure cookies and HSTS. */
  https?: boolean;
  /** The case store; without it only the public endpoints (health, check, analyze) are served. */
  store?: Store;
  /** Where audit entries go; by default the store's audit log. */
  audit?: AuditSink;
  /** Remembers used TOTP steps; by default one in memory per app. */
  totpReplayGuard?: TotpReplayGuard;
  now?: () => Date;
}

export interface RaksaApp {
  app: Hono<AppEnv>;
  /** Every route the app serves, as declared (the OpenAPI document is generated from these). */
  routes: readonly AnyRoute[];
}

/** Builds the HTTP application: middleware, the API's routes, its OpenAPI document and the web app. */
export function createApp(deps: AppDeps = {}): RaksaApp {
  const config = resolveConfig(deps.config);
  const logger = deps.logger ?? pino({ base: null });
  const now = deps.now ?? (() => new Date());
  const { detector, store } = deps;
  const audit = deps.audit ?? (store === undefined ? undefined : storeAuditSink(store));
  const ipOf = (c: Context<AppEnv>) => clientIp(c, config.trustProxy);

  const context: RouteContext = {
    config,
    detector: detector === undefined ? sharedDetector : () => detector,
    now,
    startedAt: now(),
    schemaVersion: async () => store?.schemaVersion ?? null,
    https: deps.https === true,
    clientIp: ipOf,
    totpReplay:
      deps.totpReplayGuard ??
      (deps.store === undefined ? createTotpReplayGuard() : createStoredTotpReplayGuard(deps.store.users)),
    audit: async (c, entry) => {
      if (audit === undefined) return;
      const actor = c.get('actor');
      await audit({
        at: now(),
        requestId: c.get('requestId'),
        actorUserId: entry.actorUserId === undefined ? (actor?.userId ?? null) : entry.actorUserId,
        actorRoles: actor?.roles ?? [],
        action: entry.action,
        route: c.get('routePattern') ?? '',
        recordType: entry.recordType,
        recordId: entry.recordId,
        outcome: entry.outcome,
        code: entry.code,
        ip: ipOf(c),
      });
    },
  };
  const services: RouteServices = {
    config,
    limiter: createTokenBucketLimiter(config.rateLimit),
    now,
    ...(audit === undefined ? {} : { audit }),
    ...(store === undefined ? {} : { authenticate: sessionAuthenticator(store, config, now) }),
  };

  const routes: AnyRoute[] = [...systemRoutes(context), ...detectionRoutes(context), ...hotlineRoutes()];
  if (store !== undefined) {
    routes.push(
      ...authRoutes(context, store),
      ...tipRoutes(context, store),
      ...searchRoutes(context, store),
      ...caseRoutes(context, store),
      ...caseDetailRoutes(context, store),
      ...screeningSuggestionRoutes(context, store),
      ...referralRoutes(context, store),
      ...prosecutionRoutes(context, store),
      ...reportRoutes(context, store),
      ...historyRoutes(context, store),
      ...auditTrailRoutes(context, store),
      ...userAdminRoutes(context, store),
      ...organisationRoutes(context, store),
      ...referenceRoutes(context, store),
    );
  }
  let openApiDocument: Record<string, unknown> | undefined;
  routes.push(
    defineRoute({
      method: 'get',
      path: '/api/openapi.json',
      summary: 'This API’s OpenAPI 3.1 document',
      tags: ['system'],
      access: 'public',
      response: { status: 200, description: 'The OpenAPI document', schema: z.record(z.string(), z.unknown()) },
      handler: () => (openApiDocument ??= buildOpenApiDocument(routes, { version: API_VERSION })),
    }),
  );

  const app = new Hono<AppEnv>();
  app.use('*', requestLog(logger));
  app.use('*', securityHeaders({ https: deps.https === true }));
  for (const route of routes) mountRoute(app, route, services);
  if (deps.webRoot !== undefined) mountWebApp(app, deps.webRoot);
  app.notFound(handleNotFound);
  app.onError(handleError(logger));
  return { app, routes };
}
