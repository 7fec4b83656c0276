/**
 * The outcome form's fields (as typed) and the request body they make. Only a conviction carries a
 * sentence, a fine or compensation; amounts are whole units of the currency (riel have no cents),
 * typed with Latin or Khmer digits and optional group separators (`4,000,000` or `៤ ០០០ ០០០`).
 */
import type { Outcome, OutcomeBody, SuspectOutcome } from './prosecution-api.ts';

export interface OutcomeFormFields {
  outcome: SuspectOutcome | '';
  decidedOn: string;
  sentenceMonths: string;
  fineAmount: string;
  compensationAmount: string;
}

export type OutcomeFormProblem =
  'outcome_required' | 'date_required' | 'sentence_invalid' | 'fine_invalid' | 'compensation_invalid';

export type OutcomeFormResult = { ok: true; body: OutcomeBody } | { ok: false; problems: OutcomeFormProblem[] };

export const MAX_SENTENCE_MONTHS = 1200;
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/** A whole number ≥ 0 from what was typed; null when empty; undefined when it is not one. */
export function parseWholeNumber(typed: string): number | null | undefined {
  const latin = [...typed.trim()]
    .map((character) => {
      const digit = KHMER_DIGITS.indexOf(character);
      return digit === -1 ? character : String(digit);
    })
    .join('');
  if (latin === '') return null;
  if (!/^\d{1,3}(?:[ ,\u00a0]?\d{3})*$/u.test(latin)) return undefined;
  const value = Number(latin.replace(/[ ,\u00a0]/gu, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

export function emptyOutcomeForm(today: string): OutcomeFormFields {
  return { outcome: '', decidedOn: today, sentenceMonths: '', fineAmount: '', compensationAmount: '' };
}

/** The form filled with a recorded outcome, for a correction. */
export function outcomeFormOf(outcome: Outcome): OutcomeFormFields {
  const typed = (value: number | null) => (value === null ? '' : String(value));
  return {
    outcome: outcome.outcome,
    decidedOn: outcome.decidedOn,
    sentenceMonths: typed(outcome.sentenceMonths),
    fineAmount: typed(outcome.fineAmount),
    compensationAmount: typed(outcome.compensationAmount),
  };
}

/** The body of POST …/outcomes (with the suspect and currency added) or PATCH …/outcomes/{id} (with the version). */
export function outcomeBody(fields: OutcomeFormFields): OutcomeFormResult {
  const problems: OutcomeFormProblem[] = [];
  if (fields.outcome === '') problems.push('outcome_required');
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(fields.decidedOn)) problems.push('date_required');
  const convicted = fields.outcome === 'convicted';
  const sentence = convicted ? parseWholeNumber(fields.sentenceMonths) : null;
  const fine = convicted ? parseWholeNumber(fields.fineAmount) : null;
  const compensation = convicted ? parseWholeNumber(fields.compensationAmount) : null;
  if (sentence === undefined || (sentence !== null && sentence > MAX_SENTENCE_MONTHS))
    problems.push('sentence_invalid');
  if (fine === undefined) problems.push('fine_invalid');
  if (compensation === undefined) problems.push('compensation_invalid');
  if (problems.length > 0 || fields.outcome === '') return { ok: false, problems };
  return {
    ok: true,
    body: {
      outcome: fields.outcome,
      decidedOn: fields.decidedOn,
      sentenceMonths: sentence ?? null,
      fineAmount: fine ?? null,
      compensationAmount: compensation ?? null,
    },
  };
}
