import { format, type UiLanguage } from '../../i18n/language.ts';
import type { CaseService } from './activity-schemas.ts';
import { formatDay } from './people.ts';
import { useActivityStrings } from './use-activity-strings.ts';

/** Names the services section shows for ids: providers (null: the case's own organisation) and referrals. */
export interface ServiceNames {
  provider: (organisationId: string | null) => string;
  /** The referral a service came from, in words (null: not through a referral). */
  referral: (referralId: string | null) => string | null;
}

/** One service in words: what, by whom, where it stands (with its dates and reason), the referral and the note. */
export function ServiceSummary(props: { service: CaseService; names: ServiceNames; language: UiLanguage }) {
  const { service, names, language } = props;
  const all = useActivityStrings();
  const strings = all.services;
  const serviceLabels: Record<string, string> = all.referrals.services;
  const referral = names.referral(service.referralId);
  const planned =
    service.plannedOn === null
      ? strings.notDated
      : format(strings.planned, { date: formatDay(service.plannedOn, language) });
  return (
    <>
      <p>
        <strong data-testid="case-service-type">{serviceLabels[service.serviceType] ?? service.serviceType}</strong>
        {' · '}
        <span data-testid="case-service-provider">
          {format(strings.providedBy, { organisation: names.provider(service.providerOrganisationId) })}
        </span>
      </p>
      <p className="byline" data-testid="case-service-status">
        {strings.statuses[service.status]}
        {' · '}
        {planned}
        {service.deliveredOn === null
          ? null
          : ` · ${format(strings.deliveredOn, { date: formatDay(service.deliveredOn, language) })}`}
      </p>
      {service.notDeliveredReason === null ? null : (
        <p data-testid="case-service-reason">
          {format(strings.reasonLine, { reason: strings.reasons[service.notDeliveredReason] })}
        </p>
      )}
      {referral === null ? null : (
        <p className="byline" data-testid="case-service-referral">
          {referral}
        </p>
      )}
      {service.note === null ? null : (
        <p className="free-text" data-testid="case-service-note">
          {service.note}
        </p>
      )}
    </>
  );
}
