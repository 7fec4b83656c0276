/** The roles a user can hold (one per user). */
export const ROLES = [
  'system_admin',
  'org_admin',
  'supervisor',
  'case_worker',
  'hotline_operator',
  'investigator',
  'referral_recipient',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];

/** How far a permission reaches, narrowest first. */
export const SCOPES = ['own', 'team', 'organisation', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

/** How much of a person record a role may see. */
export const PERSON_VIEWS = ['full', 'basic_identity', 'deidentified', 'none'] as const;
export type PersonView = (typeof PERSON_VIEWS)[number];
