import { useState, type FormEvent } from 'react';
import { format } from '../i18n/language.ts';
import { StaffError } from './StaffError.tsx';
import { StaffApiError, type Me, type StaffApi } from './staff-api.ts';
import { useStaffStrings } from './use-staff-strings.ts';

/** The server's minimum (passwordSchema in @raksa/server); it checks again. */
export const MIN_PASSWORD_LENGTH = 12;

/** What is wrong with the two new passwords before they are sent, or null. */
export function newPasswordProblem(next: string, repeat: string): 'tooShort' | 'mismatch' | null {
  if ([...next].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (next !== repeat) return 'mismatch';
  return null;
}

/**
 * Shown instead of the workspace while the account holds a temporary password (the API refuses
 * everything else until then): the temporary password, the new one twice.
 */
export function PasswordChangeForm({ api, me, onChanged }: { api: StaffApi; me: Me; onChanged: (me: Me) => void }) {
  const strings = useStaffStrings().passwordChange;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const local = newPasswordProblem(next, repeat);
    if (local !== null) {
      setProblem(strings[local]);
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      onChanged(await api.changePassword({ currentPassword: current, newPassword: next }, me.csrfToken));
    } catch (error) {
      const typed = error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
      if (typed.code === 'validation_failed') setProblem(format(strings.refused, { message: typed.message }));
      else setFailure(typed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="staff-login" data-testid="password-change">
      <h3>{strings.title}</h3>
      <p>{strings.intro}</p>
      <label htmlFor="password-current">{strings.current}</label>
      <input
        id="password-current"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        required
      />
      <label htmlFor="password-next">{strings.next}</label>
      <p id="password-next-hint" className="hint">
        {strings.hint}
      </p>
      <input
        id="password-next"
        type="password"
        autoComplete="new-password"
        aria-describedby="password-next-hint"
        value={next}
        onChange={(event) => setNext(event.target.value)}
        required
      />
      <label htmlFor="password-repeat">{strings.repeat}</label>
      <input
        id="password-repeat"
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
        required
      />
      {problem === null ? null : (
        <p className="error" role="alert" data-testid="password-change-problem">
          {problem}
        </p>
      )}
      {failure === null ? null : <StaffError error={failure} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? strings.saving : strings.save}
        </button>
      </div>
    </form>
  );
}
