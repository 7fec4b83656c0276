/**
 * Every action the API guards. `victimData` actions read or change data about victims and are
 * always audited; `subject` says whose organisation a scope is measured against: the record's
 * owner, or (for received referrals) the organisation the referral is addressed to.
 */
export const ACTIONS = {
  'tip.read': { victimData: true, subject: 'owner', summary: 'Read tips and hotline calls in the triage queue' },
  'tip.create': { victimData: true, subject: 'owner', summary: 'Record a tip or hotline call as staff' },
  'tip.update': { victimData: true, subject: 'owner', summary: 'Edit a tip or call, set its triage status' },
  'tip.triage': { victimData: true, subject: 'owner', summary: 'Turn a tip into a case' },
  'person.read': { victimData: true, subject: 'owner', summary: 'Read person records' },
  'person.write': { victimData: true, subject: 'owner', summary: 'Create and edit person records' },
  'case.read': { victimData: true, subject: 'owner', summary: 'Read cases' },
  'case.create': { victimData: true, subject: 'owner', summary: 'Open a case' },
  'case.update': { victimData: true, subject: 'owner', summary: 'Edit a case, its profile and events' },
  'case.assign': { victimData: true, subject: 'owner', summary: 'Change the owner of a case' },
  'case.close': { victimData: true, subject: 'owner', summary: 'Close and reopen a case' },
  'consent.read': { victimData: true, subject: 'owner', summary: 'Read consents' },
  'consent.record': { victimData: true, subject: 'owner', summary: 'Record or withdraw a consent' },
  'consent.override': {
    victimData: true,
    subject: 'owner',
    summary: 'Refer or export without recorded consent, giving a reason',
  },
  'screening.read': { victimData: true, subject: 'owner', summary: 'Read screenings' },
  'screening.submit': { victimData: true, subject: 'owner', summary: 'Submit a screening' },
  'referral.read': { victimData: true, subject: 'owner', summary: 'Read referrals made by the organisation' },
  'referral.create': { victimData: true, subject: 'owner', summary: 'Make or revoke a referral' },
  'referral.read_received': {
    victimData: true,
    subject: 'recipient',
    summary: 'Read referrals addressed to the organisation',
  },
  'referral.respond': {
    victimData: true,
    subject: 'recipient',
    summary: 'Accept, reject or complete a referral addressed to the organisation',
  },
  'prosecution.read': { victimData: true, subject: 'owner', summary: 'Read criminal cases, offences, proceedings' },
  'prosecution.write': {
    victimData: true,
    subject: 'owner',
    summary: 'Create and edit criminal cases, offences, advance proceedings',
  },
  'case.audit_trail': {
    victimData: true,
    subject: 'owner',
    summary: 'Read the audit trail of a case: who saw or changed it, when and from where',
  },
  'export.csv': { victimData: true, subject: 'owner', summary: 'Export records as CSV' },
  'statistics.read': { victimData: false, subject: 'owner', summary: 'Read aggregate statistics' },
  'deidentified.read': { victimData: false, subject: 'owner', summary: 'Read de-identified case data' },
  'audit.read': { victimData: false, subject: 'owner', summary: 'Read the audit log' },
  'user.manage': { victimData: false, subject: 'owner', summary: 'Create users, set roles, unlock accounts' },
  'organisation.manage': { victimData: false, subject: 'owner', summary: 'Create and edit organisations' },
  'team.manage': { victimData: false, subject: 'owner', summary: 'Create teams in an organisation' },
  'reference.manage': {
    victimData: false,
    subject: 'owner',
    summary: 'Edit reference data: the location tree and the legal catalogue of offences',
  },
} as const satisfies Record<string, { victimData: boolean; subject: 'owner' | 'recipient'; summary: string }>;

export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];
