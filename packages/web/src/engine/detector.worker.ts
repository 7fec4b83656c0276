/** The detection engine's Web Worker: the page never freezes while the catalogue compiles, a text is analysed or a chat is read. */
import { bundledCatalogParts } from './bundled-catalog-parts.ts';
import { createCatalogPartsProvider } from './engine-provider.ts';
import { createRequestHandler } from './handle-request.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handler = createRequestHandler({ engine: createCatalogPartsProvider(bundledCatalogParts) });
const post = (response: WorkerResponse): void => scope.postMessage(response);
scope.addEventListener('message', (event) => void handler.handle(event.data, post).then(post));
