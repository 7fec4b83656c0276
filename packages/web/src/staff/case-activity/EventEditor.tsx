import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useVersionedSave } from '../use-versioned-save.ts';
import { ActivityError } from './ActivityError.tsx';
import { FieldProblems, SaveOrCancel } from './FormFeedback.tsx';
import { EVENT_TYPES, type EventType, type TraffickingEvent } from './activity-schemas.ts';
import type { CaseActivityApi } from './case-activity-api.ts';
import {
  changedFields,
  EMPTY_EVENT_FORM,
  eventBodyFrom,
  eventFormOf,
  PLACE_MAX_LENGTH,
  type EventFormValues,
  type EventProblem,
} from './event-form.ts';
import { EventSummary } from './EventSummary.tsx';
import { PlacePicker } from './PlacePicker.tsx';
import { useActivityStrings } from './use-activity-strings.ts';

/**
 * Records a new trafficking event, or changes one at the version the user read. When someone else
 * changed it meanwhile (409), the current values are shown beside the user's own, which stay in
 * the form; saving again applies them over the current version.
 */
export function EventEditor(props: {
  api: CaseActivityApi;
  caseId: string;
  existing: TraffickingEvent | null;
  onSaved: (event: TraffickingEvent) => void;
  onCancel: () => void;
}) {
  const { api, caseId, existing, onSaved, onCancel } = props;
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.events;
  const [form, setForm] = useState<EventFormValues>(existing === null ? EMPTY_EVENT_FORM : eventFormOf(existing));
  const [version, setVersion] = useState(existing?.version ?? 0);
  const [problems, setProblems] = useState<EventProblem[]>([]);
  const saving = useVersionedSave<TraffickingEvent>();
  const current = saving.conflict;
  const prefix = existing === null ? 'new-event' : `event-${existing.id}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    saving.clearFailure();
    const result = eventBodyFrom(form);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    if (existing === null) {
      await saving.save(() => api.addEvent(caseId, result.body), { onSaved });
      return;
    }
    await saving.save(() => api.changeEvent(caseId, existing.id, version, changedFields(existing, result.body)), {
      onSaved,
      isConflict: (error) => error.code === 'version_conflict',
      reload: async () => (await api.events(caseId)).find((item) => item.id === existing.id),
      onConflict: (now) => {
        setVersion(now.version);
        return now;
      },
    });
  };

  const set = (field: keyof EventFormValues) => (value: string) => setForm((before) => ({ ...before, [field]: value }));
  const title = existing === null ? strings.addTitle : strings.editTitle;
  return (
    <form
      className="activity-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={title}
      data-testid="event-editor"
    >
      <h4>{title}</h4>
      {current === null ? null : (
        <div role="alert" data-testid="event-conflict">
          <p className="error">{strings.conflict}</p>
          <div className="current-values">
            <p>
              <strong>{strings.currentValues}</strong>
            </p>
            <EventSummary event={current} language={language} />
          </div>
        </div>
      )}
      <label htmlFor={`${prefix}-type`}>{strings.type}</label>
      <select
        id={`${prefix}-type`}
        value={form.eventType}
        aria-invalid={problems.includes('type_missing')}
        onChange={(event) => set('eventType')(event.target.value as EventType | '')}
      >
        <option value="">{strings.chooseType}</option>
        {EVENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {strings.types[type]}
          </option>
        ))}
      </select>
      <div className="date-pair">
        <div>
          <label htmlFor={`${prefix}-from`}>{strings.startedOn}</label>
          <input
            id={`${prefix}-from`}
            type="date"
            value={form.startedOn}
            onChange={(event) => set('startedOn')(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${prefix}-until`}>{strings.endedOn}</label>
          <input
            id={`${prefix}-until`}
            type="date"
            value={form.endedOn}
            aria-invalid={problems.includes('ends_before_start')}
            onChange={(event) => set('endedOn')(event.target.value)}
          />
        </div>
      </div>
      <label htmlFor={`${prefix}-country`}>{strings.country}</label>
      <input
        id={`${prefix}-country`}
        value={form.countryCode}
        maxLength={2}
        autoCapitalize="characters"
        aria-invalid={problems.includes('country_invalid')}
        onChange={(event) => {
          set('countryCode')(event.target.value.toUpperCase());
          set('locationId')('');
        }}
      />
      <PlacePicker
        api={api}
        idPrefix={prefix}
        country={form.countryCode.trim().toUpperCase()}
        locationId={form.locationId}
        onChange={set('locationId')}
      />
      <label htmlFor={`${prefix}-place`}>{strings.place}</label>
      <input
        id={`${prefix}-place`}
        value={form.place}
        maxLength={PLACE_MAX_LENGTH}
        onChange={(event) => set('place')(event.target.value)}
      />
      <label htmlFor={`${prefix}-description`}>{strings.description}</label>
      <textarea
        id={`${prefix}-description`}
        value={form.description}
        maxLength={100_000}
        onChange={(event) => set('description')(event.target.value)}
      />
      <FieldProblems problems={problems} messages={strings.problems} />
      {saving.failure === null ? null : <ActivityError error={saving.failure} />}
      <SaveOrCancel busy={saving.busy} saveLabel={strings.save} onCancel={onCancel} />
    </form>
  );
}
