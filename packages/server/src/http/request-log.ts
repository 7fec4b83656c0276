import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from './app-env.ts';

/**
 * Gives each request an id (answered in `X-Request-Id`) and logs one line when it ends: id, method,
 * route pattern (never the concrete path: it may carry a tip code), status, error code, actor id
 * and duration. Never bodies, query strings, names or message text.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    try {
      await next();
    } finally {
      c.res.headers.set('X-Request-Id', requestId);
      const status = c.res.status;
      const entry = {
        requestId,
        method: c.req.method,
        route: c.get('routePattern') ?? null,
        status,
        code: c.get('errorCode') ?? null,
        actorId: c.get('actor')?.userId ?? null,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (status >= 500) logger.error(entry, 'request failed');
      else logger.info(entry, 'request');
    }
  };
}
