import { describe, expect, it } from 'vitest';
import type { TraffickingEvent } from './activity-schemas.ts';
import {
  changedFields,
  EMPTY_EVENT_FORM,
  eventBodyFrom,
  eventFormOf,
  inDateOrder,
  type EventFormValues,
} from './event-form.ts';

const event = (id: string, startedOn: string | null, createdAt = '2026-11-01T08:00:00.000Z'): TraffickingEvent => ({
  id,
  version: 1,
  eventType: 'Transit',
  countryCode: 'KH',
  locationId: null,
  place: null,
  startedOn,
  endedOn: null,
  description: null,
  createdAt,
});

describe('the trafficking event form', () => {
  it('sends every field, empty ones as null (so an edit can clear them), the country upper-cased', () => {
    expect(
      eventBodyFrom({
        ...EMPTY_EVENT_FORM,
        eventType: 'Recruitment',
        countryCode: ' th ',
        locationId: 'loc-1',
        place: '  Fictional market  ',
        startedOn: '2026-03-01',
      }),
    ).toEqual({
      body: {
        eventType: 'Recruitment',
        countryCode: 'TH',
        locationId: 'loc-1',
        place: 'Fictional market',
        startedOn: '2026-03-01',
        endedOn: null,
        description: null,
      },
    });
    expect(eventBodyFrom({ ...EMPTY_EVENT_FORM, eventType: 'Transit', countryCode: '' })).toMatchObject({
      body: { countryCode: null },
    });
  });

  it('lists what is wrong before sending: no type, a bad country, dates in the wrong order', () => {
    expect(
      eventBodyFrom({ ...EMPTY_EVENT_FORM, countryCode: 'KHM', startedOn: '2026-03-02', endedOn: '2026-03-01' }),
    ).toEqual({ problems: ['type_missing', 'country_invalid', 'ends_before_start'] });
    expect(eventBodyFrom({ ...EMPTY_EVENT_FORM, eventType: 'Exploitation', place: 'x'.repeat(501) })).toEqual({
      problems: ['place_too_long'],
    });
  });

  it('edits an event with its own values, and gives them back unchanged', () => {
    const stored = { ...event('e1', '2026-02-01'), place: 'Fictional port', description: 'Promised a job' };
    expect(eventBodyFrom(eventFormOf(stored))).toEqual({
      body: {
        eventType: 'Transit',
        countryCode: 'KH',
        locationId: null,
        place: 'Fictional port',
        startedOn: '2026-02-01',
        endedOn: null,
        description: 'Promised a job',
      },
    });
  });
});

describe('an edit', () => {
  it('sends only the fields the user changed, so a colleague’s change to another field is kept', () => {
    const read = { ...event('e1', '2026-02-01'), description: 'Promised a job' };
    const form = { ...eventFormOf(read), eventType: 'Exploitation' as const, place: 'Fictional farm' };
    const bodyOf = (values: EventFormValues) => {
      const result = eventBodyFrom(values);
      if (!('body' in result)) throw new Error('the form should be valid');
      return result.body;
    };
    expect(changedFields(read, bodyOf(form))).toEqual({ eventType: 'Exploitation', place: 'Fictional farm' });
    expect(changedFields(read, bodyOf(eventFormOf(read)))).toEqual({});
  });
});

describe('event order', () => {
  it('is by start date, undated events last, then by when they were recorded', () => {
    const ordered = inDateOrder([
      event('undated', null),
      event('late', '2026-05-01'),
      event('second', '2026-01-01', '2026-11-02T00:00:00.000Z'),
      event('first', '2026-01-01', '2026-11-01T00:00:00.000Z'),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['first', 'second', 'late', 'undated']);
  });
});
