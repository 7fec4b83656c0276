import type { StaffViewProps } from '../staff-views.tsx';
import { CaseList } from './CaseList.tsx';
import { CasePage } from './CasePage.tsx';
import './cases.css';

/**
 * The `cases` view: the list at `#/staff/cases`, one case at `#/staff/cases/<id>`, and a section
 * of it at `#/staff/cases/<id>/<section>`. Loaded on demand with its strings.
 */
export function CasesView(props: StaffViewProps) {
  const [caseId, section] = props.rest;
  if (caseId === undefined || caseId === '')
    return <CaseList api={props.api} fetchImpl={props.fetchImpl} me={props.me} />;
  // A new case is a new page: nothing of the previous case's forms carries over.
  return <CasePage key={caseId} {...props} caseId={caseId} section={section ?? null} />;
}
