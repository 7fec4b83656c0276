import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import { ActivityError, asStaffError } from './ActivityError.tsx';
import type { Task, TaskStatus } from './activity-schemas.ts';
import { createCaseActivityApi, type CaseActivityApi } from './case-activity-api.ts';
import type { CaseSectionProps } from './index.ts';
import { formatDay, formatTime, namesFrom, type NameOf } from './people.ts';
import {
  byDueDate,
  EMPTY_TASK_FORM,
  isOverdue,
  localToday,
  TASK_TITLE_MAX_LENGTH,
  taskBodyFrom,
  type TaskFormValues,
  type TaskProblem,
} from './task-form.ts';
import { useColleagues } from '../colleagues-context.tsx';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

/** The moves a task can take from its status (the API allows any; these are the ones that make sense). */
function movesFrom(status: TaskStatus): { to: TaskStatus; label: 'markDone' | 'cancel' | 'reopen' }[] {
  if (status === 'open')
    return [
      { to: 'done', label: 'markDone' },
      { to: 'cancelled', label: 'cancel' },
    ];
  return [{ to: 'open', label: 'reopen' }];
}

function TaskItem(props: {
  api: CaseActivityApi;
  caseId: string;
  task: Task;
  today: string;
  nameOf: NameOf;
  mayChange: boolean;
  onChanged: (task: Task) => void;
}) {
  const { api, caseId, task, today, nameOf, mayChange, onChanged } = props;
  const { language } = useI18n();
  const strings = useActivityStrings().tasks;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const overdue = isOverdue(task, today);

  const move = async (to: TaskStatus): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await api.setTaskStatus(caseId, task.id, task.version, to));
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const className = overdue ? 'overdue' : task.status === 'open' ? undefined : 'closed-item';
  return (
    <li
      className={className}
      data-testid="case-task"
      data-task-id={task.id}
      data-status={task.status}
      data-overdue={overdue}
    >
      <p>
        {overdue ? <span className="overdue-flag">{strings.overdue}</span> : null}
        <strong className="free-text">{task.title}</strong>
      </p>
      <p className="byline">
        {task.dueOn === null ? strings.noDue : format(strings.due, { date: formatDay(task.dueOn, language) })}
        {' · '}
        {task.assignedUserId === null
          ? strings.unassigned
          : format(strings.assignedTo, { name: nameOf(task.assignedUserId) })}
        {' · '}
        <span data-testid="case-task-status">
          {task.completedAt === null || task.status === 'open'
            ? strings.statuses[task.status]
            : format(strings.completedAt, {
                status: strings.statuses[task.status],
                time: formatTime(task.completedAt, language),
              })}
        </span>
      </p>
      {failure === null ? null : <ActivityError error={failure} />}
      {mayChange ? (
        <div className="actions">
          {movesFrom(task.status).map((next) => (
            <button
              key={next.to}
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => void move(next.to)}
            >
              {strings[next.label]}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}

/** The case's tasks by due date, overdue ones marked; a role that changes the case adds and closes them. */
export function TasksSection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const all = useActivityStrings();
  const strings = all.tasks;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const tasks = useLoaded(() => api.tasks(caseId), caseId);
  const colleagues = useColleagues();
  const nameOf = namesFrom(colleagues.value, all);
  const mayChange = Object.hasOwn(me.permissions, 'case.update');
  const today = localToday();
  const [form, setForm] = useState<TaskFormValues>(EMPTY_TASK_FORM);
  const [problems, setProblems] = useState<TaskProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [done, setDone] = useState(false);

  const replace = (changed: Task) =>
    tasks.setValue((current) => byDueDate(current.map((task) => (task.id === changed.id ? changed : task))));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setDone(false);
    setFailure(null);
    const result = taskBodyFrom(form);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const task = await api.addTask(caseId, result.body);
      tasks.setValue((current) => byDueDate([...current, task]));
      setForm(EMPTY_TASK_FORM);
      setDone(true);
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const set = (field: keyof TaskFormValues) => (value: string) => setForm({ ...form, [field]: value });
  const shown = tasks.value === undefined ? undefined : byDueDate(tasks.value);
  return (
    <div className="case-activity" data-testid="case-tasks">
      <p className="hint">{strings.intro}</p>
      {tasks.failure === null ? null : <ActivityError error={tasks.failure} />}
      {shown === undefined && tasks.failure === null ? <p className="hint">{all.loading}</p> : null}
      {shown !== undefined && shown.length === 0 ? <p>{strings.empty}</p> : null}
      {shown === undefined || shown.length === 0 ? null : (
        <ul className="activity-list">
          {shown.map((task) => (
            <TaskItem
              key={task.id}
              api={api}
              caseId={caseId}
              task={task}
              today={today}
              nameOf={nameOf}
              mayChange={mayChange}
              onChanged={replace}
            />
          ))}
        </ul>
      )}
      {mayChange ? (
        <form className="activity-form" onSubmit={(event) => void submit(event)} noValidate>
          <h4>{strings.newTask}</h4>
          <label htmlFor="case-task-title">{strings.taskTitle}</label>
          <input
            id="case-task-title"
            value={form.title}
            maxLength={TASK_TITLE_MAX_LENGTH}
            aria-invalid={problems.length > 0}
            aria-describedby={problems.length > 0 ? 'case-task-problems' : undefined}
            onChange={(event) => set('title')(event.target.value)}
          />
          <div className="date-pair">
            <div>
              <label htmlFor="case-task-due">{strings.dueOn}</label>
              <input
                id="case-task-due"
                type="date"
                value={form.dueOn}
                onChange={(event) => set('dueOn')(event.target.value)}
              />
            </div>
            <div>
              <label htmlFor="case-task-assignee">{strings.assignee}</label>
              <select
                id="case-task-assignee"
                value={form.assignedUserId}
                onChange={(event) => set('assignedUserId')(event.target.value)}
              >
                <option value="">{strings.nobody}</option>
                {(colleagues.value ?? []).map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {colleague.displayName}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {colleagues.failure === null ? null : <ActivityError error={colleagues.failure} />}
          {problems.length === 0 ? null : (
            <div id="case-task-problems" className="error" role="alert">
              {problems.map((problem) => (
                <p key={problem}>{strings.problems[problem]}</p>
              ))}
            </div>
          )}
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
