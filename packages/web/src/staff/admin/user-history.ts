/**
 * A user account's field history in plain words: each change's field, its old and new value as a
 * person reads them (role names, team names, yes/no), and who made it. Redacted values (password
 * hashes, TOTP secrets) are only ever "hidden".
 */
import type { HistoryEntry } from './admin-api.ts';
import type { AdminStrings } from './admin-strings-en.ts';
import { isKnownRole } from './admin-access.ts';

export interface HistoryRow {
  id: number;
  changedAt: string;
  who: string;
  field: string;
  from: string;
  to: string;
}

export interface HistoryNames {
  /** A team's name by id, if known. */
  team: (id: string) => string | undefined;
  /** An organisation's name by id, if known. */
  organisation: (id: string) => string | undefined;
  /** A user's display name by id, if known. */
  user: (id: string) => string | undefined;
  /** A date-time for people. */
  time: (iso: string) => string;
}

const TIME_FIELDS = new Set(['lockedUntil', 'lastLoginAt']);

function valueText(
  strings: AdminStrings,
  names: HistoryNames,
  field: string,
  value: unknown,
  redacted: boolean,
): string {
  const users = strings.users.detail;
  if (redacted) return users.hidden;
  if (value === null || value === undefined || value === '') return strings.none;
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (field === 'roles' && Array.isArray(value)) {
    return value
      .map((role) => (typeof role === 'string' && isKnownRole(role) ? strings.roles[role].name : String(role)))
      .join(', ');
  }
  if (field === 'teamId' && typeof value === 'string') return names.team(value) ?? value;
  if (field === 'organisationId' && typeof value === 'string') return names.organisation(value) ?? value;
  if (TIME_FIELDS.has(field) && typeof value === 'string') return names.time(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export function historyRows(
  entries: readonly HistoryEntry[],
  strings: AdminStrings,
  names: HistoryNames,
): HistoryRow[] {
  const fields: Record<string, string> = strings.users.fields;
  const detail = strings.users.detail;
  return entries.map((entry) => ({
    id: entry.id,
    changedAt: names.time(entry.changedAt),
    who: entry.actorUserId === null ? detail.system : (names.user(entry.actorUserId) ?? detail.unknownUser),
    field: Object.hasOwn(fields, entry.field) ? (fields[entry.field] ?? entry.field) : entry.field,
    from: valueText(strings, names, entry.field, entry.oldValue, entry.redacted),
    to: valueText(strings, names, entry.field, entry.newValue, entry.redacted),
  }));
}
