import { describe, expect, it } from 'vitest';
import { auditLogSearch } from './audit-log-api.ts';
import { auditQueryFrom, EMPTY_AUDIT_FILTERS, startOfDay } from './audit-filters.ts';

const USER = '0b6a4c57-2f7e-4d3a-9a54-6f0c2b1d9e11';

describe(auditQueryFrom.name, () => {
  it('asks for everything when nothing is chosen', () => {
    expect(auditQueryFrom(EMPTY_AUDIT_FILTERS)).toEqual({ query: {} });
  });

  it('sends each filter chosen, trimmed', () => {
    expect(
      auditQueryFrom({
        ...EMPTY_AUDIT_FILTERS,
        userId: ` ${USER} `,
        action: 'case.read',
        outcome: 'denied',
        recordId: ' c-fictional-1 ',
      }),
    ).toEqual({ query: { actorUserId: USER, action: 'case.read', outcome: 'denied', recordId: 'c-fictional-1' } });
  });

  it('takes a period as whole local days, the last one included', () => {
    const result = auditQueryFrom({ ...EMPTY_AUDIT_FILTERS, fromDay: '2026-11-30', toDay: '2026-11-30' });
    expect(result).toEqual({
      query: { from: new Date(2026, 10, 30).toISOString(), to: new Date(2026, 11, 1).toISOString() },
    });
    expect(auditQueryFrom({ ...EMPTY_AUDIT_FILTERS, toDay: '2026-12-31' })).toEqual({
      query: { to: new Date(2027, 0, 1).toISOString() },
    });
  });

  it('refuses a period that ends before it starts, a user id that is not one, and an overlong record id', () => {
    expect(auditQueryFrom({ ...EMPTY_AUDIT_FILTERS, fromDay: '2026-12-02', toDay: '2026-12-01' })).toEqual({
      problems: ['period_invalid'],
    });
    expect(auditQueryFrom({ ...EMPTY_AUDIT_FILTERS, userId: 'sokha', recordId: 'x'.repeat(201) })).toEqual({
      problems: ['user_invalid', 'record_too_long'],
    });
  });
});

describe(startOfDay.name, () => {
  it('is null for no day or a malformed one', () => {
    expect(startOfDay('')).toBeNull();
    expect(startOfDay('30/11/2026')).toBeNull();
  });
});

describe(auditLogSearch.name, () => {
  it('puts only the filters set in the query string, then the page', () => {
    expect(auditLogSearch({ outcome: 'denied' }, { limit: 50, offset: 100 })).toBe(
      'outcome=denied&limit=50&offset=100',
    );
  });
});
