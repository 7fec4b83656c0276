import { describe, expect, it } from 'vitest';
import type { CaseService } from './activity-schemas.ts';
import {
  byPlannedDate,
  EMPTY_SERVICE_FORM,
  outcomeBodyFrom,
  serviceBodyFrom,
  serviceChanges,
  serviceFormOf,
} from './service-form.ts';

const SERVICE: CaseService = {
  id: 's-1',
  version: 2,
  serviceType: 'psychosocial',
  providerOrganisationId: null,
  referralId: null,
  status: 'planned',
  plannedOn: '2026-11-20',
  deliveredOn: null,
  notDeliveredReason: null,
  note: 'Fictional: weekly sessions',
  createdAt: '2026-11-01T08:00:00.000Z',
};

describe(serviceBodyFrom.name, () => {
  it('needs the service; an empty provider is the case’s own organisation and empty fields are null', () => {
    expect(serviceBodyFrom(EMPTY_SERVICE_FORM)).toEqual({ problems: ['service_missing'] });
    expect(serviceBodyFrom({ ...EMPTY_SERVICE_FORM, serviceType: 'food', note: '  ' })).toEqual({
      body: { serviceType: 'food', providerOrganisationId: null, plannedOn: null, referralId: null, note: null },
    });
  });

  it('keeps the provider, the date, the referral and the trimmed note', () => {
    const form = {
      serviceType: 'legal_assistance' as const,
      providerOrganisationId: 'o-2',
      plannedOn: '2026-12-03',
      referralId: 'r-1',
      note: ' Fictional hearing preparation ',
    };
    expect(serviceBodyFrom(form)).toEqual({
      body: {
        serviceType: 'legal_assistance',
        providerOrganisationId: 'o-2',
        plannedOn: '2026-12-03',
        referralId: 'r-1',
        note: 'Fictional hearing preparation',
      },
    });
  });

  it('refuses a note over 2000 characters and, on a delivered service, a planned date after the delivery', () => {
    expect(serviceBodyFrom({ ...EMPTY_SERVICE_FORM, serviceType: 'food', note: 'x'.repeat(2001) })).toEqual({
      problems: ['note_too_long'],
    });
    const form = { ...serviceFormOf(SERVICE), plannedOn: '2026-11-25' };
    expect(serviceBodyFrom(form, { deliveredOn: '2026-11-22' })).toEqual({ problems: ['planned_after_delivery'] });
    expect('body' in serviceBodyFrom(form, { deliveredOn: '2026-11-25' })).toBe(true);
  });
});

describe(serviceChanges.name, () => {
  it('sends only the fields the user changed', () => {
    const result = serviceBodyFrom({ ...serviceFormOf(SERVICE), providerOrganisationId: 'o-3' });
    if (!('body' in result)) throw new Error('expected a body');
    expect(serviceChanges(SERVICE, result.body)).toEqual({ providerOrganisationId: 'o-3' });
  });
});

describe(outcomeBodyFrom.name, () => {
  const today = '2026-12-02';

  it('records a delivery on a day not before the planned one nor after today', () => {
    expect(outcomeBodyFrom(SERVICE, { status: 'delivered', deliveredOn: '' }, today)).toEqual({
      problems: ['delivered_on_missing'],
    });
    expect(outcomeBodyFrom(SERVICE, { status: 'delivered', deliveredOn: '2026-11-19' }, today)).toEqual({
      problems: ['delivered_before_planned'],
    });
    expect(outcomeBodyFrom(SERVICE, { status: 'delivered', deliveredOn: '2026-12-03' }, today)).toEqual({
      problems: ['delivered_in_future'],
    });
    expect(outcomeBodyFrom(SERVICE, { status: 'delivered', deliveredOn: '2026-11-20' }, today)).toEqual({
      body: { status: 'delivered', deliveredOn: '2026-11-20', notDeliveredReason: null },
    });
    expect(
      outcomeBodyFrom({ plannedOn: null }, { status: 'delivered', deliveredOn: '2026-01-05' }, today),
    ).toMatchObject({ body: { deliveredOn: '2026-01-05' } });
  });

  it('records a service not delivered only with its reason, and clears the day and reason otherwise', () => {
    expect(outcomeBodyFrom(SERVICE, { status: 'not_delivered', reason: '' }, today)).toEqual({
      problems: ['reason_missing'],
    });
    expect(outcomeBodyFrom(SERVICE, { status: 'not_delivered', reason: 'declined_by_person' }, today)).toEqual({
      body: { status: 'not_delivered', deliveredOn: null, notDeliveredReason: 'declined_by_person' },
    });
    for (const status of ['cancelled', 'planned'] as const)
      expect(outcomeBodyFrom(SERVICE, { status }, today)).toEqual({
        body: { status, deliveredOn: null, notDeliveredReason: null },
      });
  });
});

describe(byPlannedDate.name, () => {
  it('puts the earliest planned date first and undated services last', () => {
    const undated = { ...SERVICE, id: 's-2', plannedOn: null };
    const earlier = { ...SERVICE, id: 's-3', plannedOn: '2026-10-01' };
    expect(byPlannedDate([undated, SERVICE, earlier]).map((service) => service.id)).toEqual(['s-3', 's-1', 's-2']);
  });
});
