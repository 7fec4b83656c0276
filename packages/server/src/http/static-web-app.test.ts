import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { ServerConfigError } from '../errors.ts';
import { startServer } from '../start-server.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { openTestStore } from '../testing/store-harness.ts';

function builtWebApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'raksa-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Raksa</title><div id="root"></div>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(root, 'assets', 'app.js.br'), brotliCompressSync('console.log("app")'));
  writeFileSync(join(root, 'assets', 'app.js.gz'), gzipSync('console.log("app")'));
  return root;
}

describe('the web app', () => {
  const webRoot = builtWebApp();
  const { app } = createApp({ logger: captureLogger().logger, webRoot });

  it('is served at / with the web app’s CSP', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Raksa</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('serves its assets with their types', async () => {
    const response = await app.request('/assets/app.js');
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it('sends the precompressed copy a browser accepts, and the file itself to one that accepts none', async () => {
    const brotli = await app.request('/assets/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
    expect(brotli.headers.get('content-type')).toContain('javascript');
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe('console.log("app")');
    const gzip = await app.request('/assets/app.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await app.request('/assets/app.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log("app")');
  });

  it('falls back to index.html for the app’s own routes, but not for the API or non-HTML requests', async () => {
    const page = await app.request('/report', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>Raksa</title>');
    expect((await app.request('/api/unknown', { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await app.request('/missing.png', { headers: { accept: 'image/png' } })).status).toBe(404);
  });

  it('refuses path traversal', async () => {
    for (const path of ['/../../etc/passwd', '/assets/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd']) {
      const response = await app.request(path);
      expect(await response.text()).not.toContain('root:');
    }
  });

  it('refuses to start without a built web app', () => {
    expect(() => createApp({ logger: captureLogger().logger, webRoot: join(webRoot, 'nope') })).toThrow(
      ServerConfigError,
    );
  });
});

describe('startServer', () => {
  it('listens on a socket and answers the health check with the schema version', async () => {
    const store = await openTestStore('pglite');
    const server = await startServer({ port: 0, host: '127.0.0.1', store, logger: captureLogger().logger });
    try {
      const response = await fetch(`http://127.0.0.1:${server.address.port}/api/health`);
      const body = (await response.json()) as { status: string; schemaVersion: number };
      expect(body.status).toBe('ok');
      expect(body.schemaVersion).toBe(store.schemaVersion);
    } finally {
      await server.close();
      await store.close();
    }
  }, 120_000);
});
