import { useState, type FormEvent, type ReactNode } from 'react';
import type { StaffApiError } from '../staff-api.ts';
import { ActivityError, asStaffError } from './ActivityError.tsx';
import type { TraffickingEvent } from './activity-schemas.ts';
import type { CaseActivityApi } from './case-activity-api.ts';
import { useActivityStrings } from './use-activity-strings.ts';

export const WITHDRAW_REASON_MAX_LENGTH = 500;

/**
 * Takes an event recorded in error off the timeline, at the version read and with a reason (its
 * history stays). `children`: the event's other actions, shown in the same row.
 */
export function EventWithdraw(props: {
  children?: ReactNode;
  api: CaseActivityApi;
  caseId: string;
  event: TraffickingEvent;
  onWithdrawn: (event: TraffickingEvent) => void;
}) {
  const { api, caseId, event, onWithdrawn, children } = props;
  const strings = useActivityStrings().events;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  const submit = async (submitted: FormEvent): Promise<void> => {
    submitted.preventDefault();
    if (reason.trim() === '') return;
    setBusy(true);
    setFailure(null);
    try {
      onWithdrawn(await api.withdrawEvent(caseId, event.id, event.version, reason.trim()));
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const reasonId = `withdraw-reason-${event.id}`;
  return (
    <>
      <div className="actions">
        {children}
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {strings.withdraw}
        </button>
      </div>
      {open ? (
        <form className="activity-form" onSubmit={(submitted) => void submit(submitted)}>
          <label htmlFor={reasonId}>{strings.withdrawReason}</label>
          <textarea
            id={reasonId}
            value={reason}
            required
            maxLength={WITHDRAW_REASON_MAX_LENGTH}
            onChange={(changed) => setReason(changed.target.value)}
          />
          {failure === null ? null : <ActivityError error={failure} />}
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || reason.trim() === ''}>
              {strings.withdrawConfirm}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
