import { describe, expect, it } from 'vitest';
import { FORCED_LABOUR_SECTORS } from './case-codes.ts';
import { profileBody, profileFormOf, toggleCode } from './profile-form.ts';

describe(profileFormOf.name, () => {
  it('starts empty without a profile', () => {
    const form = profileFormOf(null);
    expect(form.exploitationTypes).toEqual([]);
    expect(form.durationMonths).toBe('');
  });
});

describe(toggleCode.name, () => {
  it('keeps the code list’s order and never repeats a code', () => {
    let selected = toggleCode([], 'X_ForcedCriminalityScamCompound', true, FORCED_LABOUR_SECTORS);
    selected = toggleCode(selected, 'A_AgricultureForestryAndFishing', true, FORCED_LABOUR_SECTORS);
    selected = toggleCode(selected, 'A_AgricultureForestryAndFishing', true, FORCED_LABOUR_SECTORS);
    expect(selected).toEqual(['A_AgricultureForestryAndFishing', 'X_ForcedCriminalityScamCompound']);
    expect(toggleCode(selected, 'A_AgricultureForestryAndFishing', false, FORCED_LABOUR_SECTORS)).toEqual([
      'X_ForcedCriminalityScamCompound',
    ]);
  });
});

describe(profileBody.name, () => {
  it('sends every field, empty ones as null and the country upper-cased', () => {
    const form = {
      ...profileFormOf(null),
      exploitationTypes: ['ForcedLabour'],
      forcedLabourSectors: ['X_ForcedCriminalityScamCompound'],
      countryOfExploitation: ' mm ',
      durationMonths: '8',
      exploitationStartedOn: '2025-03-01',
    };
    expect(profileBody(form)).toEqual({
      errors: {},
      body: {
        exploitationTypes: ['ForcedLabour'],
        forcedLabourSectors: ['X_ForcedCriminalityScamCompound'],
        sexExploitationTypes: [],
        methodsOfControl: [],
        recruitmentMethods: [],
        recruitmentPlatforms: [],
        recruiterRelationship: null,
        countryOfExploitation: 'MM',
        exploitationStartedOn: '2025-03-01',
        exploitationEndedOn: null,
        durationMonths: 8,
      },
    });
  });

  it('refuses a country that is not a code, a duration that is not whole months, and an end before the start', () => {
    const form = {
      ...profileFormOf(null),
      countryOfExploitation: 'Myanmar',
      durationMonths: '2.5',
      exploitationStartedOn: '2025-03-01',
      exploitationEndedOn: '2025-02-01',
    };
    expect(profileBody(form).errors).toEqual({
      countryOfExploitation: 'country_code',
      durationMonths: 'duration',
      exploitationEndedOn: 'ends_before_start',
    });
  });
});
