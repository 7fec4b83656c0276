import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { ServerConfigError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Serves the built web app (packages/web/dist) at `/`; any other GET outside `/api/` that asks for
 * HTML gets index.html, so the app's own routes work on reload (SPA fallback). Path traversal
 * (`..`, encoded separators) is refused by serveStatic. The build writes brotli and gzip copies of
 * its text files (`app.js.br`, `app.js.gz`): a browser that accepts them gets one, with
 * Content-Encoding and `Vary: Accept-Encoding`; others get the file as it is.
 */
export function mountWebApp(app: Hono<AppEnv>, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  if (!existsSync(webRoot) || !statSync(webRoot).isDirectory() || !existsSync(index)) {
    throw new ServerConfigError('invalid_config', `The web root ${webRoot} is not a built web app (no index.html).`);
  }
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  app.use('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.set('routePattern', '/*');
    return serveStatic({ root: webRoot, precompressed: true })(c, next);
  });
  app.get('*', async (c, next) => {
    if (isApi(c.req.path) || !(c.req.header('accept') ?? '').includes('text/html')) return next();
    c.set('routePattern', '/* (index.html)');
    return serveStatic({ root: webRoot, path: 'index.html', precompressed: true })(c, next);
  });
}
