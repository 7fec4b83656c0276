import { describe, expect, it } from 'vitest';
import { formatDate, labelOf, personName, provinceName } from './case-display.ts';

describe(personName.name, () => {
  it('joins the Latin names and the local-script name the API gave', () => {
    expect(personName({ givenNameLatin: 'Fictional', familyNameLatin: 'Person', nameLocal: 'ឧទាហរណ៍' })).toBe(
      'Fictional Person · ឧទាហរណ៍',
    );
    expect(personName({ givenNameLatin: 'Fictional', familyNameLatin: null })).toBe('Fictional');
  });

  it('gives null when the API gave no name (hidden or not recorded): nothing is rebuilt', () => {
    expect(personName({ hiddenName: true, givenNameLatin: null, familyNameLatin: null, nameLocal: null })).toBeNull();
    expect(personName({})).toBeNull();
  });
});

describe(formatDate.name, () => {
  it('keeps a bare date on its day in every time zone', () => {
    expect(formatDate('2026-01-31', 'en')).toBe('31 January 2026');
  });
  it('leaves a value it cannot read as it is', () => {
    expect(formatDate('sometime', 'en')).toBe('sometime');
  });
});

describe(provinceName.name, () => {
  const provinces = [{ code: 'KH-12', nameLatin: 'Phnom Penh', nameLocal: 'ភ្នំពេញ' }];
  it('names a province in the interface language, or shows its code when unknown', () => {
    expect(provinceName('KH-12', provinces, 'en')).toBe('Phnom Penh');
    expect(provinceName('KH-12', provinces, 'km')).toBe('ភ្នំពេញ');
    expect(provinceName('KH-99', provinces, 'en')).toBe('KH-99');
    expect(provinceName(null, provinces, 'en')).toBeNull();
  });
});

describe(labelOf.name, () => {
  it('labels a known code and shows an unknown one as it is', () => {
    expect(labelOf({ low: 'Low' }, 'low')).toBe('Low');
    expect(labelOf({ low: 'Low' }, 'Surprise')).toBe('Surprise');
    expect(labelOf({ low: 'Low' }, null)).toBe('');
  });
});
