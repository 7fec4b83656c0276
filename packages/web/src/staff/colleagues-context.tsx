/**
 * The signed-in user's colleagues (`GET /api/colleagues`: the active users of their
 * organisation), read once per case page and shared by every section that shows names (the
 * header's owner, screenings, notes, tasks, history, audit trail). The page is the provider: a new
 * case page, or a new sign-in (signing out unmounts the page), reads them again.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Colleague } from './cases/case-api.ts';
import { StaffApiError } from './staff-api.ts';

export interface ColleaguesState {
  /** undefined while loading, and after a failure. */
  value: readonly Colleague[] | undefined;
  failure: StaffApiError | null;
}

const ColleaguesContext = createContext<ColleaguesState | null>(null);

/** Reads the colleagues once (again only when `load` changes: another session's client). */
export function ColleaguesProvider({ load, children }: { load: () => Promise<Colleague[]>; children: ReactNode }) {
  const [state, setState] = useState<ColleaguesState>({ value: undefined, failure: null });
  useEffect(() => {
    let live = true;
    setState({ value: undefined, failure: null });
    load().then(
      (found) => live && setState({ value: found, failure: null }),
      (error: unknown) =>
        live &&
        setState({
          value: undefined,
          failure: error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0),
        }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return <ColleaguesContext.Provider value={state}>{children}</ColleaguesContext.Provider>;
}

/** The colleagues the case page read; only inside a ColleaguesProvider. */
export function useColleagues(): ColleaguesState {
  const state = useContext(ColleaguesContext);
  if (state === null) throw new Error('useColleagues is used outside a ColleaguesProvider (the case page).');
  return state;
}
