import { useState, type FormEvent } from 'react';
import { outcomeBody, type OutcomeFormFields, type OutcomeFormProblem } from './outcome-form.ts';
import { SUSPECT_OUTCOMES, type OutcomeBody } from './prosecution-api.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

export const CURRENCIES = ['KHR', 'USD', 'THB'] as const;

/**
 * The outcome for one suspect: convicted (sentence, fine, compensation), acquitted or dismissed.
 * `currency` is asked only when the outcome is first recorded (a correction keeps it).
 */
export function OutcomeForm({
  idPrefix,
  title,
  initial,
  currency,
  verdictRecorded,
  busy,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  title: string;
  initial: OutcomeFormFields;
  /** The currency to choose (new outcome), or the one the outcome has (correction: shown, not changed). */
  currency: { choose: true } | { choose: false; fixed: string };
  verdictRecorded: boolean;
  busy: boolean;
  onSave: (body: OutcomeBody, currency: string) => void;
  onCancel: () => void;
}) {
  const text = useProsecutionStrings().outcomes;
  const [fields, setFields] = useState<OutcomeFormFields>(initial);
  const [chosenCurrency, setChosenCurrency] = useState<string>(currency.choose ? 'KHR' : currency.fixed);
  const [problems, setProblems] = useState<OutcomeFormProblem[]>([]);
  const set = (name: keyof OutcomeFormFields) => (value: string) => setFields({ ...fields, [name]: value });
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = outcomeBody(fields);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    onSave(result.body, chosenCurrency);
  };

  const amount = (name: 'fineAmount' | 'compensationAmount', label: string, problem: OutcomeFormProblem) => (
    <>
      <label htmlFor={id(name)}>
        {label} ({chosenCurrency})
      </label>
      <input
        id={id(name)}
        inputMode="numeric"
        value={fields[name]}
        aria-describedby={id('amount-hint')}
        aria-invalid={problems.includes(problem)}
        onChange={(event) => set(name)(event.target.value)}
      />
    </>
  );

  return (
    <form
      className="prosecution-form"
      data-testid="outcome-form"
      aria-labelledby={id('title')}
      onSubmit={submit}
      noValidate
    >
      <h5 id={id('title')}>
        <bdi>{title}</bdi>
      </h5>
      {verdictRecorded ? null : (
        <p id={id('verdict-hint')} className="hint">
          {text.verdictNeeded}
        </p>
      )}
      <label htmlFor={id('outcome')}>{text.outcome}</label>
      <select
        id={id('outcome')}
        value={fields.outcome}
        aria-invalid={problems.includes('outcome_required')}
        aria-describedby={verdictRecorded ? undefined : id('verdict-hint')}
        onChange={(event) => set('outcome')(event.target.value)}
      >
        <option value="">{text.choose}</option>
        {SUSPECT_OUTCOMES.map((value) => (
          <option key={value} value={value}>
            {text.names[value]}
          </option>
        ))}
      </select>
      <label htmlFor={id('date')}>{text.date}</label>
      <input
        id={id('date')}
        type="date"
        value={fields.decidedOn}
        aria-invalid={problems.includes('date_required')}
        onChange={(event) => set('decidedOn')(event.target.value)}
      />
      {fields.outcome === 'convicted' ? (
        <>
          <label htmlFor={id('sentence')}>{text.sentenceMonths}</label>
          <input
            id={id('sentence')}
            inputMode="numeric"
            value={fields.sentenceMonths}
            aria-invalid={problems.includes('sentence_invalid')}
            onChange={(event) => set('sentenceMonths')(event.target.value)}
          />
          {currency.choose ? (
            <>
              <label htmlFor={id('currency')}>{text.currency}</label>
              <select
                id={id('currency')}
                value={chosenCurrency}
                onChange={(event) => setChosenCurrency(event.target.value)}
              >
                {CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          {amount('fineAmount', text.fineAmount, 'fine_invalid')}
          {amount('compensationAmount', text.compensationAmount, 'compensation_invalid')}
          <p id={id('amount-hint')} className="hint">
            {text.amountHint}
          </p>
        </>
      ) : null}
      {problems.length === 0 ? null : (
        <ul className="error" role="alert" data-testid="outcome-problems">
          {problems.map((problem) => (
            <li key={problem}>{text.problems[problem]}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {text.submit}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
