import type { Analysis } from '@raksa/detect';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { evidenceSpans, highlightSegments } from './highlight.ts';

export function EvidenceText({ text, analysis }: { text: string; analysis: Analysis }) {
  const { strings } = useI18n();
  const segments = useMemo(() => highlightSegments(text, evidenceSpans(analysis)), [text, analysis]);
  const marked = segments.some((segment) => segment.labels.length > 0);
  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">{strings.evidence.heading}</h3>
      <p className="hint">{marked ? strings.evidence.hint : strings.evidence.none}</p>
      <p className="evidence-text" lang={analysis.language === 'km' ? 'km' : undefined}>
        {segments.map((segment) =>
          segment.labels.length > 0 ? (
            <mark
              key={segment.start}
              title={segment.labels.join(' · ')}
              data-start={segment.start}
              data-end={segment.end}
            >
              {segment.text}
            </mark>
          ) : (
            <span key={segment.start}>{segment.text}</span>
          ),
        )}
      </p>
    </section>
  );
}
