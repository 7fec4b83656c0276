import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { catalogParts } from './build/catalog-parts.ts';
import { icannSuffixTrie } from './build/icann-suffix-trie.ts';
import { phoneMetadataWithoutFormats } from './build/phone-metadata-without-formats.ts';
import { precacheServiceWorker, SERVICE_WORKER_FILE } from './build/precache-service-worker.ts';
import { PREACT_ALIASES, PREACT_JSX } from './build/preact-aliases.ts';
import { precompressAssets } from './build/precompress-assets.ts';
import { stripCatalogExamples } from './build/strip-catalog-examples.ts';
import { stripEngineTexts } from './build/strip-engine-texts.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // The app is written against React's API and types; it runs on Preact's compatibility layer,
  // which is about 50 KB (brotli) lighter than react-dom on the first load of the public checker
  // (docs/decisions/0003-preact-runtime.md). JSX compiles to Preact's runtime directly.
  resolve: { alias: PREACT_ALIASES },
  oxc: { jsx: PREACT_JSX },
  plugins: [stripCatalogExamples(), precacheServiceWorker(), precompressAssets()],
  worker: {
    format: 'es',
    // The detection worker: the engine's catalogue in parts (a core, phrases per script, words per
    // language, rule and advice words included), without examples, with the ICANN part of the
    // public suffix list only, and phone metadata without display formats (build/*.ts say why).
    plugins: () => [
      catalogParts(),
      stripCatalogExamples(),
      stripEngineTexts(),
      icannSuffixTrie(),
      phoneMetadataWithoutFormats(),
    ],
    // Imported constants are not copied into each place that reads them: rolldown's default wrote
    // tldts's 68 KB label string into the worker three times (67 KB gzip more, measured).
    rolldownOptions: { optimization: { inlineConst: false } },
  },
  server: { proxy: { '/api': 'http://localhost:8787' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        sw: fileURLToPath(new URL('./src/sw/service-worker.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? SERVICE_WORKER_FILE : 'assets/[name]-[hash].js'),
      },
    },
  },
});
