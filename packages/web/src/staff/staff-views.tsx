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
import { RecordCallPage } from './intake/RecordCallPage.tsx';
import { intakeStringsFor } from './intake/use-intake-strings.ts';
import { staffStringsFor } from './use-staff-strings.ts';
import { caseViewTitle } from './cases/case-view-title.ts';
import { prosecutionStringsFor } from './prosecution/use-prosecution-strings.ts';
import { ADMIN_PERMISSIONS } from './admin/admin-access.ts';
import { adminStringsFor } from './admin/use-admin-strings.ts';
import { auditViewTitle } from './audit/audit-view-title.ts';

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
  /** The permission that shows the view; a list: any of them; `session`: every signed-in user. */
  permission: string | readonly string[];
  title: (language: UiLanguage) => string;
  /** Whether the view has a menu entry for this user (it can be opened by address either way). */
  inMenu: boolean | ((me: Me) => boolean);
  render: (props: StaffViewProps) => ReactNode;
}

/** A view as one user sees it: whether it is in their menu is decided. */
export type AllowedView = Omit<StaffView, 'inMenu'> & { inMenu: boolean };

// With chart.js, loaded only when a role that reads statistics opens the page.
const StatisticsPage = lazy(() =>
  import('./StatisticsPage.tsx').then((module) => ({ default: module.StatisticsPage })),
);
// The case workspace (list and case page) with its strings: loaded only when a role that reads cases opens it.
const CasesView = lazy(() => import('./cases/CasesView.tsx').then((module) => ({ default: module.CasesView })));
// Criminal cases: loaded only when a role that reads prosecution opens them.
const CriminalCasesPage = lazy(() =>
  import('./prosecution/CriminalCasesPage.tsx').then((module) => ({ default: module.CriminalCasesPage })),
);
// Administration: loaded only when opened.
const AdminPage = lazy(() => import('./admin/AdminPage.tsx').then((module) => ({ default: module.AdminPage })));
// The audit log with its strings: loaded only when a role that reads the log opens it.
const AuditLogPage = lazy(() =>
  import('./audit/AuditLogPage.tsx').then((module) => ({ default: module.AuditLogPage })),
);

export const STAFF_VIEWS: readonly StaffView[] = [
  {
    id: 'triage',
    permission: 'tip.read',
    title: (language) => staffStringsFor(language).triage.title,
    inMenu: true,
    render: ({ api, fetchImpl, me, rest }) => <TriageQueue api={api} fetchImpl={fetchImpl} me={me} rest={rest} />,
  },
  {
    id: 'calls',
    permission: 'tip.create',
    title: (language) => intakeStringsFor(language).calls.title,
    inMenu: true,
    render: ({ api, fetchImpl, me }) => <RecordCallPage api={api} fetchImpl={fetchImpl} me={me} />,
  },
  {
    id: 'cases',
    permission: 'case.read',
    title: caseViewTitle,
    inMenu: true,
    render: (props) => <CasesView {...props} />,
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
  {
    id: 'criminal-cases',
    permission: 'prosecution.read',
    title: (language) => prosecutionStringsFor(language).title,
    inMenu: true,
    render: (props) => <CriminalCasesPage {...props} />,
  },
  // Administration: open to every session (the hotline directory, the location tree and the legal
  // catalogue are read by all staff; any other page shows the API's refusal), in the menu of those
  // who manage users, organisations, teams or reference data.
  {
    id: 'admin',
    permission: 'session',
    title: (language) => adminStringsFor(language).title,
    inMenu: (me) => allows(me, ADMIN_PERMISSIONS),
    render: ({ fetchImpl, me, rest }) => <AdminPage fetchImpl={fetchImpl} me={me} rest={rest} />,
  },
  {
    id: 'audit-log',
    permission: 'audit.read',
    title: auditViewTitle,
    inMenu: true,
    render: (props) => <AuditLogPage {...props} />,
  },
];

function allows(me: Me, permission: StaffView['permission']): boolean {
  if (typeof permission !== 'string') return permission.some((one) => Object.hasOwn(me.permissions, one));
  return permission === 'session' || Object.hasOwn(me.permissions, permission);
}

/** The views the user's permissions allow, in menu order. */
export function viewsFor(me: Me): AllowedView[] {
  return STAFF_VIEWS.filter((view) => allows(me, view.permission)).map((view) => ({
    ...view,
    inMenu: typeof view.inMenu === 'function' ? view.inMenu(me) : view.inMenu,
  }));
}
