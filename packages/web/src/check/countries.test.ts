import { describe, expect, it } from 'vitest';
import { countryFromLanguages, isHotlineCountry } from './countries.ts';

describe('countryFromLanguages', () => {
  it('takes the region of the first tag that has a hotline country', () => {
    expect(countryFromLanguages(['en-TH'])).toBe('TH');
    expect(countryFromLanguages(['km-KH', 'en-US'])).toBe('KH');
    expect(countryFromLanguages(['zh-Hant-MY'])).toBe('MY');
  });

  it('falls back to the country of the language', () => {
    expect(countryFromLanguages(['km'])).toBe('KH');
    expect(countryFromLanguages(['vi'])).toBe('VN');
  });

  it('says nothing for English without a region or for unknown tags', () => {
    expect(countryFromLanguages(['en'])).toBeUndefined();
    expect(countryFromLanguages(['fr-FR', ''])).toBeUndefined();
    expect(countryFromLanguages([])).toBeUndefined();
  });

  it('accepts only the listed countries', () => {
    expect(isHotlineCountry('KH')).toBe(true);
    expect(isHotlineCountry('kh')).toBe(false);
    expect(isHotlineCountry('ZZ')).toBe(false);
    expect(isHotlineCountry(undefined)).toBe(false);
  });
});
