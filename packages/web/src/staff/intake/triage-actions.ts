/**
 * Which triage actions a tip offers, by its status and the user's permissions. The server checks
 * every transition again (packages/store, intake/reports.ts, triageTransitions); this only keeps
 * the page from offering what would be refused.
 */
import type { StaffApiError } from '../staff-api.ts';
import type { TriageStatus } from './intake-api.ts';

export const TRIAGE_ACTIONS = ['review', 'open_case', 'link', 'dismiss', 'back_to_new'] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

const BY_STATUS: Readonly<Record<TriageStatus, readonly TriageAction[]>> = {
  new: ['review', 'open_case', 'link', 'dismiss'],
  in_review: ['open_case', 'link', 'dismiss', 'back_to_new'],
  linked: ['review', 'open_case'],
  dismissed: ['review'],
  converted: [],
};

/** The actions to offer: none without `tip.triage`; linking also needs `case.read` (to choose the case). */
export function triageActionsFor(status: string, permissions: Readonly<Record<string, string>>): TriageAction[] {
  if (!Object.hasOwn(permissions, 'tip.triage') || !Object.hasOwn(BY_STATUS, status)) return [];
  const mayReadCases = Object.hasOwn(permissions, 'case.read');
  return BY_STATUS[status as TriageStatus].filter((action) => action !== 'link' || mayReadCases);
}

/** A 409: the tip changed (or was triaged) since the page read it. */
export function isTriageConflict(error: StaffApiError): boolean {
  return error.status === 409;
}
