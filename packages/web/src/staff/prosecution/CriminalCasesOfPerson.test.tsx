import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CriminalCaseLinks } from './CriminalCasesOfPerson.tsx';
import { prosecutionEn } from './prosecution-strings-en.ts';
import { prosecutionKm } from './prosecution-strings-km.ts';

const CASE = {
  id: 'c-1',
  version: 1,
  createdAt: '2026-11-01T08:00:00.000Z',
  policeReference: 'PP-FICTIONAL-7',
  courtReference: null,
  unit: null,
  provinceCode: null,
  currentStage: 'charge' as const,
};

describe(CriminalCaseLinks.name, () => {
  it('links each criminal case of the person to its page, with its reference and stage', () => {
    const html = renderToStaticMarkup(<CriminalCaseLinks cases={[CASE]} strings={prosecutionEn} />);
    expect(html).toContain('href="#/staff/criminal-cases/c-1"');
    expect(html).toContain('Police PP-FICTIONAL-7 — Charge');
    expect(renderToStaticMarkup(<CriminalCaseLinks cases={[CASE]} strings={prosecutionKm} />)).toContain(
      'នគរបាល PP-FICTIONAL-7 — ការចោទប្រកាន់',
    );
  });

  it('says so when the person is party to no criminal case', () => {
    expect(renderToStaticMarkup(<CriminalCaseLinks cases={[]} strings={prosecutionEn} />)).toContain(
      'This person is not a party to any criminal case.',
    );
  });
});
