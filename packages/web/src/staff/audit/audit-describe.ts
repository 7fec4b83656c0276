/** An audit log entry in plain words: who, what, how it ended, on which record. */
import { format } from '../../i18n/language.ts';
import { CASE_RECORD_TYPE } from './audit-codes.ts';
import type { AuditLogEntry, AuditUser } from './audit-log-api.ts';
import type { AuditStrings } from './audit-strings-en.ts';

const wordFor = (table: Readonly<Record<string, string>>, code: string): string | null =>
  Object.hasOwn(table, code) ? (table[code] ?? null) : null;

export type NameOf = (userId: string | null) => string;

/** Names for user ids from the users list; an id not in it is shown as such, no id as "nobody signed in". */
export function namesFrom(users: readonly AuditUser[] | undefined, strings: AuditStrings): NameOf {
  const names = new Map((users ?? []).map((user) => [user.id, user.displayName]));
  return (userId) => {
    if (userId === null) return strings.nobody;
    return names.get(userId) ?? format(strings.unknownUser, { id: userId });
  };
}

export function rolesOf(entry: Pick<AuditLogEntry, 'actorRoles'>, strings: AuditStrings): string {
  return entry.actorRoles.map((role) => wordFor(strings.roles, role) ?? role).join(', ');
}

/** The action in words (the code itself when these strings have no words for it). */
export function actionWords(action: string, strings: AuditStrings): string {
  return wordFor(strings.actions, action) ?? action;
}

/** How it ended, in words, and the API's code with its words when it has one. */
export function outcomeOf(
  entry: Pick<AuditLogEntry, 'outcome' | 'code'>,
  strings: AuditStrings,
): { words: string; code: string | null; codeWords: string | null } {
  return {
    words: wordFor(strings.outcomes, entry.outcome) ?? entry.outcome,
    code: entry.code,
    codeWords: entry.code === null ? null : wordFor(strings.codes, entry.code),
  };
}

export function recordTypeWords(recordType: string | null, strings: AuditStrings): string {
  if (recordType === null) return strings.noRecord;
  return wordFor(strings.recordTypes, recordType) ?? recordType;
}

/**
 * The case an entry's record is, or belongs to: a request on a case, or on what it holds (its
 * notes, referrals, services… under `/api/cases/{id}/…`, where the record id is the case's).
 */
export function caseIdOf(entry: Pick<AuditLogEntry, 'recordType' | 'recordId' | 'route'>): string | null {
  if (entry.recordId === null) return null;
  const onCase =
    entry.recordType === CASE_RECORD_TYPE ||
    entry.route === '/api/cases/{id}' ||
    entry.route?.startsWith('/api/cases/{id}/');
  return onCase === true ? entry.recordId : null;
}

/**
 * A time for people, to the second, in the interface language and the browser's time zone: the
 * day and the time apart (a narrow column breaks between them, not inside either).
 */
export function formatLogTime(iso: string, language: string): { day: string; time: string } {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return { day: iso, time: '' };
  return {
    day: time.toLocaleDateString(language, { dateStyle: 'medium' }),
    time: time.toLocaleTimeString(language, { timeStyle: 'medium' }),
  };
}
