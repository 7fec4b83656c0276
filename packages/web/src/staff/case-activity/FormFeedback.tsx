/** What the case activity forms show under their fields: the field problems, and saving or cancelling. */
import { useActivityStrings } from './use-activity-strings.ts';

/** The form's field problems in plain words, announced; nothing when there are none. */
export function FieldProblems<Problem extends string>({
  problems,
  messages,
}: {
  problems: readonly Problem[];
  messages: Record<Problem, string>;
}) {
  const all = useActivityStrings();
  if (problems.length === 0) return null;
  return (
    <div className="error" role="alert">
      <p>{all.fieldProblems}</p>
      {problems.map((problem) => (
        <p key={problem}>{messages[problem]}</p>
      ))}
    </div>
  );
}

/** An editor's buttons: save (saying so while busy) and cancel, both disabled while saving. */
export function SaveOrCancel({
  busy,
  saveLabel,
  onCancel,
}: {
  busy: boolean;
  saveLabel: string;
  onCancel: () => void;
}) {
  const all = useActivityStrings();
  return (
    <div className="actions">
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? all.saving : saveLabel}
      </button>
      <button type="button" className="button" disabled={busy} onClick={onCancel}>
        {all.cancel}
      </button>
    </div>
  );
}
