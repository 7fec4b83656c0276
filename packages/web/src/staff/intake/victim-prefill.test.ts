import { describe, expect, it } from 'vitest';
import type { TriagedTip } from './intake-api.ts';
import { buildOpenCaseRequest, initialVictimForm, suggestionsFromTip } from './victim-prefill.ts';

const TODAY = '2026-12-01';
const TEXT = 'My sister is 16, the agent +855 12 999 000 took her phone; call me on 012 888 777';

function tip(change: Partial<TriagedTip> = {}): TriagedTip {
  return {
    id: 't1',
    version: 3,
    kind: 'hotline_call',
    channel: 'hotline',
    receivedAt: '2026-12-01T08:00:00Z',
    anonymous: false,
    language: 'en',
    body: TEXT,
    contactDetails: 'name: Fictional Caller\nphone: 012 888 777',
    callerRelationship: 'family_member',
    analysis: {
      risk: 'high',
      harms: [],
      entities: [
        { type: 'age', value: '16', normalized: '16', start: 13, end: 15, details: { years: 16 } },
        {
          type: 'phone',
          value: '+855 12 999 000',
          normalized: '+85512999000',
          start: 27,
          end: 42,
          details: { country: 'KH' },
        },
        { type: 'phone', value: '012 888 777', normalized: '+85512888777', start: 70, end: 81 },
        { type: 'phone', value: '+855 12 999 000', normalized: '+85512999000', start: 90, end: 105 },
        { type: 'handle', value: '@fake_agent', normalized: 'telegram:fake_agent', start: 0, end: 0 },
      ],
    },
    risk: 'high',
    harmTypes: ['recruitment_fraud'],
    triageStatus: 'in_review',
    ...change,
  };
}

describe('suggestionsFromTip', () => {
  it('offers each phone number the engine found once, the ages stated, the language and the risk', () => {
    expect(suggestionsFromTip(tip())).toEqual({
      phones: [
        { value: '+855 12 999 000', normalized: '+85512999000' },
        { value: '012 888 777', normalized: '+85512888777' },
      ],
      ages: [16],
      language: 'en',
      ownContactDetails: null,
      riskLevel: 'high',
    });
  });

  it('offers the caller’s contact details only when the caller is the victim', () => {
    expect(suggestionsFromTip(tip({ callerRelationship: 'self' })).ownContactDetails).toBe(
      'name: Fictional Caller\nphone: 012 888 777',
    );
    expect(suggestionsFromTip(tip({ callerRelationship: 'self', contactDetails: null })).ownContactDetails).toBeNull();
  });

  it('copes with a tip whose analysis was not shared (no entities) and a tip without risk', () => {
    const bare = suggestionsFromTip(tip({ analysis: { risk: 'low', harms: [] }, risk: null, language: null }));
    expect(bare).toEqual({ phones: [], ages: [], language: null, ownContactDetails: null, riskLevel: 'low' });
  });
});

describe('initialVictimForm', () => {
  it('prefills an age stated once as an estimate, ticks no phone number, and takes the tip’s language and risk', () => {
    const form = initialVictimForm(suggestionsFromTip(tip()));
    expect(form).toMatchObject({ ageKnown: 'estimated', estimatedAge: '16', phones: [], languages: ['en'] });
    expect(form.riskLevel).toBe('high');
    expect(form.useOwnContactDetails).toBe(false);
  });

  it('prefills no age when the tip states several, and no language when the engine could not tell', () => {
    const suggestions = { ...suggestionsFromTip(tip()), ages: [16, 45], language: 'und' };
    expect(initialVictimForm(suggestions)).toMatchObject({ ageKnown: 'unknown', estimatedAge: '', languages: [] });
  });
});

describe('buildOpenCaseRequest', () => {
  const suggestions = suggestionsFromTip(tip());

  it('sends the version read and only what the operator kept: ticked phones, the estimate dated today', () => {
    const form = {
      ...initialVictimForm(suggestions),
      givenNameLatin: ' Sreypov ',
      familyNameLatin: 'Fictional',
      nameLocal: 'ស្រីពៅ',
      sex: 'female' as const,
      citizenship: 'kh',
      phones: ['+85512888777'],
    };
    expect(buildOpenCaseRequest(form, suggestions, 3, TODAY)).toEqual({
      ok: true,
      request: {
        version: 3,
        victim: {
          givenNameLatin: 'Sreypov',
          familyNameLatin: 'Fictional',
          nameLocal: 'ស្រីពៅ',
          sex: 'female',
          estimatedAge: 16,
          estimatedAgeOn: TODAY,
          citizenship: ['KH'],
          phones: ['+85512888777'],
          languages: ['en'],
        },
        riskLevel: 'high',
        summary: null,
      },
    });
  });

  it('never sends a phone number that was not offered, adds a typed one, and a self-caller’s details when ticked', () => {
    const self = suggestionsFromTip(tip({ callerRelationship: 'self' }));
    const form = {
      ...initialVictimForm(self),
      ageKnown: 'unknown' as const,
      phones: ['+85599999999'],
      otherPhone: ' 010 123 456 ',
      useOwnContactDetails: true,
    };
    const built = buildOpenCaseRequest(form, self, 3, TODAY);
    expect(built.ok && built.request.victim).toEqual({
      givenNameLatin: null,
      familyNameLatin: null,
      nameLocal: null,
      sex: null,
      phones: ['010 123 456'],
      contactDetails: 'name: Fictional Caller\nphone: 012 888 777',
      languages: ['en'],
    });
  });

  it('takes a birth date instead of an estimate, and refuses one in the future or missing', () => {
    const form = { ...initialVictimForm(suggestions), ageKnown: 'birth_date' as const, birthDate: '2010-05-04' };
    const built = buildOpenCaseRequest(form, suggestions, 3, TODAY);
    expect(built.ok && built.request.victim.birthDate).toBe('2010-05-04');
    expect(built.ok && built.request.victim.estimatedAge).toBeUndefined();
    expect(buildOpenCaseRequest({ ...form, birthDate: '2027-01-01' }, suggestions, 3, TODAY)).toEqual({
      ok: false,
      problems: ['birth_date_in_future'],
    });
    expect(buildOpenCaseRequest({ ...form, birthDate: '' }, suggestions, 3, TODAY)).toEqual({
      ok: false,
      problems: ['birth_date_missing'],
    });
  });

  it('names every problem: a wrong estimate, country code and phone number', () => {
    const form = {
      ...initialVictimForm(suggestions),
      estimatedAge: '16.5',
      citizenship: 'Cambodia',
      otherPhone: 'ab',
    };
    expect(buildOpenCaseRequest(form, suggestions, 3, TODAY)).toEqual({
      ok: false,
      problems: ['estimated_age_invalid', 'citizenship_invalid', 'phone_invalid'],
    });
  });
});
