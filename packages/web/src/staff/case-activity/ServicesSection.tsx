import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { ActivityError } from './ActivityError.tsx';
import type { CaseReferral, CaseService } from './activity-schemas.ts';
import { createCaseActivityApi } from './case-activity-api.ts';
import type { CaseSectionProps } from './index.ts';
import { formatTime } from './people.ts';
import { byPlannedDate } from './service-form.ts';
import { ServiceEditor } from './ServiceEditor.tsx';
import { ServiceItem } from './ServiceItem.tsx';
import type { ServiceNames } from './ServiceSummary.tsx';
import { localToday } from './task-form.ts';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

const NO_REFERRALS: readonly CaseReferral[] = [];

/**
 * The services the victim receives, planned date first: what, by whom, where it stands, through
 * which referral. A role that changes the case plans them, records their outcome and corrects them.
 */
export function ServicesSection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.services;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const services = useLoaded(() => api.services(caseId), caseId);
  const organisations = useLoaded(() => api.organisations(), 'organisations');
  // The referrals are only for naming and linking: a role that does not read them sees "through a referral".
  const readsReferrals = Object.hasOwn(me.permissions, 'referral.read');
  const referrals = useLoaded(
    () => (readsReferrals ? api.referrals(caseId) : Promise.resolve(NO_REFERRALS)),
    `${caseId}:${String(readsReferrals)}`,
  );
  const mayChange = Object.hasOwn(me.permissions, 'case.update');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const today = localToday();

  const directory = organisations.value ?? [];
  const nameOf = (id: string) =>
    directory.find((organisation) => organisation.id === id)?.name ?? all.referrals.organisationUnknown;
  const ownName = directory.find((organisation) => organisation.id === me.user.organisationId)?.name;
  const own =
    ownName === undefined ? strings.ourOrganisation : format(strings.ownOrganisation, { organisation: ownName });
  const caseReferrals = referrals.value ?? NO_REFERRALS;
  const names: ServiceNames = {
    provider: (id) => (id === null || id === me.user.organisationId ? own : nameOf(id)),
    referral: (id) => {
      if (id === null) return null;
      const referral = caseReferrals.find((item) => item.id === id);
      return referral === undefined
        ? strings.fromAReferral
        : format(strings.fromReferral, {
            organisation: nameOf(referral.toOrganisationId),
            time: formatTime(referral.referredAt, language),
          });
    },
  };
  const providers = [
    { value: '', label: own },
    ...directory
      .filter((organisation) => organisation.id !== me.user.organisationId)
      .map((organisation) => ({ value: organisation.id, label: organisation.name })),
  ];

  const onSaved = (service: CaseService) => {
    services.setValue((current) =>
      byPlannedDate(
        current.some((item) => item.id === service.id)
          ? current.map((item) => (item.id === service.id ? service : item))
          : [...current, service],
      ),
    );
    setEditing(null);
    setSaved(true);
  };
  const onChanged = (service: CaseService, recorded: boolean) => {
    services.setValue((current) => byPlannedDate(current.map((item) => (item.id === service.id ? service : item))));
    setSaved(recorded);
  };
  const edit = (target: string | 'new') => {
    setSaved(false);
    setEditing(target);
    // Referrals made since the section opened can be linked too.
    referrals.reload();
  };
  const editor = (existing: CaseService | null) => (
    <ServiceEditor
      api={api}
      caseId={caseId}
      existing={existing}
      providers={providers}
      referrals={caseReferrals}
      organisations={directory}
      names={names}
      onSaved={onSaved}
      onCancel={() => setEditing(null)}
    />
  );

  const shown = services.value === undefined ? undefined : byPlannedDate(services.value);
  return (
    <div className="case-activity" data-testid="case-services">
      <p className="hint">{strings.intro}</p>
      {services.failure === null ? null : <ActivityError error={services.failure} />}
      {organisations.failure === null ? null : <ActivityError error={organisations.failure} />}
      {referrals.failure === null ? null : <ActivityError error={referrals.failure} />}
      {shown === undefined && services.failure === null ? <p className="hint">{all.loading}</p> : null}
      {shown !== undefined && shown.length === 0 ? <p>{strings.empty}</p> : null}
      {shown === undefined || shown.length === 0 ? null : (
        <ul className="activity-list">
          {shown.map((service) =>
            editing === service.id ? (
              <li key={service.id} data-testid="case-service" data-service-id={service.id} data-status={service.status}>
                {editor(service)}
              </li>
            ) : (
              <ServiceItem
                key={service.id}
                api={api}
                caseId={caseId}
                service={service}
                names={names}
                mayChange={mayChange}
                today={today}
                onChanged={onChanged}
              >
                <button type="button" className="button" onClick={() => edit(service.id)}>
                  {strings.correct}
                </button>
              </ServiceItem>
            ),
          )}
        </ul>
      )}
      {mayChange && editing === 'new' ? editor(null) : null}
      {mayChange && editing !== 'new' ? (
        <div className="actions">
          <button type="button" className="button primary" onClick={() => edit('new')}>
            {strings.add}
          </button>
        </div>
      ) : null}
      <p role="status" className="status">
        {saved ? strings.saved : ''}
      </p>
    </div>
  );
}
