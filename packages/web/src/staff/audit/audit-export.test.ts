import { describe, expect, it } from 'vitest';
import { namesFrom } from './audit-describe.ts';
import { auditCsv, auditCsvFileName, auditCsvRows, collectAuditEntries } from './audit-export.ts';
import type { AuditLogApi, AuditLogEntry } from './audit-log-api.ts';
import { auditEn } from './audit-strings-en.ts';
import { auditKm } from './audit-strings-km.ts';

const USER = '0b6a4c57-2f7e-4d3a-9a54-6f0c2b1d9e11';

function entry(id: number, changes: Partial<AuditLogEntry> = {}): AuditLogEntry {
  return {
    id,
    occurredAt: `2026-11-30T08:00:${String(id % 60).padStart(2, '0')}.000Z`,
    actorUserId: USER,
    actorRoles: ['case_worker'],
    action: 'case.read',
    route: '/api/cases/{id}',
    outcome: 'success',
    code: null,
    ip: '127.0.0.1',
    requestId: `req-${id}`,
    recordType: 'cases',
    recordId: 'c-fictional-1',
    ...changes,
  };
}

/** A log of `count` entries, newest (highest id) first, paged like the API. */
function fakeLog(count: number, newerMeanwhile = 0) {
  let log = Array.from({ length: count }, (_, index) => entry(count - index));
  const requests: { limit: number; offset: number }[] = [];
  const api: Pick<AuditLogApi, 'page'> = {
    page: (_query, page) => {
      requests.push(page);
      const items = log.slice(page.offset, page.offset + page.limit);
      // Entries logged between two reads push the older ones down.
      if (requests.length === 1 && newerMeanwhile > 0)
        log = [...Array.from({ length: newerMeanwhile }, (_, index) => entry(count + newerMeanwhile - index)), ...log];
      return Promise.resolve({ items, limit: page.limit, offset: page.offset });
    },
  };
  return { api, requests };
}

describe(collectAuditEntries.name, () => {
  it('reads page after page until a short one', async () => {
    const { api, requests } = fakeLog(450);
    const progress: number[] = [];
    const result = await collectAuditEntries(api, {}, { onProgress: (count) => progress.push(count) });
    expect(result.capped).toBe(false);
    expect(result.entries.map((item) => item.id)).toEqual(Array.from({ length: 450 }, (_, index) => 450 - index));
    expect(requests).toEqual([
      { limit: 200, offset: 0 },
      { limit: 200, offset: 200 },
      { limit: 200, offset: 400 },
    ]);
    expect(progress).toEqual([200, 400, 450]);
  });

  it('stops at the cap and says more entries match', async () => {
    const { api } = fakeLog(30);
    expect(await collectAuditEntries(api, {}, { cap: 25, pageSize: 10 })).toMatchObject({ capped: true });
    expect((await collectAuditEntries(api, {}, { cap: 25, pageSize: 10 })).entries).toHaveLength(25);
  });

  it('is not capped when the matches are exactly as many as the cap', async () => {
    const { api } = fakeLog(20);
    const result = await collectAuditEntries(api, {}, { cap: 20, pageSize: 10 });
    expect(result).toMatchObject({ capped: false });
    expect(result.entries).toHaveLength(20);
  });

  it('keeps an entry once when newer ones shift the pages meanwhile', async () => {
    const { api } = fakeLog(25, 3);
    const { entries } = await collectAuditEntries(api, {}, { pageSize: 10 });
    expect(new Set(entries.map((item) => item.id)).size).toBe(entries.length);
    expect(entries.map((item) => item.id).filter((id) => id <= 25)).toHaveLength(25);
  });
});

describe(auditCsvRows.name, () => {
  const names = namesFrom([{ id: USER, login: 'fictional.dara', displayName: 'Fictional Worker Dara' }], auditEn);

  it('has a header and one row per entry, in words and in codes', () => {
    const rows = auditCsvRows(
      [
        entry(7),
        entry(6, {
          actorUserId: null,
          actorRoles: [],
          action: 'auth.login',
          outcome: 'failed',
          code: 'unknown_login',
          recordType: 'user',
          recordId: null,
        }),
      ],
      names,
      auditEn,
    );
    expect(rows[0]).toEqual([
      'Time (UTC)',
      'User id',
      'User',
      'Roles',
      'Action',
      'Action (in words)',
      'Outcome',
      'Code',
      'Record type',
      'Record id',
      'Route',
      'IP address',
      'Request id',
    ]);
    expect(rows[1]).toEqual([
      '2026-11-30T08:00:07.000Z',
      USER,
      'Fictional Worker Dara',
      'case worker',
      'case.read',
      'read a case',
      'done',
      '',
      'case',
      'c-fictional-1',
      '/api/cases/{id}',
      '127.0.0.1',
      'req-7',
    ]);
    expect(rows[2]?.slice(1, 10)).toEqual([
      '',
      'nobody signed in',
      '',
      'auth.login',
      'signed in',
      'failed',
      'unknown_login',
      'user',
      '',
    ]);
  });

  it('writes cells a spreadsheet would run as formulas as plain text', () => {
    const hostile = namesFrom(
      [{ id: USER, login: 'x', displayName: '=HYPERLINK("http://fictional.invalid")' }],
      auditKm,
    );
    const csv = auditCsv([entry(1, { recordId: '+855 12 000 000' })], hostile, auditKm);
    expect(csv).toContain(`"'=HYPERLINK(""http://fictional.invalid"")"`);
    expect(csv).toContain(`'+855 12 000 000`);
    expect(csv.split('\r\n')[0]).toContain('ពេលវេលា (UTC)');
  });
});

describe(auditCsvFileName.name, () => {
  it('names the day of the download, and the period chosen', () => {
    expect(auditCsvFileName('2026-12-02', { fromDay: '', toDay: '' })).toBe('raksa-audit-log-2026-12-02.csv');
    expect(auditCsvFileName('2026-12-02', { fromDay: '2026-11-01', toDay: '' })).toBe(
      'raksa-audit-log-2026-12-02-2026-11-01-to-now.csv',
    );
  });
});
