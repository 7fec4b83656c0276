import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { DetectorClient } from '../engine/detector-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import {
  CHECK_MEASURE,
  CHECK_PAINT_MEASURE,
  CHECK_STARTED_MARK,
  ENGINE_ANSWERED_MARK,
  RESULT_PAINTED_MARK,
  RESULT_RENDERED_MARK,
  type CompletedCheck,
} from './check-state.ts';
import { CheckResult } from './CheckResult.tsx';
import type { HotlineCountry } from './countries.ts';
import { EXAMPLES } from './examples.ts';

export interface CheckPageProps {
  client: DetectorClient;
  text: string;
  onTextChange: (text: string) => void;
  check: CompletedCheck | null;
  onChecked: (check: CompletedCheck) => void;
  country: HotlineCountry | undefined;
  onCountryChange: (country: HotlineCountry | undefined) => void;
  onReport: () => void;
}

const SLOW_CHECK_MS = 150;

type Status = { kind: 'idle' } | { kind: 'checking' } | { kind: 'empty' } | { kind: 'failed' };

export function CheckPage({
  client,
  text,
  onTextChange,
  check,
  onChecked,
  country,
  onCountryChange,
  onReport,
}: CheckPageProps) {
  const { strings, language } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const measuring = useRef(false);
  const textArea = useRef<HTMLTextAreaElement>(null);

  const run = async (toCheck: string, measured: boolean): Promise<void> => {
    // A check usually answers within a frame or two: say "checking" only when it takes longer,
    // so a quick check renders once.
    const slow = window.setTimeout(() => setStatus({ kind: 'checking' }), SLOW_CHECK_MS);
    try {
      const options = { adviceLanguage: language, ...(country === undefined ? {} : { country }) };
      const { analysis, analyzeMs } = await client.analyze(toCheck, options);
      if (measured) performance.mark(ENGINE_ANSWERED_MARK);
      measuring.current = measured;
      onChecked({ text: toCheck, analysis, adviceLanguage: language, country, analyzeMs });
      window.clearTimeout(slow);
      setStatus({ kind: 'idle' });
    } catch {
      // The engine's error is not for the reader; the plain message says what to do.
      window.clearTimeout(slow);
      measuring.current = false;
      setStatus({ kind: 'failed' });
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim().length === 0) {
      setStatus({ kind: 'empty' });
      textArea.current?.focus();
      return;
    }
    performance.clearMarks(CHECK_STARTED_MARK);
    performance.mark(CHECK_STARTED_MARK);
    void run(text, true);
  };

  // The result is in the document: close the click-to-result measurement (read by the browser test).
  useLayoutEffect(() => {
    if (!measuring.current || check === null) return;
    measuring.current = false;
    performance.mark(RESULT_RENDERED_MARK);
    performance.measure(CHECK_MEASURE, CHECK_STARTED_MARK, RESULT_RENDERED_MARK);
    requestAnimationFrame(() => {
      performance.mark(RESULT_PAINTED_MARK);
      performance.measure(CHECK_PAINT_MEASURE, CHECK_STARTED_MARK, RESULT_PAINTED_MARK);
    });
  }, [check]);

  // Explanations and hotlines follow the interface language and the chosen country.
  useEffect(() => {
    if (check === null || status.kind === 'checking') return;
    if (check.adviceLanguage === language && check.country === country) return;
    void run(check.text, false);
  }, [language, country]);

  const busy = status.kind === 'checking';
  return (
    <section aria-labelledby="check-title">
      <h2 id="check-title">{strings.check.title}</h2>
      <p>{strings.check.intro}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="check-text">{strings.check.textLabel}</label>
        <p id="check-text-hint" className="hint">
          {strings.check.textHint}
        </p>
        <textarea
          id="check-text"
          ref={textArea}
          rows={8}
          value={text}
          aria-describedby="check-text-hint"
          aria-invalid={status.kind === 'empty'}
          onChange={(event) => onTextChange(event.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? strings.check.checking : strings.check.submit}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => onTextChange('')}
            disabled={busy || text === ''}
          >
            {strings.check.clear}
          </button>
        </div>
      </form>
      <div className="examples" role="group" aria-labelledby="examples-label">
        <p id="examples-label" className="hint">
          {strings.check.examplesLabel}
        </p>
        {EXAMPLES.map((example) => (
          <button
            key={example.id}
            type="button"
            className="button chip"
            data-example={example.id}
            onClick={() => {
              onTextChange(example.text);
              textArea.current?.focus();
            }}
          >
            {example.label[language]}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="status" data-testid="check-status">
        {status.kind === 'checking' ? strings.check.checking : null}
        {status.kind === 'idle' && check !== null
          ? `${strings.check.resultHeading}: ${strings.risk[check.analysis.risk].title}`
          : null}
      </p>
      {status.kind === 'empty' ? (
        <p className="error" role="alert">
          {strings.check.emptyText}
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <p className="error" role="alert">
          {strings.check.engineFailed}
        </p>
      ) : null}
      {check === null ? null : (
        <section aria-labelledby="result-title" id="result" aria-busy={busy}>
          <h2 id="result-title" className="visually-hidden">
            {strings.check.resultHeading}
          </h2>
          <CheckResult check={check} country={country} onCountryChange={onCountryChange} onReport={onReport} />
        </section>
      )}
    </section>
  );
}
