import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Province } from '../staff-api.ts';
import { useVersionedSave } from '../use-versioned-save.ts';
import { useColleagues } from '../colleagues-context.tsx';
import type { CaseApi, CaseRecord } from './case-api.ts';
import {
  CASE_RISK_LEVELS,
  CHOOSABLE_STAGES,
  CLOSURE_REASONS,
  STATUS_DECIDER_KINDS,
  TRAFFICKING_STATUSES,
  type ClosureReason,
  type StatusDeciderKind,
  type TraffickingStatus,
} from './case-codes.ts';
import { formatDate, labelOf, provinceName } from './case-display.ts';
import { headerFormOf, headerPatch, type HeaderForm } from './case-header-form.ts';
import { CaseError } from './CaseError.tsx';
import { changesByOthers, rebaseDraft, type ChangedField } from './conflict.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { useCaseStrings } from './use-case-strings.ts';

type Panel = 'edit' | 'status' | 'close' | null;

interface HeaderProps {
  caseApi: CaseApi;
  record: CaseRecord;
  onChange: (record: CaseRecord) => void;
  reload: () => Promise<CaseRecord | null>;
  provinces: readonly Province[];
  may: (action: string) => boolean;
}

/**
 * The case header: reference, dates, stage, risk, owner, province, summary and trafficking status
 * (with who decided it); editing sends the version read, and a 409 shows what someone else changed.
 */
export function CaseHeader({ caseApi, record, onChange, reload, provinces, may }: HeaderProps) {
  const { language } = useI18n();
  const colleagues = useColleagues().value ?? [];
  const strings = useCaseStrings();
  const text = strings.header;
  const codes = strings.codes;
  const [panel, setPanel] = useState<Panel>(null);
  const [base, setBase] = useState<HeaderForm>(() => headerFormOf(record));
  const [draft, setDraft] = useState<HeaderForm>(() => headerFormOf(record));
  // After a 409: the header fields someone else changed, or that the case's state moved on.
  const saving = useVersionedSave<ChangedField<string>[] | 'state_changed'>();
  const { busy, failure, saved } = saving;
  const conflict = Array.isArray(saving.conflict) ? saving.conflict : null;
  const stateChanged = saving.conflict === 'state_changed';
  const [status, setStatus] = useState<{ status: TraffickingStatus; decidedByKind: StatusDeciderKind | '' }>({
    status: record.traffickingStatus,
    decidedByKind: '',
  });
  const [closure, setClosure] = useState<{ reason: ClosureReason | ''; note: string }>({ reason: '', note: '' });
  const mayUpdate = may('case.update');
  const mayAssign = may('case.assign');
  const mayClose = may('case.close');

  const colleagueName = (userId: string | null): string => {
    if (userId === null) return text.nobody;
    return colleagues.find((colleague) => colleague.id === userId)?.displayName ?? text.someone;
  };

  const open = (next: Panel): void => {
    saving.reset();
    if (next === 'edit') {
      setBase(headerFormOf(record));
      setDraft(headerFormOf(record));
    }
    if (next === 'status') setStatus({ status: record.traffickingStatus, decidedByKind: '' });
    if (next === 'close') setClosure({ reason: '', note: '' });
    setPanel(panel === next ? null : next);
  };

  /** Runs a change; a 409 reloads the case so that the header shows what is saved now. */
  const run = (
    change: () => Promise<CaseRecord>,
    onConflict: (current: CaseRecord) => ChangedField<string>[] | 'state_changed',
  ) =>
    saving.save(change, {
      onSaved: (changed) => {
        onChange(changed);
        setPanel(null);
      },
      reload: async () => (await reload()) ?? undefined,
      onConflict,
    });

  const saveHeader = (event: FormEvent): void => {
    event.preventDefault();
    const patch = headerPatch(base, draft, mayAssign);
    if (Object.keys(patch).length === 0) {
      setPanel(null);
      return;
    }
    void run(
      () => caseApi.updateCase(record.id, record.version, patch),
      (current) => {
        const now = headerFormOf(current);
        setDraft(rebaseDraft(base, now, draft));
        setBase(now);
        return changesByOthers(base, now, draft);
      },
    );
  };

  const stateConflict = (): 'state_changed' => {
    setPanel(null);
    return 'state_changed';
  };

  const fieldLabel = (field: string): string =>
    ({
      workflowStage: text.stage,
      riskLevel: text.risk,
      ownerUserId: text.owner,
      provinceCode: text.province,
      summary: text.summary,
    })[field] ?? field;
  const fieldValue = (field: string, value: unknown): string => {
    const code = typeof value === 'string' ? value : '';
    if (field === 'workflowStage') return labelOf(codes.stages, code);
    if (field === 'riskLevel') return labelOf(codes.risks, code);
    if (field === 'ownerUserId') return code === '' ? text.nobody : colleagueName(code);
    if (field === 'provinceCode') return provinceName(code, provinces, language) ?? '';
    return code;
  };

  const decided =
    record.statusDecidedAt === null
      ? text.notDecided
      : format(text.decidedBy, {
          kind: labelOf(codes.deciders, record.statusDecidedByKind),
          who: colleagueName(record.statusDecidedByUserId),
          date: formatDate(record.statusDecidedAt, language),
        });
  const closed = record.closedAt !== null;

  return (
    <div data-testid="case-header" data-version={record.version}>
      <dl className="case-facts">
        <div>
          <dt>{text.recordId}</dt>
          <dd>
            <code>{record.id}</code>
          </dd>
        </div>
        <div>
          <dt>{text.opened}</dt>
          <dd>{formatDate(record.openedAt, language)}</dd>
        </div>
        <div>
          <dt>{text.stage}</dt>
          <dd data-testid="case-stage">
            {codes.stages[record.workflowStage]} ·{' '}
            <strong data-testid="case-open-state">{closed ? text.closedBadge : text.openBadge}</strong>
          </dd>
        </div>
        <div>
          <dt>{text.risk}</dt>
          <dd data-testid="case-risk">
            <span className={`case-risk case-risk-${record.riskLevel}`}>{codes.risks[record.riskLevel]}</span>
          </dd>
        </div>
        <div>
          <dt>{text.owner}</dt>
          <dd data-testid="case-owner">{colleagueName(record.ownerUserId)}</dd>
        </div>
        <div>
          <dt>{text.province}</dt>
          <dd data-testid="case-province">
            {provinceName(record.provinceCode, provinces, language) ?? strings.page.notRecorded}
          </dd>
        </div>
        <div>
          <dt>{text.status}</dt>
          <dd data-testid="case-status" data-status={record.traffickingStatus}>
            <strong>{codes.traffickingStatuses[record.traffickingStatus]}</strong> — {decided}
          </dd>
        </div>
      </dl>
      <h4>{text.summary}</h4>
      <p data-testid="case-summary" className="case-summary">
        {record.summary ?? <span className="hint">{text.noSummary}</span>}
      </p>
      {closed ? (
        <p data-testid="case-closure">
          {format(text.closedOn, {
            date: formatDate(record.closedAt ?? '', language),
            reason: labelOf(codes.closureReasons, record.closureReason),
          })}
          {record.closureNote === null ? null : ` ${format(text.closureNote, { note: record.closureNote })}`}
        </p>
      ) : null}
      {record.reopenedCount > 0 ? (
        <p className="hint">{format(text.reopenedCount, { count: record.reopenedCount })}</p>
      ) : null}
      {saved ? (
        <p className="status" role="status">
          {strings.page.saved}
        </p>
      ) : null}
      {stateChanged ? (
        <div className="notice" role="alert" data-testid="case-state-changed">
          <p>{strings.conflict.stateChanged}</p>
        </div>
      ) : null}
      {failure === null ? null : <CaseError error={failure} />}

      <div className="actions">
        {mayUpdate ? (
          <button
            type="button"
            className="button secondary"
            aria-expanded={panel === 'edit'}
            onClick={() => open('edit')}
          >
            {text.editHeader}
          </button>
        ) : null}
        {mayUpdate ? (
          <button
            type="button"
            className="button secondary"
            aria-expanded={panel === 'status'}
            onClick={() => open('status')}
          >
            {text.recordStatus}
          </button>
        ) : null}
        {mayClose && !closed ? (
          <button
            type="button"
            className="button secondary"
            aria-expanded={panel === 'close'}
            onClick={() => open('close')}
          >
            {text.closeCase}
          </button>
        ) : null}
        {mayClose && closed ? (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => void run(() => caseApi.reopenCase(record.id, record.version), stateConflict)}
          >
            {text.reopen}
          </button>
        ) : null}
      </div>

      {panel === 'edit' ? (
        <form onSubmit={saveHeader} className="case-form" data-testid="case-header-form" aria-label={text.editHeader}>
          {conflict === null ? null : <ConflictNotice changes={conflict} label={fieldLabel} show={fieldValue} />}
          <label htmlFor="case-stage">{text.stage}</label>
          <select
            id="case-stage"
            value={draft.workflowStage}
            onChange={(event) => setDraft({ ...draft, workflowStage: event.target.value })}
          >
            {draft.workflowStage === 'reopened' ? (
              <option value="reopened" disabled>
                {codes.stages.reopened}
              </option>
            ) : null}
            {CHOOSABLE_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {codes.stages[stage]}
              </option>
            ))}
          </select>
          <label htmlFor="case-risk">{text.risk}</label>
          <select
            id="case-risk"
            value={draft.riskLevel}
            onChange={(event) => setDraft({ ...draft, riskLevel: event.target.value })}
          >
            {CASE_RISK_LEVELS.map((risk) => (
              <option key={risk} value={risk}>
                {codes.risks[risk]}
              </option>
            ))}
          </select>
          <label htmlFor="case-owner">{text.owner}</label>
          {mayAssign ? null : (
            <p className="hint" id="case-owner-hint">
              {text.ownerNeedsAssign}
            </p>
          )}
          <select
            id="case-owner"
            value={draft.ownerUserId}
            disabled={!mayAssign}
            aria-describedby={mayAssign ? undefined : 'case-owner-hint'}
            onChange={(event) => setDraft({ ...draft, ownerUserId: event.target.value })}
          >
            <option value="">{text.nobody}</option>
            {draft.ownerUserId !== '' && !colleagues.some((colleague) => colleague.id === draft.ownerUserId) ? (
              <option value={draft.ownerUserId}>{text.someone}</option>
            ) : null}
            {colleagues.map((colleague) => (
              <option key={colleague.id} value={colleague.id}>
                {colleague.displayName}
              </option>
            ))}
          </select>
          <label htmlFor="case-province">{text.province}</label>
          <select
            id="case-province"
            value={draft.provinceCode}
            onChange={(event) => setDraft({ ...draft, provinceCode: event.target.value })}
          >
            <option value="">{strings.page.notRecorded}</option>
            {draft.provinceCode !== '' && !provinces.some((province) => province.code === draft.provinceCode) ? (
              <option value={draft.provinceCode}>{draft.provinceCode}</option>
            ) : null}
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {provinceName(province.code, provinces, language)}
              </option>
            ))}
          </select>
          <label htmlFor="case-summary">{text.summary}</label>
          <textarea
            id="case-summary"
            value={draft.summary}
            maxLength={100_000}
            onChange={(event) => setDraft({ ...draft, summary: event.target.value })}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? strings.page.saving : strings.page.save}
            </button>
            <button type="button" className="button secondary" onClick={() => setPanel(null)}>
              {strings.page.cancel}
            </button>
          </div>
        </form>
      ) : null}

      {panel === 'status' ? (
        <form
          className="case-form"
          data-testid="case-status-form"
          aria-label={text.recordStatus}
          onSubmit={(event) => {
            event.preventDefault();
            const decidedByKind = status.decidedByKind;
            if (decidedByKind === '') return;
            void run(
              () =>
                caseApi.decideTraffickingStatus(record.id, record.version, { status: status.status, decidedByKind }),
              stateConflict,
            );
          }}
        >
          <label htmlFor="case-new-status">{text.newStatus}</label>
          <select
            id="case-new-status"
            value={status.status}
            onChange={(event) => setStatus({ ...status, status: event.target.value as TraffickingStatus })}
          >
            {TRAFFICKING_STATUSES.map((item) => (
              <option key={item} value={item}>
                {codes.traffickingStatuses[item]}
              </option>
            ))}
          </select>
          <label htmlFor="case-decider">{text.decider}</label>
          <select
            id="case-decider"
            required
            value={status.decidedByKind}
            onChange={(event) => setStatus({ ...status, decidedByKind: event.target.value as StatusDeciderKind })}
          >
            <option value="">{text.choose}</option>
            {STATUS_DECIDER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {codes.deciders[kind]}
              </option>
            ))}
          </select>
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || status.decidedByKind === ''}>
              {text.confirmStatus}
            </button>
            <button type="button" className="button secondary" onClick={() => setPanel(null)}>
              {strings.page.cancel}
            </button>
          </div>
        </form>
      ) : null}

      {panel === 'close' ? (
        <form
          className="case-form"
          data-testid="case-close-form"
          aria-label={text.closeCase}
          onSubmit={(event) => {
            event.preventDefault();
            const reason = closure.reason;
            if (reason === '') return;
            void run(
              () => caseApi.closeCase(record.id, record.version, { reason, note: closure.note.trim() }),
              stateConflict,
            );
          }}
        >
          <label htmlFor="case-close-reason">{text.closeReason}</label>
          <select
            id="case-close-reason"
            required
            value={closure.reason}
            onChange={(event) => setClosure({ ...closure, reason: event.target.value as ClosureReason })}
          >
            <option value="">{text.choose}</option>
            {CLOSURE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {codes.closureReasons[reason]}
              </option>
            ))}
          </select>
          <label htmlFor="case-close-note">{text.closeNote}</label>
          <textarea
            id="case-close-note"
            className="short"
            maxLength={2000}
            value={closure.note}
            onChange={(event) => setClosure({ ...closure, note: event.target.value })}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || closure.reason === ''}>
              {text.confirmClose}
            </button>
            <button type="button" className="button secondary" onClick={() => setPanel(null)}>
              {strings.page.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
