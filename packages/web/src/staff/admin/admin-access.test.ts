import { ACTIONS, POLICY, ROLES, type Role } from '@raksa/server';
import { locationLevels, offenceCategories, organisationKinds } from '@raksa/store';
import { describe, expect, it } from 'vitest';
import type { Me } from '../staff-api.ts';
import { STAFF_VIEWS, viewsFor } from '../staff-views.tsx';
import {
  ADMIN_PERMISSIONS,
  ADMIN_ROLES,
  grantableRoles,
  mayCreateTeamIn,
  mayReadTeamsOf,
  OFFENCE_CATEGORIES,
  ORGANISATION_KINDS,
  sectionsFor,
} from './admin-access.ts';
import { LOCATION_LEVELS } from './admin-api.ts';
import { adminEn } from './admin-strings-en.ts';
import { adminKm } from './admin-strings-km.ts';

/** A signed-in user holding one role, with the permissions the policy gives it (as `/api/auth/me` does). */
function meWith(role: Role): Me {
  return {
    user: {
      id: 'u-fictional',
      login: 'fictional.user',
      displayName: 'Fictional User',
      organisationId: 'org-own',
      teamId: null,
      roles: [role],
      hasTotp: false,
    },
    permissions: { ...POLICY[role].actions },
    csrfToken: 'csrf-fictional',
  };
}

const KHMER = /[\u1780-\u17FF]/u;

describe('the web copies of the API lists', () => {
  it('has exactly the policy’s roles, in its order', () => {
    expect([...ADMIN_ROLES]).toEqual([...ROLES]);
  });

  it('has exactly the store’s organisation kinds, offence categories and location levels', () => {
    expect([...ORGANISATION_KINDS]).toEqual([...organisationKinds]);
    expect([...OFFENCE_CATEGORIES]).toEqual([...offenceCategories]);
    expect([...LOCATION_LEVELS]).toEqual([...locationLevels]);
  });

  it('names only actions the API guards as administration permissions', () => {
    for (const permission of ADMIN_PERMISSIONS) expect(Object.keys(ACTIONS)).toContain(permission);
  });
});

describe('role descriptions', () => {
  it('gives every role of the policy a name and a one-line description in English and in Khmer script', () => {
    for (const role of ROLES) {
      for (const strings of [adminEn, adminKm]) {
        expect(strings.roles[role].name.trim()).not.toBe('');
        expect(strings.roles[role].description.trim()).not.toBe('');
        expect(strings.roles[role].description).not.toContain('\n');
      }
      expect(adminKm.roles[role].name).toMatch(KHMER);
      expect(adminKm.roles[role].description).toMatch(KHMER);
    }
  });

  it('says the system administrator sees no victim data and the analyst no names, as the policy has it', () => {
    expect(POLICY.system_admin.personView).toBe('none');
    expect(adminEn.roles.system_admin.description).toMatch(/no victim data/u);
    expect(POLICY.analyst.personView).toBe('deidentified');
    expect(adminEn.roles.analyst.description).toMatch(/never names/u);
  });
});

describe(sectionsFor.name, () => {
  it('lists every page to the system administrator', () => {
    expect(sectionsFor(meWith('system_admin'))).toEqual([
      'users',
      'organisations',
      'locations',
      'offences',
      'hotlines',
    ]);
  });

  it('lists users and teams to an organisation administrator, who manages no organisations', () => {
    expect(sectionsFor(meWith('org_admin'))).toEqual(['users', 'organisations', 'locations', 'offences', 'hotlines']);
  });

  it('lists only the pages every session reads to a case worker', () => {
    expect(sectionsFor(meWith('case_worker'))).toEqual(['locations', 'offences', 'hotlines']);
  });
});

describe('what may be granted and changed', () => {
  it('offers system_admin only to a system administrator', () => {
    expect(grantableRoles(meWith('system_admin'))).toContain('system_admin');
    expect(grantableRoles(meWith('org_admin'))).not.toContain('system_admin');
    expect(grantableRoles(meWith('org_admin'))).toContain('case_worker');
  });

  it('lets an organisation administrator create and read teams only in its own organisation', () => {
    const admin = meWith('org_admin');
    expect(mayCreateTeamIn(admin, 'org-own')).toBe(true);
    expect(mayCreateTeamIn(admin, 'org-other')).toBe(false);
    expect(mayReadTeamsOf(admin, 'org-other')).toBe(false);
    expect(mayCreateTeamIn(meWith('system_admin'), 'org-other')).toBe(true);
    expect(mayReadTeamsOf(meWith('system_admin'), 'org-other')).toBe(true);
    expect(mayCreateTeamIn(meWith('supervisor'), 'org-own')).toBe(false);
  });
});

describe('the administration view in the staff menu', () => {
  const inMenu = (role: Role) =>
    viewsFor(meWith(role))
      .filter((view) => view.inMenu)
      .map((view) => view.id);

  it('is in the menu of exactly the roles holding an administration permission', () => {
    for (const role of ROLES) {
      const administers = ADMIN_PERMISSIONS.some((permission) => Object.hasOwn(POLICY[role].actions, permission));
      expect(inMenu(role).includes('admin'), role).toBe(administers);
    }
    expect(inMenu('case_worker')).not.toContain('admin');
    expect(inMenu('org_admin')).toContain('admin');
  });

  it('can still be opened by address by every session (hotline directory), once in the menu', () => {
    for (const role of ROLES) {
      const views = viewsFor(meWith(role));
      expect(
        views.some((view) => view.id === 'admin'),
        role,
      ).toBe(true);
      expect(views.filter((view) => view.id === 'admin' && view.inMenu).length).toBeLessThanOrEqual(1);
    }
  });

  it('is registered once, like every view (one address, one entry)', () => {
    const ids = STAFF_VIEWS.map((view) => view.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
