import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import { ActivityError, asStaffError } from './ActivityError.tsx';
import type { CaseReferral } from './activity-schemas.ts';
import type { CaseActivityApi } from './case-activity-api.ts';
import { formatTime } from './people.ts';
import { isRevocable, REVOKE_REASON_MAX_LENGTH } from './referral-form.ts';
import { useActivityStrings } from './use-activity-strings.ts';

/** When the referral reached its current status (null while it waits). */
function statusTime(referral: CaseReferral): string | null {
  const times: Partial<Record<CaseReferral['status'], string | null | undefined>> = {
    accepted: referral.acceptedAt,
    rejected: referral.rejectedAt,
    done: referral.doneAt,
    revoked: referral.revokedAt,
  };
  return times[referral.status] ?? null;
}

/** One referral made for the case: to whom, for what, where it stands and why; revoked with a reason. */
export function ReferralItem(props: {
  api: CaseActivityApi;
  referral: CaseReferral;
  organisationName: string;
  mayRevoke: boolean;
  onChanged: (referral: CaseReferral) => void;
}) {
  const { api, referral, organisationName, mayRevoke, onChanged } = props;
  const { language } = useI18n();
  const strings = useActivityStrings().referrals;
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const services: Record<string, string> = strings.services;
  const changedAt = statusTime(referral);

  const revoke = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (reason.trim() === '') return;
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await api.revokeReferral(referral.id, referral.version, reason.trim()));
      setRevoking(false);
      setReason('');
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const reasonId = `revoke-reason-${referral.id}`;
  return (
    <li data-testid="case-referral" data-referral-id={referral.id} data-status={referral.status}>
      <p>
        <strong>
          {Object.hasOwn(services, referral.serviceType) ? services[referral.serviceType] : referral.serviceType}
        </strong>
        {' · '}
        <span data-testid="case-referral-organisation">{format(strings.to, { organisation: organisationName })}</span>
      </p>
      <p className="byline">{format(strings.referredAt, { time: formatTime(referral.referredAt, language) })}</p>
      <p data-testid="case-referral-status">
        {format(strings.statusLine, {
          status:
            changedAt === null
              ? strings.statuses[referral.status]
              : format(strings.statusAt, {
                  status: strings.statuses[referral.status],
                  time: formatTime(changedAt, language),
                }),
        })}
      </p>
      {referral.statusReason === null ? null : (
        <p className="free-text">{format(strings.reason, { reason: referral.statusReason })}</p>
      )}
      {referral.consentOverrideReason === null || referral.consentOverrideReason === undefined ? null : (
        <p className="free-text" data-testid="case-referral-override">
          {format(strings.overrideUsed, { reason: referral.consentOverrideReason })}
        </p>
      )}
      {referral.note === null || referral.note === undefined ? null : <p className="free-text">{referral.note}</p>}
      {failure === null ? null : <ActivityError error={failure} />}
      {mayRevoke && isRevocable(referral.status) ? (
        <div className="actions">
          <button type="button" className="button" aria-expanded={revoking} onClick={() => setRevoking(!revoking)}>
            {strings.revoke}
          </button>
        </div>
      ) : null}
      {revoking && isRevocable(referral.status) ? (
        <form className="activity-form" onSubmit={(event) => void revoke(event)}>
          <label htmlFor={reasonId}>{strings.revokeReason}</label>
          <textarea
            id={reasonId}
            value={reason}
            required
            maxLength={REVOKE_REASON_MAX_LENGTH}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || reason.trim() === ''}>
              {strings.revokeConfirm}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
