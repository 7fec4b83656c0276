import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { useColleagues } from '../colleagues-context.tsx';
import type { StaffApiError } from '../staff-api.ts';
import type { CaseApi, Colleague, Person, Screening, ScreeningSuggestion } from './case-api.ts';
import {
  CHILD_INDICATORS,
  ILO_INDICATORS,
  SCREENING_ANSWERS,
  type ScreeningAnswer,
  type ScreeningIndicator,
} from './case-codes.ts';
import { formatDate, labelOf, todayIso } from './case-display.ts';
import { CaseError, asStaffError } from './CaseError.tsx';
import { ageOf } from './person-form.ts';
import { emptyScreening, screeningBody, type ScreeningForm } from './screening-form.ts';
import { useCaseStrings } from './use-case-strings.ts';

type Evidence = ScreeningSuggestion['evidence'][number];

function SuggestionEvidence({ evidence }: { evidence: readonly Evidence[] }) {
  const text = useCaseStrings().screening;
  return (
    <ul className="case-suggestions" data-testid="screening-suggestion">
      {evidence.map((item, index) => (
        <li key={`${item.sourceId}:${index}`}>
          {format(item.source === 'tip' ? text.tipSays : text.noteSays, { excerpt: item.excerpt })}{' '}
          <em>{format(text.suggested, { label: item.label })}</em>
        </li>
      ))}
    </ul>
  );
}

function IndicatorRow({
  indicator,
  form,
  setForm,
  evidence,
}: {
  indicator: ScreeningIndicator;
  form: ScreeningForm;
  setForm: (form: ScreeningForm) => void;
  evidence: readonly Evidence[];
}) {
  const text = useCaseStrings().screening;
  const label = text.indicators[indicator];
  const name = `screening-${indicator}`;
  const setAnswer = (answer: ScreeningAnswer) =>
    setForm({ ...form, answers: { ...form.answers, [indicator]: answer } });
  return (
    <fieldset
      className="case-indicator"
      data-testid="screening-indicator"
      data-indicator={indicator}
      data-suggested={evidence.length > 0}
    >
      <legend>{label}</legend>
      {evidence.length === 0 ? null : <SuggestionEvidence evidence={evidence} />}
      <div className="case-answers" role="radiogroup" aria-label={label}>
        {SCREENING_ANSWERS.map((answer) => (
          <span key={answer} className="case-answer">
            <input
              type="radio"
              id={`${name}-${answer}`}
              name={name}
              value={answer}
              checked={form.answers[indicator] === answer}
              onChange={() => setAnswer(answer)}
            />
            <label htmlFor={`${name}-${answer}`}>{text.answers[answer]}</label>
          </span>
        ))}
      </div>
      <label htmlFor={`${name}-note`} className="case-note-label">
        {format(text.note, { indicator: label })}
      </label>
      <input
        id={`${name}-note`}
        maxLength={2000}
        value={form.notes[indicator] ?? ''}
        onChange={(event) => setForm({ ...form, notes: { ...form.notes, [indicator]: event.target.value } })}
      />
    </fieldset>
  );
}

function PastScreening({ screening, colleagues }: { screening: Screening; colleagues: readonly Colleague[] }) {
  const { language } = useI18n();
  const strings = useCaseStrings();
  const text = strings.screening;
  const indicatorLabels: Readonly<Record<string, string>> = text.indicators;
  // In checklist order (the stored answers' key order is not kept by every database).
  const yes = [...ILO_INDICATORS, ...CHILD_INDICATORS]
    .filter((indicator) => screening.answers[indicator] === 'yes')
    .map((indicator) => labelOf(indicatorLabels, indicator));
  const who = colleagues.find((colleague) => colleague.id === screening.screenedByUserId)?.displayName;
  return (
    <li data-testid="past-screening" data-suggested-status={screening.suggestedStatus ?? ''}>
      <p>
        <strong>
          {format(text.pastItem, {
            date: formatDate(screening.screenedOn, language),
            status:
              screening.suggestedStatus === null
                ? text.noSuggestedStatus
                : strings.codes.traffickingStatuses[screening.suggestedStatus],
          })}
        </strong>
        {who === undefined ? null : ` · ${who}`}
        {screening.subjectIsChild ? ` · ${text.child}` : null}
      </p>
      <p>{yes.length === 0 ? text.noYes : format(text.yesAnswers, { indicators: yes.join(', ') })}</p>
      {screening.suggestionReasons.length === 0 ? null : (
        <>
          <p className="hint">{text.reasons}</p>
          <ul data-testid="screening-reasons">
            {screening.suggestionReasons.map((reason) => (
              <li key={reason} lang="en">
                {reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {screening.notes === null || Object.keys(screening.notes).length === 0 ? null : (
        <dl className="case-facts">
          {Object.entries(screening.notes).map(([indicator, note]) => (
            <div key={indicator}>
              <dt>{labelOf(indicatorLabels, indicator)}</dt>
              <dd>{note}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

/**
 * The screening checklist (ILO forced-labour indicators, and the child indicators for a child),
 * with what the case's texts suggest beside each indicator — quoted, never pre-selected — and the
 * past screenings with the server's suggested status and its reasons.
 */
export function ScreeningSection({
  caseApi,
  caseId,
  victim,
  maySubmit,
}: {
  caseApi: CaseApi;
  caseId: string;
  victim: Person | null;
  maySubmit: boolean;
}) {
  const { language } = useI18n();
  const colleagues = useColleagues().value ?? [];
  const strings = useCaseStrings();
  const text = strings.screening;
  const [screenings, setScreenings] = useState<Screening[] | null>(null);
  const [suggestions, setSuggestions] = useState<ScreeningSuggestion[] | null | undefined>(undefined);
  const [suggestionFailure, setSuggestionFailure] = useState<StaffApiError | null>(null);
  const [form, setForm] = useState<ScreeningForm>(() => {
    const age = victim === null ? undefined : ageOf(victim, todayIso());
    // Unknown age: screened as a child until known (as the API treats children's names).
    return emptyScreening(todayIso(), age === undefined || age < 18);
  });
  const [submitted, setSubmitted] = useState<Screening | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setScreenings(await caseApi.screenings(caseId));
    } catch (error) {
      setFailure(asStaffError(error));
    }
  }, [caseApi, caseId]);

  useEffect(() => {
    void load();
    let live = true;
    caseApi.screeningSuggestions(caseId, language).then(
      (found) => live && setSuggestions(found),
      (error: unknown) => {
        if (!live) return;
        setSuggestions(null);
        setSuggestionFailure(asStaffError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [caseApi, caseId, language, load]);

  const evidenceOf = useMemo(() => {
    const byIndicator = new Map<string, Evidence[]>();
    for (const item of suggestions ?? [])
      byIndicator.set(item.indicator, [...(byIndicator.get(item.indicator) ?? []), ...item.evidence]);
    return (indicator: string): readonly Evidence[] => byIndicator.get(indicator) ?? [];
  }, [suggestions]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setSubmitted(null);
    try {
      const screening = await caseApi.submitScreening(caseId, screeningBody(form));
      setSubmitted(screening);
      setForm(emptyScreening(todayIso(), form.subjectIsChild));
      await load();
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const past = [...(screenings ?? [])].reverse();
  return (
    <div data-testid="screening-section">
      <p className="hint">{text.intro}</p>
      <section
        aria-labelledby="screening-suggestions-title"
        className="case-subsection"
        data-testid="screening-suggestions"
      >
        <h4 id="screening-suggestions-title">{text.suggestionsHeading}</h4>
        {suggestions === undefined ? <p className="hint">{text.suggestionsLoading}</p> : null}
        {suggestions === null && suggestionFailure === null ? (
          <p data-testid="screening-suggestions-unavailable">{text.noSuggestionsService}</p>
        ) : null}
        {suggestionFailure === null ? null : <CaseError error={suggestionFailure} />}
        {suggestions !== null && suggestions !== undefined ? (
          <p data-testid="screening-suggestions-count" data-count={suggestions.length}>
            {suggestions.length === 0 ? text.noSuggestions : text.suggestionsIntro}
          </p>
        ) : null}
      </section>
      {maySubmit ? (
        <form
          className="case-form"
          data-testid="screening-form"
          aria-label={text.submit}
          onSubmit={(event) => void submit(event)}
        >
          <label htmlFor="screening-date">{text.screenedOn}</label>
          <input
            id="screening-date"
            type="date"
            required
            max={todayIso()}
            value={form.screenedOn}
            onChange={(event) => setForm({ ...form, screenedOn: event.target.value })}
          />
          <div className="checkbox">
            <input
              type="checkbox"
              id="screening-child"
              checked={form.subjectIsChild}
              aria-describedby="screening-child-hint"
              onChange={(event) => setForm({ ...form, subjectIsChild: event.target.checked })}
            />
            <label htmlFor="screening-child">{text.subjectIsChild}</label>
            <p className="hint" id="screening-child-hint">
              {text.childHint}
            </p>
          </div>
          <h4>{text.iloHeading}</h4>
          {ILO_INDICATORS.map((indicator) => (
            <IndicatorRow
              key={indicator}
              indicator={indicator}
              form={form}
              setForm={setForm}
              evidence={evidenceOf(indicator)}
            />
          ))}
          {form.subjectIsChild ? (
            <>
              <h4>{text.childHeading}</h4>
              {CHILD_INDICATORS.map((indicator) => (
                <IndicatorRow
                  key={indicator}
                  indicator={indicator}
                  form={form}
                  setForm={setForm}
                  evidence={evidenceOf(indicator)}
                />
              ))}
            </>
          ) : null}
          {failure === null ? null : <CaseError error={failure} />}
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || form.screenedOn === ''}>
              {busy ? strings.page.saving : text.submit}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="hint">{text.notAllowed}</p>
          {failure === null ? null : <CaseError error={failure} />}
        </>
      )}
      {submitted === null ? null : (
        <p className="status" role="status" data-testid="screening-submitted">
          {format(text.submitted, {
            status:
              submitted.suggestedStatus === null
                ? text.noSuggestedStatus
                : strings.codes.traffickingStatuses[submitted.suggestedStatus],
          })}
        </p>
      )}
      <h4>{text.past}</h4>
      {screenings === null ? <p className="hint">{strings.page.loading}</p> : null}
      {screenings !== null && screenings.length === 0 ? <p>{text.noPast}</p> : null}
      {past.length === 0 ? null : (
        <ul className="case-items" data-testid="past-screenings">
          {past.map((screening) => (
            <PastScreening key={screening.id} screening={screening} colleagues={colleagues} />
          ))}
        </ul>
      )}
    </div>
  );
}
