import { describe, expect, it } from 'vitest';
import { adviceFor, hotlinesFor } from './advise.ts';

describe('hotlinesFor', () => {
  it('lists the national services of the given country first, then the international ones', () => {
    const hotlines = hotlinesFor(['sextortion'], 'en', 'KH');
    expect(hotlines.length).toBeGreaterThan(1);
    const firstInternational = hotlines.findIndex((hotline) => hotline.country === 'ZZ');
    expect(firstInternational).toBeGreaterThan(0);
    expect(hotlines.slice(0, firstInternational).every((hotline) => hotline.country === 'KH')).toBe(true);
    expect(hotlines.slice(firstInternational).every((hotline) => hotline.country === 'ZZ')).toBe(true);
  });

  it('guesses the country from the language of the text when none is given', () => {
    expect(hotlinesFor(['recruitment_fraud'], 'th').some((hotline) => hotline.country === 'TH')).toBe(true);
  });

  it('never lists another country’s national services', () => {
    const countries = new Set(hotlinesFor(['grooming'], 'vi', 'VN').map((hotline) => hotline.country));
    expect([...countries].every((country) => country === 'VN' || country === 'ZZ')).toBe(true);
  });

  it('lists nothing when no harm is reported', () => {
    expect(hotlinesFor([], 'km', 'KH')).toEqual([]);
  });
});

describe('adviceFor', () => {
  it('gives steps per reported harm in the requested language', () => {
    const finding = { type: 'scam' as const, score: 0.9, indicators: [] };
    const [english] = adviceFor([finding], 'en');
    const [khmer] = adviceFor([finding], 'km');
    expect(english?.harm).toBe('scam');
    expect(english?.steps.length).toBeGreaterThan(0);
    expect(khmer?.steps.join(' ')).toMatch(/[\u1780-\u17ff]/u);
  });
});
