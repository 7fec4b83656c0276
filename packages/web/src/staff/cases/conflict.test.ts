import { describe, expect, it } from 'vitest';
import { changesByOthers, isConflict, rebaseDraft } from './conflict.ts';
import { StaffApiError } from '../staff-api.ts';

const base = { riskLevel: 'medium', summary: 'Met at the border post', provinceCode: '' };

describe(changesByOthers.name, () => {
  it('lists only the fields someone else changed, and whether the user changed the same one', () => {
    const current = { riskLevel: 'high', summary: 'Met at the border post', provinceCode: 'KH-12' };
    const draft = { riskLevel: 'critical', summary: 'Met at the border post (fictional)', provinceCode: '' };
    expect(changesByOthers(base, current, draft)).toEqual([
      { field: 'riskLevel', before: 'medium', now: 'high', yours: 'critical', clash: true },
      { field: 'provinceCode', before: '', now: 'KH-12', yours: undefined, clash: false },
    ]);
  });

  it('does not call a change a clash when both made the same one', () => {
    const current = { ...base, riskLevel: 'high' };
    const [change] = changesByOthers(base, current, { ...base, riskLevel: 'high' });
    expect(change).toMatchObject({ field: 'riskLevel', yours: 'high', clash: false });
  });

  it('compares lists by value', () => {
    const listBase = { phones: ['+855 00 000 001'] };
    expect(changesByOthers(listBase, { phones: ['+855 00 000 001'] }, listBase)).toEqual([]);
    expect(changesByOthers(listBase, { phones: [] }, listBase)).toHaveLength(1);
  });
});

describe(rebaseDraft.name, () => {
  it('keeps the user’s own changes and takes the current value everywhere else', () => {
    const current = { riskLevel: 'high', summary: 'Changed by a colleague', provinceCode: 'KH-12' };
    const draft = { ...base, summary: 'My fictional summary' };
    expect(rebaseDraft(base, current, draft)).toEqual({
      riskLevel: 'high',
      summary: 'My fictional summary',
      provinceCode: 'KH-12',
    });
  });
});

describe(isConflict.name, () => {
  it('is true for a 409 (stale version or a state that moved on) and false otherwise', () => {
    expect(isConflict(new StaffApiError('version_conflict', 'stale', 409))).toBe(true);
    expect(isConflict(new StaffApiError('invalid_transition', 'closed', 409))).toBe(true);
    expect(isConflict(new StaffApiError('forbidden', 'no', 403))).toBe(false);
    expect(isConflict(new Error('boom'))).toBe(false);
  });
});
