import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import { errorMessage, type ErrorContext } from './prosecution-errors.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** A failure, announced (role=alert), in plain words for what the user was doing. */
export function ProsecutionError({ error, context }: { error: StaffApiError; context: ErrorContext }) {
  const strings = useProsecutionStrings();
  const { text, known } = errorMessage(error, context, strings);
  return (
    <div className="error" role="alert" data-testid="prosecution-error" data-code={error.code}>
      <p>{text}</p>
      {known ? null : <p className="hint">{format(strings.errors.details, { message: error.message })}</p>}
    </div>
  );
}
