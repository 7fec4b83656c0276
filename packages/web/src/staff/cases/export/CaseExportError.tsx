import { StaffError } from '../../StaffError.tsx';
import type { StaffApiError } from '../../staff-api.ts';
import type { CaseExportStrings } from './export-strings-en.ts';
import { useCaseExportStrings } from './use-export-strings.ts';

type ExportErrorCode = keyof CaseExportStrings['errors'];

/**
 * A failed export in plain words: the export's own sentence where it has one (a refused role, a
 * refused request, an answer that is not the file), otherwise the staff workspace's (StaffError:
 * offline, session ended…). The server's code stays in `data-code` for whoever helps.
 */
export function CaseExportError({ error }: { error: StaffApiError }) {
  const messages = useCaseExportStrings().errors;
  if (!Object.hasOwn(messages, error.code)) return <StaffError error={error} />;
  return (
    <div className="error" role="alert" data-testid="staff-error" data-code={error.code}>
      <p>{messages[error.code as ExportErrorCode]}</p>
    </div>
  );
}
