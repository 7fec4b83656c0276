import type { Span } from '@raksa/detect';

/** A piece of a message: plain text, evidence, or a gap where a long message was shortened. */
export type Segment = { kind: 'text'; text: string } | { kind: 'evidence'; text: string } | { kind: 'gap' };

export interface SegmentOptions {
  /** Messages up to this length are shown whole. Default 2,000 code units. */
  maxChars?: number;
  /** Around each piece of evidence in a longer message, this much text is kept on each side. Default 160. */
  context?: number;
  /** At most this many evidence windows are shown in a longer message. Default 12. */
  maxWindows?: number;
}

/** Sorted, clamped, non-overlapping spans (invalid ones dropped), so nothing is highlighted twice. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const valid = spans
    .map((span) => ({ start: Math.max(0, Math.trunc(span.start)), end: Math.min(length, Math.trunc(span.end)) }))
    .filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end) && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of valid) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves a cut off the middle of a surrogate pair, so a shortened text never holds half a character. */
function safeCut(text: string, index: number, direction: -1 | 1): number {
  let at = Math.max(0, Math.min(text.length, index));
  while (at > 0 && at < text.length && isLowSurrogate(text, at)) at += direction;
  return at;
}

/**
 * Splits a message into plain and evidence segments (spans are UTF-16 offsets into `text`). A
 * message longer than `maxChars` keeps only windows around its evidence, with gaps between them,
 * so a 100,000-character message shows as a few lines.
 */
export function segmentMessage(text: string, spans: readonly Span[], options: SegmentOptions = {}): Segment[] {
  const maxChars = options.maxChars ?? 2000;
  const context = options.context ?? 160;
  const maxWindows = options.maxWindows ?? 12;
  const evidence = mergeSpans(spans, text.length);
  let windows: Span[];
  if (text.length <= maxChars) windows = [{ start: 0, end: text.length }];
  else if (evidence.length === 0) windows = [{ start: 0, end: safeCut(text, maxChars, -1) }];
  else
    windows = mergeSpans(
      evidence.slice(0, maxWindows).map((span) => ({
        start: safeCut(text, span.start - context, -1),
        end: safeCut(text, Math.min(span.end, span.start + maxChars) + context, 1),
      })),
      text.length,
    );
  const segments: Segment[] = [];
  let previousEnd = 0;
  for (const window of windows) {
    if (window.start > previousEnd) segments.push({ kind: 'gap' });
    let cursor = window.start;
    for (const span of evidence) {
      if (span.end <= cursor || span.start >= window.end) continue;
      const start = Math.max(span.start, cursor);
      const end = Math.min(span.end, window.end);
      if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) });
      segments.push({ kind: 'evidence', text: text.slice(start, end) });
      cursor = end;
    }
    if (window.end > cursor) segments.push({ kind: 'text', text: text.slice(cursor, window.end) });
    previousEnd = window.end;
  }
  if (previousEnd < text.length) segments.push({ kind: 'gap' });
  return segments;
}
