/**
 * The "record a call" form's state and the `POST /api/calls` body built from it. Contact details
 * are sent only when the caller agreed to be contacted back; that agreement is written into the
 * stored contact details (the API has no separate field for it), with its date.
 */
import type { CallerRelationship, CallRequest, ReportChannel } from './intake-api.ts';

export const TRANSCRIPT_MAX = 100_000;
/** The store keeps a call's contact details in one field of at most this many characters. */
export const CONTACT_DETAILS_MAX = 500;

export interface CallForm {
  kind: 'hotline_call' | 'tip';
  channel: ReportChannel;
  callerRelationship: CallerRelationship | '';
  /** A language code (km, en…) or '' (let the engine tell). */
  language: string;
  transcript: string;
  contactConsent: boolean;
  contactName: string;
  contactPhone: string;
  contactOther: string;
  provinceCode: string;
  durationMinutes: string;
}

export type CallProblem =
  | 'transcript_missing'
  | 'transcript_too_long'
  | 'contact_without_consent'
  | 'consent_without_contact'
  | 'contact_too_long'
  | 'duration_invalid';

export function emptyCallForm(): CallForm {
  return {
    kind: 'hotline_call',
    channel: 'hotline',
    callerRelationship: '',
    language: '',
    transcript: '',
    contactConsent: false,
    contactName: '',
    contactPhone: '',
    contactOther: '',
    provinceCode: '',
    durationMinutes: '',
  };
}

function contactLines(form: CallForm): string[] {
  return [
    ['name', form.contactName],
    ['phone', form.contactPhone],
    ['other', form.contactOther],
  ]
    .map(([field, value]) => [field, (value ?? '').trim()] as const)
    .filter(([, value]) => value !== '')
    .map(([field, value]) => `${field}: ${value}`);
}

/** The request, or every reason it cannot be sent yet. `today` is an ISO date (YYYY-MM-DD). */
export function buildCallRequest(
  form: CallForm,
  today: string,
): { ok: true; request: CallRequest } | { ok: false; problems: CallProblem[] } {
  const problems: CallProblem[] = [];
  const transcript = form.transcript.trim();
  if (transcript === '') problems.push('transcript_missing');
  else if (transcript.length > TRANSCRIPT_MAX) problems.push('transcript_too_long');

  const lines = contactLines(form);
  let contactDetails: string | null = null;
  if (lines.length > 0 && !form.contactConsent) problems.push('contact_without_consent');
  else if (lines.length === 0 && form.contactConsent) problems.push('consent_without_contact');
  else if (lines.length > 0) {
    contactDetails = [...lines, `consent: agreed on the call to be contacted back (${today})`].join('\n');
    if (contactDetails.length > CONTACT_DETAILS_MAX) problems.push('contact_too_long');
  }

  let callDurationSeconds: number | null = null;
  const minutes = form.durationMinutes.trim();
  if (minutes !== '') {
    const value = Number(minutes);
    if (!Number.isFinite(value) || value < 0 || value > 1440) problems.push('duration_invalid');
    else callDurationSeconds = Math.round(value * 60);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      kind: form.kind,
      channel: form.channel,
      callerRelationship: form.callerRelationship === '' ? null : form.callerRelationship,
      language: form.language === '' ? null : form.language,
      transcript,
      contactDetails,
      provinceCode: form.provinceCode === '' ? null : form.provinceCode,
      callDurationSeconds,
    },
  };
}
