/** The detection engine's Web Worker: the page never freezes while the catalogue compiles or a text is analysed. */
import { createRequestHandler } from './handle-request.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handler = createRequestHandler();
scope.addEventListener('message', (event) => scope.postMessage(handler.handle(event.data)));
