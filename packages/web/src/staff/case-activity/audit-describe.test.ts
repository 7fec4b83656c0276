import { describe, expect, it } from 'vitest';
import type { AuditTrailEntry } from './activity-schemas.ts';
import { activityEn } from './activity-strings-en.ts';
import { activityKm } from './activity-strings-km.ts';
import { auditWhat, describeAudit, describeOutcome, historyValue } from './audit-describe.ts';

const entry = (patch: Partial<AuditTrailEntry>): AuditTrailEntry => ({
  id: 1,
  occurredAt: '2026-12-01T10:00:00.000Z',
  actorUserId: 'u-1',
  actorRoles: ['case_worker'],
  action: 'case.read',
  subject: 'case',
  route: '/api/cases/{id}',
  outcome: 'success',
  code: null,
  ip: '127.0.0.1',
  ...patch,
});

describe('the audit trail in plain words', () => {
  it('tells reading from changing on the same route', () => {
    expect(auditWhat(entry({ route: '/api/cases/{id}/notes', action: 'case.read' }))).toBe('notes_read');
    expect(auditWhat(entry({ route: '/api/cases/{id}/notes', action: 'case.update' }))).toBe('note_add');
    expect(auditWhat(entry({ route: '/api/cases/{id}/referrals', action: 'referral.create' }))).toBe('referral_add');
    expect(auditWhat(entry({ route: '/api/cases/{id}/services', action: 'case.read' }))).toBe('services_read');
    expect(auditWhat(entry({ route: '/api/cases/{id}/services/{serviceId}', action: 'case.update' }))).toBe(
      'service_change',
    );
    expect(auditWhat(entry({ route: '/api/cases/{id}/attachments/{attachmentId}', action: 'case.read' }))).toBe(
      'attachment_download',
    );
    expect(auditWhat(entry({ route: '/api/persons/{id}', action: 'person.read', subject: 'victim' }))).toBe(
      'person_read',
    );
  });

  it('names an unknown route by its action and pattern rather than guessing', () => {
    const unknown = entry({ route: '/api/cases/{id}/something-new', action: 'case.update' });
    expect(auditWhat(unknown)).toBeNull();
    expect(describeAudit(unknown, activityEn.audit)).toBe('case.update on /api/cases/{id}/something-new');
  });

  it('says why a request was refused, and when a referral went ahead without consent', () => {
    expect(describeOutcome(entry({ outcome: 'denied', code: 'consent_required' }), activityEn.audit)).toBe(
      'refused (no consent)',
    );
    expect(describeOutcome(entry({ code: 'consent_override' }), activityEn.audit)).toBe(
      'done (without consent, with a reason)',
    );
    expect(describeOutcome(entry({ outcome: 'failed', code: 'rate_limited' }), activityEn.audit)).toBe(
      'failed (rate_limited)',
    );
  });

  it('has words in Khmer for every route it knows', () => {
    expect(describeAudit(entry({ route: '/api/cases/{id}/tasks' }), activityKm.audit)).toBe(
      activityKm.audit.whats.tasks_read,
    );
  });
});

describe('field history values', () => {
  it('shows text as it is, lists joined, and empty values as nothing', () => {
    expect(historyValue('Transit')).toBe('Transit');
    expect(historyValue(42)).toBe('42');
    expect(historyValue(['debt_bondage', 'confiscated_documents'])).toBe('debt_bondage, confiscated_documents');
    expect(historyValue(null)).toBeNull();
    expect(historyValue('')).toBeNull();
    expect(historyValue([])).toBeNull();
    expect(historyValue({ a: 1 })).toBe('{"a":1}');
  });
});
