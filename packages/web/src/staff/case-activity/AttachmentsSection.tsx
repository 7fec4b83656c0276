import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { StaffApiError } from '../staff-api.ts';
import { ActivityError, asStaffError } from './ActivityError.tsx';
import type { Attachment } from './activity-schemas.ts';
import {
  ACCEPT_ATTRIBUTE,
  checkFile,
  formatSize,
  sha256Hex,
  typeLabel,
  type FileProblem,
} from './attachment-limits.ts';
import { createCaseActivityApi, type CaseActivityApi } from './case-activity-api.ts';
import type { CaseSectionProps } from './index.ts';
import { formatTime } from './people.ts';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

/** Hands a downloaded file to the browser to save, under its stored name. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function AttachmentItem({ api, caseId, attachment }: { api: CaseActivityApi; caseId: string; attachment: Attachment }) {
  const { language } = useI18n();
  const strings = useActivityStrings().attachments;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [message, setMessage] = useState('');

  // The bytes are checked against the SHA-256 recorded at upload before they are handed over.
  const download = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    setMessage('');
    try {
      const file = await api.download(caseId, attachment.id);
      const actual = await sha256Hex(file.blob);
      const expected = attachment.contentSha256.toLowerCase();
      if (
        (actual !== null && actual !== expected) ||
        (file.sha256 !== null && file.sha256.toLowerCase() !== expected)
      ) {
        setFailure(new StaffApiError('hash_mismatch', 'The downloaded bytes do not match the recorded SHA-256.', 200));
        return;
      }
      saveFile(file.blob, attachment.fileName);
      setMessage(
        format(actual === null ? strings.downloadedUnchecked : strings.downloaded, { name: attachment.fileName }),
      );
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li data-testid="case-attachment" data-attachment-id={attachment.id}>
      <p>
        <strong className="free-text">{attachment.fileName}</strong>
      </p>
      <p className="byline">
        {format(strings.details, {
          type: typeLabel(attachment.mimeType),
          size: formatSize(attachment.sizeBytes, language),
          time: formatTime(attachment.createdAt, language),
        })}
      </p>
      <p className="hash" data-testid="case-attachment-sha256">
        {format(strings.sha256, { sha256: attachment.contentSha256 })}
      </p>
      {failure === null ? null : <ActivityError error={failure} />}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {format(strings.download, { name: attachment.fileName })}
        </button>
      </div>
      <p role="status" className="status">
        {message}
      </p>
    </li>
  );
}

/** The case's attachments (name, type, size, SHA-256), downloaded with their hash checked; a role that changes the case uploads. */
export function AttachmentsSection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.attachments;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const attachments = useLoaded(() => api.attachments(caseId), caseId);
  const mayUpload = Object.hasOwn(me.permissions, 'case.update');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [uploaded, setUploaded] = useState<Attachment | null>(null);

  const choose = (chosen: File | null) => {
    setUploaded(null);
    setFailure(null);
    setFile(chosen);
    if (chosen === null) {
      setProblem(null);
      return;
    }
    const checked = checkFile(chosen);
    setProblem('problem' in checked ? checked.problem : null);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (file === null) return;
    const checked = checkFile(file);
    if ('problem' in checked) {
      setProblem(checked.problem);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const added = await api.upload(caseId, file, file.name, checked.mediaType);
      attachments.setValue((current) => [...current, added]);
      setUploaded(added);
      setFile(null);
      if (input.current !== null) input.current.value = '';
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const problemText =
    problem === null || file === null
      ? null
      : format(strings.problems[problem], { size: formatSize(file.size, language) });
  return (
    <div className="case-activity" data-testid="case-attachments">
      <p className="hint">{strings.intro}</p>
      {attachments.failure === null ? null : <ActivityError error={attachments.failure} />}
      {attachments.value === undefined && attachments.failure === null ? <p className="hint">{all.loading}</p> : null}
      {attachments.value !== undefined && attachments.value.length === 0 ? <p>{strings.empty}</p> : null}
      {attachments.value === undefined || attachments.value.length === 0 ? null : (
        <ul className="activity-list">
          {attachments.value.map((attachment) => (
            <AttachmentItem key={attachment.id} api={api} caseId={caseId} attachment={attachment} />
          ))}
        </ul>
      )}
      {mayUpload ? (
        <form
          className="activity-form"
          onSubmit={(event) => void submit(event)}
          noValidate
          data-testid="attachment-form"
        >
          <label htmlFor="case-attachment-file">{strings.file}</label>
          <input
            ref={input}
            id="case-attachment-file"
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            aria-invalid={problem !== null}
            aria-describedby={problemText === null ? undefined : 'case-attachment-problem'}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          {problemText === null ? null : (
            <p
              id="case-attachment-problem"
              className="error"
              role="alert"
              data-testid="attachment-problem"
              data-problem={problem}
            >
              {problemText}
            </p>
          )}
          {failure === null ? null : <ActivityError error={failure} />}
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || file === null || problem !== null}>
              {busy ? strings.uploading : strings.upload}
            </button>
          </div>
          <p role="status" className="status hash">
            {uploaded === null ? '' : format(strings.uploaded, { sha256: uploaded.contentSha256 })}
          </p>
        </form>
      ) : null}
    </div>
  );
}
