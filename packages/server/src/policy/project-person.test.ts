import { describe, expect, it } from 'vitest';
import { ageBandOf, ageOf, projectPerson, type PersonFields } from './project-person.ts';

const TODAY = new Date('2026-06-15T00:00:00Z');

/** Fictional people. */
const CHILD: PersonFields = {
  id: 'p-child',
  givenNameLatin: 'Sreyleak',
  familyNameLatin: 'Chhum',
  nameLocal: 'ស្រីលក្ខ ឈុំ',
  aliases: ['Leak'],
  birthDate: '2012-09-01',
  sex: 'female',
  citizenship: ['KH'],
  languages: ['km'],
  phones: ['+855 12 345 678'],
  documents: [{ type: 'birth_certificate', number: 'BC-000-FAKE' }],
};
const ADULT: PersonFields = {
  id: 'p-adult',
  givenNameLatin: 'Dara',
  familyNameLatin: 'Sok',
  estimatedAge: 24,
  sex: 'male',
  citizenship: ['KH'],
  languages: ['km', 'en'],
  phones: ['+855 97 000 1111'],
};

describe('ages', () => {
  it('counts whole years from the birth date, or takes the estimate', () => {
    expect(ageOf({ birthDate: '2012-09-01' }, TODAY)).toBe(13);
    expect(ageOf({ birthDate: '2012-06-15' }, TODAY)).toBe(14);
    expect(ageOf({ birthDate: '2012-06-16' }, TODAY)).toBe(13);
    expect(ageOf({ estimatedAge: 16.8 }, TODAY)).toBe(16);
    expect(ageOf({ birthDate: 'not a date' }, TODAY)).toBeUndefined();
    expect(ageOf({}, TODAY)).toBeUndefined();
  });

  it('bands ages for de-identified views', () => {
    expect([5, 13, 16, 19, 25, 60].map(ageBandOf)).toEqual(['0-8', '9-14', '15-17', '18-20', '21-29', '50+']);
    expect(ageBandOf(undefined)).toBe('unknown');
  });
});

describe('person projections', () => {
  it('hides a child’s names in lists, even from roles that see everything', () => {
    const listed = projectPerson(CHILD, 'full', { display: 'list', today: TODAY });
    expect(listed).toMatchObject({
      hiddenName: true,
      givenNameLatin: null,
      familyNameLatin: null,
      nameLocal: null,
      aliases: null,
    });
    expect(JSON.stringify(listed)).not.toContain('Sreyleak');
    expect(JSON.stringify(listed)).not.toContain('Leak');
  });

  it('shows a child’s names on the case page to a role with the full view', () => {
    const detail = projectPerson(CHILD, 'full', { display: 'detail', today: TODAY });
    expect(detail).toMatchObject({ givenNameLatin: 'Sreyleak', hiddenName: false, phones: ['+855 12 345 678'] });
  });

  it('hides the names of a person whose age is unknown in lists', () => {
    const unknownAge = { id: 'p-x', givenNameLatin: 'Vanna', familyNameLatin: 'Kim' };
    expect(projectPerson(unknownAge, 'full', { display: 'list', today: TODAY })).toMatchObject({
      hiddenName: true,
      givenNameLatin: null,
    });
  });

  it('shows an adult’s names in lists', () => {
    expect(projectPerson(ADULT, 'full', { display: 'list', today: TODAY })).toMatchObject({
      givenNameLatin: 'Dara',
      hiddenName: false,
    });
  });

  it('gives a referral recipient basic identity only: no phones, documents, aliases or birth date', () => {
    const basic = projectPerson(CHILD, 'basic_identity', { display: 'detail', today: TODAY });
    expect(basic).toEqual({
      id: 'p-child',
      givenNameLatin: 'Sreyleak',
      familyNameLatin: 'Chhum',
      nameLocal: 'ស្រីលក្ខ ឈុំ',
      sex: 'female',
      languages: ['km'],
      age: 13,
      hiddenName: false,
    });
  });

  it('gives an analyst no identifier, no name and no exact age', () => {
    expect(projectPerson(CHILD, 'deidentified', { display: 'detail', today: TODAY })).toEqual({
      sex: 'female',
      citizenship: ['KH'],
      ageBand: '9-14',
    });
  });

  it('gives the none view nothing', () => {
    expect(projectPerson(ADULT, 'none', { display: 'detail', today: TODAY })).toBeUndefined();
  });

  it('copies a stored __proto__ key as data without touching any prototype', () => {
    const hostile = JSON.parse('{"id":"p-h","estimatedAge":30,"__proto__":{"polluted":true}}') as PersonFields;
    const projected = projectPerson(hostile, 'full', { display: 'detail', today: TODAY });
    expect(Object.getPrototypeOf(projected)).toBe(Object.prototype);
    expect((projected as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
