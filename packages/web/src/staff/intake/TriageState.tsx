import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { useStaffStrings } from '../use-staff-strings.ts';
import type { TriagedTip } from './intake-api.ts';
import { useIntakeStrings } from './use-intake-strings.ts';

/** Where a tip stands in triage: its status in words, the last decision's time and reason, its case. */
export function TriageState({ tip, mayReadCases }: { tip: TriagedTip; mayReadCases: boolean }) {
  const { language } = useI18n();
  const triage = useStaffStrings().triage;
  const strings = useIntakeStrings();
  const statuses: Record<string, string> = strings.statuses;
  const status = statuses[tip.triageStatus] ?? tip.triageStatus;
  return (
    <span data-testid="triage-state" data-status={tip.triageStatus}>
      {format(triage.status, { status })}
      {tip.triagedAt === null || tip.triagedAt === undefined
        ? null
        : ` · ${format(strings.queue.triagedDetail, { time: new Date(tip.triagedAt).toLocaleString(language) })}`}
      {tip.triageReason === null || tip.triageReason === undefined || tip.triageReason === '' ? null : (
        <>
          {' · '}
          <span data-testid="triage-reason">{format(strings.queue.reason, { reason: tip.triageReason })}</span>
        </>
      )}
      {tip.linkedCaseId === null || tip.linkedCaseId === undefined || !mayReadCases ? null : (
        <>
          {' · '}
          {strings.queue.linkedCase}
          <a href={`#/staff/cases/${encodeURIComponent(tip.linkedCaseId)}`} data-testid="triage-case-link">
            {strings.queue.openCaseLink}
          </a>
        </>
      )}
    </span>
  );
}
