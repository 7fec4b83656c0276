import { describe, expect, it } from 'vitest';
import {
  emptyOutcomeForm,
  outcomeBody,
  outcomeFormOf,
  parseWholeNumber,
  type OutcomeFormFields,
} from './outcome-form.ts';

const filled = (fields: Partial<OutcomeFormFields>): OutcomeFormFields => ({
  ...emptyOutcomeForm('2026-11-20'),
  ...fields,
});

describe(parseWholeNumber.name, () => {
  it('reads Latin and Khmer digits with optional thousands separators', () => {
    expect(parseWholeNumber('60')).toBe(60);
    expect(parseWholeNumber(' 4,000,000 ')).toBe(4_000_000);
    expect(parseWholeNumber('4 000 000')).toBe(4_000_000);
    expect(parseWholeNumber('៤០០០០០០')).toBe(4_000_000);
    expect(parseWholeNumber('៦០')).toBe(60);
  });

  it('is null for nothing typed and undefined for what is not a whole amount', () => {
    expect(parseWholeNumber('  ')).toBeNull();
    for (const typed of ['-5', '1.5', '12,34', 'ten', '1e6', '99999999999999999999']) {
      expect(parseWholeNumber(typed), typed).toBeUndefined();
    }
  });
});

describe(outcomeBody.name, () => {
  it('makes a conviction with its sentence, fine and compensation', () => {
    expect(
      outcomeBody(
        filled({ outcome: 'convicted', sentenceMonths: '60', fineAmount: '4,000,000', compensationAmount: '' }),
      ),
    ).toEqual({
      ok: true,
      body: {
        outcome: 'convicted',
        decidedOn: '2026-11-20',
        sentenceMonths: 60,
        fineAmount: 4_000_000,
        compensationAmount: null,
      },
    });
  });

  it('drops a sentence, fine or compensation left in the form when the outcome is not a conviction', () => {
    for (const outcome of ['acquitted', 'dismissed'] as const) {
      expect(outcomeBody(filled({ outcome, sentenceMonths: '60', fineAmount: 'oops' }))).toEqual({
        ok: true,
        body: { outcome, decidedOn: '2026-11-20', sentenceMonths: null, fineAmount: null, compensationAmount: null },
      });
    }
  });

  it('lists every problem at once', () => {
    expect(outcomeBody(filled({ decidedOn: '' }))).toEqual({
      ok: false,
      problems: ['outcome_required', 'date_required'],
    });
    expect(
      outcomeBody(
        filled({ outcome: 'convicted', sentenceMonths: '1201', fineAmount: 'a lot', compensationAmount: '-1' }),
      ),
    ).toEqual({ ok: false, problems: ['sentence_invalid', 'fine_invalid', 'compensation_invalid'] });
  });

  it('fills a correction with the recorded outcome, which gives the same body back', () => {
    const recorded = {
      id: 'o1',
      version: 2,
      personId: 'p1',
      outcome: 'convicted' as const,
      decidedOn: '2026-10-01',
      sentenceMonths: 72,
      fineAmount: null,
      compensationAmount: 2_000_000,
      currency: 'KHR',
    };
    const fields = outcomeFormOf(recorded);
    expect(fields).toEqual({
      outcome: 'convicted',
      decidedOn: '2026-10-01',
      sentenceMonths: '72',
      fineAmount: '',
      compensationAmount: '2000000',
    });
    expect(outcomeBody(fields)).toEqual({
      ok: true,
      body: {
        outcome: 'convicted',
        decidedOn: '2026-10-01',
        sentenceMonths: 72,
        fineAmount: null,
        compensationAmount: 2_000_000,
      },
    });
  });
});
