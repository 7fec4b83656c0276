/**
 * The real API server for a browser test: `startServer` from @raksa/server on the test's store,
 * serving the built app, on a free port of 127.0.0.1, with logs silenced.
 */
import { startServer, type RunningServer } from '@raksa/server';
import type { Store } from '@raksa/store';
import { pino } from 'pino';

export async function serveApp(
  store: Store,
  webRoot: string,
  intakeOrganisationId: string,
): Promise<{ server: RunningServer; url: string }> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    store,
    webRoot,
    logger: pino({ level: 'silent' }),
    config: { intakeOrganisationId },
  });
  return { server, url: `http://127.0.0.1:${server.address.port}/` };
}
