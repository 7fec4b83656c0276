import { format } from '../../i18n/language.ts';
import { StaffApiError } from '../staff-api.ts';
import type { AdminStrings } from './admin-strings-en.ts';
import { useAdminStrings } from './use-admin-strings.ts';

type KnownCode = Exclude<keyof AdminStrings['errors'], 'unexpected'>;

export function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

/**
 * An API failure in plain words, announced (role=alert); the server's own message (English, for
 * whoever helps) is under a disclosure.
 */
export function AdminError({ error }: { error: StaffApiError }) {
  const strings = useAdminStrings();
  const messages = strings.errors;
  const known = Object.hasOwn(messages, error.code) && error.code !== 'unexpected';
  return (
    <div className="error" role="alert" data-testid="admin-error" data-code={error.code}>
      <p>{known ? messages[error.code as KnownCode] : format(messages.unexpected, { code: error.code })}</p>
      {error.message === '' ? null : (
        <details className="admin-server-said">
          <summary>{strings.serverSaid}</summary>
          <p lang="en">{error.message}</p>
        </details>
      )}
    </div>
  );
}
