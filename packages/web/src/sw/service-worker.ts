/**
 * The service worker: caches every file of the build on install, then serves the app from the
 * cache, so the checker keeps working when the network is gone. API calls are never cached.
 * The build (build/precache-service-worker.ts) replaces the placeholder with the file list.
 */

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;
const manifest = JSON.parse('__RAKSA_PRECACHE_MANIFEST__') as { version: string; files: string[] };
const CACHE = `raksa-${manifest.version}`;
const base = new URL('./', scope.registration.scope);
const precached = new Set(manifest.files.map((file) => new URL(file, base).href));
const page = new URL('./', base).href;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...precached]))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('raksa-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => scope.clients.claim()),
  );
});

/** The page: network first (a new version shows up at once), the cached copy when offline. */
async function navigation(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (networkError) {
    const cached = await caches.match(page, { cacheName: CACHE });
    if (cached !== undefined) return cached;
    throw networkError;
  }
}

/** Built files have content hashes in their names: the cache is always right. */
async function asset(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}

scope.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== base.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(navigation(request));
  else if (precached.has(url.href)) event.respondWith(asset(request));
});
