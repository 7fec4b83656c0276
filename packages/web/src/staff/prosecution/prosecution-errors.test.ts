import { describe, expect, it } from 'vitest';
import { StaffApiError } from '../staff-api.ts';
import { errorMessage } from './prosecution-errors.ts';
import { prosecutionEn as strings } from './prosecution-strings-en.ts';
import { prosecutionKm } from './prosecution-strings-km.ts';

const failure = (code: string, message = 'server words') => new StaffApiError(code, message, 409);

describe(errorMessage.name, () => {
  it('explains a refused stage with the stage it needs', () => {
    const context = {
      action: 'stage' as const,
      stage: 'appeal' as const,
      occurredOn: '2026-06-01',
      recorded: [{ stage: 'charge' as const, occurredOn: '2026-03-01' }],
    };
    expect(errorMessage(failure('invalid_transition'), context, strings)).toEqual({
      text: 'The proceeding cannot record “Appeal” yet: it needs a “Verdict” stage on or before that date.',
      known: true,
    });
    expect(errorMessage(failure('invalid_transition'), context, prosecutionKm).text).toContain('សាលក្រម');
    // Nothing missing as far as the page knows: a general sentence about the order, never a wrong name.
    expect(errorMessage(failure('invalid_transition'), { ...context, stage: 'arrest' }, strings).text).toBe(
      strings.errors.stageOrderUnknown,
    );
  });

  it('says a stale version changed the case or the outcome, and that a verdict must come first', () => {
    expect(errorMessage(failure('version_conflict'), { action: 'correctOutcome' }, strings).text).toBe(
      strings.errors.outcomeChanged,
    );
    expect(errorMessage(failure('version_conflict'), { action: 'other' }, strings).text).toBe(
      strings.errors.caseChanged,
    );
    expect(errorMessage(failure('invalid_transition'), { action: 'recordOutcome' }, strings).text).toBe(
      strings.errors.verdictNeeded,
    );
    expect(errorMessage(failure('conflict'), { action: 'recordOutcome' }, strings).text).toBe(
      strings.errors.outcomeExists,
    );
  });

  it('passes the server’s reason for a refused input, and says so for unknown codes', () => {
    expect(
      errorMessage(failure('invalid_input', 'the suspect must first be added'), { action: 'other' }, strings).text,
    ).toBe('The server refused this: the suspect must first be added');
    expect(errorMessage(failure('offline'), { action: 'other' }, strings)).toEqual({
      text: strings.errors.offline,
      known: true,
    });
    expect(errorMessage(failure('teapot'), { action: 'other' }, strings)).toEqual({
      text: 'Something went wrong (teapot). Please try again.',
      known: false,
    });
  });

  it('says the person filter is missing when the server refuses `personId`', () => {
    expect(errorMessage(failure('validation_failed'), { action: 'personCases' }, strings).text).toBe(
      strings.errors.filterUnavailable,
    );
    expect(errorMessage(failure('validation_failed'), { action: 'other' }, strings).text).toBe(
      strings.errors.validation_failed,
    );
  });
});
