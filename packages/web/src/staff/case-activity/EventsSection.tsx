import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { TraffickingEvent } from './activity-schemas.ts';
import { ActivityError } from './ActivityError.tsx';
import { createCaseActivityApi } from './case-activity-api.ts';
import { inDateOrder } from './event-form.ts';
import { EventEditor } from './EventEditor.tsx';
import { EventSummary } from './EventSummary.tsx';
import { EventWithdraw } from './EventWithdraw.tsx';
import type { CaseSectionProps } from './index.ts';
import { rememberPlaces } from './place-names.ts';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

/** The case's recruitment, transit and exploitation events as a timeline; a role that changes the case records and edits them. */
export function EventsSection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.events;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  // The events, with the provinces of their countries loaded first so places show by name.
  const events = useLoaded(async () => {
    const found = await api.events(caseId);
    const countries = [...new Set(found.map((event) => event.countryCode).filter((code) => code !== null))];
    const provinces = await Promise.all(countries.map((country) => api.provinces(country).catch(() => [])));
    provinces.forEach(rememberPlaces);
    return found;
  }, caseId);
  const mayChange = Object.hasOwn(me.permissions, 'case.update');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [saved, setSaved] = useState<'saved' | 'withdrawn' | null>(null);

  const onSaved = (event: TraffickingEvent) => {
    events.setValue((current) =>
      inDateOrder(
        current.some((item) => item.id === event.id)
          ? current.map((item) => (item.id === event.id ? event : item))
          : [...current, event],
      ),
    );
    setEditing(null);
    setSaved('saved');
  };
  const onWithdrawn = (event: TraffickingEvent) => {
    events.setValue((current) => current.filter((item) => item.id !== event.id));
    setSaved('withdrawn');
  };
  const edit = (target: string | 'new') => {
    setSaved(null);
    setEditing(target);
  };

  const shown = events.value === undefined ? undefined : inDateOrder(events.value);
  return (
    <div className="case-activity" data-testid="case-events">
      <p className="hint">{strings.intro}</p>
      {events.failure === null ? null : <ActivityError error={events.failure} />}
      {shown === undefined && events.failure === null ? <p className="hint">{all.loading}</p> : null}
      {shown !== undefined && shown.length === 0 ? <p>{strings.empty}</p> : null}
      {shown === undefined || shown.length === 0 ? null : (
        <ol className="activity-list">
          {shown.map((event) => (
            <li key={event.id} data-testid="case-event" data-event-id={event.id}>
              {editing === event.id ? (
                <EventEditor
                  api={api}
                  caseId={caseId}
                  existing={event}
                  onSaved={onSaved}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <EventSummary event={event} language={language} />
                  {mayChange ? (
                    <EventWithdraw api={api} caseId={caseId} event={event} onWithdrawn={onWithdrawn}>
                      <button type="button" className="button" onClick={() => edit(event.id)}>
                        {strings.edit}
                      </button>
                    </EventWithdraw>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {mayChange && editing === 'new' ? (
        <EventEditor api={api} caseId={caseId} existing={null} onSaved={onSaved} onCancel={() => setEditing(null)} />
      ) : null}
      {mayChange && editing !== 'new' ? (
        <div className="actions">
          <button type="button" className="button primary" onClick={() => edit('new')}>
            {strings.add}
          </button>
        </div>
      ) : null}
      <p role="status" className="status">
        {saved === null ? '' : strings[saved]}
      </p>
    </div>
  );
}
