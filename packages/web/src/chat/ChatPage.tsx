import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { HotlineCountry } from '../check/countries.ts';
import type { DetectorClient } from '../engine/detector-client.ts';
import type { ChatFileInput, ChatProgress, ChatReportData } from '../engine/protocol.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import { chatErrorMessage, MAX_CHAT_FILE_BYTES, readChatFile, type ChatFailure } from './read-chat-file.ts';
import { ChatReport } from './ChatReport.tsx';
import { useChatStrings } from './use-chat-strings.ts';
import { formatCount } from './local-format.ts';

export interface ChatPageProps {
  client: DetectorClient;
  country: HotlineCountry | undefined;
  onCountryChange: (country: HotlineCountry | undefined) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; name: string; progress: ChatProgress }
  | { kind: 'failed'; failure: ChatFailure }
  | { kind: 'done'; file: ChatFileInput; report: ChatReportData; language: string; country: string | undefined };

/**
 * Check a chat: the reader drops or picks a chat export; the worker imports and analyses it
 * (the page stays responsive and shows progress), and the report is drawn here. The file never
 * leaves the device, and is forgotten when the page is left.
 */
export function ChatPage({ client, country, onCountryChange }: ChatPageProps) {
  const { language } = useI18n();
  const chat = useChatStrings();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [redacted, setRedacted] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const run = useRef(0);

  const analyse = async (file: ChatFileInput): Promise<void> => {
    const current = ++run.current;
    setStatus({ kind: 'working', name: file.name, progress: { phase: 'reading', done: 0, total: 0 } });
    try {
      const options = { adviceLanguage: language, ...(country === undefined ? {} : { country }) };
      const report = await client.analyzeChat(file, options, (progress) => {
        if (run.current === current) setStatus({ kind: 'working', name: file.name, progress });
      });
      if (run.current === current) setStatus({ kind: 'done', file, report, language, country });
    } catch (error) {
      if (run.current === current) setStatus({ kind: 'failed', failure: chatErrorMessage(error) });
    }
  };

  const choose = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    const read = await readChatFile(file);
    if (read.ok) await analyse(read.file);
    else setStatus({ kind: 'failed', failure: read.failure });
  };

  // Labels, advice and hotlines follow the interface language and the chosen country.
  useEffect(() => {
    if (status.kind !== 'done') return;
    if (status.language === language && status.country === country) return;
    void analyse(status.file);
  }, [language, country]);

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  };

  const working = status.kind === 'working';
  return (
    <section aria-labelledby="chat-page-title" className="chat-page">
      <h2 id="chat-page-title">{chat.title}</h2>
      <p>{chat.intro}</p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="chat-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{chat.dropHere}</p>
        <label htmlFor="chat-file" className="button primary">
          {chat.choose}
        </label>
        <input
          id="chat-file"
          ref={input}
          type="file"
          className="visually-hidden"
          aria-describedby="chat-file-hint"
          accept=".txt,.zip,.json,.csv,.jsonl,text/plain,application/json,application/zip,text/csv"
          disabled={working}
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <p id="chat-file-hint" className="hint">
          {chat.fileHint}
        </p>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={redacted}
          onChange={(event) => setRedacted(event.target.checked)}
          data-testid="chat-redact"
        />{' '}
        {chat.redact}
      </label>
      <p className="hint">{chat.redactHint}</p>

      <div role="status" aria-live="polite" className="status" data-testid="chat-status">
        {status.kind === 'working' ? (
          <>
            <p>
              {status.progress.phase === 'reading'
                ? format(chat.reading, { name: status.name })
                : format(chat.analysing, {
                    done: formatCount(status.progress.done, language),
                    total: formatCount(status.progress.total, language),
                  })}
            </p>
            <progress
              max={Math.max(1, status.progress.total)}
              value={status.progress.phase === 'reading' ? undefined : status.progress.done}
              data-testid="chat-progress"
            />
          </>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <div className="error" role="alert" data-testid="chat-error" data-code={status.failure.code}>
          <p>{format(chat.errors[status.failure.key], { max: `${MAX_CHAT_FILE_BYTES / 1024 / 1024} MB` })}</p>
          {status.failure.detail === undefined ? null : (
            <details>
              <summary>{chat.errors.detail}</summary>
              <p lang="en">{status.failure.detail}</p>
            </details>
          )}
        </div>
      ) : null}
      {status.kind === 'done' ? (
        <ChatReport
          report={status.report}
          fileName={status.file.name}
          redacted={redacted}
          country={country}
          onCountryChange={onCountryChange}
        />
      ) : null}
    </section>
  );
}
