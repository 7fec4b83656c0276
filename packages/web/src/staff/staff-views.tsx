/**
 * The staff workspace's views: each has an address (`#/staff/<id>/…`), a menu label in both
 * languages, the permission (from `/api/auth/me`) that shows it, and how it renders. A view that
 * is not in the menu (`inMenu: false`) is reached by links from other views (a case from the list).
 * Heavy views load on demand.
 */
import { lazy, type ReactNode } from 'react';
import type { UiLanguage } from '../i18n/language.ts';
import type { FetchLike } from '../report/submit-tip.ts';
import type { Me, StaffApi } from './staff-api.ts';
import { ReferralInbox } from './ReferralInbox.tsx';
import { TriageQueue } from './TriageQueue.tsx';
import { staffStringsFor } from './use-staff-strings.ts';

export interface StaffViewProps {
  api: StaffApi;
  /** For a view's own API module (`callApi` from staff-api.ts). */
  fetchImpl: FetchLike;
  me: Me;
  /** The address's segments after the view's id: `#/staff/cases/abc` gives `['abc']`. */
  rest: readonly string[];
}

export interface StaffView {
  id: string;
  permission: string;
  title: (language: UiLanguage) => string;
  inMenu: boolean;
  render: (props: StaffViewProps) => ReactNode;
}

// With chart.js, loaded only when a role that reads statistics opens the page.
const StatisticsPage = lazy(() =>
  import('./StatisticsPage.tsx').then((module) => ({ default: module.StatisticsPage })),
);

export const STAFF_VIEWS: readonly StaffView[] = [
  {
    id: 'triage',
    permission: 'tip.read',
    title: (language) => staffStringsFor(language).triage.title,
    inMenu: true,
    render: ({ api }) => <TriageQueue api={api} />,
  },
  {
    id: 'referrals',
    permission: 'referral.read_received',
    title: (language) => staffStringsFor(language).referrals.title,
    inMenu: true,
    render: ({ api, me }) => <ReferralInbox api={api} csrfToken={me.csrfToken} />,
  },
  {
    id: 'statistics',
    permission: 'statistics.read',
    title: (language) => staffStringsFor(language).statistics.title,
    inMenu: true,
    render: ({ api }) => <StatisticsPage api={api} />,
  },
];

/** The views the user's permissions allow, in menu order. */
export function viewsFor(me: Me): StaffView[] {
  return STAFF_VIEWS.filter((view) => Object.hasOwn(me.permissions, view.permission));
}
