import { describe, expect, it } from 'vitest';
import {
  amountText,
  articleText,
  caseReference,
  dateText,
  momentText,
  offenceLabel,
  personName,
  statuteTitle,
  todayIso,
} from './prosecution-labels.ts';
import { prosecutionEn } from './prosecution-strings-en.ts';
import { prosecutionKm } from './prosecution-strings-km.ts';

describe('the prosecution labels', () => {
  it('name an offence in Khmer where the catalogue has it, in English otherwise', () => {
    const rape = { labelEn: 'Rape', labelKm: 'ការរំលោភសេពសន្ថវៈ' };
    const procurement = { labelEn: 'Procurement of prostitution', labelKm: null };
    expect(offenceLabel(rape, 'km')).toBe('ការរំលោភសេពសន្ថវៈ');
    expect(offenceLabel(rape, 'en')).toBe('Rape');
    expect(offenceLabel(procurement, 'km')).toBe('Procurement of prostitution');
    expect(offenceLabel({ labelEn: 'Rape', labelKm: '  ' }, 'km')).toBe('Rape');
  });

  it('give the statutes their full titles, and keep an unknown statute as stored', () => {
    expect(statuteTitle('LSHTSE 2008', prosecutionEn)).toBe(
      'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)',
    );
    expect(statuteTitle('CC 2009', prosecutionKm)).toBe('ក្រមព្រហ្មទណ្ឌ (២០០៩)');
    expect(statuteTitle('Fictional Act 1999', prosecutionEn)).toBe('Fictional Act 1999');
    expect(statuteTitle('toString', prosecutionEn)).toBe('toString');
  });

  it('say when an article number is missing or not yet checked against the official text', () => {
    expect(articleText({ article: '10', articleVerified: true }, prosecutionEn)).toBe('Article 10');
    expect(articleText({ article: '239', articleVerified: false }, prosecutionEn)).toMatch(
      /^Article 239 \(number not yet checked/u,
    );
    expect(articleText({ article: null, articleVerified: false }, prosecutionEn)).toBe('article number not recorded');
    expect(articleText({ article: '10', articleVerified: true }, prosecutionKm)).toBe('មាត្រា 10');
  });

  it('name a person only with the names the API gave', () => {
    expect(personName({ givenNameLatin: 'Fictional', familyNameLatin: 'Suspect', nameLocal: 'ជនសង្ស័យ' })).toBe(
      'Fictional Suspect · ជនសង្ស័យ',
    );
    expect(personName({ givenNameLatin: null, familyNameLatin: 'Only' })).toBe('Only');
    expect(personName({ givenNameLatin: 'Child', hiddenName: true })).toBeNull();
    expect(personName({})).toBeNull();
    expect(personName(undefined)).toBeNull();
  });

  it('show a case by its references, or say it has none', () => {
    expect(caseReference({ policeReference: 'PP-1', courtReference: 'CT-9' }, prosecutionEn)).toBe(
      'Police PP-1 · Court CT-9',
    );
    expect(caseReference({ policeReference: null, courtReference: 'CT-9' }, prosecutionKm)).toBe('តុលាការ CT-9');
    expect(caseReference({ policeReference: null, courtReference: null }, prosecutionEn)).toBe('no reference yet');
  });

  it('write amounts with their currency and dates without shifting them by the time zone', () => {
    expect(amountText(4_000_000, 'KHR', 'en')).toBe('4,000,000 KHR');
    expect(dateText('2026-03-01', 'en')).toBe('1 March 2026');
    expect(dateText('2026-03-01T23:30:00.000Z', 'en')).toBe('1 March 2026');
    expect(dateText('2026-03-01', 'km')).toBe('ថ្ងៃទី ១ ខែមីនា ឆ្នាំ ២០២៦');
    // Vitest runs with TZ=UTC: a moment is shown on the device's calendar and clock.
    expect(momentText('2026-03-01T14:05:00.000Z', 'en')).toBe('1 March 2026, 14:05');
    expect(momentText('2026-12-31T09:30:00.000Z', 'km')).toBe('ថ្ងៃទី ៣១ ខែធ្នូ ឆ្នាំ ២០២៦ ម៉ោង ០៩:៣០');
    expect(dateText('not a date', 'en')).toBe('not a date');
    expect(todayIso(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});

describe('the Khmer strings', () => {
  const leaves = (value: unknown, path: string): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, `${path}.${key}`));

  it('are Khmer, not English left in place (apart from placeholders and symbols)', () => {
    const english = new Map(leaves(prosecutionEn, ''));
    for (const [path, text] of leaves(prosecutionKm, '')) {
      const words = text.replace(/\{\w+\}/gu, '').replace(/[\s\p{P}\p{S}\d]/gu, '');
      if (words === '') continue;
      expect(/[\u1780-\u17ff]/u.test(text), `${path}: ${text}`).toBe(true);
      expect(text, path).not.toBe(english.get(path));
    }
  });
});
