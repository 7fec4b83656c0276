import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Province, StaffApiError } from '../staff-api.ts';
import { OpenCriminalCaseForm } from './OpenCriminalCaseForm.tsx';
import { asStaffError } from './prosecution-errors.ts';
import type { CriminalCasePage, ProsecutionApi } from './prosecution-api.ts';
import { caseReference, dateText } from './prosecution-labels.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { provinceName } from './province-names.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

export const CASES_PER_PAGE = 20;

/** The organisation's criminal cases, newest first, a page at a time; opening one for roles that write. */
export function CriminalCaseList({
  prosecution,
  provinces,
  canWrite,
}: {
  prosecution: ProsecutionApi;
  provinces: readonly Province[];
  canWrite: boolean;
}) {
  const { language } = useI18n();
  const strings = useProsecutionStrings();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<CriminalCasePage | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [opening, setOpening] = useState(false);

  useEffect(() => {
    let live = true;
    setFailure(null);
    prosecution.criminalCases({ limit: CASES_PER_PAGE, offset }).then(
      (found) => live && setPage(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [prosecution, offset]);

  const items = page?.items ?? [];
  return (
    <section aria-labelledby="criminal-cases-title" data-testid="criminal-cases">
      <h3 id="criminal-cases-title">{strings.title}</h3>
      <p className="hint">{strings.cases.intro}</p>
      {canWrite ? (
        <div className="actions">
          <button
            type="button"
            className="button secondary"
            aria-expanded={opening}
            onClick={() => setOpening(!opening)}
          >
            {strings.openCase.button}
          </button>
        </div>
      ) : null}
      {opening ? (
        <OpenCriminalCaseForm
          prosecution={prosecution}
          provinces={provinces}
          onCancel={() => setOpening(false)}
          onOpened={(opened) => {
            window.location.hash = `#/staff/criminal-cases/${encodeURIComponent(opened.id)}`;
          }}
        />
      ) : null}
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'other' }} />}
      {page === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {page !== null && items.length === 0 && offset === 0 ? <p>{strings.cases.empty}</p> : null}
      {items.length === 0 ? null : (
        <>
          <p className="hint">{format(strings.cases.pageOf, { from: offset + 1, to: offset + items.length })}</p>
          <ul className="criminal-case-list" aria-label={strings.cases.listLabel} data-testid="criminal-case-list">
            {items.map((item) => (
              <li key={item.id} data-testid="criminal-case" data-criminal-case-id={item.id}>
                <a href={`#/staff/criminal-cases/${encodeURIComponent(item.id)}`}>
                  <strong>
                    <bdi>{caseReference(item, strings)}</bdi>
                  </strong>
                </a>
                <dl className="criminal-case-facts">
                  <dt>{strings.cases.unit}</dt>
                  <dd>{item.unit ?? strings.cases.noUnit}</dd>
                  <dt>{strings.cases.province}</dt>
                  <dd>{provinceName(item.provinceCode, provinces, language) ?? strings.cases.noUnit}</dd>
                  <dt>{strings.cases.stage}</dt>
                  <dd data-testid="criminal-case-stage">
                    {item.currentStage === null ? strings.cases.noStage : strings.stages.names[item.currentStage]}
                  </dd>
                  <dt>{strings.cases.opened}</dt>
                  <dd>{dateText(item.createdAt, language)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      {page === null || (offset === 0 && items.length < CASES_PER_PAGE) ? null : (
        <nav className="actions" aria-label={strings.cases.listLabel}>
          <button
            type="button"
            className="button secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - CASES_PER_PAGE))}
          >
            {strings.cases.newer}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={items.length < CASES_PER_PAGE}
            onClick={() => setOffset(offset + CASES_PER_PAGE)}
          >
            {strings.cases.older}
          </button>
        </nav>
      )}
    </section>
  );
}
