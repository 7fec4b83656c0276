import { HARM_LABELS, type Harm } from '@raksa/detect';
import { highlightSegments, type LabelledSpan } from '../../check/highlight.ts';
import type { StoredAnalysis } from '../staff-api.ts';

export function harmLabel(type: string, language: 'en' | 'km'): string {
  return Object.hasOwn(HARM_LABELS, type) ? HARM_LABELS[type as Harm][language] : type;
}

export function evidenceOf(analysis: StoredAnalysis): LabelledSpan[] {
  return analysis.harms.flatMap((harm) =>
    (harm.indicators ?? []).flatMap((indicator) =>
      indicator.evidence.map((evidence) => ({ start: evidence.start, end: evidence.end, label: indicator.label })),
    ),
  );
}

/** A tip's or call's text with the engine's evidence highlighted (each mark titled with its signs). */
export function HighlightedText({ text, spans }: { text: string; spans: readonly LabelledSpan[] }) {
  return (
    <p className="evidence-text" dir="auto">
      {highlightSegments(text, [...spans]).map((segment) =>
        segment.labels.length > 0 ? (
          <mark key={segment.start} title={segment.labels.join(' · ')}>
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

/** The signs (indicators) the engine found, one per line. */
export function IndicatorList({ analysis }: { analysis: StoredAnalysis }) {
  if (!analysis.harms.some((harm) => (harm.indicators ?? []).length > 0)) return null;
  return (
    <ul className="indicators">
      {analysis.harms.flatMap((harm) =>
        (harm.indicators ?? []).map((indicator) => (
          <li key={`${harm.type}-${indicator.id}`} data-indicator={indicator.id}>
            {indicator.label}
          </li>
        )),
      )}
    </ul>
  );
}

/** The phones, handles, wallets and links the engine found. */
export function EntityList({ analysis }: { analysis: StoredAnalysis }) {
  if (analysis.entities === undefined || analysis.entities.length === 0) return null;
  return (
    <ul className="tip-entities" data-testid="tip-entities">
      {analysis.entities.map((entity) => (
        <li key={`${entity.type}-${entity.normalized}-${entity.start}`} data-entity={entity.type}>
          <span className="hint">{entity.type}</span> <bdi>{entity.value}</bdi>
        </li>
      ))}
    </ul>
  );
}
