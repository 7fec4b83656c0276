import { useRef, useState, type FormEvent } from 'react';
import { HOTLINE_COUNTRIES } from '../check/countries.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import type { Strings } from '../i18n/strings-en.ts';
import { buildTipRequest, type TipFormProblem } from './build-tip.ts';
import { EMPTY_TIP_FORM, type TipFormValues } from './tip-form.ts';
import { CodeConfirmation } from './CodeConfirmation.tsx';
import { submitTip, TipSubmitError, type FetchLike } from './submit-tip.ts';
import type { TipCreated } from './tip-contract.ts';

export interface ReportPageProps {
  values: TipFormValues;
  onValuesChange: (values: TipFormValues) => void;
  /** Whether there is a check result the person may choose to attach. */
  canAttach: boolean;
  fetchImpl: FetchLike;
}

type SendState =
  | { kind: 'editing'; problems: TipFormProblem[] }
  | { kind: 'sending' }
  | { kind: 'failed'; error: TipSubmitError }
  | { kind: 'sent'; created: TipCreated };

function problemText(problem: TipFormProblem, strings: Strings): string {
  switch (problem.code) {
    case 'empty':
      return strings.report.empty;
    case 'too_long':
      return format(strings.report.tooLong, {
        max: problem.max.toLocaleString('en-US'),
        count: problem.count.toLocaleString('en-US'),
      });
    case 'invalid_email':
      return strings.report.invalidEmail;
  }
}

function errorText(error: TipSubmitError, strings: Strings): string {
  const messages = strings.report.errors;
  switch (error.code) {
    case 'offline':
      return messages.offline;
    case 'rate_limited':
      return messages.rateLimited;
    case 'too_large':
      return messages.tooLarge;
    case 'invalid':
      return error.serverMessage === undefined
        ? messages.unexpected
        : format(messages.invalid, { message: error.serverMessage });
    case 'server':
      return messages.server;
    case 'unexpected':
      return messages.unexpected;
  }
}

export function ReportPage({ values, onValuesChange, canAttach, fetchImpl }: ReportPageProps) {
  const { strings, language } = useI18n();
  const [state, setState] = useState<SendState>({ kind: 'editing', problems: [] });
  const textArea = useRef<HTMLTextAreaElement>(null);
  const email = useRef<HTMLInputElement>(null);
  const set = <K extends keyof TipFormValues>(key: K, value: TipFormValues[K]): void =>
    onValuesChange({ ...values, [key]: value });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const built = buildTipRequest(values, language, canAttach);
    if (!built.ok) {
      setState({ kind: 'editing', problems: built.problems });
      (built.problems[0]?.field === 'email' ? email : textArea).current?.focus();
      return;
    }
    setState({ kind: 'sending' });
    try {
      const created = await submitTip(built.request, fetchImpl);
      setState({ kind: 'sent', created });
      onValuesChange(EMPTY_TIP_FORM);
    } catch (error) {
      const typed = error instanceof TipSubmitError ? error : new TipSubmitError('unexpected', String(error));
      setState({ kind: 'failed', error: typed });
    }
  };

  if (state.kind === 'sent') {
    return <CodeConfirmation code={state.created.code} onAnother={() => setState({ kind: 'editing', problems: [] })} />;
  }

  const problems = state.kind === 'editing' ? state.problems : [];
  const textProblem = problems.find((problem) => problem.field === 'text');
  const emailProblem = problems.find((problem) => problem.field === 'email');
  const sending = state.kind === 'sending';
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{strings.report.title}</h2>
      <p>{strings.report.intro}</p>
      <p className="notice">{strings.report.emergency}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="tip-text">{strings.report.textLabel}</label>
        <p id="tip-text-hint" className="hint">
          {strings.report.textHint}
        </p>
        <textarea
          id="tip-text"
          ref={textArea}
          rows={8}
          value={values.text}
          aria-describedby={textProblem === undefined ? 'tip-text-hint' : 'tip-text-hint tip-text-problem'}
          aria-invalid={textProblem !== undefined}
          onChange={(event) => set('text', event.target.value)}
        />
        {textProblem === undefined ? null : (
          <p id="tip-text-problem" className="error">
            {problemText(textProblem, strings)}
          </p>
        )}

        <label htmlFor="tip-country">{strings.report.countryLabel}</label>
        <select id="tip-country" value={values.country} onChange={(event) => set('country', event.target.value)}>
          <option value="">{strings.report.countryNone}</option>
          {HOTLINE_COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {strings.countries[code]}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>{strings.report.contactLegend}</legend>
          <p className="hint">{strings.report.contactHint}</p>
          <label htmlFor="tip-name">{strings.report.name}</label>
          <input
            id="tip-name"
            autoComplete="nickname"
            value={values.name}
            onChange={(event) => set('name', event.target.value)}
          />
          <label htmlFor="tip-phone">{strings.report.phone}</label>
          <input
            id="tip-phone"
            type="tel"
            autoComplete="tel"
            value={values.phone}
            onChange={(event) => set('phone', event.target.value)}
          />
          <label htmlFor="tip-email">{strings.report.email}</label>
          <input
            id="tip-email"
            ref={email}
            type="email"
            autoComplete="email"
            value={values.email}
            aria-invalid={emailProblem !== undefined}
            aria-describedby={emailProblem === undefined ? undefined : 'tip-email-problem'}
            onChange={(event) => set('email', event.target.value)}
          />
          {emailProblem === undefined ? null : (
            <p id="tip-email-problem" className="error">
              {problemText(emailProblem, strings)}
            </p>
          )}
          <label htmlFor="tip-messenger">{strings.report.messenger}</label>
          <input
            id="tip-messenger"
            value={values.messenger}
            onChange={(event) => set('messenger', event.target.value)}
          />
        </fieldset>

        <div className="checkbox">
          <input
            id="tip-attach"
            type="checkbox"
            checked={canAttach && values.attachAnalysis}
            disabled={!canAttach}
            aria-describedby="tip-attach-hint"
            onChange={(event) => set('attachAnalysis', event.target.checked)}
          />
          <label htmlFor="tip-attach">{strings.report.attachLabel}</label>
          <p id="tip-attach-hint" className="hint">
            {canAttach ? strings.report.attachHint : strings.report.attachNone}
          </p>
        </div>

        <div role="alert" className="send-error">
          {state.kind === 'failed' ? (
            <>
              <p className="error">{errorText(state.error, strings)}</p>
              <p>{strings.report.keptText}</p>
            </>
          ) : null}
        </div>
        <button type="submit" className="button primary" disabled={sending}>
          {sending ? strings.report.sending : strings.report.submit}
        </button>
      </form>
    </section>
  );
}
