/** The task form → the API's body; tasks in due-date order; which tasks are overdue. */
import type { Task } from './activity-schemas.ts';

export interface TaskFormValues {
  title: string;
  dueOn: string;
  assignedUserId: string;
}

export interface TaskBody {
  title: string;
  dueOn: string | null;
  assignedUserId: string | null;
}

export type TaskProblem = 'title_missing' | 'title_too_long';

/** The API's limit on a task's title (case-detail-routes.ts). */
export const TASK_TITLE_MAX_LENGTH = 500;

export const EMPTY_TASK_FORM: TaskFormValues = { title: '', dueOn: '', assignedUserId: '' };

export function taskBodyFrom(form: TaskFormValues): { body: TaskBody } | { problems: TaskProblem[] } {
  const title = form.title.trim();
  if (title === '') return { problems: ['title_missing'] };
  if (title.length > TASK_TITLE_MAX_LENGTH) return { problems: ['title_too_long'] };
  return {
    body: {
      title,
      dueOn: form.dueOn === '' ? null : form.dueOn,
      assignedUserId: form.assignedUserId === '' ? null : form.assignedUserId,
    },
  };
}

/** Today's date where the user is (YYYY-MM-DD, local time): due dates are calendar days. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An open task whose due day has passed (a task due today is not overdue yet). */
export function isOverdue(task: Pick<Task, 'status' | 'dueOn'>, today: string): boolean {
  return task.status === 'open' && task.dueOn !== null && task.dueOn < today;
}

/** By due date as the API gives them (tasks without one last), then by id. */
export function byDueDate(tasks: readonly Task[]): Task[] {
  return [...tasks].sort((a, b) => {
    if (a.dueOn !== b.dueOn) {
      if (a.dueOn === null) return 1;
      if (b.dueOn === null) return -1;
      return a.dueOn < b.dueOn ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
