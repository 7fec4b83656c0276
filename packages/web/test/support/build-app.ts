/** Builds the web app with Vite's JS API into a fresh temporary directory (once per test file). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const WEB_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Vitest sets NODE_ENV=test, and Vite then builds React's development version with
 * `import.meta.env.PROD` false (no service worker): build as production, as a real build does.
 */
export async function buildApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'raksa-web-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(WEB_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
