import { StaffError } from '../StaffError.tsx';
import { StaffApiError } from '../staff-api.ts';
import type { CaseStrings } from './case-strings-en.ts';
import { useCaseStrings } from './use-case-strings.ts';

type CaseErrorCode = keyof CaseStrings['errors'];

export function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

/**
 * An API failure on the case page in plain words: the case workspace's own sentence where it has
 * one (a case not found, a stale version…), otherwise the staff workspace's (StaffError).
 */
export function CaseError({ error }: { error: StaffApiError }) {
  const messages = useCaseStrings().errors;
  if (!Object.hasOwn(messages, error.code)) return <StaffError error={error} />;
  return (
    <div className="error" role="alert" data-testid="staff-error" data-code={error.code}>
      <p>{messages[error.code as CaseErrorCode]}</p>
    </div>
  );
}
