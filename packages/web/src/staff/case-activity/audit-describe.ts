/**
 * An audit trail entry in plain words: what was done (from the route pattern and the action the
 * API logs), and a changed field's value for people (history).
 */
import type { AuditTrailEntry } from './activity-schemas.ts';
import type { ActivityStrings } from './activity-strings-en.ts';

export type AuditWhat = Exclude<keyof ActivityStrings['audit']['whats'], 'other'>;

/** Reading actions; any other action on a route is a change. */
const READS = new Set([
  'case.read',
  'person.read',
  'referral.read',
  'consent.read',
  'screening.read',
  'case.audit_trail',
]);

/** Route pattern → what reading it / changing it means. */
const ROUTES: Record<string, { read?: AuditWhat; write?: AuditWhat }> = {
  '/api/cases/{id}': { read: 'case_page', write: 'case_change' },
  '/api/cases/{id}/close': { write: 'case_close' },
  '/api/cases/{id}/reopen': { write: 'case_reopen' },
  '/api/cases/{id}/trafficking-status': { write: 'trafficking_status' },
  '/api/cases/{id}/exploitation-profile': { read: 'profile_read', write: 'profile_change' },
  '/api/cases/{id}/trafficking-events': { read: 'events_read', write: 'event_add' },
  '/api/cases/{id}/trafficking-events/{eventId}': { write: 'event_change' },
  '/api/cases/{id}/trafficking-events/{eventId}/withdraw': { write: 'event_withdraw' },
  '/api/cases/{id}/notes': { read: 'notes_read', write: 'note_add' },
  '/api/cases/{id}/tasks': { read: 'tasks_read', write: 'task_add' },
  '/api/cases/{id}/tasks/{taskId}': { write: 'task_change' },
  '/api/cases/{id}/attachments': { read: 'attachments_read', write: 'attachment_add' },
  '/api/cases/{id}/attachments/{attachmentId}': { read: 'attachment_download' },
  '/api/cases/{id}/screenings': { read: 'screenings_read', write: 'screening_add' },
  '/api/cases/{id}/screening-suggestions': { read: 'screening_suggestions' },
  '/api/cases/{id}/referrals': { read: 'referrals_read', write: 'referral_add' },
  '/api/cases/{id}/services': { read: 'services_read', write: 'service_add' },
  '/api/cases/{id}/services/{serviceId}': { write: 'service_change' },
  '/api/cases/{id}/history': { read: 'history_read' },
  '/api/cases/{id}/audit-trail': { read: 'audit_read' },
  '/api/persons/{id}': { read: 'person_read', write: 'person_change' },
  '/api/persons/{id}/history': { read: 'person_history' },
  '/api/persons/{id}/links': { read: 'person_links' },
  '/api/persons/{id}/consents': { read: 'consents_read', write: 'consent_add' },
};

/** What the entry's request did, or null when the route is not one these words cover. */
export function auditWhat(entry: Pick<AuditTrailEntry, 'route' | 'action'>): AuditWhat | null {
  if (entry.route === null || !Object.hasOwn(ROUTES, entry.route)) return null;
  const meaning = ROUTES[entry.route];
  return (READS.has(entry.action) ? meaning?.read : meaning?.write) ?? null;
}

export function describeAudit(entry: AuditTrailEntry, strings: ActivityStrings['audit']): string {
  const what = auditWhat(entry);
  return what === null
    ? strings.whats.other.replace('{action}', entry.action).replace('{route}', entry.route ?? '—')
    : strings.whats[what];
}

/** The entry's outcome, with the reason when it went otherwise than planned (or without consent). */
export function describeOutcome(entry: AuditTrailEntry, strings: ActivityStrings['audit']): string {
  const outcomes: Record<string, string> = strings.outcomes;
  const codes: Record<string, string> = strings.codes;
  const outcome = Object.hasOwn(outcomes, entry.outcome) ? (outcomes[entry.outcome] ?? entry.outcome) : entry.outcome;
  if (entry.code === null) return outcome;
  return `${outcome} (${Object.hasOwn(codes, entry.code) ? codes[entry.code] : entry.code})`;
}

/** A value of the field history for people: text as it is, lists joined, anything else as JSON. */
export function historyValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? null : value.map((item) => historyValue(item) ?? '—').join(', ');
  return JSON.stringify(value);
}
