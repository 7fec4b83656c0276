import { useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { format } from '../../../i18n/language.ts';
import type { FetchLike } from '../../../report/submit-tip.ts';
import type { Me, Province, StaffApiError } from '../../staff-api.ts';
import { provinceName } from '../case-display.ts';
import type { CaseFilters } from '../case-list-query.ts';
import { asStaffError } from '../CaseError.tsx';
import { exportCases, type CaseExportFile } from './case-export-api.ts';
import {
  EMPTY_EXPORT_FORM,
  EXPORT_REASON_MAX_LENGTH,
  exportAccessOf,
  exportBodyFrom,
  exportFormFromListFilters,
  type CaseExportForm,
  type CaseExportProblem,
  type ExportWhich,
} from './case-export-request.ts';
import { CaseExportError } from './CaseExportError.tsx';
import { saveFile } from './save-file.ts';
import { useCaseExportStrings } from './use-export-strings.ts';
import './case-export.css';

type ExportState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; file: CaseExportFile; overridden: boolean }
  | { state: 'failed'; error: StaffApiError };

const CHOICES: readonly ExportWhich[] = ['all', 'open', 'closed'];

/**
 * "Export cases (CSV)" on the case list, for roles holding `export.csv` (no one else sees it):
 * open, closed or all cases, one province or all — starting from the list's own filters — and,
 * for a role that may override consent, the victims without consent to reporting, with a reason.
 * The server writes the file; the panel saves it under the server's name and says how many
 * victims were left out for lack of consent.
 */
export function CaseExportPanel(props: {
  me: Me;
  fetchImpl: FetchLike;
  provinces: readonly Province[];
  listFilters: CaseFilters;
}) {
  const { me, fetchImpl, provinces, listFilters } = props;
  const { language } = useI18n();
  const strings = useCaseExportStrings();
  const { mayExport, mayOverride } = exportAccessOf(me);
  const id = useId();
  const [shown, setShown] = useState(false);
  const [form, setForm] = useState<CaseExportForm>(EMPTY_EXPORT_FORM);
  const [problems, setProblems] = useState<CaseExportProblem[]>([]);
  const [download, setDownload] = useState<ExportState>({ state: 'idle' });
  const toggle = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  if (!mayExport) return null;

  const scope = me.permissions['export.csv'] ?? '';
  const scopeText = Object.hasOwn(strings.scope, scope) ? strings.scope[scope as keyof typeof strings.scope] : null;
  const overriding = mayOverride && form.includeWithoutConsent;
  const busy = download.state === 'busy';

  const open = (): void => {
    setForm(exportFormFromListFilters(listFilters));
    setProblems([]);
    setDownload({ state: 'idle' });
    setShown(true);
    // After the panel is drawn: a screen reader user hears where they are.
    setTimeout(() => title.current?.focus(), 0);
  };

  const close = (): void => {
    setShown(false);
    setTimeout(() => toggle.current?.focus(), 0);
  };

  const change = (patch: Partial<CaseExportForm>): void => {
    setProblems([]);
    setForm((before) => ({ ...before, ...patch }));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const result = exportBodyFrom(form, mayOverride);
    if ('problems' in result) {
      setProblems(result.problems);
      setDownload({ state: 'idle' });
      reasonInput.current?.focus();
      return;
    }
    setProblems([]);
    setDownload({ state: 'busy' });
    try {
      const file = await exportCases(fetchImpl, me.csrfToken, result.body);
      saveFile(file.blob, file.fileName);
      setDownload({ state: 'done', file, overridden: result.body.consentOverride !== undefined });
    } catch (error) {
      setDownload({ state: 'failed', error: asStaffError(error) });
    }
  };

  const choiceLabel: Record<ExportWhich, string> = {
    all: strings.all,
    open: strings.openOnly,
    closed: strings.closedOnly,
  };
  const panelId = `${id}-panel`;
  const reasonHintId = `${id}-reason-hint`;

  return (
    <div className="case-export" data-testid="case-export">
      <div className="actions">
        <button
          ref={toggle}
          type="button"
          className="button secondary"
          aria-expanded={shown}
          aria-controls={panelId}
          onClick={shown ? close : open}
          data-testid="case-export-open"
        >
          {strings.open}
        </button>
      </div>
      {!shown ? null : (
        <form
          id={panelId}
          className="case-export-panel"
          aria-labelledby={`${id}-title`}
          onSubmit={(event) => void submit(event)}
          noValidate
          data-testid="case-export-form"
        >
          <h4 id={`${id}-title`} ref={title} tabIndex={-1}>
            {strings.title}
          </h4>
          <p className="hint">
            {strings.intro}
            {scopeText === null ? null : ` ${scopeText}`}
          </p>
          <fieldset>
            <legend>{strings.which}</legend>
            <div className="case-answers">
              {CHOICES.map((choice) => (
                <span key={choice} className="case-answer">
                  <input
                    type="radio"
                    id={`${id}-which-${choice}`}
                    name={`${id}-which`}
                    value={choice}
                    checked={form.which === choice}
                    onChange={() => change({ which: choice })}
                  />
                  <label htmlFor={`${id}-which-${choice}`}>{choiceLabel[choice]}</label>
                </span>
              ))}
            </div>
          </fieldset>
          <label htmlFor={`${id}-province`}>{strings.province}</label>
          <select
            id={`${id}-province`}
            value={form.province}
            onChange={(event) => change({ province: event.target.value })}
            data-testid="case-export-province"
          >
            <option value="">{strings.anyProvince}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {provinceName(province.code, provinces, language)}
              </option>
            ))}
            {/* A province chosen in the list but missing from the tree is still offered by its code. */}
            {form.province !== '' && !provinces.some((province) => province.code === form.province) ? (
              <option value={form.province}>{form.province}</option>
            ) : null}
          </select>
          <p className="notice">{strings.consentRule}</p>
          {!mayOverride ? null : (
            <>
              <div className="checkbox">
                <input
                  type="checkbox"
                  id={`${id}-override`}
                  checked={form.includeWithoutConsent}
                  aria-describedby={`${id}-override-hint`}
                  onChange={(event) => change({ includeWithoutConsent: event.target.checked })}
                />
                <label htmlFor={`${id}-override`}>{strings.includeWithoutConsent}</label>
                <p className="hint" id={`${id}-override-hint`}>
                  {strings.includeExplain}
                </p>
              </div>
              {!form.includeWithoutConsent ? null : (
                <>
                  <label htmlFor={`${id}-reason`}>{strings.reason}</label>
                  <textarea
                    ref={reasonInput}
                    id={`${id}-reason`}
                    className="case-export-reason"
                    value={form.reason}
                    maxLength={EXPORT_REASON_MAX_LENGTH}
                    required
                    aria-invalid={problems.length > 0 ? true : undefined}
                    aria-describedby={reasonHintId}
                    onChange={(event) => change({ reason: event.target.value })}
                    data-testid="case-export-reason"
                  />
                  <p className="hint" id={reasonHintId}>
                    {format(strings.reasonLength, { count: form.reason.trim().length })}
                  </p>
                </>
              )}
            </>
          )}
          {problems.length === 0 ? null : (
            <div className="error" role="alert" data-testid="case-export-problems">
              <p>{strings.nothingSent}</p>
              {problems.map((problem) => (
                <p key={problem}>{strings.problems[problem]}</p>
              ))}
            </div>
          )}
          <p className="hint">{strings.keepSafe}</p>
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy} data-testid="case-export-download">
              {overriding ? strings.downloadWithoutConsent : strings.download}
            </button>
            <button type="button" className="button secondary" onClick={close}>
              {strings.close}
            </button>
          </div>
          <div role="status" className="status" data-testid="case-export-status">
            {busy ? <p>{strings.downloading}</p> : null}
            {download.state === 'done' ? <ExportSummary {...download} /> : null}
          </div>
          {download.state === 'failed' ? <CaseExportError error={download.error} /> : null}
        </form>
      )}
    </div>
  );
}

function ExportSummary({ file, overridden }: { file: CaseExportFile; overridden: boolean }) {
  const strings = useCaseExportStrings();
  const omitted =
    file.omittedRows === 0
      ? strings.omittedNone
      : format(file.omittedRows === 1 ? strings.omittedOne : strings.omittedMany, { count: file.omittedRows });
  return (
    <>
      <p data-testid="case-export-done" data-file={file.fileName} data-rows={file.rows}>
        {format(file.rows === 1 ? strings.doneOne : strings.doneMany, { file: file.fileName, rows: file.rows })}
      </p>
      <p data-testid="case-export-omitted" data-omitted={file.omittedRows}>
        {omitted}
      </p>
      {overridden ? <p data-testid="case-export-overridden">{strings.overrideUsed}</p> : null}
    </>
  );
}
