/**
 * Victim screening: the ILO's 11 indicators of forced labour (ILO, "Indicators of Forced Labour",
 * 2012) and child-specific indicators, and a pure function that suggests a trafficking status
 * from the answers with its reasons. The suggestion never decides: a person records the status.
 */

export const iloForcedLabourIndicators = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_working_and_living_conditions',
  'excessive_overtime',
] as const;

/**
 * For children the means (force, fraud, coercion) are not required: recruitment, transport or
 * receipt for exploitation suffices (Palermo Protocol art. 3(c)).
 */
export const childIndicators = [
  'recruited_transported_or_received_for_exploitation',
  'commercial_sexual_exploitation',
  'worst_forms_of_child_labour',
  'forced_begging_or_criminality',
  'separated_from_family_or_unaccompanied',
  'false_documents_or_age',
  'no_access_to_education',
] as const;

export type IloIndicator = (typeof iloForcedLabourIndicators)[number];
export type ChildIndicator = (typeof childIndicators)[number];
export type ScreeningIndicator = IloIndicator | ChildIndicator;
export type ScreeningAnswer = 'yes' | 'no' | 'unknown';

/** Indicators that show coercion (the "menace of penalty") rather than only vulnerability. */
const coercionIndicators: ReadonlySet<IloIndicator> = new Set([
  'restriction_of_movement',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
]);

/** Child indicators that on their own show exploitation. */
const childExploitationIndicators: ReadonlySet<ChildIndicator> = new Set([
  'recruited_transported_or_received_for_exploitation',
  'commercial_sexual_exploitation',
  'worst_forms_of_child_labour',
  'forced_begging_or_criminality',
]);

export interface ScreeningSuggestion {
  /** undefined when too little is known to suggest anything. */
  readonly status: 'possible' | 'actual' | 'not_trafficked' | undefined;
  readonly reasons: string[];
}

export function suggestTraffickingStatus(
  answers: Partial<Record<ScreeningIndicator, ScreeningAnswer>>,
  subjectIsChild: boolean,
): ScreeningSuggestion {
  const yes = (indicator: ScreeningIndicator) => answers[indicator] === 'yes';
  const iloYes = iloForcedLabourIndicators.filter(yes);
  const coercion = iloYes.filter((indicator) => coercionIndicators.has(indicator));
  const reasons: string[] = [];

  if (subjectIsChild) {
    const childExploitation = childIndicators.filter((i) => yes(i) && childExploitationIndicators.has(i));
    if (childExploitation.length > 0) {
      reasons.push(`child with exploitation indicators (${childExploitation.join(', ')}): no means need be shown`);
      return { status: 'actual', reasons };
    }
    const otherChild = childIndicators.filter(yes);
    if (otherChild.length > 0 || iloYes.length > 0) {
      reasons.push(`child with indicators present: ${[...otherChild, ...iloYes].join(', ')}`);
      return { status: 'possible', reasons };
    }
  }

  if (coercion.length >= 1 && iloYes.length >= 2) {
    reasons.push(`${iloYes.length} forced-labour indicators, including coercion: ${coercion.join(', ')}`);
    return { status: 'actual', reasons };
  }
  if (iloYes.length >= 1) {
    reasons.push(`forced-labour indicators present: ${iloYes.join(', ')}`);
    if (coercion.length === 0) reasons.push('no indicator of coercion answered yes');
    return { status: 'possible', reasons };
  }

  const relevant: readonly ScreeningIndicator[] = subjectIsChild
    ? [...iloForcedLabourIndicators, ...childIndicators]
    : iloForcedLabourIndicators;
  const unknown = relevant.filter((indicator) => answers[indicator] !== 'no');
  if (unknown.length === 0) {
    reasons.push('every indicator answered no');
    return { status: 'not_trafficked', reasons };
  }
  reasons.push(`no indicator answered yes, but ${unknown.length} unanswered or unknown`);
  return { status: undefined, reasons };
}
