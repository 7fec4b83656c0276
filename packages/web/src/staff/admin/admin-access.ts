/**
 * What the administration pages offer to whom, from `me.permissions` (action → scope) alone. The
 * server decides again on every request; this only keeps the page from offering what the role
 * may not do. The lists below copy the API's (the web app does not import the server at run
 * time); admin-access.test.ts checks them against packages/server and packages/store.
 */
import type { Me } from '../staff-api.ts';

/** The roles a user can hold (packages/server/src/policy/roles.ts), in the policy's order. */
export const ADMIN_ROLES = [
  'system_admin',
  'org_admin',
  'supervisor',
  'case_worker',
  'hotline_operator',
  'investigator',
  'referral_recipient',
  'analyst',
] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** Organisation kinds (packages/store, organisations.ts). */
export const ORGANISATION_KINDS = [
  'government',
  'ngo',
  'police',
  'court',
  'shelter',
  'health',
  'legal_aid',
  'hotline',
  'international',
  'platform',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Offence categories the statistics count by (packages/store, offences.ts). */
export const OFFENCE_CATEGORIES = [
  'trafficking',
  'sexual_exploitation',
  'child_prostitution',
  'rape',
  'illegal_adoption',
  'sex_with_minor_under_15',
  'indecent_act_against_minor',
  'child_pornography',
  'other',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

/** The permissions that put _Administration_ in the menu. */
export const ADMIN_PERMISSIONS = ['user.manage', 'organisation.manage', 'team.manage', 'reference.manage'] as const;

export const ADMIN_SECTIONS = ['users', 'organisations', 'locations', 'offences', 'hotlines'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export function isAdminSection(value: unknown): value is AdminSection {
  return typeof value === 'string' && (ADMIN_SECTIONS as readonly string[]).includes(value);
}

function has(me: Me, action: string): boolean {
  return Object.hasOwn(me.permissions, action);
}

/**
 * The sub-pages listed for the user: users and organisations to those who manage them; the
 * location tree, the legal catalogue and the hotline directory to every staff session (the API
 * lets any signed-in user read them; only `reference.manage` changes the first two).
 */
export function sectionsFor(me: Me): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => {
    if (section === 'users') return has(me, 'user.manage');
    if (section === 'organisations') return has(me, 'organisation.manage') || has(me, 'team.manage');
    return true;
  });
}

/** The roles the user may grant: only a system administrator (scope `all`) grants `system_admin`. */
export function grantableRoles(me: Me): AdminRole[] {
  const everything = me.permissions['user.manage'] === 'all';
  return ADMIN_ROLES.filter((role) => everything || role !== 'system_admin');
}

/** True when the user administers every organisation's users (chooses the organisation of an account). */
export function managesAllUsers(me: Me): boolean {
  return me.permissions['user.manage'] === 'all';
}

export function mayManageOrganisations(me: Me): boolean {
  return has(me, 'organisation.manage');
}

/** Whether the user may create teams in this organisation: everywhere with scope `all`, else in their own. */
export function mayCreateTeamIn(me: Me, organisationId: string): boolean {
  const scope = me.permissions['team.manage'];
  if (scope === undefined) return false;
  return scope === 'all' || organisationId === me.user.organisationId;
}

/** Whether the user may read this organisation's teams (the API's rule: one's own, or all with organisation.manage). */
export function mayReadTeamsOf(me: Me, organisationId: string): boolean {
  return organisationId === me.user.organisationId || me.permissions['organisation.manage'] === 'all';
}

export function mayManageReference(me: Me): boolean {
  return has(me, 'reference.manage');
}

export function isKnownRole(role: string): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}
