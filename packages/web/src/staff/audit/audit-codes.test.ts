import { ACTION_NAMES } from '@raksa/server';
import { auditOutcomes } from '@raksa/store';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from './audit-codes.ts';
import { auditEn } from './audit-strings-en.ts';
import { auditKm } from './audit-strings-km.ts';
import { auditViewTitle } from './audit-view-title.ts';

describe('the audit log’s codes', () => {
  it('are the server’s actions and the store’s outcomes, so that every filter is one the API accepts', () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual([...ACTION_NAMES].sort());
    expect([...AUDIT_OUTCOMES]).toEqual([...auditOutcomes]);
  });

  it('each have words in English and in Khmer', () => {
    for (const strings of [auditEn, auditKm]) {
      for (const action of AUDIT_ACTIONS) expect(strings.actions[action], action).toMatch(/\S/u);
      for (const outcome of AUDIT_OUTCOMES) expect(strings.outcomes[outcome], outcome).toMatch(/\S/u);
    }
  });

  it('give the menu the page’s own title, without loading the page’s strings', () => {
    expect(auditViewTitle('en')).toBe(auditEn.title);
    expect(auditViewTitle('km')).toBe(auditKm.title);
  });
});
