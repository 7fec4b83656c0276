import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import { ActivityError, asStaffError } from './ActivityError.tsx';
import { createCaseActivityApi } from './case-activity-api.ts';
import type { CaseSectionProps } from './index.ts';
import { formatTime, namesFrom } from './people.ts';
import { useColleagues } from '../colleagues-context.tsx';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

/** The case's notes, oldest first, with author and time; a role that changes the case adds one. */
export function NotesSection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.notes;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const notes = useLoaded(() => api.notes(caseId), caseId);
  const colleagues = useColleagues();
  const nameOf = namesFrom(colleagues.value, all);
  const mayAdd = Object.hasOwn(me.permissions, 'case.update');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [problem, setProblem] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setDone(false);
    setFailure(null);
    if (text.trim() === '') {
      setProblem(true);
      return;
    }
    setProblem(false);
    setBusy(true);
    try {
      const note = await api.addNote(caseId, text.trim());
      notes.setValue((current) => [...current, note]);
      setText('');
      setDone(true);
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="case-activity" data-testid="case-notes">
      <p className="hint">{strings.intro}</p>
      {notes.failure === null ? null : <ActivityError error={notes.failure} />}
      {notes.value === undefined && notes.failure === null ? <p className="hint">{all.loading}</p> : null}
      {notes.value !== undefined && notes.value.length === 0 ? <p>{strings.empty}</p> : null}
      {notes.value === undefined || notes.value.length === 0 ? null : (
        <ol className="activity-list">
          {notes.value.map((note) => (
            <li key={note.id} data-testid="case-note">
              <p className="byline">
                {format(strings.byline, {
                  author: nameOf(note.authorUserId),
                  time: formatTime(note.createdAt, language),
                })}
              </p>
              <p className="free-text">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayAdd ? (
        <form className="activity-form" onSubmit={(event) => void submit(event)} noValidate>
          <label htmlFor="case-note-body">{strings.newNote}</label>
          <textarea
            id="case-note-body"
            value={text}
            maxLength={100_000}
            aria-invalid={problem}
            aria-describedby={problem ? 'case-note-problem' : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {problem ? (
            <p id="case-note-problem" className="error" role="alert">
              {strings.required}
            </p>
          ) : null}
          {failure === null ? null : <ActivityError error={failure} />}
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? all.saving : strings.add}
            </button>
          </div>
          <p role="status" className="status">
            {done ? strings.added : ''}
          </p>
        </form>
      ) : null}
    </div>
  );
}
