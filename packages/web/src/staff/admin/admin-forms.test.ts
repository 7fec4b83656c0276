import { describe, expect, it } from 'vitest';
import type { AdminUser, Offence, Organisation } from './admin-api.ts';
import {
  createOffenceBody,
  createOrganisationBody,
  createUserBody,
  EMPTY_OFFENCE_FORM,
  EMPTY_ORGANISATION_FORM,
  isLockedOut,
  locationBody,
  offenceForm,
  offencePatch,
  organisationForm,
  organisationPatch,
  requiredCodePrefix,
  userEditForm,
  userPatch,
} from './admin-forms.ts';

const USER: AdminUser = {
  id: 'u-1',
  version: 3,
  login: 'fictional.sokha',
  displayName: 'Sokha Fictional',
  organisationId: 'org-1',
  teamId: 'team-1',
  roles: ['case_worker'],
  failedLoginCount: 0,
  lockedUntil: null,
  hasTotp: false,
  disabled: false,
  lastLoginAt: null,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
};

describe(createUserBody.name, () => {
  it('trims, leaves out the own organisation and sends no team as null', () => {
    expect(
      createUserBody({
        login: '  fictional.dara ',
        displayName: ' Dara Fictional ',
        organisationId: '',
        teamId: '',
        roles: ['hotline_operator'],
      }),
    ).toEqual({
      ok: true,
      body: { login: 'fictional.dara', displayName: 'Dara Fictional', teamId: null, roles: ['hotline_operator'] },
    });
  });

  it('names the organisation and team chosen', () => {
    const result = createUserBody({
      login: 'fictional.dara',
      displayName: 'Dara',
      organisationId: 'org-2',
      teamId: 'team-9',
      roles: ['analyst'],
    });
    expect(result.ok && result.body).toMatchObject({ organisationId: 'org-2', teamId: 'team-9' });
  });

  it('refuses what the API would refuse, field by field', () => {
    const result = createUserBody({ login: 'a b', displayName: ' ', organisationId: '', teamId: '', roles: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { field: 'login', issue: 'loginFormat' },
      { field: 'displayName', issue: 'required' },
      { field: 'roles', issue: 'rolesRequired' },
    ]);
    const short = createUserBody({ login: 'ab', displayName: 'X', organisationId: '', teamId: '', roles: ['analyst'] });
    expect(short.ok ? [] : short.issues).toEqual([{ field: 'login', issue: 'tooShort', values: { min: 3 } }]);
  });
});

describe(userPatch.name, () => {
  it('sends nothing when nothing changed', () => {
    expect(userPatch(USER, userEditForm(USER))).toEqual({ ok: true, body: {} });
    expect(userPatch(USER, { ...userEditForm(USER), roles: ['case_worker'] })).toEqual({ ok: true, body: {} });
  });

  it('sends only the changed fields: roles as a set, no team as null', () => {
    expect(
      userPatch(USER, { displayName: 'Sokha Fictional', teamId: '', roles: ['supervisor', 'case_worker'] }),
    ).toEqual({
      ok: true,
      body: { teamId: null, roles: ['supervisor', 'case_worker'] },
    });
    expect(userPatch(USER, { ...userEditForm(USER), displayName: ' Sokha F. ' })).toEqual({
      ok: true,
      body: { displayName: 'Sokha F.' },
    });
  });

  it('refuses an account without a role', () => {
    expect(userPatch(USER, { ...userEditForm(USER), roles: [] })).toEqual({
      ok: false,
      issues: [{ field: 'roles', issue: 'rolesRequired' }],
    });
  });
});

describe(isLockedOut.name, () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('is true only while the lock lasts', () => {
    expect(isLockedOut({ lockedUntil: null }, now)).toBe(false);
    expect(isLockedOut({ lockedUntil: '2026-12-01T10:15:00Z' }, now)).toBe(true);
    expect(isLockedOut({ lockedUntil: '2026-12-01T09:59:00Z' }, now)).toBe(false);
  });
});

const ORGANISATION: Organisation = {
  id: 'org-1',
  version: 2,
  name: 'Fictional Outreach NGO',
  shortName: null,
  kind: 'ngo',
  countryCode: 'KH',
  provinceCode: '12',
  phone: '+855 00 000 000',
  email: null,
  active: true,
};

describe('organisation bodies', () => {
  it('creates with the filled-in fields only, country upper-cased', () => {
    expect(
      createOrganisationBody({
        ...EMPTY_ORGANISATION_FORM,
        name: ' Fictional Shelter ',
        kind: 'shelter',
        countryCode: 'kh',
      }),
    ).toEqual({ ok: true, body: { name: 'Fictional Shelter', kind: 'shelter', countryCode: 'KH' } });
  });

  it('changes only what differs, an emptied field becoming null', () => {
    expect(organisationPatch(ORGANISATION, organisationForm(ORGANISATION))).toEqual({ ok: true, body: {} });
    expect(
      organisationPatch(ORGANISATION, { ...organisationForm(ORGANISATION), phone: '', email: 'office@example.org' }),
    ).toEqual({ ok: true, body: { phone: null, email: 'office@example.org' } });
  });

  it('refuses a bad country code and e-mail', () => {
    const result = createOrganisationBody({
      ...EMPTY_ORGANISATION_FORM,
      name: 'X',
      countryCode: 'Cambodia',
      email: 'office',
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.issue)).toEqual(['countryFormat', 'emailFormat']);
  });
});

describe(locationBody.name, () => {
  const province = { id: 'loc-12', countryCode: 'KH', level: 'province' as const, code: '12' };
  const country = { id: 'loc-kh', countryCode: 'KH', level: 'country' as const, code: 'KH' };

  it('adds under the parent with a trimmed code and names', () => {
    expect(locationBody(province, { code: ' 1299 ', nameLatin: ' Fictional District ', nameLocal: '' })).toEqual({
      ok: true,
      body: { parentId: 'loc-12', code: '1299', nameLatin: 'Fictional District', nameLocal: null },
    });
  });

  it('asks a Cambodian code to start with its parent’s, except directly under the country', () => {
    expect(requiredCodePrefix(province)).toBe('12');
    expect(requiredCodePrefix(country)).toBeNull();
    expect(requiredCodePrefix({ ...province, countryCode: 'TH' })).toBeNull();
    const result = locationBody(province, { code: '0199', nameLatin: 'X', nameLocal: '' });
    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'code', issue: 'locationPrefix', values: { prefix: '12' } },
    ]);
    expect(locationBody(country, { code: '99', nameLatin: 'X', nameLocal: '' }).ok).toBe(true);
  });

  it('refuses a code with other characters and a missing name', () => {
    const result = locationBody(province, { code: '12 9', nameLatin: '', nameLocal: '' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.issue)).toEqual(['locationCode', 'required']);
  });
});

const OFFENCE: Offence = {
  id: 'off-1',
  version: 1,
  code: 'KH.FICTIONAL.1',
  countryCode: 'KH',
  statute: 'Fictional Law 2026',
  article: '1',
  articleVerified: false,
  labelEn: 'Fictional offence',
  labelKm: null,
  category: 'other',
  active: true,
};

describe('offence bodies', () => {
  it('adds with the code and every field, empty ones as null', () => {
    expect(
      createOffenceBody({
        ...EMPTY_OFFENCE_FORM,
        code: 'KH.FICTIONAL.2',
        statute: 'Fictional Law',
        labelEn: 'A fictional offence',
      }),
    ).toEqual({
      ok: true,
      body: {
        code: 'KH.FICTIONAL.2',
        countryCode: 'KH',
        statute: 'Fictional Law',
        article: null,
        articleVerified: false,
        labelEn: 'A fictional offence',
        labelKm: null,
        category: 'trafficking',
      },
    });
  });

  it('corrects only what differs and never sends the code', () => {
    expect(offencePatch(OFFENCE, offenceForm(OFFENCE))).toEqual({ ok: true, body: {} });
    expect(
      offencePatch(OFFENCE, { ...offenceForm(OFFENCE), code: 'changed', article: '2', articleVerified: true }),
    ).toEqual({
      ok: true,
      body: { article: '2', articleVerified: true },
    });
  });

  it('refuses a bad code, a missing statute and label', () => {
    const result = createOffenceBody({ ...EMPTY_OFFENCE_FORM, code: 'no spaces' });
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.field}:${issue.issue}`)).toEqual([
      'code:offenceCode',
      'statute:required',
      'labelEn:required',
    ]);
  });
});
