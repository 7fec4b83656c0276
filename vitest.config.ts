import { defineConfig } from 'vitest/config';
import { PREACT_ALIASES, PREACT_JSX } from './packages/web/build/preact-aliases.ts';

// One process pool without per-file isolation: the suite is mostly pure functions, and isolation
// multiplies start-up time on a 2-core machine (measured in docs/decisions/0002-test-runner.md).
export default defineConfig({
  // The web app's components run on Preact in the tests as in the build (packages/web/build/preact-aliases.ts).
  resolve: { alias: PREACT_ALIASES },
  oxc: { jsx: PREACT_JSX },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}'],
    pool: 'threads',
    isolate: false,
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
