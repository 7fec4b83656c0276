import { format } from '../i18n/language.ts';
import type { StaffApiError } from './staff-api.ts';
import type { StaffStrings } from './staff-strings-en.ts';
import { useStaffStrings } from './use-staff-strings.ts';

type KnownCode = Exclude<keyof StaffStrings['errors'], 'unexpected'>;

/** An API failure in plain words; the server's own message is kept for whoever helps. */
export function StaffError({ error }: { error: StaffApiError }) {
  const messages = useStaffStrings().errors;
  const known = Object.hasOwn(messages, error.code) && error.code !== 'unexpected';
  return (
    <div className="error" role="alert" data-testid="staff-error" data-code={error.code}>
      <p>{known ? messages[error.code as KnownCode] : format(messages.unexpected, { code: error.code })}</p>
    </div>
  );
}
