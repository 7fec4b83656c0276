import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';
import { fromStoreError } from './store-errors.ts';

/** Stack frames without the message line: an error message may quote the input (JSON.parse does). */
function framesOf(error: Error): string | undefined {
  return error.stack?.split('\n').slice(1, 8).join('\n');
}

function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  const fromStore = fromStoreError(error);
  if (fromStore !== undefined) return fromStore;
  if (error instanceof HTTPException && error.status === 413) {
    return new ApiError('body_too_large', 'The request body is too large.');
  }
  return undefined;
}

/**
 * Turns every failure into `{ "error": { code, message } }`. Unexpected errors answer 500 with the
 * request id only; the log gets the error's name and stack frames, never its message or the input.
 */
export function handleError(logger: Logger) {
  return (error: Error, c: Context<AppEnv>): Response => {
    const apiError = toApiError(error);
    if (apiError !== undefined) {
      c.set('errorCode', apiError.code);
      return c.json(apiError.toBody(), apiError.status, apiError.headers);
    }
    const requestId = c.get('requestId');
    c.set('errorCode', 'internal_error');
    logger.error({ requestId, errorName: error.name, frames: framesOf(error) }, 'unexpected error');
    return c.json(
      { error: { code: 'internal_error', message: 'Something went wrong on the server.', requestId } },
      500,
    );
  };
}

export function handleNotFound(c: Context<AppEnv>): Response {
  c.set('errorCode', 'not_found');
  return c.json({ error: { code: 'not_found', message: 'No such endpoint.' } }, 404);
}
