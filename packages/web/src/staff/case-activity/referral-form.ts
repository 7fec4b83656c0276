/**
 * The referral form → the API's body. Without the victim's recorded consent to disclosure to the
 * receiving organisation the API refuses (`consent_required`); a role holding `consent.override`
 * may go ahead by giving a reason (at least 10 characters, kept with the referral and audited).
 */
import type { Me } from '../staff-api.ts';

export const SERVICE_TYPES = [
  'safehouse',
  'health_medical',
  'psychosocial',
  'police_other',
  'legal_assistance',
  'livelihoods',
  'child_protection',
  'family_mediation',
  'family_reunification',
  'education',
  'nfi_clothes_shoes',
  'water_sanitation',
  'registration',
  'food',
  'repatriation',
  'other',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const OVERRIDE_REASON_MIN_LENGTH = 10;
export const OVERRIDE_REASON_MAX_LENGTH = 2000;
export const REFERRAL_NOTE_MAX_LENGTH = 2000;
export const REVOKE_REASON_MAX_LENGTH = 500;

export interface ReferralFormValues {
  toOrganisationId: string;
  serviceType: ServiceType | '';
  note: string;
  /** Only sent when the user chose to override the missing consent. */
  overrideReason: string | null;
}

export interface ReferralBody {
  toOrganisationId: string;
  serviceType: ServiceType;
  note?: string;
  consentOverride?: { reason: string };
}

export type ReferralProblem =
  | 'organisation_missing'
  | 'service_missing'
  | 'note_too_long'
  | 'override_reason_too_short'
  | 'override_reason_too_long';

export const EMPTY_REFERRAL_FORM: ReferralFormValues = {
  toOrganisationId: '',
  serviceType: '',
  note: '',
  overrideReason: null,
};

export function referralBodyFrom(form: ReferralFormValues): { body: ReferralBody } | { problems: ReferralProblem[] } {
  const problems: ReferralProblem[] = [];
  const note = form.note.trim();
  const reason = form.overrideReason?.trim() ?? null;
  if (form.toOrganisationId === '') problems.push('organisation_missing');
  if (form.serviceType === '') problems.push('service_missing');
  if (note.length > REFERRAL_NOTE_MAX_LENGTH) problems.push('note_too_long');
  if (reason !== null && reason.length < OVERRIDE_REASON_MIN_LENGTH) problems.push('override_reason_too_short');
  if (reason !== null && reason.length > OVERRIDE_REASON_MAX_LENGTH) problems.push('override_reason_too_long');
  if (problems.length > 0 || form.serviceType === '') return { problems };
  return {
    body: {
      toOrganisationId: form.toOrganisationId,
      serviceType: form.serviceType,
      ...(note === '' ? {} : { note }),
      ...(reason === null ? {} : { consentOverride: { reason } }),
    },
  };
}

/** Whether the user's role may refer without consent by giving a reason (the server decides again). */
export function mayOverrideConsent(me: Pick<Me, 'permissions'>): boolean {
  return Object.hasOwn(me.permissions, 'consent.override');
}

/** Who may still revoke: a referral that is waiting or accepted (not yet rejected, done or revoked). */
export function isRevocable(status: string): boolean {
  return status === 'in_progress' || status === 'accepted';
}
