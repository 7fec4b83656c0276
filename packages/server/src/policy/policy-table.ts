import type { Action } from './actions.ts';
import type { PersonView, Role, Scope } from './roles.ts';

export interface RolePolicy {
  /** What the role may do and how far it reaches. An action not listed is denied. */
  actions: Partial<Record<Action, Scope>>;
  /** How much of a person record the role sees where it may read persons. */
  personView: PersonView;
}

/**
 * The authorisation policy as data. Least privilege: the system administrator runs the system and
 * sees no victim data; the analyst sees figures and de-identified data only; the referral recipient
 * sees only the referrals addressed to its organisation and the referred person's basic identity.
 */
export const POLICY: Record<Role, RolePolicy> = {
  system_admin: {
    actions: {
      'user.manage': 'all',
      'organisation.manage': 'all',
      'team.manage': 'all',
      'reference.manage': 'all',
      'audit.read': 'all',
      'statistics.read': 'all',
    },
    personView: 'none',
  },
  org_admin: {
    actions: {
      'tip.read': 'organisation',
      'person.read': 'organisation',
      'case.read': 'organisation',
      'case.assign': 'organisation',
      'case.close': 'organisation',
      'consent.read': 'organisation',
      'consent.override': 'organisation',
      'screening.read': 'organisation',
      'referral.read': 'organisation',
      'referral.read_received': 'organisation',
      'prosecution.read': 'organisation',
      'export.csv': 'organisation',
      'statistics.read': 'organisation',
      'deidentified.read': 'organisation',
      'audit.read': 'organisation',
      'case.audit_trail': 'organisation',
      'user.manage': 'organisation',
      'team.manage': 'organisation',
    },
    personView: 'full',
  },
  supervisor: {
    actions: {
      'tip.read': 'organisation',
      'tip.create': 'organisation',
      'tip.update': 'organisation',
      'tip.triage': 'organisation',
      'person.read': 'team',
      'person.write': 'team',
      'case.read': 'team',
      'case.create': 'team',
      'case.update': 'team',
      'case.assign': 'team',
      'case.close': 'team',
      'consent.read': 'team',
      'consent.record': 'team',
      'consent.override': 'team',
      'screening.read': 'team',
      'screening.submit': 'team',
      'referral.read': 'team',
      'referral.create': 'team',
      'referral.read_received': 'organisation',
      'referral.respond': 'organisation',
      'prosecution.read': 'team',
      'case.audit_trail': 'team',
      'export.csv': 'team',
      'statistics.read': 'organisation',
      'deidentified.read': 'organisation',
    },
    personView: 'full',
  },
  case_worker: {
    actions: {
      'person.read': 'own',
      'person.write': 'own',
      'case.read': 'own',
      'case.create': 'own',
      'case.update': 'own',
      'case.close': 'own',
      'consent.read': 'own',
      'consent.record': 'own',
      'screening.read': 'own',
      'screening.submit': 'own',
      'referral.read': 'own',
      'referral.create': 'own',
      'referral.read_received': 'organisation',
      'referral.respond': 'organisation',
      'prosecution.read': 'own',
    },
    personView: 'full',
  },
  hotline_operator: {
    actions: {
      'tip.read': 'organisation',
      'tip.create': 'organisation',
      'tip.update': 'organisation',
      'tip.triage': 'organisation',
      'person.read': 'own',
      'person.write': 'own',
      'case.create': 'own',
    },
    personView: 'full',
  },
  investigator: {
    actions: {
      'person.read': 'organisation',
      // Suspects and witnesses are recorded by the police; an investigator changes only whom they recorded.
      'person.write': 'own',
      'case.read': 'organisation',
      'screening.read': 'organisation',
      'prosecution.read': 'organisation',
      'prosecution.write': 'organisation',
      'statistics.read': 'organisation',
    },
    personView: 'full',
  },
  referral_recipient: {
    actions: { 'referral.read_received': 'organisation', 'referral.respond': 'organisation' },
    personView: 'basic_identity',
  },
  analyst: {
    actions: { 'statistics.read': 'all', 'deidentified.read': 'all' },
    personView: 'deidentified',
  },
};
