import { defineConfig } from 'vitest/config';

// One process pool without per-file isolation: the suite is mostly pure functions, and isolation
// multiplies start-up time on a 2-core machine (measured in docs/decisions/0002-test-runner.md).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}'],
    pool: 'threads',
    isolate: false,
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
