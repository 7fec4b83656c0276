import { useCallback, useEffect, useState } from 'react';
import type { StaffApiError } from '../staff-api.ts';
import { asStaffError } from './ActivityError.tsx';

export interface Loaded<T> {
  /** undefined while loading (and after a failure). */
  value: T | undefined;
  failure: StaffApiError | null;
  reload: () => void;
  /** Replaces the value shown (after a change the API answered with the new record). */
  setValue: (update: (current: T) => T) => void;
}

/** Loads something for a section, again on `reload()` or when `key` changes; ignores answers that came too late. */
export function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [value, setValueState] = useState<T | undefined>(undefined);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setFailure(null);
    load().then(
      (found) => {
        if (live) setValueState(found);
      },
      (error: unknown) => {
        if (!live) return;
        setValueState(undefined);
        setFailure(asStaffError(error));
      },
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure on every render; `key` and `round` say when to load again.
  }, [key, round]);
  const reload = useCallback(() => setRound((current) => current + 1), []);
  const setValue = useCallback(
    (update: (current: T) => T) => setValueState((current) => (current === undefined ? current : update(current))),
    [],
  );
  return { value, failure, reload, setValue };
}
