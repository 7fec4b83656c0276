import { describe, expect, it } from 'vitest';
import { CHILD_INDICATORS, ILO_INDICATORS } from './case-codes.ts';
import { emptyScreening, indicatorsFor, screeningBody } from './screening-form.ts';

describe(emptyScreening.name, () => {
  it('answers nothing for the worker: every indicator starts unknown', () => {
    const form = emptyScreening('2026-12-01', false);
    expect(new Set(Object.values(form.answers))).toEqual(new Set(['unknown']));
  });
});

describe(screeningBody.name, () => {
  it('sends the eleven ILO indicators for an adult, with the notes that were written', () => {
    const form = emptyScreening('2026-12-01', false);
    form.answers.deception = 'yes';
    form.answers.debt_bondage = 'no';
    form.answers.commercial_sexual_exploitation = 'yes';
    form.notes.deception = '  Promised a fictional office job  ';
    form.notes.isolation = '   ';
    form.notes.commercial_sexual_exploitation = 'not for an adult';
    const body = screeningBody(form);
    expect(Object.keys(body.answers)).toEqual([...ILO_INDICATORS]);
    expect(body.answers.deception).toBe('yes');
    expect(body.answers.debt_bondage).toBe('no');
    expect(body.answers.isolation).toBe('unknown');
    expect(body.notes).toEqual({ deception: 'Promised a fictional office job' });
    expect(body).toMatchObject({ screenedOn: '2026-12-01', subjectIsChild: false });
  });

  it('adds the child indicators for a child', () => {
    expect(indicatorsFor(true)).toEqual([...ILO_INDICATORS, ...CHILD_INDICATORS]);
    const body = screeningBody(emptyScreening('2026-12-01', true));
    expect(Object.keys(body.answers)).toHaveLength(ILO_INDICATORS.length + CHILD_INDICATORS.length);
  });
});
