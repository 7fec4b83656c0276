import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { FetchLike } from '../../report/submit-tip.ts';
import type { StaffApiError, Me, Province, StaffApi } from '../staff-api.ts';
import { createCaseApi, type CasePage } from './case-api.ts';
import { CASES_PER_PAGE, listQueryOf, NO_FILTERS, type CaseFilters as Filters } from './case-list-query.ts';
import { CASE_RISK_LEVELS, TRAFFICKING_STATUSES } from './case-codes.ts';
import { formatDate, personName, provinceName } from './case-display.ts';
import { asStaffError, CaseError } from './CaseError.tsx';
import { CaseExportPanel } from './export/CaseExportPanel.tsx';
import { useCaseStrings } from './use-case-strings.ts';

/** The cases the role may see (`GET /api/cases`), newest first, filtered and a page at a time. */
export function CaseList({ api, fetchImpl, me }: { api: StaffApi; fetchImpl: FetchLike; me: Me }) {
  const { language } = useI18n();
  const strings = useCaseStrings();
  const text = strings.list;
  const caseApi = useMemo(() => createCaseApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<{ filters: Filters; offset: number }>({ filters: NO_FILTERS, offset: 0 });
  const [page, setPage] = useState<CasePage | null>(null);
  const [provinces, setProvinces] = useState<Province[]>([]);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.provinces().then(
      (found) => live && setProvinces(found),
      // Without the place names the list still works: codes are shown instead.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    let live = true;
    setBusy(true);
    setFailure(null);
    caseApi.listCases(listQueryOf(applied.filters, applied.offset)).then(
      (found) => {
        if (!live) return;
        setPage(found);
        setBusy(false);
      },
      (error: unknown) => {
        if (!live) return;
        setFailure(asStaffError(error));
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [caseApi, applied]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setApplied({ filters: draft, offset: 0 });
  };

  const victimText = (item: CasePage['items'][number]): string => {
    if (item.victim === null || item.victim === undefined) return text.victimNotShown;
    if (item.victim.hiddenName === true) return text.nameHidden;
    return personName(item.victim) ?? text.noName;
  };

  const items = page?.items ?? [];
  const hasNext = page !== null && page.items.length === page.limit;
  return (
    <section aria-labelledby="cases-title" data-testid="case-list-view">
      <h3 id="cases-title">{text.title}</h3>
      <p className="hint">{text.intro}</p>
      <CaseExportPanel me={me} fetchImpl={fetchImpl} provinces={provinces} listFilters={applied.filters} />
      <form onSubmit={submit} className="case-filters" aria-label={text.filters} data-testid="case-filters">
        <div>
          <label htmlFor="case-filter-open">{text.open}</label>
          <select
            id="case-filter-open"
            value={draft.open}
            onChange={(event) => setDraft({ ...draft, open: event.target.value as Filters['open'] })}
          >
            <option value="">{text.openAny}</option>
            <option value="true">{text.openOnly}</option>
            <option value="false">{text.closedOnly}</option>
          </select>
        </div>
        <div>
          <label htmlFor="case-filter-status">{text.traffickingStatus}</label>
          <select
            id="case-filter-status"
            value={draft.traffickingStatus}
            onChange={(event) => setDraft({ ...draft, traffickingStatus: event.target.value })}
          >
            <option value="">{text.any}</option>
            {TRAFFICKING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {strings.codes.traffickingStatuses[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="case-filter-risk">{text.riskLevel}</label>
          <select
            id="case-filter-risk"
            value={draft.riskLevel}
            onChange={(event) => setDraft({ ...draft, riskLevel: event.target.value })}
          >
            <option value="">{text.any}</option>
            {CASE_RISK_LEVELS.map((risk) => (
              <option key={risk} value={risk}>
                {strings.codes.risks[risk]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="case-filter-province">{text.province}</label>
          <select
            id="case-filter-province"
            value={draft.province}
            onChange={(event) => setDraft({ ...draft, province: event.target.value })}
          >
            <option value="">{text.any}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {provinceName(province.code, provinces, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {text.apply}
          </button>
        </div>
      </form>
      {failure === null ? null : <CaseError error={failure} />}
      {page === null && failure === null ? <p className="hint">{strings.page.loading}</p> : null}
      {page !== null && items.length === 0 ? <p data-testid="case-list-empty">{text.empty}</p> : null}
      {items.length === 0 ? null : (
        <>
          <p className="hint" aria-live="polite">
            {format(text.shown, { from: applied.offset + 1, to: applied.offset + items.length })}
          </p>
          <ul className="case-list" data-testid="case-list">
            {items.map((item) => (
              <li key={item.id} data-testid="case-row" data-case-id={item.id}>
                <a href={`#/staff/cases/${encodeURIComponent(item.id)}`}>
                  <strong>{format(text.caseNumber, { number: item.caseNumber })}</strong>
                  {' · '}
                  <bdi data-testid="case-row-victim">{victimText(item)}</bdi>
                </a>
                <p className="case-row-facts">
                  <span className={`case-risk case-risk-${item.riskLevel}`}>{strings.codes.risks[item.riskLevel]}</span>{' '}
                  {strings.codes.traffickingStatuses[item.traffickingStatus]} ·{' '}
                  {strings.codes.stages[item.workflowStage]}
                  {' · '}
                  {format(text.opened, { date: formatDate(item.openedAt, language) })}
                  {item.provinceCode === null ? null : ` · ${provinceName(item.provinceCode, provinces, language)}`}
                  {item.closedAt === null ? null : (
                    <>
                      {' · '}
                      <strong>{text.closed}</strong>
                    </>
                  )}
                </p>
                {item.summary === null ? null : <p className="case-row-summary">{item.summary}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {page === null || (applied.offset === 0 && !hasNext) ? null : (
        <div className="actions" data-testid="case-pages">
          <button
            type="button"
            className="button secondary"
            disabled={busy || applied.offset === 0}
            onClick={() => setApplied({ ...applied, offset: Math.max(0, applied.offset - CASES_PER_PAGE) })}
          >
            {text.previous}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy || !hasNext}
            onClick={() => setApplied({ ...applied, offset: applied.offset + CASES_PER_PAGE })}
          >
            {text.next}
          </button>
        </div>
      )}
    </section>
  );
}
