import { describe, expect, it } from 'vitest';
import { codeLists } from '@raksa/store';
import {
  EMPTY_REFERRAL_FORM,
  isRevocable,
  mayOverrideConsent,
  referralBodyFrom,
  SERVICE_TYPES,
} from './referral-form.ts';

describe('the referral form', () => {
  it('sends organisation and service, a note only when written, an override only when chosen', () => {
    expect(
      referralBodyFrom({ ...EMPTY_REFERRAL_FORM, toOrganisationId: 'o-2', serviceType: 'safehouse', note: '  ' }),
    ).toEqual({ body: { toOrganisationId: 'o-2', serviceType: 'safehouse' } });
    expect(
      referralBodyFrom({
        toOrganisationId: 'o-2',
        serviceType: 'legal_assistance',
        note: ' Needs an interpreter ',
        overrideReason: '  Immediate danger tonight, no guardian reachable  ',
      }),
    ).toEqual({
      body: {
        toOrganisationId: 'o-2',
        serviceType: 'legal_assistance',
        note: 'Needs an interpreter',
        consentOverride: { reason: 'Immediate danger tonight, no guardian reachable' },
      },
    });
  });

  it('refuses a referral without organisation or service, and an override reason under 10 characters', () => {
    expect(referralBodyFrom(EMPTY_REFERRAL_FORM)).toEqual({ problems: ['organisation_missing', 'service_missing'] });
    expect(
      referralBodyFrom({ toOrganisationId: 'o', serviceType: 'food', note: '', overrideReason: ' urgent   ' }),
    ).toEqual({ problems: ['override_reason_too_short'] });
  });

  it('offers the override only to roles holding consent.override', () => {
    expect(mayOverrideConsent({ permissions: { 'referral.create': 'team', 'consent.override': 'team' } })).toBe(true);
    expect(mayOverrideConsent({ permissions: { 'referral.create': 'own' } })).toBe(false);
  });

  it('lets a referral be revoked while waiting or accepted, not once answered for good', () => {
    expect(['in_progress', 'accepted', 'rejected', 'done', 'revoked'].filter(isRevocable)).toEqual([
      'in_progress',
      'accepted',
    ]);
  });

  it('knows the same service types as the store', () => {
    expect([...SERVICE_TYPES]).toEqual([...codeLists.serviceTypes]);
  });
});
