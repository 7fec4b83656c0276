/**
 * Form values ↔ request bodies for the administration pages, with the API's own rules checked
 * first so that the person is told what to correct next to the field. Creation sends what was
 * filled in; a change sends only the fields that differ from the record as read (the API takes
 * partial changes with the version).
 */
import type {
  AdminUser,
  CreateUserBody,
  Location,
  LocationBody,
  Offence,
  OffenceBody,
  Organisation,
  OrganisationBody,
  UserPatch,
} from './admin-api.ts';
import type { AdminStrings } from './admin-strings-en.ts';

export type IssueKey = Exclude<keyof AdminStrings['issues'], 'formHasErrors'>;
export interface FieldIssue {
  field: string;
  issue: IssueKey;
  values?: Record<string, string | number>;
}
export type FormResult<T> = { ok: true; body: T } | { ok: false; issues: FieldIssue[] };

const LOGIN = /^[\w.@-]+$/u;
const COUNTRY = /^[A-Z]{2}$/u;
const LOCATION_CODE = /^[A-Za-z0-9-]{1,20}$/u;
const OFFENCE_CODE = /^[\w.-]{1,80}$/u;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** Collects issues field by field. */
class Checker {
  readonly issues: FieldIssue[] = [];
  required(field: string, value: string, max: number): void {
    if (value === '') this.issues.push({ field, issue: 'required' });
    else this.max(field, value, max);
  }
  max(field: string, value: string, max: number): void {
    if (value.length > max) this.issues.push({ field, issue: 'tooLong', values: { max } });
  }
  add(field: string, issue: IssueKey, values?: Record<string, string | number>): void {
    this.issues.push(values === undefined ? { field, issue } : { field, issue, values });
  }
  result<T>(body: T): FormResult<T> {
    return this.issues.length === 0 ? { ok: true, body } : { ok: false, issues: this.issues };
  }
}

/** Empty text is "none". */
function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

// ── Users ────────────────────────────────────────────────────────────────────────────────────────

export interface UserForm {
  login: string;
  displayName: string;
  /** '' for the administrator's own organisation. */
  organisationId: string;
  /** '' for no team. */
  teamId: string;
  roles: readonly string[];
}

function checkRoles(check: Checker, roles: readonly string[]): void {
  if (roles.length === 0) check.add('roles', 'rolesRequired');
}

export function createUserBody(form: UserForm): FormResult<CreateUserBody> {
  const check = new Checker();
  const login = form.login.trim();
  const displayName = form.displayName.trim();
  if (login === '') check.add('login', 'required');
  else if (login.length < 3) check.add('login', 'tooShort', { min: 3 });
  else if (login.length > 100) check.add('login', 'tooLong', { max: 100 });
  else if (!LOGIN.test(login)) check.add('login', 'loginFormat');
  check.required('displayName', displayName, 200);
  checkRoles(check, form.roles);
  return check.result({
    login,
    displayName,
    ...(form.organisationId === '' ? {} : { organisationId: form.organisationId }),
    teamId: form.teamId === '' ? null : form.teamId,
    roles: [...form.roles],
  });
}

export type UserEditForm = Pick<UserForm, 'displayName' | 'teamId' | 'roles'>;

export function userEditForm(user: AdminUser): UserEditForm {
  return { displayName: user.displayName, teamId: user.teamId ?? '', roles: [...user.roles] };
}

/** The change to send: only what differs from the user as read (empty when nothing changed). */
export function userPatch(user: AdminUser, form: UserEditForm): FormResult<UserPatch> {
  const check = new Checker();
  const displayName = form.displayName.trim();
  check.required('displayName', displayName, 200);
  checkRoles(check, form.roles);
  const teamId = form.teamId === '' ? null : form.teamId;
  return check.result({
    ...(displayName === user.displayName ? {} : { displayName }),
    ...(teamId === user.teamId ? {} : { teamId }),
    ...(sameSet(form.roles, user.roles) ? {} : { roles: [...form.roles] }),
  });
}

/** The account is locked out now (too many failed sign-ins). */
export function isLockedOut(user: Pick<AdminUser, 'lockedUntil'>, now: Date): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime();
}

// ── Organisations ────────────────────────────────────────────────────────────────────────────────

export interface OrganisationForm {
  name: string;
  shortName: string;
  kind: string;
  countryCode: string;
  /** '' for none. */
  provinceCode: string;
  phone: string;
  email: string;
}

export const EMPTY_ORGANISATION_FORM: OrganisationForm = {
  name: '',
  shortName: '',
  kind: 'ngo',
  countryCode: 'KH',
  provinceCode: '',
  phone: '',
  email: '',
};

export function organisationForm(organisation: Organisation): OrganisationForm {
  return {
    name: organisation.name,
    shortName: organisation.shortName ?? '',
    kind: organisation.kind,
    countryCode: organisation.countryCode,
    provinceCode: organisation.provinceCode ?? '',
    phone: organisation.phone ?? '',
    email: organisation.email ?? '',
  };
}

function checkOrganisation(form: OrganisationForm): { check: Checker; values: Required<OrganisationBody> } {
  const check = new Checker();
  const values = {
    name: form.name.trim(),
    shortName: orNull(form.shortName),
    kind: form.kind,
    countryCode: form.countryCode.trim().toUpperCase(),
    provinceCode: orNull(form.provinceCode),
    phone: orNull(form.phone),
    email: orNull(form.email),
    active: true,
  };
  check.required('name', values.name, 200);
  check.max('shortName', values.shortName ?? '', 50);
  if (!COUNTRY.test(values.countryCode)) check.add('countryCode', 'countryFormat');
  check.max('provinceCode', values.provinceCode ?? '', 20);
  check.max('phone', values.phone ?? '', 50);
  if (values.email !== null) {
    if (values.email.length > 200) check.add('email', 'tooLong', { max: 200 });
    else if (!EMAIL.test(values.email)) check.add('email', 'emailFormat');
  }
  return { check, values };
}

/** A new organisation: empty optional fields are left out. */
export function createOrganisationBody(form: OrganisationForm): FormResult<OrganisationBody> {
  const { check, values } = checkOrganisation(form);
  const body: OrganisationBody = { name: values.name, kind: values.kind, countryCode: values.countryCode };
  for (const key of ['shortName', 'provinceCode', 'phone', 'email'] as const) {
    if (values[key] !== null) body[key] = values[key];
  }
  return check.result(body);
}

/** The change to an organisation: only what differs (an emptied field becomes null). */
export function organisationPatch(organisation: Organisation, form: OrganisationForm): FormResult<OrganisationBody> {
  const { check, values } = checkOrganisation(form);
  const patch: OrganisationBody = {};
  for (const key of ['name', 'shortName', 'kind', 'countryCode', 'provinceCode', 'phone', 'email'] as const) {
    if (values[key] !== organisation[key]) (patch as Record<string, unknown>)[key] = values[key];
  }
  return check.result(patch);
}

// ── Locations ────────────────────────────────────────────────────────────────────────────────────

export interface LocationForm {
  code: string;
  nameLatin: string;
  nameLocal: string;
}

export const EMPTY_LOCATION_FORM: LocationForm = { code: '', nameLatin: '', nameLocal: '' };

/** The code prefix a Cambodian place must start with under this parent (none under the country itself). */
export function requiredCodePrefix(parent: Pick<Location, 'countryCode' | 'level' | 'code'>): string | null {
  return parent.countryCode === 'KH' && parent.level !== 'country' ? parent.code : null;
}

export function locationBody(
  parent: Pick<Location, 'id' | 'countryCode' | 'level' | 'code'>,
  form: LocationForm,
): FormResult<LocationBody> {
  const check = new Checker();
  const code = form.code.trim();
  const nameLatin = form.nameLatin.trim();
  const nameLocal = orNull(form.nameLocal);
  const prefix = requiredCodePrefix(parent);
  if (code === '') check.add('code', 'required');
  else if (!LOCATION_CODE.test(code)) check.add('code', 'locationCode');
  else if (prefix !== null && !code.startsWith(prefix)) check.add('code', 'locationPrefix', { prefix });
  check.required('nameLatin', nameLatin, 200);
  check.max('nameLocal', nameLocal ?? '', 200);
  return check.result({ parentId: parent.id, code, nameLatin, nameLocal });
}

// ── Offences ─────────────────────────────────────────────────────────────────────────────────────

export interface OffenceForm {
  code: string;
  countryCode: string;
  statute: string;
  article: string;
  articleVerified: boolean;
  labelEn: string;
  labelKm: string;
  category: string;
}

export const EMPTY_OFFENCE_FORM: OffenceForm = {
  code: '',
  countryCode: 'KH',
  statute: '',
  article: '',
  articleVerified: false,
  labelEn: '',
  labelKm: '',
  category: 'trafficking',
};

export function offenceForm(offence: Offence): OffenceForm {
  return {
    code: offence.code,
    countryCode: offence.countryCode,
    statute: offence.statute,
    article: offence.article ?? '',
    articleVerified: offence.articleVerified,
    labelEn: offence.labelEn,
    labelKm: offence.labelKm ?? '',
    category: offence.category,
  };
}

function checkOffence(form: OffenceForm) {
  const check = new Checker();
  const values = {
    countryCode: form.countryCode.trim().toUpperCase(),
    statute: form.statute.trim(),
    article: orNull(form.article),
    articleVerified: form.articleVerified,
    labelEn: form.labelEn.trim(),
    labelKm: orNull(form.labelKm),
    category: form.category,
  };
  if (!COUNTRY.test(values.countryCode)) check.add('countryCode', 'countryFormat');
  check.required('statute', values.statute, 200);
  check.max('article', values.article ?? '', 50);
  check.required('labelEn', values.labelEn, 500);
  check.max('labelKm', values.labelKm ?? '', 500);
  return { check, values };
}

export function createOffenceBody(form: OffenceForm): FormResult<OffenceBody> {
  const { check, values } = checkOffence(form);
  const code = form.code.trim();
  if (code === '') check.issues.unshift({ field: 'code', issue: 'required' });
  else if (!OFFENCE_CODE.test(code)) check.issues.unshift({ field: 'code', issue: 'offenceCode' });
  return check.result({ code, ...values });
}

/** The correction of an offence: only what differs (its code never changes). */
export function offencePatch(offence: Offence, form: OffenceForm): FormResult<OffenceBody> {
  const { check, values } = checkOffence(form);
  const patch: OffenceBody = {};
  for (const key of Object.keys(values) as (keyof typeof values)[]) {
    if (values[key] !== offence[key]) (patch as Record<string, unknown>)[key] = values[key];
  }
  return check.result(patch);
}

/** The issue of one field, if any. */
export function issueOf(issues: readonly FieldIssue[], field: string): FieldIssue | undefined {
  return issues.find((issue) => issue.field === field);
}
