import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Me, StaffApiError } from '../staff-api.ts';
import { mayCreateTeamIn, mayManageOrganisations, mayReadTeamsOf, ORGANISATION_KINDS } from './admin-access.ts';
import type { AdminApi, Location, Organisation, OrganisationBody, Team } from './admin-api.ts';
import { AdminError, asStaffError } from './AdminError.tsx';
import { FormIssues, SelectField, TextField } from './AdminFields.tsx';
import {
  createOrganisationBody,
  EMPTY_ORGANISATION_FORM,
  issueOf,
  organisationForm,
  organisationPatch,
  type FieldIssue,
  type FormResult,
  type OrganisationForm,
} from './admin-forms.ts';
import type { AdminStrings } from './admin-strings-en.ts';
import { useAdminStrings } from './use-admin-strings.ts';

function kindLabel(strings: AdminStrings, kind: string): string {
  const kinds: Record<string, string> = strings.organisations.kinds;
  return Object.hasOwn(kinds, kind) ? (kinds[kind] ?? kind) : kind;
}

/** The provinces of a country, for the organisation's province (none when the tree has none). */
function useProvinces(adminApi: AdminApi, countryCode: string): Location[] {
  const [provinces, setProvinces] = useState<Location[]>([]);
  useEffect(() => {
    let live = true;
    if (!/^[A-Z]{2}$/u.test(countryCode)) {
      setProvinces([]);
      return;
    }
    adminApi.locations({ country: countryCode }).then(
      (found) => live && setProvinces(found),
      () => live && setProvinces([]),
    );
    return () => {
      live = false;
    };
  }, [adminApi, countryCode]);
  return provinces;
}

function placeName(place: Pick<Location, 'nameLatin' | 'nameLocal'>, language: string): string {
  return language === 'km' && place.nameLocal !== null ? place.nameLocal : place.nameLatin;
}

/** The organisation's fields: one form for adding and for changing. */
function OrganisationFields({
  adminApi,
  idPrefix,
  title,
  submitLabel,
  initial,
  toBody,
  onSubmit,
  resetAfterSubmit = false,
}: {
  adminApi: AdminApi;
  idPrefix: string;
  title: string;
  submitLabel: string;
  initial: OrganisationForm;
  toBody: (form: OrganisationForm) => FormResult<OrganisationBody>;
  onSubmit: (body: OrganisationBody) => Promise<void>;
  /** Empty the form after a success (adding); a change keeps what was saved. */
  resetAfterSubmit?: boolean;
}) {
  const strings = useAdminStrings();
  const fields = strings.organisations.fields;
  const { language } = useI18n();
  const [form, setForm] = useState<OrganisationForm>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [notice, setNotice] = useState('');
  const provinces = useProvinces(adminApi, form.countryCode.trim().toUpperCase());

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = toBody(form);
    setIssues(result.ok ? [] : result.issues);
    setNotice('');
    if (!result.ok) return;
    if (Object.keys(result.body).length === 0) {
      setNotice(strings.users.detail.nothingChanged);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(result.body);
      if (resetAfterSubmit) setForm(initial);
      setNotice(strings.saved);
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: 'name' | 'shortName' | 'phone' | 'email', max: number, type?: 'email' | 'tel') => (
    <TextField
      id={`${idPrefix}-${name}`}
      label={name === 'name' ? fields.name : `${fields[name]} ${strings.optional}`}
      value={form[name]}
      maxLength={max}
      required={name === 'name'}
      {...(type === undefined ? {} : { type })}
      issue={issueOf(issues, name)}
      onChange={(value) => setForm({ ...form, [name]: value })}
    />
  );
  const provinceKnown = form.provinceCode === '' || provinces.some((place) => place.code === form.provinceCode);
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${idPrefix}-title`}
      data-testid={idPrefix}
    >
      <h4 id={`${idPrefix}-title`}>{title}</h4>
      <FormIssues issues={issues} />
      {field('name', 200)}
      {field('shortName', 50)}
      <SelectField
        id={`${idPrefix}-kind`}
        label={fields.kind}
        value={form.kind}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: kindLabel(strings, kind) }))}
        onChange={(kind) => setForm({ ...form, kind })}
      />
      <TextField
        id={`${idPrefix}-country`}
        label={fields.countryCode}
        value={form.countryCode}
        maxLength={2}
        issue={issueOf(issues, 'countryCode')}
        onChange={(countryCode) => setForm({ ...form, countryCode, provinceCode: '' })}
      />
      <SelectField
        id={`${idPrefix}-province`}
        label={fields.provinceCode}
        value={form.provinceCode}
        options={[
          { value: '', label: fields.noProvince },
          ...(provinceKnown ? [] : [{ value: form.provinceCode, label: form.provinceCode }]),
          ...provinces.map((place) => ({ value: place.code, label: placeName(place, language) })),
        ]}
        onChange={(provinceCode) => setForm({ ...form, provinceCode })}
      />
      {field('phone', 50, 'tel')}
      {field('email', 200, 'email')}
      {failure === null ? null : <AdminError error={failure} />}
      <p role="status" className="admin-status">
        {notice}
      </p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? strings.saving : submitLabel}
        </button>
      </div>
    </form>
  );
}

function TeamsPanel({ adminApi, me, organisation }: { adminApi: AdminApi; me: Me; organisation: Organisation }) {
  const strings = useAdminStrings();
  const teamsStrings = strings.organisations.teams;
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [name, setName] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let live = true;
    setTeams(null);
    adminApi.teams(organisation.id).then(
      (found) => live && setTeams(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi, organisation.id]);

  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = name.trim();
    const problems: FieldIssue[] =
      trimmed === ''
        ? [{ field: 'name', issue: 'required' }]
        : trimmed.length > 200
          ? [{ field: 'name', issue: 'tooLong', values: { max: 200 } }]
          : [];
    setIssues(problems);
    setNotice('');
    if (problems.length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const team = await adminApi.createTeam(organisation.id, trimmed);
      setTeams((current) => [...(current ?? []), team].sort((a, b) => a.name.localeCompare(b.name)));
      setName('');
      setNotice(format(teamsStrings.created, { name: team.name }));
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="teams-title" data-testid="teams">
      <h4 id="teams-title">{format(teamsStrings.title, { name: organisation.name })}</h4>
      {failure === null ? null : <AdminError error={failure} />}
      {teams === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {teams !== null && teams.length === 0 ? <p>{teamsStrings.empty}</p> : null}
      {teams === null || teams.length === 0 ? null : (
        <ul data-testid="team-list">
          {teams.map((team) => (
            <li key={team.id}>
              <bdi>{team.name}</bdi>
            </li>
          ))}
        </ul>
      )}
      {mayCreateTeamIn(me, organisation.id) ? (
        <form onSubmit={(event) => void create(event)} noValidate data-testid="team-create">
          <TextField
            id="team-create-name"
            label={teamsStrings.name}
            value={name}
            maxLength={200}
            required
            issue={issueOf(issues, 'name')}
            onChange={setName}
          />
          <p role="status" className="admin-status">
            {notice}
          </p>
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? strings.saving : teamsStrings.submit}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function OrganisationDetail({
  adminApi,
  me,
  organisation,
  onChanged,
}: {
  adminApi: AdminApi;
  me: Me;
  organisation: Organisation;
  onChanged: (organisation: Organisation) => void;
}) {
  const strings = useAdminStrings();
  const orgs = strings.organisations;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const manage = mayManageOrganisations(me);
  const setActive = async (active: boolean): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await adminApi.updateOrganisation(organisation.id, organisation.version, { active }));
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="admin-detail" data-testid="organisation-detail" data-organisation-id={organisation.id}>
      <p>
        <a href="#/staff/admin/organisations">{strings.users.detail.back}</a>
      </p>
      {manage ? (
        <>
          <OrganisationFields
            adminApi={adminApi}
            idPrefix="organisation-edit"
            title={format(orgs.edit.title, { name: organisation.name })}
            submitLabel={orgs.edit.submit}
            initial={organisationForm(organisation)}
            toBody={(form) => organisationPatch(organisation, form)}
            onSubmit={async (body) =>
              onChanged(await adminApi.updateOrganisation(organisation.id, organisation.version, body))
            }
          />
          <p className="hint">{orgs.deactivateHint}</p>
          {failure === null ? null : <AdminError error={failure} />}
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => void setActive(!organisation.active)}
            >
              {organisation.active ? orgs.deactivate : orgs.reactivate}
            </button>
          </div>
        </>
      ) : (
        <h4>
          <bdi>{organisation.name}</bdi>
          {organisation.id === me.user.organisationId ? ` (${orgs.yourOrganisation})` : null}
        </h4>
      )}
      {mayReadTeamsOf(me, organisation.id) ? (
        <TeamsPanel adminApi={adminApi} me={me} organisation={organisation} />
      ) : null}
    </section>
  );
}

/**
 * Organisations and teams: the directory (inactive ones too for `organisation.manage`), adding and
 * changing or deactivating an organisation, and the teams of an organisation with `team.manage`.
 */
export function OrganisationsPage({ adminApi, me, rest }: { adminApi: AdminApi; me: Me; rest: readonly string[] }) {
  const strings = useAdminStrings();
  const orgs = strings.organisations;
  const { language } = useI18n();
  const manage = mayManageOrganisations(me);
  const [list, setList] = useState<Organisation[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [kind, setKind] = useState('');
  const provinces = useProvinces(adminApi, 'KH');
  const openId = rest[0];

  useEffect(() => {
    let live = true;
    setList(null);
    setFailure(null);
    adminApi.organisations({ includeInactive: manage, ...(kind === '' ? {} : { kind }) }).then(
      (found) => live && setList(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi, manage, kind]);

  const replace = (changed: Organisation) =>
    setList((current) => (current ?? []).map((item) => (item.id === changed.id ? changed : item)));
  const provinceName = (code: string | null) => {
    if (code === null) return strings.none;
    const place = provinces.find((candidate) => candidate.code === code);
    return place === undefined ? code : placeName(place, language);
  };

  const opened = openId === undefined ? undefined : list?.find((item) => item.id === openId);
  return (
    <section aria-labelledby="admin-organisations-title">
      <h3 id="admin-organisations-title">{orgs.title}</h3>
      {openId === undefined ? <p className="hint">{orgs.intro}</p> : null}
      {failure === null ? null : <AdminError error={failure} />}
      {list === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {openId !== undefined && list !== null && opened === undefined ? (
        <p>
          {strings.users.detail.notFound} <a href="#/staff/admin/organisations">{strings.users.detail.back}</a>
        </p>
      ) : null}
      {opened === undefined ? null : (
        <OrganisationDetail adminApi={adminApi} me={me} organisation={opened} onChanged={replace} />
      )}
      {openId !== undefined || list === null ? null : (
        <>
          <SelectField
            id="organisations-filter-kind"
            label={orgs.kindFilter}
            value={kind}
            options={[
              { value: '', label: orgs.anyKind },
              ...ORGANISATION_KINDS.map((value) => ({ value, label: kindLabel(strings, value) })),
            ]}
            onChange={setKind}
          />
          {list.length === 0 ? (
            <p>{orgs.empty}</p>
          ) : (
            <div className="admin-table-wrap">
              <table className="admin-table" data-testid="organisations-table">
                <thead>
                  <tr>
                    <th scope="col">{orgs.columns.name}</th>
                    <th scope="col">{orgs.columns.kind}</th>
                    <th scope="col">{orgs.columns.province}</th>
                    <th scope="col">{orgs.columns.contact}</th>
                    <th scope="col">{orgs.columns.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((organisation) => (
                    <tr
                      key={organisation.id}
                      data-testid="organisation-row"
                      data-name={organisation.name}
                      data-active={String(organisation.active)}
                    >
                      <th scope="row">
                        <a href={`#/staff/admin/organisations/${encodeURIComponent(organisation.id)}`}>
                          <bdi>{organisation.name}</bdi>
                        </a>
                        {organisation.shortName === null ? null : (
                          <span className="hint">
                            {' '}
                            (<bdi>{organisation.shortName}</bdi>)
                          </span>
                        )}
                      </th>
                      <td>{kindLabel(strings, organisation.kind)}</td>
                      <td>{provinceName(organisation.provinceCode)}</td>
                      <td>
                        {organisation.phone === null ? null : (
                          <a href={`tel:${organisation.phone.replace(/[^\d+]/gu, '')}`}>
                            <bdi>{organisation.phone}</bdi>
                          </a>
                        )}
                        {organisation.phone !== null && organisation.email !== null ? ' · ' : null}
                        {organisation.email === null ? null : (
                          <a href={`mailto:${organisation.email}`}>
                            <bdi>{organisation.email}</bdi>
                          </a>
                        )}
                        {organisation.phone === null && organisation.email === null ? strings.none : null}
                      </td>
                      <td>{organisation.active ? orgs.active : orgs.inactive}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {manage ? (
            <OrganisationFields
              adminApi={adminApi}
              idPrefix="organisation-create"
              title={orgs.create.title}
              submitLabel={orgs.create.submit}
              initial={EMPTY_ORGANISATION_FORM}
              toBody={createOrganisationBody}
              resetAfterSubmit
              onSubmit={async (body) => {
                const created = await adminApi.createOrganisation(body);
                setList((current) => [...(current ?? []), created].sort((a, b) => a.name.localeCompare(b.name)));
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
