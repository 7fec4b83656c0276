import { describe, expect, it } from 'vitest';
import { emptyConsentForm, newConsentOf } from './consent-form.ts';

describe(newConsentOf.name, () => {
  const filled = {
    ...emptyConsentForm('2026-12-01'),
    purpose: 'services' as const,
    legalBasis: 'consent' as const,
    givenBy: 'subject' as const,
  };

  it('is null until the purpose, the legal basis and who gave it are chosen', () => {
    expect(newConsentOf(emptyConsentForm('2026-12-01'))).toBeNull();
    expect(newConsentOf({ ...filled, givenBy: '' })).toBeNull();
    expect(newConsentOf(filled)).toEqual({
      purpose: 'services',
      organisationId: null,
      legalBasis: 'consent',
      givenBy: 'subject',
      givenOn: '2026-12-01',
      note: null,
    });
  });

  it('names the organisation for a disclosure, and only then', () => {
    const disclosure = { ...filled, purpose: 'disclosure_to_organisation' as const };
    expect(newConsentOf(disclosure)).toBeNull();
    expect(newConsentOf({ ...disclosure, organisationId: 'org-1' })?.organisationId).toBe('org-1');
    expect(newConsentOf({ ...filled, organisationId: 'org-1' })?.organisationId).toBeNull();
  });
});
