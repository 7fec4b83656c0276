// Worker-thread entry for `raksa scan --workers N`: registers the TypeScript loader, then runs the worker.
import { register } from 'tsx/esm/api';

register();
await import('../src/scan/scan-worker.ts');
