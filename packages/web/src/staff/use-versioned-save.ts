import { useCallback, useMemo, useReducer } from 'react';
import {
  attemptVersionedSave,
  initialSaveState,
  nextSaveState,
  type VersionedSaveEvent,
  type VersionedSaveState,
} from './versioned-save.ts';
import type { StaffApiError } from './staff-api.ts';

/** How one save goes on: what to do with the saved answer, and how to read and show a conflict. */
export type SaveCall<Saved, Current, Conflict> = {
  onSaved?: (value: Saved) => void;
  isConflict?: (error: StaffApiError) => boolean;
} & (
  | { reload?: undefined; onConflict?: undefined }
  | {
      /** Reads the record as it is now (`undefined`: it is gone). */
      reload: () => Promise<Current | undefined>;
      /** Takes the current record in (the form's version, base and draft) and says what to show. */
      onConflict: (current: Current) => Conflict;
    }
);

export interface VersionedSave<Conflict> extends VersionedSaveState<Conflict> {
  save: <Saved, Current>(attempt: () => Promise<Saved>, call?: SaveCall<Saved, Current, Conflict>) => Promise<void>;
  clearFailure: () => void;
  reset: () => void;
}

/**
 * The edit forms' saving at the version read (versioned-save.ts): `busy` while saving, the
 * failure in plain words, and on a 409 the current record read again and turned by `onConflict`
 * into what the form shows beside the user's changes — never an overwrite.
 */
export function useVersionedSave<Conflict>(): VersionedSave<Conflict> {
  const [state, dispatch] = useReducer(
    (current: VersionedSaveState<Conflict>, event: VersionedSaveEvent<Conflict>) => nextSaveState(current, event),
    undefined,
    () => initialSaveState<Conflict>(),
  );

  const save = useCallback(
    async <Saved, Current>(attempt: () => Promise<Saved>, call: SaveCall<Saved, Current, Conflict> = {}) => {
      dispatch({ type: 'start' });
      const outcome = await attemptVersionedSave<Saved, Current>(attempt, {
        ...(call.reload === undefined ? {} : { reload: call.reload }),
        ...(call.isConflict === undefined ? {} : { isConflict: call.isConflict }),
      });
      if (outcome.kind === 'saved') {
        dispatch({ type: 'saved' });
        call.onSaved?.(outcome.value);
      } else if (outcome.kind === 'conflict' && call.onConflict !== undefined) {
        dispatch({ type: 'conflict', conflict: call.onConflict(outcome.current) });
      } else if (outcome.kind === 'failed') {
        dispatch({ type: 'failed', error: outcome.error });
      }
    },
    [],
  );
  const clearFailure = useCallback(() => dispatch({ type: 'clear_failure' }), []);
  const reset = useCallback(() => dispatch({ type: 'reset' }), []);

  return useMemo(() => ({ ...state, save, clearFailure, reset }), [state, save, clearFailure, reset]);
}
