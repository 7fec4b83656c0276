/**
 * Splits a text into plain and highlighted pieces from the analysis' evidence. Evidence spans are
 * UTF-16 offsets into the original text; spans that overlap are merged into one highlight that
 * keeps every label that pointed at it.
 */
import type { Analysis } from '@raksa/detect';

export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The signs this piece is evidence of; empty for plain text. */
  labels: string[];
}

/** Every piece of evidence of every reported harm, with the label of its indicator. */
export function evidenceSpans(analysis: Analysis): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const harm of analysis.harms) {
    for (const indicator of harm.indicators) {
      for (const evidence of indicator.evidence) {
        spans.push({ start: evidence.start, end: evidence.end, label: indicator.label });
      }
    }
  }
  return spans;
}

/** Sorted, clamped to the text, overlapping spans merged (labels kept once each, in order). */
export function mergeSpans(
  spans: readonly LabelledSpan[],
  textLength: number,
): { start: number; end: number; labels: string[] }[] {
  const valid = spans
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(textLength, span.end), label: span.label }))
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; labels: string[] }[] = [];
  for (const span of valid) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.labels.includes(span.label)) last.labels.push(span.label);
    } else {
      merged.push({ start: span.start, end: span.end, labels: [span.label] });
    }
  }
  return merged;
}

/** The whole text as consecutive segments; joining their `text` gives the text back exactly. */
export function highlightSegments(text: string, spans: readonly LabelledSpan[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of mergeSpans(spans, text.length)) {
    if (span.start > cursor)
      segments.push({ text: text.slice(cursor, span.start), start: cursor, end: span.start, labels: [] });
    segments.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, labels: span.labels });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, end: text.length, labels: [] });
  return segments;
}
