/**
 * The criminal cases in which a person is a victim or a suspect, each linking to its page; for the
 * person's place on the case page. Uses `GET /api/criminal-cases?personId=` (the server's filter:
 * the page never reads all cases to filter them here).
 */
import { useEffect, useState } from 'react';
import { format } from '../../i18n/language.ts';
import type { FetchLike } from '../../report/submit-tip.ts';
import type { StaffApiError } from '../staff-api.ts';
import { asStaffError } from './prosecution-errors.ts';
import { fetchCriminalCasesOfPerson, type CriminalCase } from './prosecution-api.ts';
import { caseReference } from './prosecution-labels.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import type { ProsecutionStrings } from './prosecution-strings-en.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** The list itself, from cases already loaded. */
export function CriminalCaseLinks({ cases, strings }: { cases: readonly CriminalCase[]; strings: ProsecutionStrings }) {
  if (cases.length === 0) return <p className="hint">{strings.personCases.none}</p>;
  return (
    <ul data-testid="person-criminal-cases">
      {cases.map((item) => (
        <li key={item.id}>
          <a href={`#/staff/criminal-cases/${encodeURIComponent(item.id)}`}>
            <bdi>
              {format(strings.personCases.entry, {
                reference: caseReference(item, strings),
                stage: item.currentStage === null ? strings.cases.noStage : strings.stages.names[item.currentStage],
              })}
            </bdi>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function CriminalCasesOfPerson({ fetchImpl, personId }: { fetchImpl: FetchLike; personId: string }) {
  const strings = useProsecutionStrings();
  const [cases, setCases] = useState<CriminalCase[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  useEffect(() => {
    let live = true;
    setCases(null);
    setFailure(null);
    fetchCriminalCasesOfPerson(fetchImpl, personId).then(
      (found) => live && setCases(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [fetchImpl, personId]);

  return (
    <section aria-labelledby={`person-criminal-cases-${personId}`} data-testid="criminal-cases-of-person">
      <h4 id={`person-criminal-cases-${personId}`}>{strings.personCases.heading}</h4>
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'personCases' }} />}
      {cases === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {cases === null ? null : <CriminalCaseLinks cases={cases} strings={strings} />}
    </section>
  );
}
