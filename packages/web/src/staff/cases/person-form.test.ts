import { describe, expect, it } from 'vitest';
import type { Person } from './case-api.ts';
import { ageOf, personFormOf, personPatch } from './person-form.ts';

const PERSON: Person = {
  id: 'p1',
  version: 2,
  givenNameLatin: 'Fictional',
  familyNameLatin: 'Example',
  nameLocal: 'ឧទាហរណ៍',
  aliases: ['Fic'],
  birthDate: null,
  estimatedAge: 16,
  estimatedAgeOn: '2026-01-01',
  sex: 'female',
  gender: null,
  citizenship: ['KH'],
  languages: ['km'],
  identityDocuments: [{ type: 'national_id', number: 'FICT-000', issuingCountry: 'KH' }],
  phones: ['+855 00 000 000'],
  address: null,
  contactDetails: null,
  description: null,
  hiddenName: false,
};

describe(personFormOf.name, () => {
  it('turns lists into lines or codes and knows which fields the API gave', () => {
    const { form, present } = personFormOf(PERSON);
    expect(form.aliases).toBe('Fic');
    expect(form.citizenship).toBe('KH');
    expect(form.estimatedAge).toBe('16');
    expect(form.identityDocuments).toEqual([{ type: 'national_id', number: 'FICT-000', issuingCountry: 'KH' }]);
    expect(present.has('phones')).toBe(true);
  });

  it('offers only the fields a role may see (basic identity has no phones or documents)', () => {
    const { present } = personFormOf({
      id: 'p1',
      givenNameLatin: 'Fictional',
      sex: 'male',
      languages: ['km'],
      age: 30,
    });
    expect([...present].sort()).toEqual(['givenNameLatin', 'languages', 'sex']);
  });
});

describe(personPatch.name, () => {
  const { form: base } = personFormOf(PERSON);

  it('sends only what changed, in the API’s shapes', () => {
    const draft = {
      ...base,
      nameLocal: '',
      aliases: 'Fic\n\n  Little Fictional  \n',
      citizenship: 'kh, th',
      languages: 'KM en',
      phones: '',
      estimatedAge: '17',
    };
    expect(personPatch(base, draft)).toEqual({
      patch: {
        nameLocal: null,
        aliases: ['Fic', 'Little Fictional'],
        citizenship: ['KH', 'TH'],
        languages: ['km', 'en'],
        phones: null,
        estimatedAge: 17,
      },
      errors: {},
    });
  });

  it('sends the documents whole, drops empty rows and upper-cases the country', () => {
    const draft = {
      ...base,
      identityDocuments: [
        ...base.identityDocuments,
        { type: 'passport', number: ' N0000000 ', issuingCountry: 'kh' },
        { type: '', number: '', issuingCountry: '' },
      ],
    };
    expect(personPatch(base, draft).patch.identityDocuments).toEqual([
      { type: 'national_id', number: 'FICT-000', issuingCountry: 'KH' },
      { type: 'passport', number: 'N0000000', issuingCountry: 'KH' },
    ]);
  });

  it('says what to fix instead of sending values the API would refuse', () => {
    const draft = {
      ...base,
      citizenship: 'Cambodia',
      languages: 'Khmer!',
      estimatedAge: '16.5',
      phones: '12',
      identityDocuments: [{ type: 'passport', number: '', issuingCountry: '' }],
    };
    const { patch, errors } = personPatch(base, draft);
    expect(errors).toEqual({
      citizenship: 'country_code',
      languages: 'language_code',
      estimatedAge: 'age',
      phones: 'phone',
      identityDocuments: 'document_incomplete',
    });
    expect(patch).toEqual({});
  });
});

describe(ageOf.name, () => {
  it('counts from the birth date, else from the estimate and its date, else the age the API gave', () => {
    expect(ageOf({ birthDate: '2010-06-15' }, '2026-06-14')).toBe(15);
    expect(ageOf({ birthDate: '2010-06-15' }, '2026-06-15')).toBe(16);
    expect(ageOf({ estimatedAge: 16, estimatedAgeOn: '2025-01-01' }, '2026-12-01')).toBe(17);
    expect(ageOf({ age: 30 }, '2026-12-01')).toBe(30);
    expect(ageOf({}, '2026-12-01')).toBeUndefined();
  });
});
