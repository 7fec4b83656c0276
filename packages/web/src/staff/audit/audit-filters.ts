/**
 * The audit log's filters: what the user chose in the form, checked, and the API query they
 * make. A period is whole days in the browser's time zone, both ends included: from the start of
 * the first day to the start of the day after the last (the API's `to` is exclusive).
 */

export interface AuditFilterForm {
  /** A user's id ('' for anyone). */
  userId: string;
  action: string;
  outcome: string;
  recordId: string;
  /** YYYY-MM-DD, or '' for no bound. */
  fromDay: string;
  toDay: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterForm = {
  userId: '',
  action: '',
  outcome: '',
  recordId: '',
  fromDay: '',
  toDay: '',
};

/** The API's query parameters (GET /api/audit-log), only those set. */
export interface AuditLogQuery {
  actorUserId?: string;
  action?: string;
  outcome?: string;
  recordId?: string;
  from?: string;
  to?: string;
}

export type AuditFilterProblem = 'period_invalid' | 'user_invalid' | 'record_too_long';

/** The API's limit on a record id (audit-trail-routes.ts). */
export const RECORD_ID_MAX_LENGTH = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The start of a calendar day in the browser's time zone, as an ISO instant; null for no day. */
export function startOfDay(day: string, addDays = 0): string | null {
  const match = DAY.exec(day);
  if (match === null) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays).toISOString();
}

export function auditQueryFrom(form: AuditFilterForm): { query: AuditLogQuery } | { problems: AuditFilterProblem[] } {
  const problems: AuditFilterProblem[] = [];
  const userId = form.userId.trim();
  const recordId = form.recordId.trim();
  if (userId !== '' && !UUID.test(userId)) problems.push('user_invalid');
  if (recordId.length > RECORD_ID_MAX_LENGTH) problems.push('record_too_long');
  const from = startOfDay(form.fromDay);
  const to = startOfDay(form.toDay, 1);
  if (from !== null && to !== null && to <= from) problems.push('period_invalid');
  if (problems.length > 0) return { problems };
  const query: AuditLogQuery = {};
  if (userId !== '') query.actorUserId = userId;
  if (form.action !== '') query.action = form.action;
  if (form.outcome !== '') query.outcome = form.outcome;
  if (recordId !== '') query.recordId = recordId;
  if (from !== null) query.from = from;
  if (to !== null) query.to = to;
  return { query };
}
