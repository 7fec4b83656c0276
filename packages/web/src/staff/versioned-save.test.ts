import { describe, expect, it } from 'vitest';
import { StaffApiError } from './staff-api.ts';
import { attemptVersionedSave, initialSaveState, nextSaveState, type VersionedSaveState } from './versioned-save.ts';

const stale = new StaffApiError('version_conflict', 'The record changed since it was read.', 409);
const movedOn = new StaffApiError('invalid_transition', 'The case is closed.', 409);
const refused = new StaffApiError('forbidden', 'Your role may not do this.', 403);
const offline = new StaffApiError('offline', 'Failed to fetch', 0);
const fail = (error: unknown) => () => Promise.reject(error);

describe(attemptVersionedSave.name, () => {
  it('answers what was saved', async () => {
    expect(await attemptVersionedSave(() => Promise.resolve({ id: 'r-1', version: 2 }))).toEqual({
      kind: 'saved',
      value: { id: 'r-1', version: 2 },
    });
  });

  it('reads the current record after a 409 and answers it as the conflict', async () => {
    let reads = 0;
    const reload = () => {
      reads += 1;
      return Promise.resolve({ id: 'r-1', version: 3 });
    };
    expect(await attemptVersionedSave(fail(stale), { reload })).toEqual({
      kind: 'conflict',
      current: { id: 'r-1', version: 3 },
    });
    expect(await attemptVersionedSave(fail(movedOn), { reload })).toMatchObject({ kind: 'conflict' });
    expect(reads).toBe(2);
  });

  it('does not read again for failures that are not conflicts', async () => {
    let reads = 0;
    const reload = () => {
      reads += 1;
      return Promise.resolve('current');
    };
    expect(await attemptVersionedSave(fail(refused), { reload })).toEqual({ kind: 'failed', error: refused });
    expect(reads).toBe(0);
  });

  it('takes only the failures the form calls conflicts when it says which', async () => {
    const reload = () => Promise.resolve('current');
    const isConflict = (error: StaffApiError) => error.code === 'version_conflict';
    expect(await attemptVersionedSave(fail(movedOn), { reload, isConflict })).toEqual({
      kind: 'failed',
      error: movedOn,
    });
    expect(await attemptVersionedSave(fail(stale), { reload, isConflict })).toMatchObject({ kind: 'conflict' });
  });

  it('is a plain failure without a way to read the current record (a new record)', async () => {
    expect(await attemptVersionedSave(fail(stale))).toEqual({ kind: 'failed', error: stale });
  });

  it('answers the conflict itself when the record is gone, and the read’s failure when reading fails', async () => {
    expect(await attemptVersionedSave(fail(stale), { reload: () => Promise.resolve(undefined) })).toEqual({
      kind: 'failed',
      error: stale,
    });
    expect(await attemptVersionedSave(fail(stale), { reload: fail(offline) })).toEqual({
      kind: 'failed',
      error: offline,
    });
  });

  it('keeps null as a current value (a profile nobody has saved)', async () => {
    expect(await attemptVersionedSave(fail(stale), { reload: () => Promise.resolve(null) })).toEqual({
      kind: 'conflict',
      current: null,
    });
  });

  it('turns anything thrown that is not an API error into an unexpected one', async () => {
    const outcome = await attemptVersionedSave(fail(new TypeError('boom')));
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'unexpected', status: 0 } });
  });
});

describe(nextSaveState.name, () => {
  const idle = initialSaveState<string>();
  const run = (...events: Parameters<typeof nextSaveState<string>>[1][]): VersionedSaveState<string> =>
    events.reduce(nextSaveState<string>, idle);

  it('is busy while saving, then says it saved', () => {
    expect(run({ type: 'start' })).toEqual({ busy: true, failure: null, conflict: null, saved: false });
    expect(run({ type: 'start' }, { type: 'saved' })).toEqual({
      busy: false,
      failure: null,
      conflict: null,
      saved: true,
    });
  });

  it('shows a conflict, keeps it while the user saves again, and drops it once saved', () => {
    const conflicted = run({ type: 'start' }, { type: 'conflict', conflict: 'theirs' });
    expect(conflicted).toEqual({ busy: false, failure: null, conflict: 'theirs', saved: false });
    expect(nextSaveState(conflicted, { type: 'start' })).toMatchObject({ busy: true, conflict: 'theirs' });
    expect(run({ type: 'conflict', conflict: 'theirs' }, { type: 'start' }, { type: 'saved' })).toMatchObject({
      conflict: null,
      saved: true,
    });
  });

  it('keeps a failure until the next attempt, and a conflict shown beside it', () => {
    const failed = run({ type: 'conflict', conflict: 'theirs' }, { type: 'start' }, { type: 'failed', error: refused });
    expect(failed).toEqual({ busy: false, failure: refused, conflict: 'theirs', saved: false });
    expect(nextSaveState(failed, { type: 'start' }).failure).toBeNull();
    expect(nextSaveState(failed, { type: 'clear_failure' })).toEqual({ ...failed, failure: null });
  });

  it('forgets everything when the form opens afresh', () => {
    expect(
      run({ type: 'conflict', conflict: 'theirs' }, { type: 'failed', error: refused }, { type: 'reset' }),
    ).toEqual(idle);
    expect(run({ type: 'saved' }, { type: 'reset' })).toEqual(idle);
  });
});
