import { useState, type FormEvent } from 'react';
import type { Me, StaffApiError } from '../staff-api.ts';
import { ActivityError, asStaffError } from './ActivityError.tsx';
import { FieldProblems } from './FormFeedback.tsx';
import type { CaseReferral, Organisation } from './activity-schemas.ts';
import type { CaseActivityApi } from './case-activity-api.ts';
import {
  EMPTY_REFERRAL_FORM,
  mayOverrideConsent,
  OVERRIDE_REASON_MAX_LENGTH,
  REFERRAL_NOTE_MAX_LENGTH,
  referralBodyFrom,
  SERVICE_TYPES,
  type ReferralFormValues,
  type ReferralProblem,
  type ServiceType,
} from './referral-form.ts';
import { useActivityStrings } from './use-activity-strings.ts';

/**
 * Refers the victim to an organisation of the directory for a service. Without the victim's
 * recorded consent the API refuses: that is said in plain words, and a role that may override
 * consent is offered to go ahead with a reason (the API checks the role again and audits it).
 */
export function ReferralForm(props: {
  api: CaseActivityApi;
  me: Me;
  caseId: string;
  organisations: readonly Organisation[];
  onReferred: (referral: CaseReferral) => void;
}) {
  const { api, me, caseId, organisations, onReferred } = props;
  const all = useActivityStrings();
  const strings = all.referrals;
  const [form, setForm] = useState<ReferralFormValues>(EMPTY_REFERRAL_FORM);
  const [problems, setProblems] = useState<ReferralProblem[]>([]);
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [sent, setSent] = useState(false);
  const mayOverride = mayOverrideConsent(me);
  // An organisation cannot refer to itself.
  const choices = organisations.filter((organisation) => organisation.id !== me.user.organisationId);

  const change = (patch: Partial<ReferralFormValues>) => {
    setSent(false);
    // Another organisation or service is another question of consent.
    if (patch.toOrganisationId !== undefined || patch.serviceType !== undefined) {
      setRefused(false);
      setForm((before) => ({ ...before, ...patch, overrideReason: null }));
      return;
    }
    setForm((before) => ({ ...before, ...patch }));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    setSent(false);
    const result = referralBodyFrom(form);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      onReferred(await api.refer(caseId, result.body));
      setForm(EMPTY_REFERRAL_FORM);
      setRefused(false);
      setSent(true);
    } catch (error) {
      const failed = asStaffError(error);
      if (failed.code === 'consent_required') setRefused(true);
      else setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="activity-form" onSubmit={(event) => void submit(event)} noValidate data-testid="referral-form">
      <h4>{strings.addTitle}</h4>
      <label htmlFor="referral-organisation">{strings.organisation}</label>
      <select
        id="referral-organisation"
        value={form.toOrganisationId}
        aria-invalid={problems.includes('organisation_missing')}
        onChange={(event) => change({ toOrganisationId: event.target.value })}
      >
        <option value="">{strings.chooseOrganisation}</option>
        {choices.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      <label htmlFor="referral-service">{strings.service}</label>
      <select
        id="referral-service"
        value={form.serviceType}
        aria-invalid={problems.includes('service_missing')}
        onChange={(event) => change({ serviceType: event.target.value as ServiceType | '' })}
      >
        <option value="">{strings.chooseService}</option>
        {SERVICE_TYPES.map((service) => (
          <option key={service} value={service}>
            {strings.services[service]}
          </option>
        ))}
      </select>
      <label htmlFor="referral-note">{strings.note}</label>
      <textarea
        id="referral-note"
        value={form.note}
        maxLength={REFERRAL_NOTE_MAX_LENGTH}
        onChange={(event) => change({ note: event.target.value })}
      />
      {refused ? (
        <div role="alert" className="notice" data-testid="referral-consent-refusal">
          <p>{strings.noConsent}</p>
          {mayOverride ? null : <p>{strings.noConsentNoOverride}</p>}
        </div>
      ) : null}
      {refused && mayOverride && form.overrideReason === null ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => change({ overrideReason: '' })}>
            {strings.overrideOffer}
          </button>
        </div>
      ) : null}
      {form.overrideReason === null ? null : (
        <>
          <label htmlFor="referral-override-reason">{strings.overrideReason}</label>
          <textarea
            id="referral-override-reason"
            value={form.overrideReason}
            maxLength={OVERRIDE_REASON_MAX_LENGTH}
            aria-invalid={problems.includes('override_reason_too_short')}
            onChange={(event) => change({ overrideReason: event.target.value })}
          />
        </>
      )}
      <FieldProblems problems={problems} messages={strings.problems} />
      {failure === null ? null : <ActivityError error={failure} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? all.saving : form.overrideReason === null ? strings.send : strings.overrideSend}
        </button>
      </div>
      <p role="status" className="status">
        {sent ? strings.sent : ''}
      </p>
    </form>
  );
}
