import type { Action } from '../policy/actions.ts';
import type { Role } from '../policy/roles.ts';

/** One audit entry: who did what to which record, when, from where, and how it ended. */
export interface AuditEntry {
  at: Date;
  requestId: string;
  actorUserId: string | null;
  actorRoles: readonly Role[];
  action: Action | 'auth.login' | 'auth.logout' | 'auth.password_change' | 'auth.totp_enrol';
  /** The route pattern (`/api/cases/{id}`), never the concrete URL. */
  route: string;
  recordType: string | null;
  recordId: string | null;
  outcome: 'allowed' | 'denied' | 'failed';
  /**
   * The error code when the outcome is not `allowed`; `consent_override` when a disclosure went ahead
   * without consent. The reason is not in the log: a referral keeps it in `referrals.consent_override_reason`,
   * a CSV export in `case_exports.consent_override_reason` (both encrypted), found by `requestId`.
   */
  code: string | null;
  ip: string;
}

/** Where audit entries go (the store's audit log). It must not fail silently: a rejected write fails the request. */
export type AuditSink = (entry: AuditEntry) => Promise<void>;
