/** The learned layer's model as its own chunk: the worker fetches it with its first request. */
export { LEARNED_MODEL_DATA } from '@raksa/detect';
