/**
 * An API failure on the prosecution pages in plain words, for what the user was doing: a refused
 * stage names the stage it needs, a stale version says the record changed and was reloaded.
 */
import { format } from '../../i18n/language.ts';
import { StaffApiError } from '../staff-api.ts';
import { missingPrerequisite, type ProceedingStage } from './proceeding-stages.ts';
import type { ProsecutionStrings } from './prosecution-strings-en.ts';

export type ErrorContext =
  | {
      action: 'stage';
      stage: ProceedingStage;
      occurredOn: string;
      recorded: readonly { stage: ProceedingStage; occurredOn: string }[];
    }
  | { action: 'recordOutcome' }
  | { action: 'correctOutcome' }
  | { action: 'personCases' }
  | { action: 'other' };

const DIRECT = ['forbidden', 'not_found', 'authentication_required', 'offline', 'validation_failed'] as const;

export function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

/** The sentence to show; `known` is false when the code is not one the page explains (then the details help). */
export function errorMessage(
  error: StaffApiError,
  context: ErrorContext,
  strings: ProsecutionStrings,
): { text: string; known: boolean } {
  const messages = strings.errors;
  switch (error.code) {
    case 'version_conflict':
      return {
        text: context.action === 'correctOutcome' ? messages.outcomeChanged : messages.caseChanged,
        known: true,
      };
    case 'invalid_transition': {
      if (context.action === 'recordOutcome' || context.action === 'correctOutcome')
        return { text: messages.verdictNeeded, known: true };
      if (context.action !== 'stage') return { text: messages.stageOrderUnknown, known: true };
      const needed = missingPrerequisite(context.stage, context.occurredOn, context.recorded);
      if (needed === null) return { text: messages.stageOrderUnknown, known: true };
      const names = strings.stages.names;
      return {
        text: format(messages.stageOrder, { stage: names[context.stage], prerequisite: names[needed] }),
        known: true,
      };
    }
    case 'conflict':
      return {
        text: context.action === 'recordOutcome' ? messages.outcomeExists : messages.caseChanged,
        known: true,
      };
    case 'invalid_input':
      return { text: format(messages.invalid_input, { message: error.message }), known: true };
    default:
      break;
  }
  // The list of one person's cases needs the server's `personId` filter; without it the query is refused.
  if (context.action === 'personCases' && error.code === 'validation_failed')
    return { text: messages.filterUnavailable, known: true };
  const direct = DIRECT.find((code) => code === error.code);
  if (direct !== undefined) return { text: messages[direct], known: true };
  return { text: format(messages.unexpected, { code: error.code }), known: false };
}
