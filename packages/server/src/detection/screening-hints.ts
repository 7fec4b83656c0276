/**
 * Which screening indicators (ILO forced labour, child-specific) a detection-engine indicator
 * points to. A hint is a suggestion for the person screening, shown with the words that fired it;
 * it never answers a screening question by itself.
 *
 * Only indicators that describe the victim's situation are mapped (what was done to them, or what
 * they say is happening), not lure vocabulary: a job ad promising "free visa" is not deception of
 * this victim until someone says they were deceived.
 */
import type { ScreeningIndicator } from '@raksa/store';

export const SCREENING_HINTS: Readonly<Record<string, readonly ScreeningIndicator[]>> = {
  // Deception about the work or the place
  'distress.deceived_job': ['deception'],
  'recruitment.hidden_destination': ['deception'],
  'recruitment.tourist_visa_for_job': ['deception'],
  // Restriction of movement
  'distress.not_allowed_leave': ['restriction_of_movement'],
  'distress.locked_guarded': ['restriction_of_movement'],
  'distress.captivity': ['restriction_of_movement'],
  'distress.stuck_there': ['restriction_of_movement'],
  'distress.coded_cannot_return': ['restriction_of_movement'],
  // Isolation: watched or cut off from contact
  'distress.phone_watched': ['isolation'],
  'distress.borrowed_phone': ['isolation'],
  'distress.dont_call_text': ['isolation'],
  // Physical and sexual violence
  'distress.beaten': ['physical_and_sexual_violence'],
  'distress.electric_shock': ['physical_and_sexual_violence'],
  'distress.violence': ['physical_and_sexual_violence'],
  // Intimidation and threats
  'distress.quota_punishment': ['intimidation_and_threats', 'abusive_working_and_living_conditions'],
  'distress.resold': ['intimidation_and_threats'],
  'distress.fear': ['intimidation_and_threats'],
  'recruitment.early_exit_penalty': ['intimidation_and_threats'],
  'recruitment.contract_penalty': ['intimidation_and_threats'],
  'sextortion.share_threat': ['intimidation_and_threats'],
  'sextortion.pay_or_post': ['intimidation_and_threats'],
  // Retention of identity documents
  'distress.passport_taken': ['retention_of_identity_documents'],
  'recruitment.passport_held': ['retention_of_identity_documents'],
  // Withholding of wages
  'recruitment.salary_deduction': ['withholding_of_wages'],
  // Debt bondage
  'distress.held_for_debt': ['debt_bondage'],
  'distress.debt_owed': ['debt_bondage'],
  'distress.ransom_release': ['debt_bondage'],
  'recruitment.migration_debt': ['debt_bondage'],
  'recruitment.parents_paid_advance': ['debt_bondage'],
  'predatory_loan.repay_with_body': ['debt_bondage'],
  // Abusive working and living conditions; forced criminality (scam compounds)
  'distress.forced_scam': ['abusive_working_and_living_conditions', 'forced_begging_or_criminality'],
  // Excessive overtime
  'distress.forced_long_hours': ['excessive_overtime'],
  // Child-specific
  'cse.minor_sex_offer': ['commercial_sexual_exploitation'],
  'cse.child_for_customers': ['commercial_sexual_exploitation'],
  'cse.child_on_camera_for_customers': ['commercial_sexual_exploitation'],
  'cse.live_abuse': ['commercial_sexual_exploitation'],
  'cse.virginity_sale': ['commercial_sexual_exploitation'],
  'cse.parents_paid_advance': ['commercial_sexual_exploitation', 'debt_bondage'],
  'cse.minor_hostess_job': ['commercial_sexual_exploitation', 'recruited_transported_or_received_for_exploitation'],
  'predatory_loan.nude_collateral': ['commercial_sexual_exploitation'],
  'predatory_loan.pics_repay_debt': ['commercial_sexual_exploitation'],
  'smuggling.fake_documents': ['false_documents_or_age'],
};

export function screeningIndicatorsFor(engineIndicatorId: string): readonly ScreeningIndicator[] {
  return Object.hasOwn(SCREENING_HINTS, engineIndicatorId) ? (SCREENING_HINTS[engineIndicatorId] ?? []) : [];
}
