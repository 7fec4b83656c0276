import { useEffect, useRef, useState } from 'react';
import { format } from '../../i18n/language.ts';
import { useAdminStrings } from './use-admin-strings.ts';

/**
 * A temporary password, shown once with a warning and a copy button. The parent holds it only
 * until _hide_ (`onDismiss`), and drops it then: nothing keeps it afterwards.
 */
export function TemporaryPassword({
  login,
  password,
  onDismiss,
}: {
  login: string;
  password: string;
  onDismiss: () => void;
}) {
  const strings = useAdminStrings().password;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const copyPassword = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="admin-password" aria-labelledby="admin-password-title" data-testid="temporary-password">
      <h4 id="admin-password-title" tabIndex={-1} ref={heading}>
        {format(strings.title, { login })}
      </h4>
      <p className="admin-warning">{strings.warning}</p>
      <p>
        <span>{strings.label}: </span>
        <code data-testid="temporary-password-value" translate="no">
          {password}
        </code>
      </p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void copyPassword()}>
          {strings.copy}
        </button>
        <button type="button" className="button primary" onClick={onDismiss}>
          {strings.dismiss}
        </button>
      </div>
      <p role="status" className="hint">
        {copy === 'copied' ? strings.copied : copy === 'failed' ? strings.copyFailed : ''}
      </p>
    </section>
  );
}
