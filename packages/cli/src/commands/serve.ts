import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import { numberOption, parseCommandArgs } from '../args.ts';
import { EXIT_OK, UsageError, write, type Io } from '../io.ts';
import { loadDemoIfAsked } from './serve-demo.ts';

const HELP = `Usage: raksa serve [options]

Starts the Raksa server: the HTTP API (OpenAPI document at /api/openapi.json, health at
/api/health) and the web app, on embedded storage (PGlite, nothing to install) or on PostgreSQL
when DATABASE_URL is set. Applies the database migrations first.

Options:
  --port N         port to listen on (default 8080; 0 picks a free port)
  --host H         address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --data DIR       embedded database directory (default ./data)
  --key-file FILE  file holding the data key that encrypts personal fields (default ./raksa-data.key,
                   created on first start; keep it outside the data directory and back it up apart)
  --demo           load the fictional demo dataset into an empty database and print its logins
  --intake-org ID  the organisation whose triage queue receives anonymous public tips (default: the
                   first hotline organisation, else the first organisation)
  --https          the server is reached over HTTPS (directly or behind a proxy): Secure cookies
`;

/** The built web app, if `npm run build:web` has produced it. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../../web/dist', import.meta.url));
}

export interface ServeHandle {
  server: RunningServer;
  store: Store;
  url: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  keyFile: string;
  demo: boolean;
  https: boolean;
  webRoot: string | undefined;
  databaseUrl: string | undefined;
  intakeOrganisationId: string | undefined;
}

/** Who receives anonymous tips: the one named, else the first hotline, else the first organisation. */
async function intakeOrganisation(store: Store, named: string | undefined): Promise<string | undefined> {
  if (named !== undefined) return named;
  const organisations = await store.organisations.list();
  return (organisations.find((organisation) => organisation.kind === 'hotline') ?? organisations[0])?.id;
}

/** Opens the store, loads the demo data if asked, and starts listening. */
export async function startRaksa(options: ServeOptions, io: Io): Promise<ServeHandle> {
  const store = await openStore(
    options.databaseUrl !== undefined
      ? { databaseUrl: options.databaseUrl, keyFile: options.keyFile }
      : { dataDir: options.dataDir, keyFile: options.keyFile },
  );
  try {
    if (options.demo) await loadDemoIfAsked(store, io);
    const intakeOrganisationId = await intakeOrganisation(store, options.intakeOrganisationId);
    if (intakeOrganisationId === undefined) {
      await write(io.stderr, 'No organisation yet: anonymous tips are refused until one exists (or use --demo).\n');
    }
    const server = await startServer({
      ...(intakeOrganisationId !== undefined ? { config: { intakeOrganisationId } } : {}),
      port: options.port,
      host: options.host,
      store,
      https: options.https,
      ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    });
    const host = server.address.family === 'IPv6' ? `[${server.address.address}]` : server.address.address;
    const url = `http://${host}:${server.address.port}`;
    return {
      server,
      store,
      url,
      stop: async () => {
        await server.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    'key-file': { type: 'string' },
    'intake-org': { type: 'string' },
    demo: { type: 'boolean' },
    https: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const port = numberOption(values['port'], 'port', { min: 0, max: 65_535 }) ?? 8080;
  if (!Number.isInteger(port)) throw new UsageError('--port must be a whole number');
  const host = typeof values['host'] === 'string' ? values['host'] : '127.0.0.1';
  const dataDir = resolve(typeof values['data'] === 'string' ? values['data'] : 'data');
  const keyFile = resolve(typeof values['key-file'] === 'string' ? values['key-file'] : 'raksa-data.key');
  const webRoot = defaultWebRoot();
  const hasWeb = existsSync(resolve(webRoot, 'index.html'));
  const databaseUrl = io.env['DATABASE_URL'] || undefined;

  const handle = await startRaksa(
    {
      port,
      host,
      dataDir,
      keyFile,
      demo: values['demo'] === true,
      https: values['https'] === true,
      webRoot: hasWeb ? webRoot : undefined,
      databaseUrl,
      intakeOrganisationId: typeof values['intake-org'] === 'string' ? values['intake-org'] : undefined,
    },
    io,
  );
  await write(
    io.stderr,
    [
      `Raksa is running at ${handle.url}  (API: ${handle.url}/api/openapi.json)`,
      `Storage: ${databaseUrl !== undefined ? 'PostgreSQL (DATABASE_URL)' : `embedded, in ${dataDir}`}; data key: ${keyFile}`,
      hasWeb ? '' : 'The web app is not built: run `npm run build:web` (only the API is served).',
      'Press Ctrl+C to stop.',
      '',
    ]
      .filter((line, index, lines) => line !== '' || index === lines.length - 1)
      .join('\n'),
  );
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      handle.stop().then(done, (error: unknown) => {
        io.stderr.write(`raksa serve: stop_failed: ${error instanceof Error ? error.message : String(error)}\n`);
        done();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT_OK;
}
