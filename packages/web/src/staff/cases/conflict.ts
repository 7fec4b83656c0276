/**
 * Optimistic concurrency in the forms: every change names the version it was made on, and a 409
 * means someone else saved first. The page then reads the current record and shows, field by
 * field, what the other person changed; the user's own changes stay in the form, rebased on the
 * current values, and nothing is saved until the user saves again. Nothing is overwritten silently.
 */

export interface ChangedField<K extends string> {
  field: K;
  /** The value when the user opened the form. */
  before: unknown;
  /** The value someone else saved meanwhile. */
  now: unknown;
  /** The user's own change to the same field, if they made one (the two clash). */
  yours: unknown;
  clash: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields someone else changed between `base` (what the user read) and `current` (what is saved now). */
export function changesByOthers<F extends Record<string, unknown>>(
  base: F,
  current: F,
  draft: F,
): ChangedField<Extract<keyof F, string>>[] {
  const changes: ChangedField<Extract<keyof F, string>>[] = [];
  for (const field of Object.keys(current) as Extract<keyof F, string>[]) {
    if (same(base[field], current[field])) continue;
    const userChanged = !same(base[field], draft[field]);
    changes.push({
      field,
      before: base[field],
      now: current[field],
      yours: userChanged ? draft[field] : undefined,
      clash: userChanged && !same(draft[field], current[field]),
    });
  }
  return changes;
}

/**
 * The user's draft on top of the current values: a field the user did not touch takes the
 * current value, a field the user changed keeps the user's value (the notice lists any clash).
 */
export function rebaseDraft<F extends Record<string, unknown>>(base: F, current: F, draft: F): F {
  const rebased: Record<string, unknown> = { ...current };
  for (const field of Object.keys(current)) {
    if (!same(base[field], draft[field])) rebased[field] = draft[field];
  }
  return rebased as F;
}

/** Whether a failure is "someone else changed it first" (stale version or a state that moved on). */
export function isConflict(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'status' in error && (error as { status: unknown }).status === 409
  );
}
