/**
 * The case workspace's activity sections (trafficking events, referrals, notes, tasks,
 * attachments, audit trail), in page order. The case page renders each one it finds here whose
 * permission the user holds.
 */
import type { ReactNode } from 'react';
import type { UiLanguage } from '../../i18n/language.ts';
import type { FetchLike } from '../../report/submit-tip.ts';
import type { Me, StaffApi } from '../staff-api.ts';

export interface CaseSectionProps {
  api: StaffApi;
  /** For the section's own API module (`callApi` from staff-api.ts). */
  fetchImpl: FetchLike;
  me: Me;
  caseId: string;
  /** The case's victim (a person id), for sections that act on the person (referrals need consent). */
  victimPersonId: string;
  /** Called after a section changed something the case header shows (its version, stage…). */
  onCaseChanged: () => void;
}

export interface CaseSection {
  id: string;
  /** The action (from `me.permissions`) a user needs to see the section. */
  permission: string;
  title: (language: UiLanguage) => string;
  render: (props: CaseSectionProps) => ReactNode;
}

export const CASE_ACTIVITY_SECTIONS: readonly CaseSection[] = [];
