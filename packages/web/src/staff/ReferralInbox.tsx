import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import { StaffError } from './StaffError.tsx';
import {
  StaffApiError,
  type Referral,
  type ReferralAction,
  type ReferralDetail,
  type ReferredPerson,
  type StaffApi,
} from './staff-api.ts';
import { useStaffStrings } from './use-staff-strings.ts';

function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

/** Which answers a referral in this state can take (the server checks again). */
function actionsFor(status: Referral['status']): ReferralAction[] {
  if (status === 'in_progress') return ['accept', 'reject'];
  if (status === 'accepted') return ['complete'];
  return [];
}

function personName(person: ReferredPerson): string | null {
  const latin = [person.givenNameLatin, person.familyNameLatin].filter((part) => part !== null && part !== undefined);
  const name = [latin.join(' '), person.nameLocal ?? ''].filter((part) => part !== '').join(' · ');
  return name === '' ? null : name;
}

function ReferralItem({ api, csrfToken, initial }: { api: StaffApi; csrfToken: string; initial: Referral }) {
  const { language } = useI18n();
  const staff = useStaffStrings();
  const strings = staff.referrals;
  const [referral, setReferral] = useState<Referral>(initial);
  const [detail, setDetail] = useState<ReferralDetail | null>(null);
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  useEffect(() => {
    let live = true;
    api.referral(initial.id).then(
      (found) => live && setDetail(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api, initial.id]);

  const answer = async (action: ReferralAction): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      setReferral(
        await api.respondToReferral(
          referral.id,
          action,
          { version: referral.version, reason: action === 'reject' ? reason : null },
          csrfToken,
        ),
      );
      setRejecting(false);
      setReason('');
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const person = detail?.person ?? null;
  const name = person === null ? null : personName(person);
  const serviceLabels: Record<string, string> = strings.services;
  return (
    <li data-testid="referral" data-referral-id={referral.id} data-status={referral.status}>
      <p>
        <strong>
          {Object.hasOwn(serviceLabels, referral.serviceType)
            ? serviceLabels[referral.serviceType]
            : referral.serviceType}
        </strong>
        {' · '}
        {format(strings.referredAt, { time: new Date(referral.referredAt).toLocaleString(language) })}
      </p>
      <p data-testid="referral-status">
        {format(strings.status, { status: strings.statuses[referral.status] })}
        {referral.statusReason === null ? null : ` — ${format(strings.reason, { reason: referral.statusReason })}`}
      </p>
      {person === null ? null : (
        <p data-testid="referral-person">
          {person.hiddenName === true || name === null ? strings.nameHidden : <bdi>{name}</bdi>}
          {person.age === null || person.age === undefined ? null : ` · ${format(strings.age, { age: person.age })}`}
        </p>
      )}
      {failure === null ? null : <StaffError error={failure} />}
      <div className="actions">
        {actionsFor(referral.status).map((action) =>
          action === 'reject' ? (
            <button
              key={action}
              type="button"
              className="button secondary"
              disabled={busy}
              aria-expanded={rejecting}
              onClick={() => setRejecting(!rejecting)}
            >
              {strings.actions.reject}
            </button>
          ) : (
            <button
              key={action}
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void answer(action)}
            >
              {strings.actions[action]}
            </button>
          ),
        )}
      </div>
      {rejecting && referral.status === 'in_progress' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void answer('reject');
          }}
        >
          <label htmlFor={`reject-reason-${referral.id}`}>{strings.rejectReason}</label>
          <textarea
            id={`reject-reason-${referral.id}`}
            value={reason}
            maxLength={500}
            required
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || reason.trim() === ''}>
              {strings.confirmReject}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

/** Referrals addressed to the user's organisation: who is referred (basic identity only) and the answer to give. */
export function ReferralInbox({ api, csrfToken }: { api: StaffApi; csrfToken: string }) {
  const staff = useStaffStrings();
  const strings = staff.referrals;
  const [referrals, setReferrals] = useState<Referral[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  useEffect(() => {
    let live = true;
    api.incomingReferrals().then(
      (found) => live && setReferrals(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <section aria-labelledby="referrals-title">
      <h3 id="referrals-title">{strings.title}</h3>
      <p className="hint">{strings.intro}</p>
      {failure === null ? null : <StaffError error={failure} />}
      {referrals === null && failure === null ? <p className="hint">{staff.loading}</p> : null}
      {referrals !== null && referrals.length === 0 ? <p>{strings.empty}</p> : null}
      {referrals === null || referrals.length === 0 ? null : (
        <ul className="referral-inbox" data-testid="referral-inbox">
          {referrals.map((referral) => (
            <ReferralItem key={referral.id} api={api} csrfToken={csrfToken} initial={referral} />
          ))}
        </ul>
      )}
    </section>
  );
}
