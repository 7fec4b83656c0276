import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { useVersionedSave } from '../use-versioned-save.ts';
import { ActivityError } from './ActivityError.tsx';
import { FieldProblems, SaveOrCancel } from './FormFeedback.tsx';
import type { CaseReferral, CaseService, Organisation } from './activity-schemas.ts';
import type { CaseActivityApi } from './case-activity-api.ts';
import { formatTime } from './people.ts';
import { SERVICE_TYPES, type ServiceType } from './referral-form.ts';
import {
  EMPTY_SERVICE_FORM,
  SERVICE_NOTE_MAX_LENGTH,
  serviceBodyFrom,
  serviceChanges,
  serviceFormOf,
  type ServiceFormValues,
  type ServiceProblem,
} from './service-form.ts';
import { ServiceSummary, type ServiceNames } from './ServiceSummary.tsx';
import { useActivityStrings } from './use-activity-strings.ts';

/**
 * Plans a service, or corrects one at the version the user read. When someone else changed it
 * meanwhile (409), the current values are shown beside the user's own, which stay in the form;
 * saving again sends only the fields the user changed, over the current version.
 */
export function ServiceEditor(props: {
  api: CaseActivityApi;
  caseId: string;
  existing: CaseService | null;
  /** The case's own organisation first (value ''), then the directory's others. */
  providers: readonly { value: string; label: string }[];
  /** The case's referrals to link to (empty when the role does not read them). */
  referrals: readonly CaseReferral[];
  organisations: readonly Organisation[];
  names: ServiceNames;
  onSaved: (service: CaseService) => void;
  onCancel: () => void;
}) {
  const { api, caseId, existing, providers, referrals, organisations, names, onSaved, onCancel } = props;
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.services;
  const [original] = useState(existing);
  const [form, setForm] = useState<ServiceFormValues>(existing === null ? EMPTY_SERVICE_FORM : serviceFormOf(existing));
  const [version, setVersion] = useState(existing?.version ?? 0);
  const [problems, setProblems] = useState<ServiceProblem[]>([]);
  const saving = useVersionedSave<CaseService>();
  const current = saving.conflict;
  const prefix = original === null ? 'new-service' : `service-${original.id}`;
  const organisationName = (id: string) =>
    organisations.find((organisation) => organisation.id === id)?.name ?? all.referrals.organisationUnknown;
  const serviceLabels: Record<string, string> = all.referrals.services;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    saving.clearFailure();
    const result = serviceBodyFrom(form, current ?? original);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    if (original === null) {
      await saving.save(() => api.addService(caseId, result.body), { onSaved });
      return;
    }
    const changes = serviceChanges(original, result.body);
    await saving.save(
      async () =>
        Object.keys(changes).length === 0 && current === null
          ? original
          : await api.changeService(caseId, original.id, version, changes),
      {
        onSaved,
        isConflict: (error) => error.code === 'version_conflict',
        reload: async () => (await api.services(caseId)).find((item) => item.id === original.id),
        onConflict: (now) => {
          setVersion(now.version);
          return now;
        },
      },
    );
  };

  const set = (field: keyof ServiceFormValues) => (value: string) =>
    setForm((before) => ({ ...before, [field]: value }));
  const title = original === null ? strings.addTitle : strings.editTitle;
  return (
    <form
      className="activity-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={title}
      data-testid="service-editor"
    >
      <h4>{title}</h4>
      {current === null ? null : (
        <div role="alert" data-testid="service-conflict">
          <p className="error">{strings.conflict}</p>
          <div className="current-values">
            <p>
              <strong>{strings.currentValues}</strong>
            </p>
            <ServiceSummary service={current} names={names} language={language} />
          </div>
        </div>
      )}
      <label htmlFor={`${prefix}-type`}>{strings.service}</label>
      <select
        id={`${prefix}-type`}
        value={form.serviceType}
        aria-invalid={problems.includes('service_missing')}
        onChange={(event) => set('serviceType')(event.target.value as ServiceType | '')}
      >
        <option value="">{strings.chooseService}</option>
        {SERVICE_TYPES.map((service) => (
          <option key={service} value={service}>
            {serviceLabels[service]}
          </option>
        ))}
      </select>
      <label htmlFor={`${prefix}-provider`}>{strings.provider}</label>
      <select
        id={`${prefix}-provider`}
        value={form.providerOrganisationId}
        onChange={(event) => set('providerOrganisationId')(event.target.value)}
      >
        {providers.map((provider) => (
          <option key={provider.value} value={provider.value}>
            {provider.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${prefix}-planned`}>{strings.plannedOn}</label>
      <input
        id={`${prefix}-planned`}
        type="date"
        value={form.plannedOn}
        aria-invalid={problems.includes('planned_after_delivery')}
        onChange={(event) => set('plannedOn')(event.target.value)}
      />
      {referrals.length === 0 ? null : (
        <>
          <label htmlFor={`${prefix}-referral`}>{strings.referral}</label>
          <select
            id={`${prefix}-referral`}
            value={form.referralId}
            onChange={(event) => set('referralId')(event.target.value)}
          >
            <option value="">{strings.noReferral}</option>
            {referrals.map((referral) => (
              <option key={referral.id} value={referral.id}>
                {format(strings.referralChoice, {
                  service: serviceLabels[referral.serviceType] ?? referral.serviceType,
                  organisation: organisationName(referral.toOrganisationId),
                  time: formatTime(referral.referredAt, language),
                })}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${prefix}-note`}>{strings.note}</label>
      <textarea
        id={`${prefix}-note`}
        value={form.note}
        maxLength={SERVICE_NOTE_MAX_LENGTH}
        aria-invalid={problems.includes('note_too_long')}
        onChange={(event) => set('note')(event.target.value)}
      />
      <FieldProblems problems={problems} messages={strings.problems} />
      {saving.failure === null ? null : <ActivityError error={saving.failure} />}
      <SaveOrCancel busy={saving.busy} saveLabel={strings.save} onCancel={onCancel} />
    </form>
  );
}
