/**
 * The trafficking event form: what the user typed → the body the API takes (POST and PATCH), the
 * problems to show before sending, and an event → the form to edit it. Empty fields are sent as
 * null, so clearing a field on edit clears it on the server.
 */
import type { EventType, TraffickingEvent } from './activity-schemas.ts';

export interface EventFormValues {
  eventType: EventType | '';
  countryCode: string;
  /** The deepest place chosen in the location tree, or ''. */
  locationId: string;
  place: string;
  startedOn: string;
  endedOn: string;
  description: string;
}

export interface EventBody {
  eventType: EventType;
  countryCode: string | null;
  locationId: string | null;
  place: string | null;
  startedOn: string | null;
  endedOn: string | null;
  description: string | null;
}

export type EventProblem = 'type_missing' | 'country_invalid' | 'ends_before_start' | 'place_too_long';

export const EMPTY_EVENT_FORM: EventFormValues = {
  eventType: '',
  countryCode: 'KH',
  locationId: '',
  place: '',
  startedOn: '',
  endedOn: '',
  description: '',
};

/** The API's limit on the free-text place (case-detail-routes.ts). */
export const PLACE_MAX_LENGTH = 500;

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function eventBodyFrom(form: EventFormValues): { body: EventBody } | { problems: EventProblem[] } {
  const problems: EventProblem[] = [];
  const country = form.countryCode.trim().toUpperCase();
  if (form.eventType === '') problems.push('type_missing');
  if (country !== '' && !/^[A-Z]{2}$/u.test(country)) problems.push('country_invalid');
  if (form.startedOn !== '' && form.endedOn !== '' && form.endedOn < form.startedOn) problems.push('ends_before_start');
  if (form.place.trim().length > PLACE_MAX_LENGTH) problems.push('place_too_long');
  if (problems.length > 0 || form.eventType === '') return { problems };
  return {
    body: {
      eventType: form.eventType,
      countryCode: country === '' ? null : country,
      locationId: orNull(form.locationId),
      place: orNull(form.place),
      startedOn: orNull(form.startedOn),
      endedOn: orNull(form.endedOn),
      description: orNull(form.description),
    },
  };
}

export function eventFormOf(event: TraffickingEvent): EventFormValues {
  return {
    eventType: event.eventType,
    countryCode: event.countryCode ?? '',
    locationId: event.locationId ?? '',
    place: event.place ?? '',
    startedOn: event.startedOn ?? '',
    endedOn: event.endedOn ?? '',
    description: event.description ?? '',
  };
}

/** Date order as the API gives it: by start date (undated last), then when recorded. */
export function inDateOrder(events: readonly TraffickingEvent[]): TraffickingEvent[] {
  return [...events].sort((a, b) => {
    if (a.startedOn !== b.startedOn) {
      if (a.startedOn === null) return 1;
      if (b.startedOn === null) return -1;
      return a.startedOn < b.startedOn ? -1 : 1;
    }
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * What an edit changes: the fields of `body` that differ from the event as the user first read it.
 * Only those are sent, so a colleague's change to another field meanwhile is kept.
 */
export function changedFields(original: TraffickingEvent, body: EventBody): Partial<EventBody> {
  const changes: Partial<Record<keyof EventBody, unknown>> = {};
  for (const field of Object.keys(body) as (keyof EventBody)[]) {
    if (body[field] !== original[field]) changes[field] = body[field];
  }
  return changes as Partial<EventBody>;
}
