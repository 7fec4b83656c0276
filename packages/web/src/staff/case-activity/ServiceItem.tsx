import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import { ActivityError, asStaffError } from './ActivityError.tsx';
import { NOT_DELIVERED_REASONS, type CaseService, type NotDeliveredReason } from './activity-schemas.ts';
import type { CaseActivityApi } from './case-activity-api.ts';
import { formatDay } from './people.ts';
import { outcomeBodyFrom, type OutcomeProblem, type ServiceOutcome } from './service-form.ts';
import { ServiceSummary, type ServiceNames } from './ServiceSummary.tsx';
import { useActivityStrings } from './use-activity-strings.ts';

type Recording = 'delivered' | 'not_delivered' | null;

/**
 * One service and, for a role that changes the case, its outcome: delivered on a day, not
 * delivered for a reason, cancelled, or planned again; `children` (the correction button) sit
 * beside. When someone changed the service meanwhile (409), its current values are shown and the
 * user's input stays, to record again over the current version.
 */
export function ServiceItem(props: {
  api: CaseActivityApi;
  caseId: string;
  service: CaseService;
  names: ServiceNames;
  mayChange: boolean;
  today: string;
  /** `recorded`: the user's change was saved (false: the current values after a conflict). */
  onChanged: (service: CaseService, recorded: boolean) => void;
  children?: ReactNode;
}) {
  const { api, caseId, service, names, mayChange, today, onChanged, children } = props;
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.services;
  const [recording, setRecording] = useState<Recording>(null);
  const [deliveredOn, setDeliveredOn] = useState('');
  const [reason, setReason] = useState<NotDeliveredReason | ''>('');
  const [problems, setProblems] = useState<OutcomeProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [conflict, setConflict] = useState<CaseService | null>(null);
  const prefix = `service-${service.id}`;

  const record = async (outcome: ServiceOutcome): Promise<void> => {
    setFailure(null);
    const result = outcomeBodyFrom(service, outcome, today);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      onChanged(await api.changeService(caseId, service.id, service.version, result.body), true);
      setConflict(null);
      setRecording(null);
    } catch (error) {
      const failed = asStaffError(error);
      if (failed.code === 'version_conflict') {
        try {
          const now = (await api.services(caseId)).find((item) => item.id === service.id);
          if (now !== undefined) {
            setConflict(now);
            onChanged(now, false);
            return;
          }
        } catch (reloadError) {
          setFailure(asStaffError(reloadError));
          return;
        }
      }
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  const open = (next: Recording) => {
    setProblems([]);
    setFailure(null);
    setRecording(recording === next ? null : next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (recording === 'delivered') void record({ status: 'delivered', deliveredOn });
    if (recording === 'not_delivered') void record({ status: 'not_delivered', reason });
  };
  const problemText = (problem: OutcomeProblem) =>
    format(strings.problems[problem], {
      date: service.plannedOn === null ? '' : formatDay(service.plannedOn, language),
    });

  return (
    <li
      className={service.status === 'planned' ? undefined : 'closed-item'}
      data-testid="case-service"
      data-service-id={service.id}
      data-status={service.status}
    >
      <ServiceSummary service={service} names={names} language={language} />
      {conflict === null ? null : (
        <div role="alert" data-testid="service-conflict">
          <p className="error">{strings.outcomeConflict}</p>
          <div className="current-values">
            <p>
              <strong>{strings.currentValues}</strong>
            </p>
            <ServiceSummary service={conflict} names={names} language={language} />
          </div>
        </div>
      )}
      {failure === null ? null : <ActivityError error={failure} />}
      {mayChange ? (
        <div className="actions">
          {service.status === 'planned' ? (
            <>
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                aria-expanded={recording === 'delivered'}
                onClick={() => open('delivered')}
              >
                {strings.markDelivered}
              </button>
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                aria-expanded={recording === 'not_delivered'}
                onClick={() => open('not_delivered')}
              >
                {strings.markNotDelivered}
              </button>
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                onClick={() => void record({ status: 'cancelled' })}
              >
                {strings.markCancelled}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => void record({ status: 'planned' })}
            >
              {strings.planAgain}
            </button>
          )}
          {children}
        </div>
      ) : null}
      {mayChange && recording !== null ? (
        <form className="activity-form" onSubmit={submit} noValidate data-testid="service-outcome">
          {recording === 'delivered' ? (
            <>
              <label htmlFor={`${prefix}-delivered-on`}>{strings.deliveredOnLabel}</label>
              <input
                id={`${prefix}-delivered-on`}
                type="date"
                value={deliveredOn}
                max={today}
                aria-invalid={problems.length > 0}
                onChange={(event) => setDeliveredOn(event.target.value)}
              />
            </>
          ) : (
            <>
              <label htmlFor={`${prefix}-reason`}>{strings.reasonLabel}</label>
              <select
                id={`${prefix}-reason`}
                value={reason}
                aria-invalid={problems.length > 0}
                onChange={(event) => setReason(event.target.value as NotDeliveredReason | '')}
              >
                <option value="">{strings.chooseReason}</option>
                {NOT_DELIVERED_REASONS.map((code) => (
                  <option key={code} value={code}>
                    {strings.reasons[code]}
                  </option>
                ))}
              </select>
            </>
          )}
          {problems.length === 0 ? null : (
            <div className="error" role="alert">
              {problems.map((problem) => (
                <p key={problem}>{problemText(problem)}</p>
              ))}
            </div>
          )}
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? all.saving : recording === 'delivered' ? strings.recordDelivered : strings.recordNotDelivered}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setRecording(null)}>
              {all.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
