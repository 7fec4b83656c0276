/**
 * The web app is written against React's API and types and runs on Preact's compatibility layer
 * (docs/decisions/0003-preact-runtime.md). These aliases and JSX options are shared by the app's
 * build (vite.config.ts) and the unit tests (the root vitest.config.ts), so both run the same code.
 */
export const PREACT_ALIASES = [
  { find: /^react-dom\/client$/u, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/u, replacement: 'preact/compat/server' },
  { find: /^react-dom$/u, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/u, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/u, replacement: 'preact/jsx-runtime' },
  { find: /^react$/u, replacement: 'preact/compat' },
];

/** JSX compiled straight to Preact's runtime. */
export const PREACT_JSX = { runtime: 'automatic', importSource: 'preact' } as const;
