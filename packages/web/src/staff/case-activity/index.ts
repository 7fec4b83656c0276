/**
 * The case workspace's activity sections (trafficking events, referrals, services, notes, tasks,
 * attachments, audit trail), in page order. The case page renders each one it finds here whose
 * permission the user holds.
 */
import { createElement, type ReactNode } from 'react';
import type { UiLanguage } from '../../i18n/language.ts';
import type { FetchLike } from '../../report/submit-tip.ts';
import type { Me, StaffApi } from '../staff-api.ts';
import { activityStringsFor } from './use-activity-strings.ts';
import { AttachmentsSection } from './AttachmentsSection.tsx';
import { AuditTrailSection } from './AuditTrailSection.tsx';
import { EventsSection } from './EventsSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { NotesSection } from './NotesSection.tsx';
import { ReferralsSection } from './ReferralsSection.tsx';
import { ServicesSection } from './ServicesSection.tsx';
import { TasksSection } from './TasksSection.tsx';
import { CriminalCasesOfPerson } from '../prosecution/CriminalCasesOfPerson.tsx';
import { prosecutionStringsFor } from '../prosecution/use-prosecution-strings.ts';

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

export const CASE_ACTIVITY_SECTIONS: readonly CaseSection[] = [
  {
    id: 'events',
    permission: 'case.read',
    title: (language) => activityStringsFor(language).events.title,
    render: (props) => createElement(EventsSection, props),
  },
  {
    id: 'referrals',
    permission: 'referral.read',
    title: (language) => activityStringsFor(language).referrals.title,
    render: (props) => createElement(ReferralsSection, props),
  },
  {
    id: 'services',
    permission: 'case.read',
    title: (language) => activityStringsFor(language).services.title,
    render: (props) => createElement(ServicesSection, props),
  },
  {
    // The victim's criminal cases (as a party), linking to the prosecution pages.
    id: 'criminal-cases',
    permission: 'prosecution.read',
    title: (language) => prosecutionStringsFor(language).personCases.heading,
    render: ({ fetchImpl, victimPersonId }) =>
      createElement(CriminalCasesOfPerson, { fetchImpl, personId: victimPersonId }),
  },
  {
    id: 'notes',
    permission: 'case.read',
    title: (language) => activityStringsFor(language).notes.title,
    render: (props) => createElement(NotesSection, props),
  },
  {
    id: 'tasks',
    permission: 'case.read',
    title: (language) => activityStringsFor(language).tasks.title,
    render: (props) => createElement(TasksSection, props),
  },
  {
    id: 'attachments',
    permission: 'case.read',
    title: (language) => activityStringsFor(language).attachments.title,
    render: (props) => createElement(AttachmentsSection, props),
  },
  {
    id: 'history',
    permission: 'case.read',
    title: (language) => activityStringsFor(language).history.title,
    render: (props) => createElement(HistorySection, props),
  },
  {
    id: 'audit-trail',
    permission: 'case.audit_trail',
    title: (language) => activityStringsFor(language).audit.title,
    render: (props) => createElement(AuditTrailSection, props),
  },
];
