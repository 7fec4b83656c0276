import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '@raksa/store';
import type { Logger } from 'pino';
import { createApp, type AppDeps } from './app.ts';

export interface StartServerOptions extends Omit<AppDeps, 'store'> {
  port: number;
  host: string;
  store: Store;
}

export interface RunningServer {
  /** The address actually bound (port 0 picks a free port). */
  address: AddressInfo;
  /** Stops accepting connections and waits for open ones to finish. Does not close the store. */
  close(): Promise<void>;
}

/** Starts the API (and the web app when `webRoot` is given) on `host:port`. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port, host, ...deps } = options;
  const { app } = createApp(deps);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(started));
    started.once('error', reject);
  });
  // Slow clients cannot hold a connection open forever (slowloris).
  if ('requestTimeout' in server) {
    server.requestTimeout = 60_000;
    server.headersTimeout = 20_000;
  }
  const address = server.address() as AddressInfo;
  logStart(deps.logger, address);
  return {
    address,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

function logStart(logger: Logger | undefined, address: AddressInfo): void {
  logger?.info({ host: address.address, port: address.port }, 'listening');
}
