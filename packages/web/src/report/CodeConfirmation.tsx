import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

export function CodeConfirmation({ code, onAnother }: { code: string; onAnother: () => void }) {
  const { strings } = useI18n();
  const [copy, setCopy] = useState<CopyState>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const copyCode = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      // Clipboard access can be refused (permissions, old browsers): say so, the code stays on screen.
      setCopy('failed');
    }
  };

  return (
    <section aria-labelledby="sent-title" className="confirmation">
      <h2 id="sent-title" ref={heading} tabIndex={-1}>
        {strings.report.sentTitle}
      </h2>
      <p>{strings.report.codeLabel}</p>
      <p className="tip-code" data-testid="tip-code">
        {code}
      </p>
      <button type="button" className="button secondary" onClick={() => void copyCode()}>
        {copy === 'copied' ? strings.report.copied : strings.report.copy}
      </button>
      <p role="status" className="hint">
        {copy === 'failed' ? strings.report.copyFailed : null}
      </p>
      <p>{strings.report.codeHint}</p>
      <button type="button" className="button secondary" onClick={onAnother}>
        {strings.report.sendAnother}
      </button>
    </section>
  );
}
