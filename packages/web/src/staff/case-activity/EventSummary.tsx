import { format } from '../../i18n/language.ts';
import type { TraffickingEvent } from './activity-schemas.ts';
import { formatDay } from './people.ts';
import { knownPlace, placeName } from './place-names.ts';
import { activityStringsFor } from './use-activity-strings.ts';

function datesOf(event: TraffickingEvent, language: 'en' | 'km'): string {
  const strings = activityStringsFor(language).events;
  const from = event.startedOn === null ? null : formatDay(event.startedOn, language);
  const to = event.endedOn === null ? null : formatDay(event.endedOn, language);
  if (from !== null && to !== null) return from === to ? from : format(strings.dates, { from, to });
  if (from !== null) return format(strings.dateFrom, { from });
  if (to !== null) return format(strings.dateUntil, { to });
  return strings.undated;
}

/** What an event says: type and dates, place (from the tree and as described), country, means and notes. */
export function EventSummary({ event, language }: { event: TraffickingEvent; language: 'en' | 'km' }) {
  const strings = activityStringsFor(language).events;
  const treePlace = event.locationId === null ? undefined : knownPlace(event.locationId);
  const places = [
    event.locationId === null
      ? null
      : treePlace === undefined
        ? strings.unresolvedPlace
        : placeName(treePlace, language),
    event.place,
  ].filter((part): part is string => part !== null && part !== '');
  return (
    <>
      <p>
        <strong data-testid="case-event-type">{strings.types[event.eventType]}</strong>
        {' · '}
        <span data-testid="case-event-dates">{datesOf(event, language)}</span>
      </p>
      {places.length === 0 && event.countryCode === null ? null : (
        <p data-testid="case-event-place">
          {places.join(' — ')}
          {places.length > 0 && event.countryCode !== null ? ' · ' : ''}
          {event.countryCode === null ? '' : format(strings.countryLabel, { country: event.countryCode })}
        </p>
      )}
      {event.description === null ? null : (
        <p className="free-text" data-testid="case-event-description">
          {event.description}
        </p>
      )}
    </>
  );
}
