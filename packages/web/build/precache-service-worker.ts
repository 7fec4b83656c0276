/**
 * A Vite plugin that turns the `sw` entry (src/sw/service-worker.ts) into `/sw.js` and writes
 * into it the list of every file of the build, so the service worker can cache the whole app on
 * the first visit and serve it with no network afterwards.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The placeholder the service worker's source carries where the manifest goes. */
export const PRECACHE_PLACEHOLDER = '__RAKSA_PRECACHE_MANIFEST__';
export const SERVICE_WORKER_FILE = 'sw.js';

export class PrecacheError extends Error {
  readonly code = 'precache_manifest_failed';
}

/** The manifest literal: the files to cache (the page itself as `./`) and a version that changes with them. */
export function precacheManifest(fileNames: readonly string[], contentHash: string): string {
  const files = ['./', ...fileNames.filter((name) => name !== SERVICE_WORKER_FILE).sort()];
  return JSON.stringify({ version: contentHash, files });
}

export function precacheServiceWorker(): Plugin {
  return {
    name: 'raksa:precache-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker === undefined || worker.type !== 'chunk') {
        throw new PrecacheError(`The build has no ${SERVICE_WORKER_FILE} entry chunk.`);
      }
      const hash = createHash('sha256');
      const names = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
      for (const name of [...names].sort()) {
        const item = bundle[name];
        if (item === undefined || name === SERVICE_WORKER_FILE) continue;
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      const manifest = precacheManifest(names, hash.digest('hex').slice(0, 16));
      const quoted = new RegExp(`(["'\`])${PRECACHE_PLACEHOLDER}\\1`, 'u');
      if (!quoted.test(worker.code)) {
        throw new PrecacheError(`The service worker does not contain the ${PRECACHE_PLACEHOLDER} placeholder.`);
      }
      worker.code = worker.code.replace(quoted, () => JSON.stringify(manifest));
    },
  };
}
