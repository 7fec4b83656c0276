/** Every failure the store reports on purpose carries one of these codes and a human message. */
export type StoreErrorCode =
  | 'not_found'
  | 'version_conflict'
  | 'invalid_input'
  | 'invalid_transition'
  | 'consent_required'
  | 'conflict'
  | 'schema_too_new'
  | 'key_missing'
  | 'key_mismatch'
  | 'backup_invalid'
  | 'not_empty';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: StoreErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.details = details;
  }
}

/** Thrown by `update` when the caller's version is stale; carries what is stored now. */
export class VersionConflictError<TRecord = unknown> extends StoreError {
  readonly currentVersion: number;
  readonly current: TRecord;

  constructor(entity: string, id: string, expectedVersion: number, current: TRecord & { version: number }) {
    super(
      'version_conflict',
      `${entity} ${id} is at version ${current.version}, not ${expectedVersion}: reload it and apply the change again`,
      { entity, id, expectedVersion, currentVersion: current.version },
    );
    this.name = 'VersionConflictError';
    this.currentVersion = current.version;
    this.current = current;
  }
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}

export function notFound(entity: string, id: string): StoreError {
  return new StoreError('not_found', `${entity} ${id} does not exist`, { entity, id });
}
