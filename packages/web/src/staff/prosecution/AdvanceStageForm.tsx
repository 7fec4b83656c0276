import { useState, type FormEvent } from 'react';
import type { StaffApiError } from '../staff-api.ts';
import type { CaseSectionProps } from './case-context.ts';
import { PROCEEDING_STAGES, suggestedNextStage, type ProceedingStage } from './proceeding-stages.ts';
import { asStaffError, type ErrorContext } from './prosecution-errors.ts';
import { todayIso } from './prosecution-labels.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/**
 * Records a stage at the case's version. The server enforces the order; its refusal is explained
 * with the stage that is missing. A stale version reloads the case, so that the user sees what changed.
 */
export function AdvanceStageForm({ prosecution, detail, reload, onClose }: CaseSectionProps & { onClose: () => void }) {
  const text = useProsecutionStrings().stages;
  const [stage, setStage] = useState<ProceedingStage>(suggestedNextStage(detail.currentStage) ?? 'appeal');
  const [occurredOn, setOccurredOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: StaffApiError; context: ErrorContext } | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const context: ErrorContext = { action: 'stage', stage, occurredOn, recorded: detail.stages };
    try {
      await prosecution.recordStage(detail.id, {
        version: detail.version,
        stage,
        occurredOn,
        note: note.trim() === '' ? null : note.trim(),
      });
      await reload();
      onClose();
    } catch (error) {
      const failed = asStaffError(error);
      setFailure({ error: failed, context });
      if (failed.code === 'version_conflict') await reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="prosecution-form"
      data-testid="advance-stage"
      aria-labelledby="advance-stage-title"
      onSubmit={(event) => void submit(event)}
    >
      <h5 id="advance-stage-title">{text.advanceHeading}</h5>
      <p id="advance-stage-rule" className="hint">
        {text.rule}
      </p>
      <label htmlFor="advance-stage-stage">{text.stage}</label>
      <select
        id="advance-stage-stage"
        value={stage}
        aria-describedby="advance-stage-rule"
        onChange={(event) => setStage(event.target.value as ProceedingStage)}
      >
        {PROCEEDING_STAGES.map((value) => (
          <option key={value} value={value}>
            {text.names[value]}
          </option>
        ))}
      </select>
      <label htmlFor="advance-stage-date">{text.occurredOn}</label>
      <input
        id="advance-stage-date"
        type="date"
        required
        value={occurredOn}
        onChange={(event) => setOccurredOn(event.target.value)}
      />
      <label htmlFor="advance-stage-note">{text.note}</label>
      <textarea
        id="advance-stage-note"
        className="short"
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {failure === null ? null : <ProsecutionError error={failure.error} context={failure.context} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {text.submit}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
