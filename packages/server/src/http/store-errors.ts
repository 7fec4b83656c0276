import { ApiError, type ApiErrorCode } from '../errors.ts';

/** The store's error codes the API passes on, and as which API error. */
const STORE_CODE_TO_API: Record<string, ApiErrorCode> = {
  not_found: 'not_found',
  version_conflict: 'version_conflict',
  invalid_input: 'validation_failed',
  invalid_transition: 'invalid_transition',
  consent_required: 'consent_required',
  conflict: 'conflict',
};

interface StoreErrorShape {
  name: string;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  currentVersion?: number;
}

function isStoreErrorShape(error: unknown): error is StoreErrorShape {
  return (
    error instanceof Error &&
    (error.name === 'StoreError' || error.name === 'VersionConflictError') &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/**
 * A store failure the client caused (stale version, unknown record, forbidden transition) as the
 * API error to answer; undefined for anything else. A version conflict carries the current version.
 */
export function fromStoreError(error: unknown): ApiError | undefined {
  if (!isStoreErrorShape(error)) return undefined;
  const code = STORE_CODE_TO_API[error.code];
  if (code === undefined) return undefined;
  const details: Record<string, unknown> = {};
  if (typeof error.currentVersion === 'number') details.currentVersion = error.currentVersion;
  return new ApiError(code, error.message, { details, cause: error });
}
