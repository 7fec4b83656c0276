import { StoreError } from '../errors.ts';

interface PostgresErrorFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

/**
 * Turns the PostgreSQL errors that bad input can cause into StoreErrors; anything else (a lost
 * connection, a bug) is passed on unchanged so that it is not mistaken for the caller's fault.
 */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof StoreError || typeof error !== 'object' || error === null) return error;
  const fields = error as PostgresErrorFields;
  const details = {
    constraint: typeof fields.constraint === 'string' ? fields.constraint : null,
    table: typeof fields.table === 'string' ? fields.table : null,
  };
  switch (fields.code) {
    case '23503':
      return new StoreError(
        'invalid_input',
        'the record refers to a record that does not exist (or is still referred to)',
        details,
      );
    case '23505':
      return new StoreError('conflict', 'a record with the same unique value exists already', details);
    case '23514':
    case '23502':
      return new StoreError(
        'invalid_input',
        `the record breaks the rule ${details.constraint ?? 'of a required field'}`,
        details,
      );
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new StoreError('invalid_input', 'a value has the wrong form for its field', details);
    default:
      return error;
  }
}

function translateRejections(member: (...args: unknown[]) => Promise<unknown>) {
  return async (...args: unknown[]) => {
    try {
      return await member(...args);
    } catch (error) {
      throw translateDatabaseError(error);
    }
  };
}

/** The same repositories with every function's rejections passed through translateDatabaseError. */
export function withTranslatedErrors<T extends Record<string, unknown>>(repositories: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(repositories)) {
    if (typeof member === 'function') {
      wrapped[name] = translateRejections(member as (...args: unknown[]) => Promise<unknown>);
    } else if (typeof member === 'object' && member !== null) {
      wrapped[name] = withTranslatedErrors(member as Record<string, unknown>);
    } else {
      wrapped[name] = member;
    }
  }
  return wrapped as T;
}
