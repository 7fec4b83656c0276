import { format } from '../../i18n/language.ts';
import { StaffApiError } from '../staff-api.ts';
import type { IntakeStrings } from './intake-strings-en.ts';
import { useIntakeStrings } from './use-intake-strings.ts';

type KnownCode = Exclude<keyof IntakeStrings['errors'], 'unexpected' | 'details'>;

export function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

/**
 * A failed intake request in plain words (announced), with the server's own message kept for
 * whoever helps: a 400's message names the field the server refused.
 */
export function IntakeError({ error, lead }: { error: StaffApiError; lead?: string }) {
  const messages = useIntakeStrings().errors;
  const known = Object.hasOwn(messages, error.code) && error.code !== 'unexpected' && error.code !== 'details';
  return (
    <div className="error" role="alert" data-testid="intake-error" data-code={error.code} data-status={error.status}>
      {lead === undefined ? null : <p>{lead}</p>}
      <p>{known ? messages[error.code as KnownCode] : format(messages.unexpected, { code: error.code })}</p>
      {error.message === '' ? null : <p className="hint">{format(messages.details, { message: error.message })}</p>}
    </div>
  );
}
