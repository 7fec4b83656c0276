/** The screening checklist's state and the body it submits. The suggestions never fill it in. */
import type { NewScreening } from './case-api.ts';
import { CHILD_INDICATORS, ILO_INDICATORS, type ScreeningAnswer, type ScreeningIndicator } from './case-codes.ts';

export interface ScreeningForm {
  screenedOn: string;
  subjectIsChild: boolean;
  answers: Record<ScreeningIndicator, ScreeningAnswer>;
  notes: Partial<Record<ScreeningIndicator, string>>;
}

/** Every indicator "unknown" until the worker answers it. */
export function emptyScreening(today: string, subjectIsChild: boolean): ScreeningForm {
  const answers = Object.fromEntries(
    [...ILO_INDICATORS, ...CHILD_INDICATORS].map((indicator) => [indicator, 'unknown']),
  ) as Record<ScreeningIndicator, ScreeningAnswer>;
  return { screenedOn: today, subjectIsChild, answers, notes: {} };
}

/** The indicators that apply: the ILO's eleven, and the child indicators for a child. */
export function indicatorsFor(subjectIsChild: boolean): ScreeningIndicator[] {
  return subjectIsChild ? [...ILO_INDICATORS, ...CHILD_INDICATORS] : [...ILO_INDICATORS];
}

/** The answers of the indicators that apply (unknown ones too: they count), and their non-empty notes. */
export function screeningBody(form: ScreeningForm): NewScreening {
  const indicators = indicatorsFor(form.subjectIsChild);
  const notes: Record<string, string> = {};
  for (const indicator of indicators) {
    const note = form.notes[indicator]?.trim() ?? '';
    if (note !== '') notes[indicator] = note;
  }
  return {
    screenedOn: form.screenedOn,
    subjectIsChild: form.subjectIsChild,
    answers: Object.fromEntries(indicators.map((indicator) => [indicator, form.answers[indicator]])),
    notes,
  };
}
