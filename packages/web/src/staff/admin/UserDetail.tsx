import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Me, StaffApiError } from '../staff-api.ts';
import { grantableRoles, isKnownRole } from './admin-access.ts';
import type { AdminApi, AdminUser, HistoryEntry, Team, UserWithPassword } from './admin-api.ts';
import { AdminError, asStaffError } from './AdminError.tsx';
import { FormIssues, SelectField, TextField } from './AdminFields.tsx';
import { isLockedOut, issueOf, userEditForm, userPatch, type FieldIssue, type UserEditForm } from './admin-forms.ts';
import { RoleChoice } from './RoleChoice.tsx';
import { TemporaryPassword } from './TemporaryPassword.tsx';
import { historyRows } from './user-history.ts';
import { useAdminStrings } from './use-admin-strings.ts';

interface UserDetailProps {
  adminApi: AdminApi;
  me: Me;
  user: AdminUser;
  teams: readonly Team[];
  userName: (id: string) => string | undefined;
  organisationName: (id: string) => string | undefined;
  onChanged: (user: AdminUser) => void;
}

function UserHistory({
  adminApi,
  user,
  teams,
  userName,
  organisationName,
}: Pick<UserDetailProps, 'adminApi' | 'user' | 'teams' | 'userName' | 'organisationName'>) {
  const strings = useAdminStrings();
  const detail = strings.users.detail;
  const { language } = useI18n();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  useEffect(() => {
    let live = true;
    setFailure(null);
    adminApi.userHistory(user.id).then(
      (found) => live && setEntries(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
    // Reloaded after every change: the version moves on.
  }, [adminApi, user.id, user.version]);

  const rows =
    entries === null
      ? []
      : historyRows(entries, strings, {
          team: (id) => teams.find((team) => team.id === id)?.name,
          user: userName,
          organisation: organisationName,
          time: (iso) => new Date(iso).toLocaleString(language),
        });
  return (
    <section aria-labelledby="user-history-title" data-testid="user-history">
      <h4 id="user-history-title">{detail.historyTitle}</h4>
      {failure === null ? null : <AdminError error={failure} />}
      {entries === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {entries !== null && entries.length === 0 ? <p className="hint">{detail.historyEmpty}</p> : null}
      {rows.length === 0 ? null : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{detail.historyColumns.when}</th>
                <th scope="col">{detail.historyColumns.who}</th>
                <th scope="col">{detail.historyColumns.field}</th>
                <th scope="col">{detail.historyColumns.from}</th>
                <th scope="col">{detail.historyColumns.to}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-field={entries?.find((entry) => entry.id === row.id)?.field}>
                  <td>{row.changedAt}</td>
                  <td>
                    <bdi>{row.who}</bdi>
                  </td>
                  <td>{row.field}</td>
                  <td>
                    <bdi>{row.from}</bdi>
                  </td>
                  <td>
                    <bdi>{row.to}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One account: its name, team and roles to change, disabling, a password reset and the history. */
export function UserDetail({ adminApi, me, user, teams, userName, organisationName, onChanged }: UserDetailProps) {
  const strings = useAdminStrings();
  const detail = strings.users.detail;
  const { language } = useI18n();
  const [form, setForm] = useState<UserEditForm>(() => userEditForm(user));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'disable' | 'reset' | null>(null);
  const [removeTotp, setRemoveTotp] = useState(false);
  const [temporary, setTemporary] = useState<UserWithPassword | null>(null);
  const [unlockConflict, setUnlockConflict] = useState(false);

  // A new version of the account (after a change) resets the form to what the server answered.
  useEffect(() => {
    setForm(userEditForm(user));
    setIssues([]);
  }, [user]);

  const run = async (action: () => Promise<AdminUser>, done: string | null): Promise<void> => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      const changed = await action();
      onChanged(changed);
      setConfirming(null);
      setNotice(done);
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  // A lockout is lifted at the version read; when the account changed meanwhile, its current state is shown.
  const unlock = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    setUnlockConflict(false);
    try {
      onChanged(await adminApi.unlockUser(user.id, user.version));
      setNotice(detail.unlocked);
    } catch (error) {
      const failed = asStaffError(error);
      if (failed.code === 'version_conflict') {
        try {
          const now = (await adminApi.users({ organisationId: user.organisationId })).find(
            (candidate) => candidate.id === user.id,
          );
          if (now !== undefined) {
            onChanged(now);
            setUnlockConflict(true);
            return;
          }
        } catch (reloadError) {
          setFailure(asStaffError(reloadError));
          return;
        }
      }
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    const result = userPatch(user, form);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    if (Object.keys(result.body).length === 0) {
      setFailure(null);
      setNotice(detail.nothingChanged);
      return;
    }
    void run(() => adminApi.updateUser(user.id, user.version, result.body), strings.saved);
  };

  const resetPassword = (): void => {
    void run(async () => {
      const answer = await adminApi.resetPassword(user.id, user.version, removeTotp);
      setTemporary(answer);
      setRemoveTotp(false);
      return answer.user;
    }, null);
  };

  // Roles the administrator may not grant stay as they are, but are not offered.
  const offered = grantableRoles(me);
  const heldOnly = user.roles.filter((role) => !(offered as readonly string[]).includes(role));
  const self = user.id === me.user.id;
  const locked = isLockedOut(user, new Date());
  const time = (iso: string) => new Date(iso).toLocaleString(language);

  return (
    <section
      aria-labelledby="user-detail-title"
      className="admin-detail"
      data-testid="user-detail"
      data-user-id={user.id}
    >
      <p>
        <a href="#/staff/admin/users">{detail.back}</a>
      </p>
      <h4 id="user-detail-title">{format(detail.title, { name: user.displayName })}</h4>
      <p className="hint">
        <bdi>{user.login}</bdi> · {format(detail.created, { time: time(user.createdAt) })} ·{' '}
        {format(detail.failedLogins, { count: user.failedLoginCount })}
      </p>
      {temporary === null ? null : (
        <TemporaryPassword
          login={temporary.user.login}
          password={temporary.temporaryPassword}
          onDismiss={() => setTemporary(null)}
        />
      )}
      {failure === null ? null : <AdminError error={failure} />}
      {unlockConflict ? (
        <p className="error" role="alert" data-testid="unlock-conflict">
          {detail.unlockConflict}
        </p>
      ) : null}
      <p role="status" className="admin-status" data-testid="user-detail-status">
        {notice ?? ''}
      </p>

      <form onSubmit={save} noValidate aria-labelledby="user-edit-title">
        <h5 id="user-edit-title" className="admin-subheading">
          {detail.editTitle}
        </h5>
        <FormIssues issues={issues} />
        <TextField
          id="user-edit-name"
          label={detail.displayName}
          value={form.displayName}
          maxLength={200}
          required
          issue={issueOf(issues, 'displayName')}
          onChange={(displayName) => setForm({ ...form, displayName })}
        />
        <SelectField
          id="user-edit-team"
          label={detail.team}
          value={form.teamId}
          options={[
            { value: '', label: strings.users.noTeam },
            ...teams.map((team) => ({ value: team.id, label: team.name })),
          ]}
          onChange={(teamId) => setForm({ ...form, teamId })}
        />
        <RoleChoice
          idPrefix="user-edit"
          legend={detail.roles}
          roles={offered}
          chosen={form.roles}
          issue={issueOf(issues, 'roles')}
          onChange={(roles) => setForm({ ...form, roles })}
        />
        {heldOnly.length === 0 ? null : (
          <p className="hint">
            {format(detail.heldOnly, {
              roles: heldOnly.map((role) => (isKnownRole(role) ? strings.roles[role].name : role)).join(', '),
            })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? strings.saving : strings.save}
          </button>
        </div>
      </form>

      <h5 className="admin-subheading">{detail.accessTitle}</h5>
      {user.disabled ? <p data-testid="user-disabled">{detail.disabled}</p> : null}
      {locked && user.lockedUntil !== null ? (
        <p data-testid="user-locked">{format(detail.locked, { time: time(user.lockedUntil) })}</p>
      ) : null}
      <div className="actions">
        {locked ? (
          <button type="button" className="button primary" disabled={busy} onClick={() => void unlock()}>
            {detail.unlock}
          </button>
        ) : null}
        {user.disabled ? (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() =>
              void run(() => adminApi.updateUser(user.id, user.version, { disabled: false }), strings.saved)
            }
          >
            {detail.enable}
          </button>
        ) : self ? null : (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            aria-expanded={confirming === 'disable'}
            onClick={() => setConfirming(confirming === 'disable' ? null : 'disable')}
          >
            {detail.disable}
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          aria-expanded={confirming === 'reset'}
          onClick={() => setConfirming(confirming === 'reset' ? null : 'reset')}
        >
          {detail.reset}
        </button>
      </div>
      {confirming === 'disable' && !user.disabled ? (
        <div className="admin-confirm" data-testid="confirm-disable">
          <p>{detail.disableConfirm}</p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() =>
                void run(() => adminApi.updateUser(user.id, user.version, { disabled: true }), strings.saved)
              }
            >
              {detail.disableSubmit}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
              {strings.cancel}
            </button>
          </div>
        </div>
      ) : null}
      {confirming === 'reset' ? (
        <div className="admin-confirm" data-testid="confirm-reset">
          <p>{detail.resetConfirm}</p>
          {user.hasTotp ? (
            <div className="checkbox">
              <input
                id="user-reset-totp"
                type="checkbox"
                checked={removeTotp}
                onChange={(event) => setRemoveTotp(event.target.checked)}
              />
              <label htmlFor="user-reset-totp">{detail.removeTotp}</label>
            </div>
          ) : null}
          <div className="actions">
            <button type="button" className="button primary" disabled={busy} onClick={resetPassword}>
              {detail.resetSubmit}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
              {strings.cancel}
            </button>
          </div>
        </div>
      ) : null}

      <UserHistory
        adminApi={adminApi}
        user={user}
        teams={teams}
        userName={userName}
        organisationName={organisationName}
      />
    </section>
  );
}
