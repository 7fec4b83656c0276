import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { ActivityError } from './ActivityError.tsx';
import type { HistoryEntry } from './activity-schemas.ts';
import { historyValue } from './audit-describe.ts';
import { createCaseActivityApi, type CaseActivityApi } from './case-activity-api.ts';
import type { CaseSectionProps } from './index.ts';
import { formatTime, namesFrom, type NameOf } from './people.ts';
import { knownPlace, placeName } from './place-names.ts';
import { useColleagues } from '../colleagues-context.tsx';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

function HistoryList({ api, caseId }: { api: CaseActivityApi; caseId: string }) {
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.history;
  const history = useLoaded(() => api.history(caseId), caseId);
  const colleagues = useColleagues();
  const organisations = useLoaded(() => api.organisations(), 'organisations');
  const nameOf: NameOf = namesFrom(colleagues.value, all);
  const organisationNames = new Map(
    (organisations.value ?? []).map((organisation) => [organisation.id, organisation.name]),
  );
  const tables: Record<string, string> = strings.tables;
  const fields: Record<string, string> = strings.fields;

  /** Ids shown by name where this page knows the name. */
  const valueOf = (entry: HistoryEntry, value: unknown): string | null => {
    const text = historyValue(value);
    if (text === null) return null;
    if (entry.field.endsWith('UserId')) return nameOf(text);
    if (entry.field === 'toOrganisationId' || entry.field === 'fromOrganisationId')
      return organisationNames.get(text) ?? text;
    if (entry.field === 'locationId') {
      const place = knownPlace(text);
      return place === undefined ? text : placeName(place, language);
    }
    return text;
  };

  const change = (entry: HistoryEntry): string => {
    if (entry.redacted) return strings.hidden;
    const before = valueOf(entry, entry.oldValue);
    const after = valueOf(entry, entry.newValue);
    if (before === null) return format(strings.setTo, { new: after ?? strings.empty_value });
    if (after === null) return format(strings.cleared, { old: before });
    return format(strings.fromTo, { old: before, new: after });
  };

  if (history.failure !== null) return <ActivityError error={history.failure} />;
  if (history.value === undefined) return <p className="hint">{all.loading}</p>;
  if (history.value.length === 0) return <p>{strings.empty}</p>;
  return (
    <ol className="activity-list" data-testid="case-history">
      {history.value.map((entry) => (
        <li key={entry.id} data-testid="history-entry" data-table={entry.table} data-field={entry.field}>
          <p className="byline">
            {format(strings.change, {
              who: nameOf(entry.actorUserId),
              time: formatTime(entry.changedAt, language),
              record: Object.hasOwn(tables, entry.table) ? (tables[entry.table] ?? entry.table) : entry.table,
              field: Object.hasOwn(fields, entry.field) ? (fields[entry.field] ?? entry.field) : entry.field,
            })}
          </p>
          <p className="free-text">{change(entry)}</p>
        </li>
      ))}
    </ol>
  );
}

/** Who changed which field of the case and what it holds, from what to what (values the role may not read are not given). */
export function HistorySection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const strings = useActivityStrings().history;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const [open, setOpen] = useState(false);
  return (
    <div className="case-activity" data-testid="case-history-section">
      <p className="hint">{strings.intro}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls="case-history-list"
          onClick={() => setOpen(!open)}
        >
          {open ? strings.hide : strings.show}
        </button>
      </div>
      <div id="case-history-list">{open ? <HistoryList api={api} caseId={caseId} /> : null}</div>
    </div>
  );
}
