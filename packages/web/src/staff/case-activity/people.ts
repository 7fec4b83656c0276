/** Names for user ids (authors, assignees, actors), from the caller's organisation's colleagues. */
import type { Colleague } from './activity-schemas.ts';
import type { ActivityStrings } from './activity-strings-en.ts';

export type NameOf = (userId: string | null) => string;

export function namesFrom(colleagues: readonly Colleague[] | undefined, strings: ActivityStrings): NameOf {
  const names = new Map((colleagues ?? []).map((colleague) => [colleague.id, colleague.displayName]));
  return (userId) => {
    if (userId === null) return strings.systemUser;
    return names.get(userId) ?? strings.unknownUser;
  };
}

/** A time for people, in the interface language. */
export function formatTime(iso: string, language: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime())
    ? iso
    : time.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar day (YYYY-MM-DD) for people, without shifting it across time zones. */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (match === null) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(language, { dateStyle: 'medium', timeZone: 'UTC' });
}
