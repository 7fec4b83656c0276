import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Me, StaffApiError } from '../staff-api.ts';
import { ADMIN_ROLES, grantableRoles, isKnownRole, managesAllUsers } from './admin-access.ts';
import type { AdminApi, AdminUser, Organisation, Team, UserWithPassword } from './admin-api.ts';
import { AdminError, asStaffError } from './AdminError.tsx';
import { FormIssues, SelectField, TextField } from './AdminFields.tsx';
import { createUserBody, isLockedOut, issueOf, type FieldIssue, type UserForm } from './admin-forms.ts';
import { Pager, pageOf } from './Pager.tsx';
import { RoleChoice } from './RoleChoice.tsx';
import { TemporaryPassword } from './TemporaryPassword.tsx';
import { UserDetail } from './UserDetail.tsx';
import { useAdminStrings } from './use-admin-strings.ts';

const PAGE_SIZE = 20;
type StateFilter = '' | 'active' | 'disabled' | 'locked';

function stateOf(user: AdminUser, now: Date): 'active' | 'disabled' | 'locked' {
  if (user.disabled) return 'disabled';
  return isLockedOut(user, now) ? 'locked' : 'active';
}

function CreateUserForm({
  adminApi,
  me,
  organisations,
  teamsOf,
  onCreated,
}: {
  adminApi: AdminApi;
  me: Me;
  organisations: readonly Organisation[];
  teamsOf: (organisationId: string) => readonly Team[];
  onCreated: (created: UserWithPassword) => void;
}) {
  const strings = useAdminStrings();
  const create = strings.users.create;
  const empty: UserForm = { login: '', displayName: '', organisationId: '', teamId: '', roles: [] };
  const [form, setForm] = useState<UserForm>(empty);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const all = managesAllUsers(me);
  const organisationId = form.organisationId === '' ? me.user.organisationId : form.organisationId;
  const teams = teamsOf(organisationId);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = createUserBody(form);
    setIssues(result.ok ? [] : result.issues);
    if (!result.ok) return;
    setBusy(true);
    setFailure(null);
    try {
      onCreated(await adminApi.createUser(result.body));
      setForm(empty);
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="user-create-title"
      data-testid="user-create"
    >
      <h4 id="user-create-title">{create.title}</h4>
      <FormIssues issues={issues} />
      <TextField
        id="user-create-login"
        label={create.login}
        hint={create.loginHint}
        value={form.login}
        maxLength={100}
        required
        issue={issueOf(issues, 'login')}
        onChange={(login) => setForm({ ...form, login })}
      />
      <TextField
        id="user-create-name"
        label={create.displayName}
        value={form.displayName}
        maxLength={200}
        required
        issue={issueOf(issues, 'displayName')}
        onChange={(displayName) => setForm({ ...form, displayName })}
      />
      {all ? (
        <SelectField
          id="user-create-organisation"
          label={create.organisation}
          value={organisationId}
          options={organisations
            .filter((organisation) => organisation.active || organisation.id === organisationId)
            .map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          onChange={(chosen) =>
            setForm({ ...form, organisationId: chosen === me.user.organisationId ? '' : chosen, teamId: '' })
          }
        />
      ) : null}
      <SelectField
        id="user-create-team"
        label={create.team}
        value={form.teamId}
        options={[
          { value: '', label: strings.users.noTeam },
          ...teams.map((team) => ({ value: team.id, label: team.name })),
        ]}
        onChange={(teamId) => setForm({ ...form, teamId })}
      />
      <RoleChoice
        idPrefix="user-create"
        legend={create.roles}
        roles={grantableRoles(me)}
        chosen={form.roles}
        issue={issueOf(issues, 'roles')}
        onChange={(roles) => setForm({ ...form, roles })}
      />
      {failure === null ? null : <AdminError error={failure} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? strings.saving : create.submit}
        </button>
      </div>
    </form>
  );
}

/**
 * Users and roles (`user.manage`): the accounts of the organisation (of every organisation for a
 * system administrator), filtered and paged; an account opened by its address
 * (`#/staff/admin/users/<id>`); a new account, whose temporary password is shown once.
 */
export function UsersPage({ adminApi, me, rest }: { adminApi: AdminApi; me: Me; rest: readonly string[] }) {
  const strings = useAdminStrings();
  const users = strings.users;
  const { language } = useI18n();
  const all = managesAllUsers(me);
  const [list, setList] = useState<AdminUser[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [teams, setTeams] = useState<Record<string, Team[]>>({});
  const [organisationFilter, setOrganisationFilter] = useState('');
  const [teamFilter, setTeamFilter] = useState('');
  const [roleFilter, setRoleFilter] = useState('');
  const [stateFilter, setStateFilter] = useState<StateFilter>('');
  const [page, setPage] = useState(1);
  const [created, setCreated] = useState<UserWithPassword | null>(null);
  const openId = rest[0];

  // The list: organisation and team are the API's filters; role and state are applied here.
  useEffect(() => {
    let live = true;
    setFailure(null);
    setList(null);
    const filter = {
      ...(organisationFilter === '' ? {} : { organisationId: organisationFilter }),
      ...(teamFilter === '' || teamFilter === 'none' ? {} : { teamId: teamFilter }),
    };
    adminApi.users(filter).then(
      (found) => live && setList(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi, organisationFilter, teamFilter]);

  // The directory (every session reads it): organisation names, and the choice of one for a system administrator.
  useEffect(() => {
    let live = true;
    adminApi.organisations({ includeInactive: all }).then(
      (found) => live && setOrganisations(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi, all]);

  // Teams of every organisation on the page (one's own always, for the forms).
  const organisationIds = useMemo(() => {
    const ids = new Set<string>([me.user.organisationId]);
    for (const user of list ?? []) ids.add(user.organisationId);
    if (organisationFilter !== '') ids.add(organisationFilter);
    if (all) for (const organisation of organisations) if (organisation.active) ids.add(organisation.id);
    return [...ids].sort();
  }, [all, list, me.user.organisationId, organisationFilter, organisations]);
  useEffect(() => {
    let live = true;
    const missing = organisationIds.filter((id) => !Object.hasOwn(teams, id));
    if (missing.length === 0) return;
    Promise.all(missing.map(async (id) => [id, await adminApi.teams(id)] as const)).then(
      (found) => live && setTeams((known) => ({ ...known, ...Object.fromEntries(found) })),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi, organisationIds, teams]);

  const teamsOf = (organisationId: string): Team[] => teams[organisationId] ?? [];
  const teamName = (id: string | null): string =>
    id === null
      ? strings.none
      : (Object.values(teams)
          .flat()
          .find((team) => team.id === id)?.name ?? '…');
  const organisationName = (id: string): string | undefined =>
    organisations.find((organisation) => organisation.id === id)?.name;
  const userName = (id: string) => list?.find((user) => user.id === id)?.displayName;
  const replace = (changed: AdminUser) =>
    setList((current) => (current ?? []).map((user) => (user.id === changed.id ? changed : user)));

  const now = new Date();
  const shown = (list ?? []).filter(
    (user) =>
      (teamFilter !== 'none' || user.teamId === null) &&
      (roleFilter === '' || user.roles.includes(roleFilter)) &&
      (stateFilter === '' || stateOf(user, now) === stateFilter),
  );
  const paged = pageOf(shown, page, PAGE_SIZE);
  const filterTeams = teamsOf(organisationFilter === '' ? me.user.organisationId : organisationFilter);
  const roleName = (role: string) => (isKnownRole(role) ? strings.roles[role].name : role);

  if (openId !== undefined) {
    const user = list?.find((candidate) => candidate.id === openId);
    return (
      <section aria-labelledby="admin-users-title">
        <h3 id="admin-users-title">{users.title}</h3>
        {failure === null ? null : <AdminError error={failure} />}
        {list === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
        {list !== null && user === undefined ? (
          <p>
            {users.detail.notFound} <a href="#/staff/admin/users">{users.detail.back}</a>
          </p>
        ) : null}
        {user === undefined ? null : (
          <UserDetail
            adminApi={adminApi}
            me={me}
            user={user}
            teams={teamsOf(user.organisationId)}
            userName={userName}
            organisationName={organisationName}
            onChanged={replace}
          />
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="admin-users-title">
      <h3 id="admin-users-title">{users.title}</h3>
      <p className="hint">{users.intro}</p>
      {created === null ? null : (
        <TemporaryPassword
          login={created.user.login}
          password={created.temporaryPassword}
          onDismiss={() => setCreated(null)}
        />
      )}
      {failure === null ? null : <AdminError error={failure} />}
      {list === null ? (
        failure === null ? (
          <p className="hint">{strings.loading}</p>
        ) : null
      ) : (
        <>
          <fieldset className="admin-filters">
            <legend>{users.filters}</legend>
            {all ? (
              <SelectField
                id="users-filter-organisation"
                label={users.organisation}
                value={organisationFilter}
                options={[
                  { value: '', label: users.anyOrganisation },
                  ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
                ]}
                onChange={(value) => {
                  setOrganisationFilter(value);
                  setTeamFilter('');
                  setPage(1);
                }}
              />
            ) : null}
            <SelectField
              id="users-filter-team"
              label={users.team}
              value={teamFilter}
              options={[
                { value: '', label: users.anyTeam },
                { value: 'none', label: users.noTeam },
                ...filterTeams.map((team) => ({ value: team.id, label: team.name })),
              ]}
              onChange={(value) => {
                setTeamFilter(value);
                setPage(1);
              }}
            />
            <SelectField
              id="users-filter-role"
              label={users.role}
              value={roleFilter}
              options={[
                { value: '', label: users.anyRole },
                ...ADMIN_ROLES.map((role) => ({ value: role, label: strings.roles[role].name })),
              ]}
              onChange={(value) => {
                setRoleFilter(value);
                setPage(1);
              }}
            />
            <SelectField
              id="users-filter-state"
              label={users.state}
              value={stateFilter}
              options={[
                { value: '', label: users.anyState },
                { value: 'active', label: users.states.active },
                { value: 'disabled', label: users.states.disabled },
                { value: 'locked', label: users.states.locked },
              ]}
              onChange={(value) => {
                setStateFilter(value as StateFilter);
                setPage(1);
              }}
            />
          </fieldset>
          {shown.length === 0 ? (
            <p data-testid="users-empty">{users.empty}</p>
          ) : (
            <div className="admin-table-wrap">
              <table className="admin-table" data-testid="users-table">
                <thead>
                  <tr>
                    <th scope="col">{users.columns.name}</th>
                    <th scope="col">{users.columns.login}</th>
                    {all ? <th scope="col">{users.organisation}</th> : null}
                    <th scope="col">{users.columns.team}</th>
                    <th scope="col">{users.columns.roles}</th>
                    <th scope="col">{users.columns.state}</th>
                    <th scope="col">{users.columns.lastLogin}</th>
                  </tr>
                </thead>
                <tbody>
                  {paged.items.map((user) => {
                    const state = stateOf(user, now);
                    return (
                      <tr key={user.id} data-testid="user-row" data-login={user.login} data-state={state}>
                        <th scope="row">
                          <a href={`#/staff/admin/users/${encodeURIComponent(user.id)}`}>
                            <bdi>{user.displayName}</bdi>
                          </a>
                        </th>
                        <td>
                          <bdi>{user.login}</bdi>
                        </td>
                        {all ? (
                          <td>
                            <bdi>{organisationName(user.organisationId) ?? '…'}</bdi>
                          </td>
                        ) : null}
                        <td>
                          <bdi>{teamName(user.teamId)}</bdi>
                        </td>
                        <td data-testid="user-roles">{user.roles.map(roleName).join(', ')}</td>
                        <td>
                          {users.states[state]}
                          {user.hasTotp ? <span className="hint"> · {users.twoStep}</span> : null}
                          {state === 'locked' && user.lockedUntil !== null ? (
                            <span className="hint">
                              {' '}
                              ·{' '}
                              {format(users.lockedUntil, { time: new Date(user.lockedUntil).toLocaleString(language) })}
                            </span>
                          ) : null}
                        </td>
                        <td>
                          {user.lastLoginAt === null
                            ? users.neverSignedIn
                            : new Date(user.lastLoginAt).toLocaleString(language)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={paged.page} pages={paged.pages} count={shown.length} onPage={setPage} />
          <CreateUserForm
            adminApi={adminApi}
            me={me}
            organisations={organisations}
            teamsOf={teamsOf}
            onCreated={(answer) => {
              setCreated(answer);
              setList((current) => [...(current ?? []), answer.user].sort((a, b) => a.login.localeCompare(b.login)));
            }}
          />
        </>
      )}
    </section>
  );
}
