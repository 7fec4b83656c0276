/** The case header's edit form: its state from a case, and the PATCH body of what the user changed. */
import type { CasePatch, CaseRecord } from './case-api.ts';
import { CASE_RISK_LEVELS, CHOOSABLE_STAGES } from './case-codes.ts';

export interface HeaderForm {
  [field: string]: string;
  workflowStage: string;
  riskLevel: string;
  /** '' is "nobody". */
  ownerUserId: string;
  /** '' is "not recorded". */
  provinceCode: string;
  summary: string;
}

export function headerFormOf(record: CaseRecord): HeaderForm {
  return {
    workflowStage: record.workflowStage,
    riskLevel: record.riskLevel,
    ownerUserId: record.ownerUserId ?? '',
    provinceCode: record.provinceCode ?? '',
    summary: record.summary ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
const isChoosableStage = (value: string): value is (typeof CHOOSABLE_STAGES)[number] =>
  (CHOOSABLE_STAGES as readonly string[]).includes(value);
const isRisk = (value: string): value is (typeof CASE_RISK_LEVELS)[number] =>
  (CASE_RISK_LEVELS as readonly string[]).includes(value);

/**
 * Only the fields the user changed, in the API's terms (empty → null). `reopened` is never sent:
 * only reopening sets it. The owner is sent only when `mayAssign` (the API checks `case.assign`).
 */
export function headerPatch(base: HeaderForm, draft: HeaderForm, mayAssign: boolean): CasePatch {
  const patch: CasePatch = {};
  if (draft.workflowStage !== base.workflowStage && isChoosableStage(draft.workflowStage))
    patch.workflowStage = draft.workflowStage;
  if (draft.riskLevel !== base.riskLevel && isRisk(draft.riskLevel)) patch.riskLevel = draft.riskLevel;
  if (mayAssign && draft.ownerUserId !== base.ownerUserId) patch.ownerUserId = orNull(draft.ownerUserId);
  if (draft.provinceCode !== base.provinceCode) patch.provinceCode = orNull(draft.provinceCode);
  if (draft.summary.trim() !== base.summary.trim()) patch.summary = orNull(draft.summary.trim());
  return patch;
}
