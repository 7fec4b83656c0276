/**
 * Builds the web app once for the whole test run and shares the build between test files.
 *
 * Vitest runs test files in parallel worker threads (and may run them in separate processes), so
 * a module-level promise alone is not enough: the build goes into a fixed directory under the
 * system's temporary directory, named by a hash of everything the build reads (this package's
 * sources, the engine's and the chat importers' sources, the lock file). The first caller takes a
 * lock (an atomic `mkdir`), builds into a private directory and renames it into place; the others
 * wait for the marker file. A later run with unchanged sources reuses the build.
 *
 * The build is shared and read-only: tests must not write into it or delete it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const WEB_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPO_ROOT = join(WEB_ROOT, '..', '..');

/** What the build reads; a change to any of these gives a new build directory. */
const BUILD_INPUTS = [
  join(WEB_ROOT, 'src'),
  join(WEB_ROOT, 'build'),
  join(WEB_ROOT, 'index.html'),
  join(WEB_ROOT, 'vite.config.ts'),
  join(WEB_ROOT, 'package.json'),
  join(REPO_ROOT, 'packages', 'detect', 'src'),
  join(REPO_ROOT, 'packages', 'chat', 'src'),
  join(REPO_ROOT, 'package-lock.json'),
];

const COMPLETE_MARKER = '.build-complete';
/** A lock older than this is left over by a killed run, and is taken over. */
const STALE_LOCK_MS = 5 * 60_000;
const POLL_MS = 200;
const BUILD_DIR_PREFIX = 'raksa-web-build-';
/** Builds of older sources are removed once this old (a run still using one has long finished). */
const OLD_BUILD_MS = 60 * 60_000;

export class BuildError extends Error {
  readonly code = 'web_build_failed';
}

async function listFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const info = await stat(path);
  if (info.isFile()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.test.tsx'))
      .map((entry) => listFiles(join(path, entry.name))),
  );
  return nested.flat();
}

/** A hash of the build's inputs (paths and contents; test files excluded). */
export async function buildInputsHash(): Promise<string> {
  const files = (await Promise.all(BUILD_INPUTS.map(listFiles))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(REPO_ROOT, file));
    hash.update('\0');
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Vitest sets NODE_ENV=test, and Vite then builds React's development version with
 * `import.meta.env.PROD` false (no service worker): build as production, as a real build does.
 */
async function buildInto(outDir: string): Promise<void> {
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
}

/** Removes the builds of earlier sources left in the temporary directory (never the current one). */
async function removeOldBuilds(current: string): Promise<void> {
  const entries = await readdir(tmpdir(), { withFileTypes: true });
  for (const entry of entries) {
    const path = join(tmpdir(), entry.name);
    if (!entry.isDirectory() || !entry.name.startsWith(BUILD_DIR_PREFIX) || path === current) continue;
    const info = await stat(path).catch(() => undefined);
    if (info !== undefined && Date.now() - info.mtimeMs > OLD_BUILD_MS)
      await rm(path, { recursive: true, force: true });
  }
}

async function takeLock(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > STALE_LOCK_MS) {
      await rm(lock, { recursive: true, force: true });
      return takeLock(lock);
    }
    return false;
  }
}

async function sharedBuild(timeoutMs: number): Promise<string> {
  const outDir = join(tmpdir(), `${BUILD_DIR_PREFIX}${await buildInputsHash()}`);
  const marker = join(outDir, COMPLETE_MARKER);
  const lock = `${outDir}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(marker)) return outDir;
    if (await takeLock(lock)) {
      try {
        if (existsSync(marker)) return outDir;
        const privateDir = `${outDir}.building-${process.pid}-${Math.random().toString(36).slice(2)}`;
        await buildInto(privateDir);
        await writeFile(join(privateDir, COMPLETE_MARKER), new Date().toISOString());
        await rm(outDir, { recursive: true, force: true });
        await rename(privateDir, outDir);
        await removeOldBuilds(outDir);
        return outDir;
      } finally {
        await rm(lock, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline) throw new BuildError(`Timed out waiting for another test file's build (${lock}).`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

let pending: Promise<string> | undefined;

/**
 * The directory of the production build shared by every test file of the run (built on the
 * first call). Read-only: do not write into it or remove it.
 */
export function buildApp(timeoutMs = 180_000): Promise<string> {
  pending ??= sharedBuild(timeoutMs).catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
