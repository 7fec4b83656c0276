import { describe, expect, it } from 'vitest';
import {
  actionWords,
  caseIdOf,
  formatLogTime,
  namesFrom,
  outcomeOf,
  recordTypeWords,
  rolesOf,
} from './audit-describe.ts';
import { auditEn } from './audit-strings-en.ts';
import { auditKm } from './audit-strings-km.ts';

const USER = '0b6a4c57-2f7e-4d3a-9a54-6f0c2b1d9e11';
const CASE = '6d1f3b2a-8c4e-4f0a-9b7d-2e5c1a9f8b33';

describe(caseIdOf.name, () => {
  it('is the record id of a case, and of what a case holds', () => {
    expect(caseIdOf({ recordType: 'cases', recordId: CASE, route: '/api/cases/{id}' })).toBe(CASE);
    expect(caseIdOf({ recordType: 'referrals', recordId: CASE, route: '/api/cases/{id}/referrals' })).toBe(CASE);
    expect(caseIdOf({ recordType: 'screenings', recordId: CASE, route: '/api/cases/{id}/screenings' })).toBe(CASE);
  });

  it('is null for other records and for none', () => {
    expect(caseIdOf({ recordType: 'persons', recordId: USER, route: '/api/persons/{id}' })).toBeNull();
    expect(caseIdOf({ recordType: 'tips', recordId: null, route: '/api/tips' })).toBeNull();
    expect(caseIdOf({ recordType: 'cases', recordId: null, route: '/api/cases' })).toBeNull();
    expect(caseIdOf({ recordType: 'prosecution', recordId: CASE, route: '/api/cases-fictional/{id}' })).toBeNull();
  });
});

describe('an entry in words', () => {
  it('names users from the list, and says so when it cannot', () => {
    const nameOf = namesFrom([{ id: USER, login: 'fictional.dara', displayName: 'Fictional Worker Dara' }], auditEn);
    expect(nameOf(USER)).toBe('Fictional Worker Dara');
    expect(nameOf('someone-else')).toBe('user someone-else');
    expect(nameOf(null)).toBe('nobody signed in');
    expect(namesFrom(undefined, auditKm)(null)).toBe('គ្មាននរណាម្នាក់បានចូល');
  });

  it('gives the outcome with its code, and words for known codes only', () => {
    expect(outcomeOf({ outcome: 'denied', code: 'forbidden' }, auditEn)).toEqual({
      words: 'refused',
      code: 'forbidden',
      codeWords: 'not allowed',
    });
    expect(outcomeOf({ outcome: 'failed', code: 'fictional_code' }, auditEn)).toEqual({
      words: 'failed',
      code: 'fictional_code',
      codeWords: null,
    });
    expect(outcomeOf({ outcome: 'success', code: null }, auditKm).words).toBe('បានធ្វើ');
  });

  it('keeps codes it has no words for as they are', () => {
    expect(actionWords('auth.login', auditEn)).toBe('signed in');
    expect(actionWords('fictional.action', auditEn)).toBe('fictional.action');
    expect(recordTypeWords('cases', auditKm)).toBe('ករណី');
    expect(recordTypeWords('fictional', auditEn)).toBe('fictional');
    expect(recordTypeWords(null, auditEn)).toBe('—');
    expect(rolesOf({ actorRoles: ['org_admin', 'fictional_role'] }, auditEn)).toBe(
      'organisation administrator, fictional_role',
    );
  });
});

describe('the time of an entry', () => {
  it('is the day and the time to the second, apart, in the interface language', () => {
    const when = formatLogTime('2026-11-30T08:05:09.000Z', 'en');
    expect(when.day).toMatch(/2026/u);
    expect(when.time).toMatch(/\d{1,2}:\d{2}:\d{2}/u);
    expect(formatLogTime('not a time', 'km')).toEqual({ day: 'not a time', time: '' });
  });
});
