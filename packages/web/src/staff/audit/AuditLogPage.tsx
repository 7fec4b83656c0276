import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { StaffError } from '../StaffError.tsx';
import { StaffApiError } from '../staff-api.ts';
import type { StaffViewProps } from '../staff-views.tsx';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from './audit-codes.ts';
import {
  actionWords,
  caseIdOf,
  formatLogTime,
  namesFrom,
  outcomeOf,
  recordTypeWords,
  rolesOf,
} from './audit-describe.ts';
import { AUDIT_CSV_CAP, auditCsv, auditCsvFileName, collectAuditEntries } from './audit-export.ts';
import {
  auditQueryFrom,
  EMPTY_AUDIT_FILTERS,
  RECORD_ID_MAX_LENGTH,
  type AuditFilterForm,
  type AuditFilterProblem,
  type AuditLogQuery,
} from './audit-filters.ts';
import { createAuditLogApi, type AuditLogEntry, type AuditUser } from './audit-log-api.ts';
import { useAuditStrings } from './use-audit-strings.ts';
import './audit.css';

/** Entries per page of the table. */
export const AUDIT_TABLE_PAGE = 50;
/** The API pages the log at most this deep (audit-trail-routes.ts). */
const OFFSET_MAX = 100_000;

const asStaffError = (error: unknown): StaffApiError =>
  error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);

function saveCsv(text: string, fileName: string): void {
  // The BOM lets spreadsheet programs read the Khmer words as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Download =
  | { state: 'idle' }
  | { state: 'busy'; count: number }
  | { state: 'done'; count: number; capped: boolean }
  | { state: 'failed'; error: StaffApiError };

/**
 * The audit log (`GET /api/audit-log`, permission `audit.read`): who did what to which record,
 * when, from where and how it ended, newest first; filters by user, action, outcome, record and
 * period; paged; and the CSV of every entry the filters match (up to AUDIT_CSV_CAP). An
 * organisation administrator sees only the organisation's own users' entries (the API decides).
 */
export function AuditLogPage({ fetchImpl, me }: StaffViewProps) {
  const { language } = useI18n();
  const strings = useAuditStrings();
  const api = useMemo(() => createAuditLogApi(fetchImpl), [fetchImpl]);
  const mayListUsers = Object.hasOwn(me.permissions, 'user.manage');
  const mayOpenCases = Object.hasOwn(me.permissions, 'case.read');
  const [users, setUsers] = useState<AuditUser[] | undefined>(undefined);
  const [usersFailure, setUsersFailure] = useState<StaffApiError | null>(null);
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTERS);
  const [problems, setProblems] = useState<AuditFilterProblem[]>([]);
  // The filters of the entries shown (the form may have changed since).
  const [applied, setApplied] = useState<{ form: AuditFilterForm; query: AuditLogQuery }>({
    form: EMPTY_AUDIT_FILTERS,
    query: {},
  });
  const [offset, setOffset] = useState(0);
  // The entries with the request they answer: a page is shown only for the filters and offset it was fetched for,
  // so that between a click and its answer the table never shows one page's rows under another page's offset.
  const [loaded, setLoaded] = useState<{ applied: typeof applied; offset: number; items: AuditLogEntry[] } | undefined>(
    undefined,
  );
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [download, setDownload] = useState<Download>({ state: 'idle' });

  useEffect(() => {
    if (!mayListUsers) return;
    let live = true;
    api.users().then(
      (found) => live && setUsers([...found].sort((a, b) => a.displayName.localeCompare(b.displayName))),
      (error: unknown) => live && setUsersFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api, mayListUsers]);

  useEffect(() => {
    let live = true;
    setFailure(null);
    api.page(applied.query, { limit: AUDIT_TABLE_PAGE, offset }).then(
      (page) => live && setLoaded({ applied, offset, items: page.items }),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api, applied, offset]);

  const items =
    loaded !== undefined && loaded.applied === applied && loaded.offset === offset ? loaded.items : undefined;
  const nameOf = namesFrom(users, strings);
  const userList = users !== undefined;

  const show = (event: FormEvent): void => {
    event.preventDefault();
    const result = auditQueryFrom(form);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setDownload({ state: 'idle' });
    setOffset(0);
    setApplied({ form, query: result.query });
  };

  const clear = (): void => {
    setForm(EMPTY_AUDIT_FILTERS);
    setProblems([]);
    setDownload({ state: 'idle' });
    setOffset(0);
    setApplied({ form: EMPTY_AUDIT_FILTERS, query: {} });
  };

  const downloadCsv = async (): Promise<void> => {
    setDownload({ state: 'busy', count: 0 });
    try {
      const { entries, capped } = await collectAuditEntries(api, applied.query, {
        onProgress: (count) => setDownload({ state: 'busy', count }),
      });
      saveCsv(auditCsv(entries, nameOf, strings), auditCsvFileName(localToday(), applied.form));
      setDownload({ state: 'done', count: entries.length, capped });
    } catch (error) {
      setDownload({ state: 'failed', error: asStaffError(error) });
    }
  };

  const set = (field: keyof AuditFilterForm) => (value: string) => setForm((before) => ({ ...before, [field]: value }));
  const hasOlder = items !== undefined && items.length === AUDIT_TABLE_PAGE && offset + AUDIT_TABLE_PAGE <= OFFSET_MAX;
  const invalid = (problem: AuditFilterProblem) => (problems.includes(problem) ? true : undefined);

  return (
    <section aria-labelledby="audit-log-title" className="audit-log" data-testid="audit-log">
      <h3 id="audit-log-title">{strings.title}</h3>
      <p className="hint">{strings.intro}</p>
      <form className="audit-log-filters" aria-label={strings.filters} onSubmit={show} data-testid="audit-log-filters">
        <div>
          {userList || !mayListUsers || usersFailure !== null ? (
            <>
              <label htmlFor="audit-user">{userList ? strings.user : strings.userId}</label>
              {userList ? (
                <select id="audit-user" value={form.userId} onChange={(event) => set('userId')(event.target.value)}>
                  <option value="">{strings.anyone}</option>
                  {users.map((user) => (
                    <option key={user.id} value={user.id}>
                      {user.displayName} ({user.login})
                    </option>
                  ))}
                </select>
              ) : (
                <>
                  <p className="hint" id="audit-user-hint">
                    {strings.userIdHint}
                  </p>
                  <input
                    id="audit-user"
                    value={form.userId}
                    maxLength={36}
                    aria-describedby="audit-user-hint"
                    aria-invalid={invalid('user_invalid')}
                    onChange={(event) => set('userId')(event.target.value)}
                  />
                </>
              )}
            </>
          ) : (
            <p className="hint">{strings.loading}</p>
          )}
        </div>
        <div>
          <label htmlFor="audit-action">{strings.action}</label>
          <select
            id="audit-action"
            value={form.action}
            aria-describedby="audit-action-hint"
            onChange={(event) => set('action')(event.target.value)}
          >
            <option value="">{strings.anyAction}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {actionWords(action, strings)}
              </option>
            ))}
          </select>
          <p className="hint" id="audit-action-hint">
            {strings.actionHint}
          </p>
        </div>
        <div>
          <label htmlFor="audit-outcome">{strings.outcome}</label>
          <select id="audit-outcome" value={form.outcome} onChange={(event) => set('outcome')(event.target.value)}>
            <option value="">{strings.anyOutcome}</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {strings.outcomes[outcome]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-record">{strings.recordId}</label>
          <input
            id="audit-record"
            value={form.recordId}
            maxLength={RECORD_ID_MAX_LENGTH}
            aria-describedby="audit-record-hint"
            aria-invalid={invalid('record_too_long')}
            onChange={(event) => set('recordId')(event.target.value)}
          />
          <p className="hint" id="audit-record-hint">
            {strings.recordIdHint}
          </p>
        </div>
        <div>
          <label htmlFor="audit-from">{strings.from}</label>
          <input
            id="audit-from"
            type="date"
            value={form.fromDay}
            aria-describedby="audit-period-hint"
            onChange={(event) => set('fromDay')(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor="audit-to">{strings.to}</label>
          <input
            id="audit-to"
            type="date"
            value={form.toDay}
            aria-describedby="audit-period-hint"
            aria-invalid={invalid('period_invalid')}
            onChange={(event) => set('toDay')(event.target.value)}
          />
        </div>
        <p className="hint audit-log-wide" id="audit-period-hint">
          {strings.periodHint}
        </p>
        {problems.length === 0 ? null : (
          <div className="error audit-log-wide" role="alert" data-testid="audit-log-problems">
            {problems.map((problem) => (
              <p key={problem}>{strings.problems[problem]}</p>
            ))}
          </div>
        )}
        <div className="actions audit-log-wide">
          <button type="submit" className="button primary">
            {strings.show}
          </button>
          <button type="button" className="button secondary" onClick={clear}>
            {strings.clear}
          </button>
        </div>
      </form>
      {usersFailure === null ? null : <StaffError error={usersFailure} />}

      {failure === null ? null : <StaffError error={failure} />}
      {items === undefined && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {items !== undefined && items.length === 0 ? <p data-testid="audit-log-empty">{strings.empty}</p> : null}
      {items === undefined || items.length === 0 ? null : (
        <div className="audit-log-scroll" tabIndex={0} role="group" aria-label={strings.tableLabel}>
          <table className="audit-log-table" data-testid="audit-log-table" data-offset={offset}>
            <caption>{format(strings.page, { from: offset + 1, to: offset + items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.columns.time}</th>
                <th scope="col">{strings.columns.user}</th>
                <th scope="col">{strings.columns.action}</th>
                <th scope="col">{strings.columns.outcome}</th>
                <th scope="col">{strings.columns.record}</th>
                <th scope="col">{strings.columns.from}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => {
                const outcome = outcomeOf(entry, strings);
                const roles = rolesOf(entry, strings);
                const caseId = caseIdOf(entry);
                const when = formatLogTime(entry.occurredAt, language);
                return (
                  <tr
                    key={entry.id}
                    data-testid="audit-log-entry"
                    data-entry-id={entry.id}
                    data-user={entry.actorUserId ?? ''}
                    data-action={entry.action}
                    data-outcome={entry.outcome}
                  >
                    <td>
                      <time dateTime={entry.occurredAt} className="audit-log-time">
                        <span>{when.day}</span> <span>{when.time}</span>
                      </time>
                    </td>
                    <td>
                      {nameOf(entry.actorUserId)}
                      {roles === '' ? null : <span className="hint"> ({roles})</span>}
                    </td>
                    <td>
                      {actionWords(entry.action, strings)} <code className="audit-log-code">{entry.action}</code>
                    </td>
                    <td className={`audit-log-outcome audit-log-outcome-${entry.outcome}`}>
                      {outcome.words}
                      {outcome.code === null ? null : (
                        <>
                          {' '}
                          <code className="audit-log-code" data-testid="audit-log-code">
                            {outcome.code}
                          </code>
                          {outcome.codeWords === null ? null : <span className="hint"> ({outcome.codeWords})</span>}
                        </>
                      )}
                    </td>
                    <td>
                      {recordTypeWords(entry.recordType, strings)}
                      {entry.recordId === null ? null : caseId !== null && mayOpenCases ? (
                        <>
                          {' '}
                          <a
                            href={`#/staff/cases/${encodeURIComponent(caseId)}`}
                            aria-label={format(strings.openCase, { id: caseId })}
                            data-testid="audit-log-case-link"
                          >
                            <code className="audit-log-code">{entry.recordId}</code>
                          </a>
                        </>
                      ) : (
                        <>
                          {' '}
                          <code className="audit-log-code">{entry.recordId}</code>
                        </>
                      )}
                    </td>
                    <td>{entry.ip ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {items === undefined || (offset === 0 && !hasOlder) ? null : (
        <nav className="actions" aria-label={strings.tableLabel} data-testid="audit-log-pager">
          <button
            type="button"
            className="button secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - AUDIT_TABLE_PAGE))}
          >
            {strings.newer}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={!hasOlder}
            onClick={() => setOffset(offset + AUDIT_TABLE_PAGE)}
          >
            {strings.older}
          </button>
        </nav>
      )}
      {items !== undefined && items.length === AUDIT_TABLE_PAGE && !hasOlder ? (
        <p className="hint">{strings.depthLimit}</p>
      ) : null}

      <div className="audit-log-download" data-testid="audit-log-download">
        <p className="hint">{format(strings.downloadCap, { cap: AUDIT_CSV_CAP.toLocaleString(language) })}</p>
        <div className="actions">
          <button
            type="button"
            className="button secondary"
            disabled={download.state === 'busy' || items === undefined || items.length === 0}
            onClick={() => void downloadCsv()}
          >
            {strings.download}
          </button>
        </div>
        {download.state === 'busy' ? (
          <p className="status" role="status">
            {format(strings.downloading, { count: download.count })}
          </p>
        ) : null}
        {download.state === 'done' ? (
          <p className="status" role="status" data-testid="audit-log-downloaded" data-capped={download.capped}>
            {format(download.capped ? strings.downloadedCapped : strings.downloaded, { count: download.count })}
          </p>
        ) : null}
        {download.state === 'failed' ? <StaffError error={download.error} /> : null}
      </div>
    </section>
  );
}
