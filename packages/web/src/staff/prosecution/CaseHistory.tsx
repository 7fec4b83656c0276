import { useI18n } from '../../i18n/i18n-context.tsx';
import type { Me, Province, StaffApiError } from '../staff-api.ts';
import { historyLines } from './history-lines.ts';
import { momentText } from './prosecution-labels.ts';
import type { CriminalCaseDetail, HistoryEntry, PersonSummary } from './prosecution-api.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { usePartyName } from './use-party-names.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** The field history of the case and its suspects' outcomes (`GET /api/criminal-cases/{id}/history`), newest first. */
export function CaseHistory({
  entries,
  failure,
  detail,
  me,
  persons,
  provinces,
}: {
  entries: readonly HistoryEntry[] | null;
  failure: StaffApiError | null;
  detail: CriminalCaseDetail;
  me: Me;
  persons: ReadonlyMap<string, PersonSummary | null>;
  provinces: readonly Province[];
}) {
  const { language } = useI18n();
  const strings = useProsecutionStrings();
  const nameOf = usePartyName(persons);
  const lines =
    entries === null
      ? []
      : historyLines(entries, {
          strings,
          language,
          provinces,
          outcomes: detail.outcomes,
          nameOf,
          myUserId: me.user.id,
        }).reverse();

  return (
    <section aria-labelledby="criminal-case-history" data-testid="criminal-case-history">
      <h4 id="criminal-case-history">{strings.history.heading}</h4>
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'other' }} />}
      <details>
        <summary>{strings.history.show}</summary>
        {entries !== null && lines.length === 0 ? <p className="hint">{strings.history.none}</p> : null}
        <ol className="case-history" data-testid="history-lines">
          {lines.map((line) => (
            <li key={line.id} data-testid="history-line">
              <time dateTime={line.changedAt}>{momentText(line.changedAt, language)}</time>{' '}
              {line.subject === null ? null : <strong>{line.subject}: </strong>}
              <bdi>{line.text}</bdi> <span className="hint">({line.by})</span>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
