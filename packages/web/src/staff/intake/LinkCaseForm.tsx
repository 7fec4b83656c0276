import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApi, StaffApiError } from '../staff-api.ts';
import { matchCases, victimName } from './case-search.ts';
import type { CaseSummary, IntakeApi } from './intake-api.ts';
import { asStaffError, IntakeError } from './IntakeError.tsx';
import { useIntakeStrings } from './use-intake-strings.ts';

const SHOWN = 20;

function CaseChoice(props: { item: CaseSummary; busy: boolean; onChoose: (caseId: string) => void }) {
  const { item, busy, onChoose } = props;
  const { language } = useI18n();
  const strings = useIntakeStrings().link;
  const name = item.victim === null ? null : victimName(item.victim);
  return (
    <li data-testid="case-choice" data-case-id={item.id} data-case-number={item.caseNumber}>
      <button type="button" className="button secondary" disabled={busy} onClick={() => onChoose(item.id)}>
        {format(strings.choose, { number: item.caseNumber })}
      </button>{' '}
      <span>
        {item.victim?.hiddenName === true ? (
          strings.victimHidden
        ) : name === null ? (
          strings.noVictimName
        ) : (
          <bdi>{name}</bdi>
        )}
      </span>
      <span className="hint">
        {' · '}
        {format(strings.opened, { date: new Date(item.openedAt).toLocaleDateString(language) })}
      </span>
    </li>
  );
}

/**
 * Choose the existing case a tip belongs to: the open cases the role may read (`GET /api/cases`),
 * searched by number or victim name, with the cases of records sharing an identifier with the tip first.
 */
export function LinkCaseForm(props: {
  api: StaffApi;
  intake: IntakeApi;
  tipId: string;
  busy: boolean;
  onChoose: (caseId: string) => void;
  onCancel: () => void;
}) {
  const { api, intake, tipId, busy, onChoose, onCancel } = props;
  const strings = useIntakeStrings();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [linkedCaseIds, setLinkedCaseIds] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  useEffect(() => {
    let live = true;
    intake.cases().then(
      (found) => live && setCases(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    // The suggestions are a help, not required: without them the search still works.
    api.tipLinks(tipId).then(
      (links) => live && setLinkedCaseIds(links.items.flatMap((link) => (link.caseId === null ? [] : [link.caseId]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, intake, tipId]);

  const suggested = (cases ?? []).filter((item) => linkedCaseIds.includes(item.id));
  const found = cases === null ? [] : matchCases(cases, query).slice(0, SHOWN);
  const searchId = `case-search-${tipId}`;
  return (
    <div className="triage-form" data-testid="link-case">
      <h5>{strings.link.heading}</h5>
      {failure === null ? null : <IntakeError error={failure} />}
      {cases === null && failure === null ? <p className="hint">{strings.link.loadingCases}</p> : null}
      {suggested.length === 0 ? null : (
        <>
          <p>{strings.link.suggested}</p>
          <ul className="case-choices" data-testid="suggested-cases">
            {suggested.map((item) => (
              <CaseChoice key={item.id} item={item} busy={busy} onChoose={onChoose} />
            ))}
          </ul>
        </>
      )}
      <label htmlFor={searchId}>{strings.link.search}</label>
      <input
        id={searchId}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      {cases === null ? null : (
        <>
          <p aria-live="polite">{found.length === 0 ? strings.link.noCases : strings.link.results}</p>
          <ul className="case-choices" data-testid="case-results">
            {found.map((item) => (
              <CaseChoice key={item.id} item={item} busy={busy} onChoose={onChoose} />
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="button secondary" onClick={onCancel}>
          {strings.actions.cancel}
        </button>
      </div>
    </div>
  );
}
