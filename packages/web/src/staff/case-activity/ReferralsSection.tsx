import { useMemo } from 'react';
import { ActivityError } from './ActivityError.tsx';
import type { CaseReferral } from './activity-schemas.ts';
import { createCaseActivityApi } from './case-activity-api.ts';
import type { CaseSectionProps } from './index.ts';
import { ReferralForm } from './ReferralForm.tsx';
import { ReferralItem } from './ReferralItem.tsx';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

const newestFirst = (referrals: readonly CaseReferral[]) =>
  [...referrals].sort((a, b) => (a.referredAt < b.referredAt ? 1 : a.referredAt > b.referredAt ? -1 : 0));

/** The case's referrals and their answers; a role that refers makes and revokes them. */
export function ReferralsSection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const all = useActivityStrings();
  const strings = all.referrals;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const referrals = useLoaded(() => api.referrals(caseId), caseId);
  const organisations = useLoaded(() => api.organisations(), 'organisations');
  const mayRefer = Object.hasOwn(me.permissions, 'referral.create');
  const names = new Map((organisations.value ?? []).map((organisation) => [organisation.id, organisation.name]));
  const nameOf = (id: string) => names.get(id) ?? strings.organisationUnknown;

  const changed = (referral: CaseReferral) =>
    referrals.setValue((current) =>
      newestFirst(
        current.some((item) => item.id === referral.id)
          ? current.map((item) => (item.id === referral.id ? referral : item))
          : [...current, referral],
      ),
    );

  const shown = referrals.value === undefined ? undefined : newestFirst(referrals.value);
  return (
    <div className="case-activity" data-testid="case-referrals">
      <p className="hint">{strings.intro}</p>
      {referrals.failure === null ? null : <ActivityError error={referrals.failure} />}
      {organisations.failure === null ? null : <ActivityError error={organisations.failure} />}
      {shown === undefined && referrals.failure === null ? <p className="hint">{all.loading}</p> : null}
      {shown !== undefined && shown.length === 0 ? <p>{strings.empty}</p> : null}
      {shown === undefined || shown.length === 0 ? null : (
        <ul className="activity-list">
          {shown.map((referral) => (
            <ReferralItem
              key={referral.id}
              api={api}
              referral={referral}
              organisationName={nameOf(referral.toOrganisationId)}
              mayRevoke={mayRefer}
              onChanged={changed}
            />
          ))}
        </ul>
      )}
      {mayRefer && organisations.value !== undefined ? (
        <ReferralForm api={api} me={me} caseId={caseId} organisations={organisations.value} onReferred={changed} />
      ) : null}
    </div>
  );
}
