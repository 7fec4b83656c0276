import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import type { CaseSectionProps } from './case-context.ts';
import { emptyOutcomeForm, outcomeFormOf } from './outcome-form.ts';
import { OutcomeForm } from './OutcomeForm.tsx';
import { hasVerdict } from './proceeding-stages.ts';
import { asStaffError, type ErrorContext } from './prosecution-errors.ts';
import type { Outcome, OutcomeBody } from './prosecution-api.ts';
import { amountText, dateText, todayIso } from './prosecution-labels.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { usePartyName } from './use-party-names.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

function OutcomeFacts({ outcome }: { outcome: Outcome }) {
  const { language } = useI18n();
  const text = useProsecutionStrings().outcomes;
  return (
    <p data-testid="outcome" data-outcome={outcome.outcome} data-version={outcome.version}>
      <strong>{text.names[outcome.outcome]}</strong>,{' '}
      {format(text.decidedOn, { date: dateText(outcome.decidedOn, language) })}
      {outcome.outcome === 'convicted' ? (
        <>
          <br />
          <span data-testid="outcome-sentence">
            {outcome.sentenceMonths === null || outcome.sentenceMonths === 0
              ? text.noSentence
              : format(text.sentence, { months: outcome.sentenceMonths })}
          </span>
          {outcome.fineAmount === null ? null : (
            <>
              <br />
              {format(text.fine, { amount: amountText(outcome.fineAmount, outcome.currency, language) })}
            </>
          )}
          {outcome.compensationAmount === null ? null : (
            <>
              <br />
              {format(text.compensation, {
                amount: amountText(outcome.compensationAmount, outcome.currency, language),
              })}
            </>
          )}
        </>
      ) : null}
    </p>
  );
}

/** One suspect's outcome, and recording or correcting it (with the version read: a stale one is a 409). */
function SuspectOutcome({ personId, outcome, ...props }: CaseSectionProps & { personId: string; outcome?: Outcome }) {
  const { prosecution, detail, canWrite, persons, reload } = props;
  const text = useProsecutionStrings().outcomes;
  const nameOf = usePartyName(persons);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: StaffApiError; context: ErrorContext } | null>(null);
  const name = nameOf(personId);

  const save = async (body: OutcomeBody, currency: string): Promise<void> => {
    setBusy(true);
    setFailure(null);
    const context: ErrorContext = { action: outcome === undefined ? 'recordOutcome' : 'correctOutcome' };
    try {
      if (outcome === undefined) await prosecution.recordOutcome(detail.id, { ...body, personId, currency });
      else await prosecution.correctOutcome(detail.id, outcome.id, { ...body, version: outcome.version });
      setEditing(false);
      await reload();
    } catch (error) {
      const failed = asStaffError(error);
      setFailure({ error: failed, context });
      // The outcome changed (or was recorded) meanwhile: show it as it is now, for the user to decide again.
      if (failed.code === 'version_conflict' || failed.code === 'conflict') {
        setEditing(false);
        await reload();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <li data-testid="suspect-outcome" data-person-id={personId}>
      <h5>
        <bdi>{name}</bdi>
      </h5>
      {outcome === undefined ? <p className="hint">{text.pending}</p> : <OutcomeFacts outcome={outcome} />}
      {failure === null ? null : <ProsecutionError error={failure.error} context={failure.context} />}
      {canWrite && !editing ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setEditing(true)}>
            {outcome === undefined ? text.record : text.correct}
          </button>
        </div>
      ) : null}
      {canWrite && editing ? (
        <OutcomeForm
          idPrefix={`outcome-${personId}`}
          title={format(text.recordHeading, { name })}
          initial={outcome === undefined ? emptyOutcomeForm(todayIso()) : outcomeFormOf(outcome)}
          currency={outcome === undefined ? { choose: true } : { choose: false, fixed: outcome.currency }}
          verdictRecorded={hasVerdict(detail.stages)}
          busy={busy}
          onSave={(body, currency) => void save(body, currency)}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}

/** The outcome for each suspect of the case. */
export function OutcomesSection(props: CaseSectionProps) {
  const text = useProsecutionStrings().outcomes;
  const suspects = props.detail.parties.filter((party) => party.role === 'suspect');
  return (
    <section aria-labelledby="criminal-case-outcomes" data-testid="criminal-case-outcomes">
      <h4 id="criminal-case-outcomes">{text.heading}</h4>
      {suspects.length === 0 ? (
        <p className="hint">{text.noSuspects}</p>
      ) : (
        <ul className="suspect-outcomes">
          {suspects.map((party) => {
            const outcome = props.detail.outcomes.find((item) => item.personId === party.personId);
            return (
              <SuspectOutcome
                key={party.personId}
                {...props}
                personId={party.personId}
                {...(outcome === undefined ? {} : { outcome })}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
