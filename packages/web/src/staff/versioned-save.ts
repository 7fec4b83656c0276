/**
 * Saving at the version the user read, as every edit form of the case page does: the save either
 * succeeds, or fails, or meets a version conflict (409: someone else saved first). On a conflict
 * the form reads the record as it is now and shows it beside the user's own changes, which stay in
 * the form; nothing is overwritten and nothing is saved until the user saves again.
 *
 * This module is the logic without React (the attempt and the state's transitions);
 * use-versioned-save.ts is the hook the forms use.
 */
import { isConflict } from './cases/conflict.ts';
import { StaffApiError } from './staff-api.ts';

export interface VersionedSaveOptions<Current> {
  /**
   * Reads the record as it is saved now, after a conflict; `undefined` when it is gone. Without
   * it (a new record has no version to clash with) a conflict is a failure like any other.
   */
  reload?: () => Promise<Current | undefined>;
  /** Which failures are conflicts; any 409 by default (a stale version, or a state that moved on). */
  isConflict?: (error: StaffApiError) => boolean;
}

export type SaveOutcome<Saved, Current> =
  { kind: 'saved'; value: Saved } | { kind: 'conflict'; current: Current } | { kind: 'failed'; error: StaffApiError };

const asStaffError = (error: unknown): StaffApiError =>
  error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);

/**
 * Runs one save. A conflict reads the current record; if that read fails, its failure is the
 * outcome, and if the record is gone, the conflict itself is.
 */
export async function attemptVersionedSave<Saved, Current>(
  attempt: () => Promise<Saved>,
  options: VersionedSaveOptions<Current> = {},
): Promise<SaveOutcome<Saved, Current>> {
  try {
    return { kind: 'saved', value: await attempt() };
  } catch (error) {
    const failed = asStaffError(error);
    const conflicting = options.isConflict ?? isConflict;
    if (options.reload === undefined || !conflicting(failed)) return { kind: 'failed', error: failed };
    let current: Current | undefined;
    try {
      current = await options.reload();
    } catch (reloadError) {
      return { kind: 'failed', error: asStaffError(reloadError) };
    }
    return current === undefined ? { kind: 'failed', error: failed } : { kind: 'conflict', current };
  }
}

/** What a form shows about its saving: busy, the last failure, the conflict it met, or "saved". */
export interface VersionedSaveState<Conflict> {
  busy: boolean;
  failure: StaffApiError | null;
  /** What the form shows after a conflict (the current record, or the fields someone else changed). */
  conflict: Conflict | null;
  /** The last save succeeded (a form that stays open says so). */
  saved: boolean;
}

export type VersionedSaveEvent<Conflict> =
  | { type: 'start' }
  | { type: 'saved' }
  | { type: 'conflict'; conflict: Conflict }
  | { type: 'failed'; error: StaffApiError }
  /** The failure is no longer relevant (the user changed the form); a conflict stays shown. */
  | { type: 'clear_failure' }
  /** The form opens afresh: nothing of an earlier save is shown. */
  | { type: 'reset' };

export function initialSaveState<Conflict>(): VersionedSaveState<Conflict> {
  return { busy: false, failure: null, conflict: null, saved: false };
}

export function nextSaveState<Conflict>(
  state: VersionedSaveState<Conflict>,
  event: VersionedSaveEvent<Conflict>,
): VersionedSaveState<Conflict> {
  switch (event.type) {
    case 'start':
      // A conflict stays shown while the user saves again over the current version.
      return { ...state, busy: true, failure: null, saved: false };
    case 'saved':
      return { busy: false, failure: null, conflict: null, saved: true };
    case 'conflict':
      return { busy: false, failure: null, conflict: event.conflict, saved: false };
    case 'failed':
      return { ...state, busy: false, failure: event.error, saved: false };
    case 'clear_failure':
      return { ...state, failure: null };
    case 'reset':
      return initialSaveState();
  }
}
