import { LANGUAGES } from '@raksa/detect';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { FetchLike } from '../../report/submit-tip.ts';
import { StoredAnalysisSchema, type Me, type Province, type StaffApi, type StaffApiError } from '../staff-api.ts';
import { buildCallRequest, emptyCallForm, TRANSCRIPT_MAX, type CallForm, type CallProblem } from './call-request.ts';
import { CALLER_RELATIONSHIPS, createIntakeApi, REPORT_CHANNELS, type TriagedTip } from './intake-api.ts';
import { asStaffError, IntakeError } from './IntakeError.tsx';
import { EntityList, evidenceOf, harmLabel, HighlightedText, IndicatorList } from './TipAnalysis.tsx';
import { useIntakeStrings } from './use-intake-strings.ts';
import './intake.css';

function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The call as stored: the engine's analysis made by the server, and the way to the queue. */
function SavedCall({ call, onAnother }: { call: TriagedTip; onAnother: () => void }) {
  const { strings: app, language } = useI18n();
  const strings = useIntakeStrings().calls;
  const parsed = StoredAnalysisSchema.safeParse(call.analysis);
  const analysis = parsed.success ? parsed.data : undefined;
  const risk = call.risk ?? 'none';
  const heading = useRef<HTMLHeadingElement>(null);
  // Saved: the confirmation takes the focus, so a screen reader announces it and the keyboard starts there.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="call-saved-title" data-testid="call-saved" data-tip-id={call.id} data-risk={risk}>
      <h4 id="call-saved-title" tabIndex={-1} ref={heading}>
        {strings.savedHeading}
      </h4>
      <div className={`risk risk-${risk}`} data-testid="call-risk">
        <p className="risk-title">{format(strings.savedRisk, { risk: app.risk[risk].title })}</p>
      </div>
      {call.harmTypes.length === 0 ? (
        <p>{strings.noHarm}</p>
      ) : (
        <>
          <h5>{strings.harms}</h5>
          <ul data-testid="call-harms">
            {call.harmTypes.map((type) => (
              <li key={type} data-harm={type}>
                {harmLabel(type, language)}
              </li>
            ))}
          </ul>
        </>
      )}
      {analysis === undefined || call.body === null || call.body === undefined ? null : (
        <div data-testid="call-evidence">
          <h5>{strings.evidence}</h5>
          <HighlightedText text={call.body} spans={evidenceOf(analysis)} />
          <IndicatorList analysis={analysis} />
          {analysis.entities === undefined || analysis.entities.length === 0 ? null : (
            <>
              <h5>{strings.entities}</h5>
              <EntityList analysis={analysis} />
            </>
          )}
        </div>
      )}
      <div className="actions">
        <a
          className="button primary"
          href={`#/staff/triage/${encodeURIComponent(call.id)}`}
          data-testid="call-in-queue"
        >
          {strings.viewInQueue}
        </a>
        <button type="button" className="button secondary" onClick={onAnother}>
          {strings.another}
        </button>
      </div>
    </section>
  );
}

/**
 * "Record a call" (`tip.create`): a hotline operator writes down a call during or after it; the
 * server's engine analyses the transcript and the call enters the triage queue. Nothing typed is
 * lost when saving fails (offline, refused, server error): the form stays as it was and says why.
 */
export function RecordCallPage({ api, fetchImpl, me }: { api: StaffApi; fetchImpl: FetchLike; me: Me }) {
  const strings = useIntakeStrings();
  const text = strings.calls;
  const intake = useMemo(() => createIntakeApi(fetchImpl), [fetchImpl]);
  const [form, setForm] = useState<CallForm>(emptyCallForm);
  const [problems, setProblems] = useState<CallProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [saved, setSaved] = useState<TriagedTip | null>(null);
  const [provinces, setProvinces] = useState<Province[] | null>(null);
  const [provincesFailure, setProvincesFailure] = useState<StaffApiError | null>(null);
  const set = <K extends keyof CallForm>(key: K, value: CallForm[K]) => setForm({ ...form, [key]: value });
  const channels: Record<string, string> = strings.channels;
  const relationships: Record<string, string> = strings.relationships;
  const languageNames: Record<string, string> = strings.languages;

  useEffect(() => {
    let live = true;
    api.provinces().then(
      (found) => live && setProvinces(found),
      (error: unknown) => live && setProvincesFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const save = async (): Promise<void> => {
    const built = buildCallRequest(form, todayIso());
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    setFailure(null);
    try {
      setSaved(await intake.recordCall(built.request, me.csrfToken));
      setForm(emptyCallForm());
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  if (saved !== null)
    return (
      <section aria-labelledby="calls-title" className="record-call">
        <h3 id="calls-title">{text.title}</h3>
        <SavedCall call={saved} onAnother={() => setSaved(null)} />
      </section>
    );

  const problem = (code: CallProblem) => problems.includes(code);
  return (
    <section aria-labelledby="calls-title" className="record-call">
      <h3 id="calls-title">{text.title}</h3>
      <p className="hint">{text.intro}</p>
      <form
        data-testid="record-call"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field-grid">
          <div>
            <label htmlFor="call-kind">{text.kind}</label>
            <select
              id="call-kind"
              value={form.kind}
              onChange={(event) => set('kind', event.target.value === 'tip' ? 'tip' : 'hotline_call')}
            >
              <option value="hotline_call">{text.kinds.hotline_call}</option>
              <option value="tip">{text.kinds.tip}</option>
            </select>
          </div>
          <div>
            <label htmlFor="call-channel">{text.channel}</label>
            <select
              id="call-channel"
              value={form.channel}
              onChange={(event) =>
                set('channel', REPORT_CHANNELS.find((channel) => channel === event.target.value) ?? form.channel)
              }
            >
              {REPORT_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {channels[channel]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="call-relationship">{text.relationship}</label>
            <select
              id="call-relationship"
              value={form.callerRelationship}
              onChange={(event) =>
                set(
                  'callerRelationship',
                  CALLER_RELATIONSHIPS.find((relationship) => relationship === event.target.value) ?? '',
                )
              }
            >
              <option value="">{text.relationshipNotSaid}</option>
              {CALLER_RELATIONSHIPS.map((relationship) => (
                <option key={relationship} value={relationship}>
                  {relationships[relationship]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="call-language">{text.language}</label>
            <select id="call-language" value={form.language} onChange={(event) => set('language', event.target.value)}>
              <option value="">{text.languageAuto}</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageNames[code] ?? code}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label htmlFor="call-transcript">{text.transcript}</label>
        <p id="call-transcript-hint" className="hint">
          {text.transcriptHint}
        </p>
        <textarea
          id="call-transcript"
          dir="auto"
          value={form.transcript}
          maxLength={TRANSCRIPT_MAX}
          aria-describedby="call-transcript-hint"
          aria-invalid={problem('transcript_missing') || problem('transcript_too_long')}
          onChange={(event) => set('transcript', event.target.value)}
        />
        <fieldset>
          <legend>{text.contactLegend}</legend>
          <div className="checkbox">
            <input
              type="checkbox"
              id="call-consent"
              checked={form.contactConsent}
              aria-describedby="call-consent-hint"
              aria-invalid={problem('contact_without_consent')}
              onChange={(event) => set('contactConsent', event.target.checked)}
            />
            <label htmlFor="call-consent">{text.consent}</label>
            <p id="call-consent-hint" className="hint">
              {text.consentHint}
            </p>
          </div>
          <div className="field-grid">
            <div>
              <label htmlFor="call-contact-name">{text.contactName}</label>
              <input
                id="call-contact-name"
                value={form.contactName}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => set('contactName', event.target.value)}
              />
            </div>
            <div>
              <label htmlFor="call-contact-phone">{text.contactPhone}</label>
              <input
                id="call-contact-phone"
                type="tel"
                value={form.contactPhone}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => set('contactPhone', event.target.value)}
              />
            </div>
            <div>
              <label htmlFor="call-contact-other">{text.contactOther}</label>
              <input
                id="call-contact-other"
                value={form.contactOther}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => set('contactOther', event.target.value)}
              />
            </div>
          </div>
        </fieldset>
        <div className="field-grid">
          <div>
            <label htmlFor="call-province">{text.province}</label>
            <select
              id="call-province"
              value={form.provinceCode}
              onChange={(event) => set('provinceCode', event.target.value)}
            >
              <option value="">{text.provinceNone}</option>
              {(provinces ?? []).map((province) => (
                <option key={province.code} value={province.code}>
                  {province.nameLocal === null ? province.nameLatin : `${province.nameLatin} · ${province.nameLocal}`}
                </option>
              ))}
            </select>
            {provincesFailure === null ? null : <IntakeError error={provincesFailure} />}
          </div>
          <div>
            <label htmlFor="call-duration">{text.duration}</label>
            <input
              id="call-duration"
              inputMode="decimal"
              value={form.durationMinutes}
              aria-invalid={problem('duration_invalid')}
              onChange={(event) => set('durationMinutes', event.target.value)}
            />
          </div>
        </div>
        {problems.length === 0 ? null : (
          <div className="error" role="alert" data-testid="call-problems">
            <ul>
              {problems.map((code) => (
                <li key={code} data-problem={code}>
                  {text.problems[code]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {failure === null ? null : <IntakeError error={failure} lead={text.failedKept} />}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? text.saving : text.save}
          </button>
        </div>
      </form>
    </section>
  );
}
