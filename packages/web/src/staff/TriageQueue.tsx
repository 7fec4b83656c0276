import { HARMS } from '@raksa/detect';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import type { FetchLike } from '../report/submit-tip.ts';
import { StaffError } from './StaffError.tsx';
import { useStaffStrings } from './use-staff-strings.ts';
import { StaffApiError, StoredAnalysisSchema, type Me, type StaffApi, type TipLinks } from './staff-api.ts';
import {
  createIntakeApi,
  RISK_LEVELS,
  type IntakeApi,
  type QueueFilters,
  type QueuePage,
  type TriagedTip,
} from './intake/intake-api.ts';
import { asStaffError } from './intake/IntakeError.tsx';
import { EntityList, evidenceOf, harmLabel, HighlightedText, IndicatorList } from './intake/TipAnalysis.tsx';
import { TipActions } from './intake/TipActions.tsx';
import { TriageState } from './intake/TriageState.tsx';
import { useIntakeStrings } from './intake/use-intake-strings.ts';
import './intake/intake.css';

const PAGE_SIZE = 20;

function LinkedRecords({ api, tipId }: { api: StaffApi; tipId: string }) {
  const triage = useStaffStrings().triage;
  const [links, setLinks] = useState<TipLinks | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  useEffect(() => {
    let live = true;
    api.tipLinks(tipId).then(
      (found) => live && setLinks(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api, tipId]);
  if (failure !== null) return <StaffError error={failure} />;
  if (links === null) return null;
  return (
    <div data-testid="tip-links">
      <h4>{triage.linksHeading}</h4>
      {links.items.length === 0 ? <p className="hint">{triage.noLinks}</p> : null}
      <ul>
        {links.items.map((link) => (
          <li
            key={`${link.kind}-${link.id}`}
            data-link-kind={link.kind}
            data-shared={link.sharedIdentifierTypes.join(' ')}
          >
            {format(link.kind === 'tip' ? triage.linkedTip : triage.linkedPerson, {
              shared: link.sharedIdentifierTypes.join(', '),
            })}
            {link.caseId === null ? null : <span className="hint"> {triage.linkedCase}</span>}
          </li>
        ))}
      </ul>
      {links.outsideScope > 0 ? (
        <p className="hint">{format(triage.outsideScope, { count: links.outsideScope })}</p>
      ) : null}
    </div>
  );
}

function TipDetails({ tip, api }: { tip: TriagedTip; api: StaffApi }) {
  const triage = useStaffStrings().triage;
  const parsed = StoredAnalysisSchema.safeParse(tip.analysis);
  const analysis = parsed.success ? parsed.data : undefined;
  const spans = analysis === undefined ? [] : evidenceOf(analysis);
  const text = tip.body ?? null;
  return (
    <div className="tip-details" data-testid="tip-details">
      {text === null ? <p className="hint">{triage.noText}</p> : <HighlightedText text={text} spans={spans} />}
      {/* Stored without the reporter's consent to share it, the analysis keeps no signs nor entities. */}
      {analysis !== undefined && analysis.entities === undefined ? (
        <p className="hint">{triage.limitedAnalysis}</p>
      ) : null}
      {analysis === undefined ? null : <IndicatorList analysis={analysis} />}
      {analysis === undefined ? null : <EntityList analysis={analysis} />}
      <LinkedRecords api={api} tipId={tip.id} />
      <p className="hint contact-details">
        {tip.contactDetails === null || tip.contactDetails === undefined
          ? triage.anonymous
          : format(triage.contact, { contact: tip.contactDetails })}
      </p>
    </div>
  );
}

/** One tip of the queue: its summary, and opened, its text, links and the triage actions. */
function QueueItem(props: { api: StaffApi; intake: IntakeApi; me: Me; initial: TriagedTip; startOpen: boolean }) {
  const { api, intake, me, initial, startOpen } = props;
  const { strings, language } = useI18n();
  const triage = useStaffStrings().triage;
  const channels: Record<string, string> = useIntakeStrings().channels;
  const [tip, setTip] = useState<TriagedTip>(initial);
  const [open, setOpen] = useState(startOpen);
  return (
    <li
      className={`tip risk-${tip.risk ?? 'none'}`}
      data-risk={tip.risk ?? 'none'}
      data-tip-id={tip.id}
      data-status={tip.triageStatus}
      data-testid="queue-tip"
    >
      <p>
        <strong>{tip.risk === null ? '—' : strings.risk[tip.risk].title}</strong>
        {' · '}
        {format(triage.received, { time: new Date(tip.receivedAt).toLocaleString(language) })}
      </p>
      <p className="hint">
        {format(triage.channel, { channel: channels[tip.channel] ?? tip.channel })} ·{' '}
        <TriageState tip={tip} mayReadCases={Object.hasOwn(me.permissions, 'case.read')} />
      </p>
      <p>
        {tip.harmTypes.length === 0
          ? triage.noHarms
          : format(triage.harms, { harms: tip.harmTypes.map((type) => harmLabel(type, language)).join(', ') })}
      </p>
      <button
        type="button"
        className="button secondary"
        aria-expanded={open}
        aria-controls={`tip-${tip.id}`}
        onClick={() => setOpen(!open)}
      >
        {open ? triage.close : triage.open}
      </button>
      {open ? (
        <div id={`tip-${tip.id}`}>
          <TipDetails tip={tip} api={api} />
          <TipActions api={api} intake={intake} me={me} tip={tip} onChanged={setTip} />
        </div>
      ) : null}
    </li>
  );
}

function Filters({ filters, onChange }: { filters: QueueFilters; onChange: (filters: QueueFilters) => void }) {
  const { strings, language } = useI18n();
  const intake = useIntakeStrings();
  return (
    <fieldset className="queue-filters" data-testid="queue-filters">
      <legend>{intake.queue.filtersLabel}</legend>
      <div>
        <label htmlFor="queue-status">{intake.queue.status}</label>
        <select
          id="queue-status"
          value={filters.status ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filters, status: value === 'new' || value === 'in_review' ? value : undefined });
          }}
        >
          <option value="">{intake.queue.statusAll}</option>
          <option value="new">{intake.statuses.new}</option>
          <option value="in_review">{intake.statuses.in_review}</option>
        </select>
      </div>
      <div>
        <label htmlFor="queue-risk">{intake.queue.risk}</label>
        <select
          id="queue-risk"
          value={filters.minimumRisk ?? ''}
          onChange={(event) => {
            const risk = RISK_LEVELS.find((level) => level === event.target.value);
            onChange({ ...filters, minimumRisk: risk });
          }}
        >
          <option value="">{intake.queue.riskAll}</option>
          {RISK_LEVELS.filter((risk) => risk !== 'none').map((risk) => (
            <option key={risk} value={risk}>
              {strings.risk[risk].title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-harm">{intake.queue.harm}</label>
        <select
          id="queue-harm"
          value={filters.harmType ?? ''}
          onChange={(event) =>
            onChange({ ...filters, harmType: event.target.value === '' ? undefined : event.target.value })
          }
        >
          <option value="">{intake.queue.harmAll}</option>
          {HARMS.map((harm) => (
            <option key={harm} value={harm}>
              {harmLabel(harm, language)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/**
 * The triage queue as the API serves it (tips and calls awaiting triage, highest risk first), with
 * its filters and pages, and the triage actions for roles that may triage. `#/staff/triage/<id>`
 * opens one tip, fetched on its own when it is not on the page shown.
 */
export function TriageQueue(props: { api: StaffApi; fetchImpl: FetchLike; me: Me; rest: readonly string[] }) {
  const { api, fetchImpl, me, rest } = props;
  const staff = useStaffStrings();
  const triage = staff.triage;
  const strings = useIntakeStrings();
  const intake = useMemo(() => createIntakeApi(fetchImpl), [fetchImpl]);
  const [filters, setFilters] = useState<QueueFilters>({});
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<QueuePage | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const focusedId = rest[0] ?? null;
  const [focused, setFocused] = useState<TriagedTip | null>(null);

  useEffect(() => {
    let live = true;
    setPage(null);
    setFailure(null);
    intake.queue(filters, { limit: PAGE_SIZE, offset }).then(
      (found) => live && setPage(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [intake, filters, offset]);

  useEffect(() => {
    let live = true;
    setFocused(null);
    if (focusedId === null) return undefined;
    intake.tip(focusedId).then(
      (found) => live && setFocused(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [intake, focusedId]);

  const tips = page?.items ?? null;
  const showFocused = focused !== null && tips !== null && !tips.some((tip) => tip.id === focused.id);
  const pageNumber = Math.floor(offset / PAGE_SIZE) + 1;
  const hasNext = tips !== null && tips.length === PAGE_SIZE;

  return (
    <section aria-labelledby="triage-title">
      <h3 id="triage-title">{triage.title}</h3>
      <p className="hint">{triage.intro}</p>
      {showFocused ? (
        <section aria-labelledby="focused-tip-title" data-testid="focused-tip">
          <h4 id="focused-tip-title">{strings.queue.focusedHeading}</h4>
          <p className="hint">{strings.queue.focusedNotInList}</p>
          <ol className="triage-queue">
            <QueueItem key={focused.id} api={api} intake={intake} me={me} initial={focused} startOpen />
          </ol>
        </section>
      ) : null}
      <Filters
        filters={filters}
        onChange={(next) => {
          setOffset(0);
          setFilters(next);
        }}
      />
      {failure === null ? null : <StaffError error={failure} />}
      {tips === null && failure === null ? <p className="hint">{staff.loading}</p> : null}
      {tips !== null && tips.length === 0 ? <p>{offset === 0 ? triage.empty : strings.queue.noMoreOnPage}</p> : null}
      {tips === null || tips.length === 0 ? null : (
        <ol className="triage-queue" data-testid="triage-queue">
          {tips.map((tip) => (
            <QueueItem key={tip.id} api={api} intake={intake} me={me} initial={tip} startOpen={tip.id === focusedId} />
          ))}
        </ol>
      )}
      {offset === 0 && !hasNext ? null : (
        <nav aria-label={strings.queue.pageLabel} className="queue-pages" data-testid="queue-pages">
          <button
            type="button"
            className="button secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {strings.queue.previous}
          </button>
          <span aria-live="polite">{format(strings.queue.page, { page: pageNumber })}</span>
          <button
            type="button"
            className="button secondary"
            disabled={!hasNext}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {strings.queue.next}
          </button>
        </nav>
      )}
    </section>
  );
}
