/**
 * The export form → the body of `POST /api/exports/cases.csv` (packages/server, report-routes.ts):
 * open, closed or all cases, one province or all, and — for a role holding `consent.override` —
 * victims without consent to non-identifying reporting included, with a reason the server
 * requires (10 to 2000 characters once trimmed). Checked here before anything is sent.
 */
import type { Me } from '../../staff-api.ts';

export const EXPORT_REASON_MIN_LENGTH = 10;
export const EXPORT_REASON_MAX_LENGTH = 2000;

export type ExportWhich = 'all' | 'open' | 'closed';

export interface CaseExportForm {
  which: ExportWhich;
  /** A province code, or '' for every province. */
  province: string;
  /** Include the victims who have not consented to reporting (only offered with `consent.override`). */
  includeWithoutConsent: boolean;
  reason: string;
}

export interface CaseExportBody {
  open?: boolean;
  province?: string;
  consentOverride?: { reason: string };
}

export type CaseExportProblem = 'reason_too_short' | 'reason_too_long';

export const EMPTY_EXPORT_FORM: CaseExportForm = {
  which: 'all',
  province: '',
  includeWithoutConsent: false,
  reason: '',
};

/** Whether the user may export at all, and whether they may include victims without consent. */
export function exportAccessOf(me: Pick<Me, 'permissions'>): { mayExport: boolean; mayOverride: boolean } {
  const mayExport = Object.hasOwn(me.permissions, 'export.csv');
  return { mayExport, mayOverride: mayExport && Object.hasOwn(me.permissions, 'consent.override') };
}

/** The export form of the case list's filters (the open/closed choice and the province carry over). */
export function exportFormFromListFilters(filters: { open: '' | 'true' | 'false'; province: string }): CaseExportForm {
  const which: ExportWhich = filters.open === 'true' ? 'open' : filters.open === 'false' ? 'closed' : 'all';
  return { ...EMPTY_EXPORT_FORM, which, province: filters.province };
}

/**
 * The request body, or what is wrong. The override is sent only when the user may override and
 * chose to; its reason is trimmed as the server trims it.
 */
export function exportBodyFrom(
  form: CaseExportForm,
  mayOverride: boolean,
): { body: CaseExportBody } | { problems: CaseExportProblem[] } {
  const override = mayOverride && form.includeWithoutConsent;
  const reason = form.reason.trim();
  if (override && reason.length < EXPORT_REASON_MIN_LENGTH) return { problems: ['reason_too_short'] };
  if (override && reason.length > EXPORT_REASON_MAX_LENGTH) return { problems: ['reason_too_long'] };
  return {
    body: {
      ...(form.which === 'all' ? {} : { open: form.which === 'open' }),
      ...(form.province === '' ? {} : { province: form.province }),
      ...(override ? { consentOverride: { reason } } : {}),
    },
  };
}
