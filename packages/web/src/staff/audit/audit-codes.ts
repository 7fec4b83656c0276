/**
 * The codes of the audit log (`GET /api/audit-log`) that its filters offer. They mirror the
 * server's policy (packages/server/src/policy/actions.ts) and the store's outcomes
 * (packages/store/src/audit/audit-log.ts); audit-codes.test.ts checks that they still do.
 */

/** The actions the API guards: the log's action filter takes only these. */
export const AUDIT_ACTIONS = [
  'tip.read',
  'tip.create',
  'tip.update',
  'tip.triage',
  'person.read',
  'person.write',
  'case.read',
  'case.create',
  'case.update',
  'case.assign',
  'case.close',
  'consent.read',
  'consent.record',
  'consent.override',
  'screening.read',
  'screening.submit',
  'referral.read',
  'referral.create',
  'referral.read_received',
  'referral.respond',
  'prosecution.read',
  'prosecution.write',
  'case.audit_trail',
  'export.csv',
  'statistics.read',
  'deidentified.read',
  'audit.read',
  'user.manage',
  'organisation.manage',
  'team.manage',
  'reference.manage',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Sign-in, sign-out and password events are in the log too, under these actions; the API's
 * action filter does not take them (filter by user and outcome instead).
 */
export const AUTH_ACTIONS = ['auth.login', 'auth.logout', 'auth.password_change', 'auth.totp_enrol'] as const;

export const AUDIT_OUTCOMES = ['success', 'denied', 'failed', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The record type of a case in the log (the route's first tag): its id links to the case page (caseIdOf). */
export const CASE_RECORD_TYPE = 'cases';
