import { useState } from 'react';
import { format } from '../../i18n/language.ts';
import type { Me, StaffApi, StaffApiError } from '../staff-api.ts';
import type { CreatedCase, IntakeApi, OpenCaseRequest, TriageDecision, TriagedTip } from './intake-api.ts';
import { asStaffError, IntakeError } from './IntakeError.tsx';
import { LinkCaseForm } from './LinkCaseForm.tsx';
import { OpenCaseForm } from './OpenCaseForm.tsx';
import { isTriageConflict, triageActionsFor, type TriageAction } from './triage-actions.ts';
import { useIntakeStrings } from './use-intake-strings.ts';

type Form = 'dismiss' | 'link' | 'open_case' | null;

/**
 * The triage actions of one tip, for roles with `tip.triage`: every request carries the version
 * the page read; a 409 loads the tip as it is now and says that someone else triaged it.
 */
export function TipActions(props: {
  api: StaffApi;
  intake: IntakeApi;
  me: Me;
  tip: TriagedTip;
  onChanged: (tip: TriagedTip) => void;
}) {
  const { api, intake, me, tip, onChanged } = props;
  const strings = useIntakeStrings();
  const [form, setForm] = useState<Form>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [conflict, setConflict] = useState<'shown' | 'reload_failed' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [opened, setOpened] = useState<CreatedCase | null>(null);
  const mayReadCases = Object.hasOwn(me.permissions, 'case.read');
  const actions = triageActionsFor(tip.triageStatus, me.permissions);

  const afterConflict = async (): Promise<void> => {
    try {
      const current = await intake.tip(tip.id);
      onChanged(current);
      setConflict('shown');
      if (form !== null && !triageActionsFor(current.triageStatus, me.permissions).includes(form)) setForm(null);
    } catch {
      setConflict('reload_failed');
    }
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setFailure(null);
    setConflict(null);
    setSaved(null);
    try {
      await work();
    } catch (error) {
      const failed = asStaffError(error);
      if (isTriageConflict(failed)) await afterConflict();
      else setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  const statusName = (status: string): string => {
    const statuses: Record<string, string> = strings.statuses;
    return statuses[status] ?? status;
  };

  const decide = (decision: TriageDecision) =>
    run(async () => {
      const changed = await intake.triage(tip.id, tip.version, decision, me.csrfToken);
      onChanged(changed);
      setForm(null);
      setReason('');
      setSaved(format(strings.actions.done, { status: statusName(changed.triageStatus) }));
    });

  const openCase = (request: OpenCaseRequest) =>
    run(async () => {
      const created = await intake.openCase(tip.id, { ...request, version: tip.version }, me.csrfToken);
      setOpened(created);
      setForm(null);
      if (mayReadCases) {
        window.location.hash = `#/staff/cases/${encodeURIComponent(created.id)}`;
        return;
      }
      // Without case pages, stay here and show the tip as it is now (converted).
      onChanged(await intake.tip(tip.id));
    });

  const press = (action: TriageAction): void => {
    if (action === 'review') void decide({ status: 'in_review' });
    else if (action === 'back_to_new') void decide({ status: 'new' });
    else setForm(form === action ? null : action);
  };

  if (actions.length === 0 && conflict === null && opened === null && saved === null) return null;
  return (
    <div className="tip-actions" data-testid="tip-actions">
      <h4>{strings.actions.heading}</h4>
      {conflict === null ? null : (
        <div className="error" role="alert" data-testid="triage-conflict">
          <p>{strings.conflict.message}</p>
          {conflict === 'shown' ? (
            <p>{format(strings.conflict.current, { status: statusName(tip.triageStatus) })}</p>
          ) : null}
          {conflict === 'reload_failed' ? <p>{strings.conflict.reloadFailed}</p> : null}
        </div>
      )}
      {saved === null ? null : (
        <p className="status" role="status" data-testid="triage-saved">
          {saved}
        </p>
      )}
      {opened === null ? null : (
        <div className="notice" role="status" data-testid="case-opened">
          <p>{format(strings.openCase.opened, { number: opened.caseNumber })}</p>
          {mayReadCases ? null : <p>{strings.openCase.noCaseAccess}</p>}
        </div>
      )}
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'review' ? 'button primary' : 'button secondary'}
            disabled={busy}
            data-action={action}
            aria-expanded={action === 'review' || action === 'back_to_new' ? undefined : form === action}
            onClick={() => press(action)}
          >
            {strings.actions[action]}
          </button>
        ))}
      </div>
      {busy ? (
        <p className="hint" role="status">
          {strings.actions.working}
        </p>
      ) : null}
      {failure === null ? null : <IntakeError error={failure} />}
      {form === 'dismiss' ? (
        <form
          className="triage-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() !== '') void decide({ status: 'dismissed', reason: reason.trim() });
          }}
        >
          <label htmlFor={`dismiss-reason-${tip.id}`}>{strings.dismiss.reason}</label>
          <p id={`dismiss-hint-${tip.id}`} className="hint">
            {strings.dismiss.reasonHint}
          </p>
          <textarea
            id={`dismiss-reason-${tip.id}`}
            className="short"
            aria-describedby={`dismiss-hint-${tip.id}`}
            value={reason}
            maxLength={500}
            required
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || reason.trim() === ''}>
              {strings.dismiss.confirm}
            </button>
            <button type="button" className="button secondary" onClick={() => setForm(null)}>
              {strings.actions.cancel}
            </button>
          </div>
        </form>
      ) : null}
      {form === 'link' ? (
        <LinkCaseForm
          api={api}
          intake={intake}
          tipId={tip.id}
          busy={busy}
          onChoose={(caseId) => void decide({ status: 'linked', linkedCaseId: caseId })}
          onCancel={() => setForm(null)}
        />
      ) : null}
      {form === 'open_case' ? (
        <OpenCaseForm
          tip={tip}
          busy={busy}
          onSubmit={(request) => void openCase(request)}
          onCancel={() => setForm(null)}
        />
      ) : null}
    </div>
  );
}
