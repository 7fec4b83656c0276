import { StaffError } from '../StaffError.tsx';
import { StaffApiError } from '../staff-api.ts';
import { useActivityStrings } from './use-activity-strings.ts';

type ActivityCode = keyof ReturnType<typeof useActivityStrings>['errors'];

export function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

/**
 * A failure of a case activity request in plain words: the codes these sections meet (consent,
 * conflicts, file limits) in their own words, every other one as the workspace says it.
 */
export function ActivityError({ error }: { error: StaffApiError }) {
  const messages = useActivityStrings().errors;
  if (!Object.hasOwn(messages, error.code)) return <StaffError error={error} />;
  return (
    <div className="error" role="alert" data-testid="staff-error" data-code={error.code}>
      <p>{messages[error.code as ActivityCode]}</p>
    </div>
  );
}
