import { describe, expect, it } from 'vitest';
import type { Task } from './activity-schemas.ts';
import { byDueDate, isOverdue, localToday, taskBodyFrom } from './task-form.ts';

const task = (id: string, dueOn: string | null, status: Task['status'] = 'open'): Task => ({
  id,
  version: 1,
  title: `Fictional task ${id}`,
  dueOn,
  assignedUserId: null,
  status,
  completedAt: null,
  createdAt: '2026-11-01T08:00:00.000Z',
});

describe('the task form', () => {
  it('sends a trimmed title, and null for an empty due date and no assignee', () => {
    expect(taskBodyFrom({ title: '  Call the shelter  ', dueOn: '', assignedUserId: '' })).toEqual({
      body: { title: 'Call the shelter', dueOn: null, assignedUserId: null },
    });
    expect(taskBodyFrom({ title: 'Visit', dueOn: '2026-12-03', assignedUserId: 'u-1' })).toEqual({
      body: { title: 'Visit', dueOn: '2026-12-03', assignedUserId: 'u-1' },
    });
  });

  it('refuses a task without a title or with one longer than the API takes', () => {
    expect(taskBodyFrom({ title: '   ', dueOn: '', assignedUserId: '' })).toEqual({ problems: ['title_missing'] });
    expect(taskBodyFrom({ title: 'x'.repeat(501), dueOn: '', assignedUserId: '' })).toEqual({
      problems: ['title_too_long'],
    });
  });
});

describe('overdue tasks', () => {
  it('are open tasks whose due day has passed; a task due today, done or cancelled is not', () => {
    expect(isOverdue(task('a', '2026-11-30'), '2026-12-01')).toBe(true);
    expect(isOverdue(task('b', '2026-12-01'), '2026-12-01')).toBe(false);
    expect(isOverdue(task('c', '2026-11-01', 'done'), '2026-12-01')).toBe(false);
    expect(isOverdue(task('d', '2026-11-01', 'cancelled'), '2026-12-01')).toBe(false);
    expect(isOverdue(task('e', null), '2026-12-01')).toBe(false);
  });

  it('count the day where the user is', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('task order', () => {
  it('is by due date, tasks without one last, then by id', () => {
    const ordered = byDueDate([
      task('z', null),
      task('b', '2026-12-02'),
      task('a', '2026-12-02'),
      task('c', '2026-11-02'),
    ]);
    expect(ordered.map((t) => t.id)).toEqual(['c', 'a', 'b', 'z']);
  });
});
