import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precacheServiceWorker, SERVICE_WORKER_FILE } from './build/precache-service-worker.ts';
import { stripCatalogExamples } from './build/strip-catalog-examples.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [stripCatalogExamples(), react(), precacheServiceWorker()],
  worker: { format: 'es', plugins: () => [stripCatalogExamples()] },
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
