import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './case-api.ts';
import { headerFormOf, headerPatch } from './case-header-form.ts';

const RECORD: CaseRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 3,
  caseNumber: 7,
  victimPersonId: '00000000-0000-4000-8000-000000000002',
  sourceReportId: null,
  traffickingStatus: 'possible',
  statusDecidedByKind: null,
  statusDecidedByUserId: null,
  statusDecidedAt: null,
  workflowStage: 'reopened',
  riskLevel: 'medium',
  organisationId: 'o',
  teamId: null,
  ownerUserId: 'u1',
  provinceCode: null,
  summary: null,
  openedAt: '2026-11-01T08:00:00.000Z',
  closedAt: null,
  closureReason: null,
  closureNote: null,
  reopenedCount: 1,
};

describe(headerFormOf.name, () => {
  it('shows empty fields for what is not recorded', () => {
    expect(headerFormOf(RECORD)).toEqual({
      workflowStage: 'reopened',
      riskLevel: 'medium',
      ownerUserId: 'u1',
      provinceCode: '',
      summary: '',
    });
  });
});

describe(headerPatch.name, () => {
  const base = headerFormOf(RECORD);

  it('sends nothing when nothing changed', () => {
    expect(headerPatch(base, { ...base }, true)).toEqual({});
    expect(headerPatch(base, { ...base, summary: '   ' }, true)).toEqual({});
  });

  it('sends only the changed fields, an emptied field as null', () => {
    const draft = { ...base, riskLevel: 'high', provinceCode: 'KH-12', summary: '  Fictional summary  ' };
    expect(headerPatch(base, draft, true)).toEqual({
      riskLevel: 'high',
      provinceCode: 'KH-12',
      summary: 'Fictional summary',
    });
    const withSummary = { ...base, summary: 'Old' };
    expect(headerPatch(withSummary, { ...withSummary, summary: '' }, true)).toEqual({ summary: null });
  });

  it('never sends the stage `reopened`, which only reopening sets', () => {
    expect(headerPatch({ ...base, workflowStage: 'new' }, { ...base, workflowStage: 'reopened' }, true)).toEqual({});
    expect(headerPatch(base, { ...base, workflowStage: 'assessment' }, true)).toEqual({ workflowStage: 'assessment' });
  });

  it('sends the owner only for a role that may assign cases', () => {
    expect(headerPatch(base, { ...base, ownerUserId: '' }, true)).toEqual({ ownerUserId: null });
    expect(headerPatch(base, { ...base, ownerUserId: 'u2' }, false)).toEqual({});
  });
});
