import { Suspense, useEffect, useMemo, useState, type FormEvent } from 'react';
import type { FetchLike } from '../report/submit-tip.ts';
import { format } from '../i18n/language.ts';
import { StaffError } from './StaffError.tsx';
import { createStaffApi, StaffApiError, type Me, type StaffApi } from './staff-api.ts';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';
import { viewsFor } from './staff-views.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useStaffStrings } from './use-staff-strings.ts';

function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

function LoginForm({ api, onSignedIn }: { api: StaffApi; onSignedIn: (me: Me) => void }) {
  const staff = useStaffStrings();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      onSignedIn(await api.login({ login: login.trim(), password, totpCode: totpCode.trim() }));
    } catch (error) {
      setFailure(asStaffError(error));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="staff-login" data-testid="staff-login">
      <label htmlFor="staff-login">{staff.login}</label>
      <input
        id="staff-login"
        autoComplete="username"
        value={login}
        onChange={(event) => setLogin(event.target.value)}
        required
      />
      <label htmlFor="staff-password">{staff.password}</label>
      <input
        id="staff-password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
      />
      <label htmlFor="staff-totp">{staff.totp}</label>
      <p id="staff-totp-hint" className="hint">
        {staff.totpHint}
      </p>
      <input
        id="staff-totp"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        aria-describedby="staff-totp-hint"
        value={totpCode}
        onChange={(event) => setTotpCode(event.target.value)}
      />
      {failure === null ? null : <StaffError error={failure} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? staff.signingIn : staff.signIn}
        </button>
      </div>
    </form>
  );
}

/**
 * The staff workspace: sign-in (with the authenticator code), then the views the signed-in
 * user's permissions allow. It holds nothing the API did not give: the session is an HttpOnly
 * cookie, and the CSRF token comes from `/api/auth/me`.
 */
export function StaffPage({ fetchImpl, path }: { fetchImpl: FetchLike; path: readonly string[] }) {
  const staff = useStaffStrings();
  const api = useMemo(() => createStaffApi(fetchImpl), [fetchImpl]);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const { language } = useI18n();

  useEffect(() => {
    let live = true;
    api.me().then(
      (current) => live && setMe(current),
      (error: unknown) => {
        if (!live) return;
        setMe(null);
        setFailure(asStaffError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const allowed = me === null || me === undefined ? [] : viewsFor(me);
  // The address names the view; without one (or with one the role may not open) the first allowed view shows.
  const current = allowed.find((item) => item.id === path[0]) ?? allowed[0] ?? null;
  const rest = current !== null && current.id === path[0] ? path.slice(1) : [];

  const signOut = async (): Promise<void> => {
    if (me === null || me === undefined) return;
    try {
      await api.logout(me.csrfToken);
      setMe(null);
    } catch (error) {
      setFailure(asStaffError(error));
    }
  };

  return (
    <section aria-labelledby="staff-title" className="staff-page">
      <h2 id="staff-title">{staff.title}</h2>
      {me === undefined ? <p className="hint">{staff.loading}</p> : null}
      {me === null ? (
        <>
          <p>{staff.intro}</p>
          {failure === null ? null : <StaffError error={failure} />}
          <LoginForm
            api={api}
            onSignedIn={(signedIn) => {
              setFailure(null);
              setMe(signedIn);
            }}
          />
        </>
      ) : null}
      {me === null || me === undefined ? null : (
        <>
          <p data-testid="staff-signed-in">
            {format(staff.signedInAs, { name: me.user.displayName, roles: me.user.roles.join(', ') })}{' '}
            <button type="button" className="button secondary" onClick={() => void signOut()}>
              {staff.signOut}
            </button>
          </p>
          {failure === null ? null : <StaffError error={failure} />}
          {me.user.mustChangePassword === true ? (
            <PasswordChangeForm api={api} me={me} onChanged={setMe} />
          ) : allowed.length === 0 ? (
            <p>{staff.noViews}</p>
          ) : (
            <nav aria-label={staff.menuLabel} className="staff-menu" data-testid="staff-menu">
              {allowed
                .filter((item) => item.inMenu)
                .map((item) => (
                  <a
                    key={item.id}
                    href={`#/staff/${item.id}`}
                    aria-current={current?.id === item.id ? 'page' : undefined}
                  >
                    {item.title(language)}
                  </a>
                ))}
            </nav>
          )}
          {current === null || me.user.mustChangePassword === true ? null : (
            <Suspense fallback={<p className="hint">{staff.loading}</p>}>
              {current.render({ api, fetchImpl, me, rest })}
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
