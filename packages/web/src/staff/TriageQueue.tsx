import { HARM_LABELS, type Harm } from '@raksa/detect';
import { useEffect, useState } from 'react';
import { highlightSegments, type LabelledSpan } from '../check/highlight.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import { StaffError } from './StaffError.tsx';
import { useStaffStrings } from './use-staff-strings.ts';
import {
  StaffApiError,
  StoredAnalysisSchema,
  type StaffApi,
  type StoredAnalysis,
  type Tip,
  type TipLinks,
} from './staff-api.ts';

function harmLabel(type: string, language: 'en' | 'km'): string {
  return Object.hasOwn(HARM_LABELS, type) ? HARM_LABELS[type as Harm][language] : type;
}

function evidenceOf(analysis: StoredAnalysis): LabelledSpan[] {
  return analysis.harms.flatMap((harm) =>
    (harm.indicators ?? []).flatMap((indicator) =>
      indicator.evidence.map((evidence) => ({ start: evidence.start, end: evidence.end, label: indicator.label })),
    ),
  );
}

function LinkedRecords({ api, tipId }: { api: StaffApi; tipId: string }) {
  const triage = useStaffStrings().triage;
  const [links, setLinks] = useState<TipLinks | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  useEffect(() => {
    let live = true;
    api.tipLinks(tipId).then(
      (found) => live && setLinks(found),
      (error: unknown) =>
        live && setFailure(error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0)),
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

function TipDetails({ tip, api }: { tip: Tip; api: StaffApi }) {
  const triage = useStaffStrings().triage;
  const parsed = StoredAnalysisSchema.safeParse(tip.analysis);
  const analysis = parsed.success ? parsed.data : undefined;
  const spans = analysis === undefined ? [] : evidenceOf(analysis);
  const text = tip.body ?? null;
  return (
    <div className="tip-details" data-testid="tip-details">
      {text === null ? (
        <p className="hint">{triage.noText}</p>
      ) : (
        <p className="evidence-text" dir="auto">
          {highlightSegments(text, spans).map((segment) =>
            segment.labels.length > 0 ? (
              <mark key={segment.start} title={segment.labels.join(' · ')}>
                {segment.text}
              </mark>
            ) : (
              <span key={segment.start}>{segment.text}</span>
            ),
          )}
        </p>
      )}
      {spans.length === 0 && analysis !== undefined ? <p className="hint">{triage.limitedAnalysis}</p> : null}
      {analysis?.harms.some((harm) => (harm.indicators ?? []).length > 0) ? (
        <ul className="indicators">
          {analysis.harms.flatMap((harm) =>
            (harm.indicators ?? []).map((indicator) => (
              <li key={`${harm.type}-${indicator.id}`} data-indicator={indicator.id}>
                {indicator.label}
              </li>
            )),
          )}
        </ul>
      ) : null}
      {analysis?.entities === undefined || analysis.entities.length === 0 ? null : (
        <ul className="tip-entities" data-testid="tip-entities">
          {analysis.entities.map((entity) => (
            <li key={`${entity.type}-${entity.normalized}`} data-entity={entity.type}>
              <span className="hint">{entity.type}</span> <bdi>{entity.value}</bdi>
            </li>
          ))}
        </ul>
      )}
      <LinkedRecords api={api} tipId={tip.id} />
      <p className="hint">
        {tip.contactDetails === null || tip.contactDetails === undefined
          ? triage.anonymous
          : format(triage.contact, { contact: tip.contactDetails })}
      </p>
    </div>
  );
}

/** The triage queue as the API serves it: tips and calls awaiting triage, highest risk first. */
export function TriageQueue({ api }: { api: StaffApi }) {
  const { strings, language } = useI18n();
  const staff = useStaffStrings();
  const triage = staff.triage;
  const [tips, setTips] = useState<Tip[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.triageQueue().then(
      (items) => live && setTips(items),
      (error: unknown) =>
        live && setFailure(error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <section aria-labelledby="triage-title">
      <h3 id="triage-title">{triage.title}</h3>
      <p className="hint">{triage.intro}</p>
      {failure === null ? null : <StaffError error={failure} />}
      {tips === null && failure === null ? <p className="hint">{staff.loading}</p> : null}
      {tips !== null && tips.length === 0 ? <p>{triage.empty}</p> : null}
      {tips === null || tips.length === 0 ? null : (
        <ol className="triage-queue" data-testid="triage-queue">
          {tips.map((tip) => (
            <li key={tip.id} className={`tip risk-${tip.risk ?? 'none'}`} data-risk={tip.risk ?? 'none'}>
              <p>
                <strong>{tip.risk === null ? '—' : strings.risk[tip.risk].title}</strong>
                {' · '}
                {format(triage.received, { time: new Date(tip.receivedAt).toLocaleString(language) })}
              </p>
              <p className="hint">
                {format(triage.channel, { channel: tip.channel })} ·{' '}
                {format(triage.status, { status: tip.triageStatus })}
              </p>
              <p>
                {tip.harmTypes.length === 0
                  ? triage.noHarms
                  : format(triage.harms, { harms: tip.harmTypes.map((type) => harmLabel(type, language)).join(', ') })}
              </p>
              <button
                type="button"
                className="button secondary"
                aria-expanded={open === tip.id}
                onClick={() => setOpen(open === tip.id ? null : tip.id)}
              >
                {open === tip.id ? triage.close : triage.open}
              </button>
              {open === tip.id ? <TipDetails tip={tip} api={api} /> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
