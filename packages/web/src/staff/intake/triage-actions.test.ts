import { describe, expect, it } from 'vitest';
import { StaffApiError } from '../staff-api.ts';
import { isTriageConflict, triageActionsFor } from './triage-actions.ts';

const OPERATOR = { 'tip.read': 'organisation', 'tip.triage': 'organisation', 'tip.create': 'organisation' };
const SUPERVISOR = { ...OPERATOR, 'case.read': 'team' };
const READER = { 'tip.read': 'organisation', 'case.read': 'organisation' };

describe('triageActionsFor', () => {
  it('offers a new tip every decision, linking only to roles that can read cases to choose one', () => {
    expect(triageActionsFor('new', SUPERVISOR)).toEqual(['review', 'open_case', 'link', 'dismiss']);
    expect(triageActionsFor('new', OPERATOR)).toEqual(['review', 'open_case', 'dismiss']);
  });

  it('lets a tip in review be decided or put back as new, but not taken into review again', () => {
    expect(triageActionsFor('in_review', SUPERVISOR)).toEqual(['open_case', 'link', 'dismiss', 'back_to_new']);
  });

  it('follows the store’s transitions for linked, dismissed and converted tips', () => {
    expect(triageActionsFor('linked', SUPERVISOR)).toEqual(['review', 'open_case']);
    expect(triageActionsFor('dismissed', SUPERVISOR)).toEqual(['review']);
    expect(triageActionsFor('converted', SUPERVISOR)).toEqual([]);
  });

  it('offers nothing to a role without tip.triage, nor for a status it does not know', () => {
    expect(triageActionsFor('new', READER)).toEqual([]);
    expect(triageActionsFor('escalated', SUPERVISOR)).toEqual([]);
    expect(triageActionsFor('constructor', SUPERVISOR)).toEqual([]);
  });
});

describe('isTriageConflict', () => {
  it('is true for every 409 (stale version, transition no longer allowed) and false otherwise', () => {
    expect(isTriageConflict(new StaffApiError('version_conflict', 'stale', 409))).toBe(true);
    expect(isTriageConflict(new StaffApiError('invalid_transition', 'converted', 409))).toBe(true);
    expect(isTriageConflict(new StaffApiError('validation_failed', 'reason', 400))).toBe(false);
    expect(isTriageConflict(new StaffApiError('offline', 'down', 0))).toBe(false);
  });
});
