import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './admin-api.ts';
import { adminEn } from './admin-strings-en.ts';
import { adminKm } from './admin-strings-km.ts';
import { historyRows, type HistoryNames } from './user-history.ts';

const entry = (id: number, field: string, oldValue: unknown, newValue: unknown, extra: Partial<HistoryEntry> = {}) => ({
  id,
  table: 'users',
  recordId: 'u-1',
  recordVersion: id,
  field,
  oldValue,
  newValue,
  encrypted: false,
  redacted: false,
  actorUserId: 'admin-1',
  changedAt: '2026-12-01T09:00:00.000Z',
  ...extra,
});

const NAMES: HistoryNames = {
  team: (id) => (id === 'team-1' ? 'Fictional Outreach Team' : undefined),
  organisation: (id) => (id === 'org-1' ? 'Fictional Outreach NGO' : undefined),
  user: (id) => (id === 'admin-1' ? 'Fictional Administrator' : undefined),
  time: (iso) => `at ${iso}`,
};

describe(historyRows.name, () => {
  it('tells each change in plain words: role names, team names, yes/no, who and when', () => {
    const rows = historyRows(
      [
        entry(1, 'roles', ['case_worker'], ['supervisor', 'case_worker']),
        entry(2, 'teamId', null, 'team-1'),
        entry(3, 'disabled', false, true, { actorUserId: 'someone-else' }),
        entry(4, 'displayName', 'Sokha', 'Sokha Fictional', { actorUserId: null }),
      ],
      adminEn,
      NAMES,
    );
    expect(rows).toEqual([
      {
        id: 1,
        changedAt: 'at 2026-12-01T09:00:00.000Z',
        who: 'Fictional Administrator',
        field: 'roles',
        from: 'Case worker',
        to: 'Supervisor, Case worker',
      },
      {
        id: 2,
        changedAt: 'at 2026-12-01T09:00:00.000Z',
        who: 'Fictional Administrator',
        field: 'team',
        from: '—',
        to: 'Fictional Outreach Team',
      },
      {
        id: 3,
        changedAt: 'at 2026-12-01T09:00:00.000Z',
        who: 'another administrator',
        field: 'disabled',
        from: 'no',
        to: 'yes',
      },
      {
        id: 4,
        changedAt: 'at 2026-12-01T09:00:00.000Z',
        who: 'the system',
        field: 'name',
        from: 'Sokha',
        to: 'Sokha Fictional',
      },
    ]);
  });

  it('names the organisation', () => {
    const [row] = historyRows([entry(7, 'organisationId', null, 'org-1')], adminEn, NAMES);
    expect(row).toMatchObject({ field: 'organisation', from: '—', to: 'Fictional Outreach NGO' });
  });

  it('never shows a redacted value (password hashes, TOTP secrets)', () => {
    const [row] = historyRows([entry(5, 'passwordHash', null, null, { redacted: true })], adminKm, NAMES);
    expect(row).toMatchObject({ field: 'ពាក្យសម្ងាត់', from: 'លាក់', to: 'លាក់' });
  });

  it('keeps an unknown field’s name and value as the API gave them', () => {
    const [row] = historyRows([entry(6, 'someNewField', 1, { nested: true })], adminEn, NAMES);
    expect(row).toMatchObject({ field: 'someNewField', from: '1', to: '{"nested":true}' });
  });
});
