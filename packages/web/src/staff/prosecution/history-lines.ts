/**
 * The criminal case's field history in words: which field, from what to what, by whom, when.
 * Internal links (the organisation, the case an outcome belongs to) are left out; stage and
 * outcome codes, provinces and suspects are named; values the role may not read say so.
 */
import { format, type UiLanguage } from '../../i18n/language.ts';
import type { Province } from '../staff-api.ts';
import { PROCEEDING_STAGES } from './proceeding-stages.ts';
import type { HistoryEntry, Outcome } from './prosecution-api.ts';
import { dateText } from './prosecution-labels.ts';
import type { ProsecutionStrings } from './prosecution-strings-en.ts';
import { provinceName } from './province-names.ts';

const INTERNAL_FIELDS = new Set(['organisationId', 'criminalCaseId']);

export interface HistoryLine {
  id: number;
  changedAt: string;
  /** "Outcome (name)" for a suspect's outcome; null for the case itself. */
  subject: string | null;
  text: string;
  by: string;
}

export interface HistoryNames {
  strings: ProsecutionStrings;
  language: UiLanguage;
  provinces: readonly Province[];
  outcomes: readonly Outcome[];
  nameOf: (personId: string) => string;
  myUserId: string;
}

function valueText(field: string, value: unknown, names: HistoryNames): string {
  const { strings } = names;
  if (value === null || value === undefined || value === '') return strings.history.empty;
  if (typeof value === 'string') {
    if (field === 'currentStage' && (PROCEEDING_STAGES as readonly string[]).includes(value))
      return strings.stages.names[value as (typeof PROCEEDING_STAGES)[number]];
    if (field === 'outcome' && Object.hasOwn(strings.outcomes.names, value))
      return strings.outcomes.names[value as keyof ProsecutionStrings['outcomes']['names']];
    if (field === 'provinceCode') return provinceName(value, names.provinces, names.language) ?? value;
    if (field === 'personId') return names.nameOf(value);
    if (field === 'decidedOn' || field === 'offenceDate') return dateText(value, names.language);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function historyLines(entries: readonly HistoryEntry[], names: HistoryNames): HistoryLine[] {
  const { strings } = names;
  const fields: Readonly<Record<string, string>> = strings.history.fields;
  return entries
    .filter((entry) => !INTERNAL_FIELDS.has(entry.field))
    .map((entry) => {
      const field = Object.hasOwn(fields, entry.field) ? (fields[entry.field] ?? entry.field) : entry.field;
      const outcome =
        entry.table === 'suspect_outcomes' ? names.outcomes.find((item) => item.id === entry.recordId) : undefined;
      const subject =
        entry.table === 'suspect_outcomes'
          ? `${strings.history.outcomeOf}${outcome === undefined ? '' : ` (${names.nameOf(outcome.personId)})`}`
          : null;
      const text = entry.redacted
        ? format(strings.history.set, { field, new: strings.history.hidden })
        : entry.oldValue === null || entry.oldValue === undefined
          ? format(strings.history.set, { field, new: valueText(entry.field, entry.newValue, names) })
          : format(strings.history.change, {
              field,
              old: valueText(entry.field, entry.oldValue, names),
              new: valueText(entry.field, entry.newValue, names),
            });
      const by =
        entry.actorUserId === null
          ? strings.history.bySystem
          : entry.actorUserId === names.myUserId
            ? strings.history.byYou
            : strings.history.byOther;
      return { id: entry.id, changedAt: entry.changedAt, subject, text, by };
    });
}
