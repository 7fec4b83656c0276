import type { ConversationAnalysis } from '@raksa/detect';
import { escapeHtml } from './escape-html.ts';
import { localDigits, type ReportLanguage, type ReportStrings } from './strings.ts';

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 34;

/** A number for an SVG attribute: finite, two decimals at most. */
function coordinate(value: number): string {
  return (Number.isFinite(value) ? Math.round(value * 100) / 100 : 0).toString();
}

/**
 * An inline SVG chart of the conversation's risk after each message (0..1, from the analysis
 * timeline), with the stages as numbered dashed marks and the alert as a solid red mark. Drawn
 * here, without a library or any external resource; the marks' numbers are those of the stage
 * list printed under the chart.
 */
export function riskChartSvg(
  analysis: Pick<ConversationAnalysis, 'messages' | 'timeline' | 'stages' | 'alert'>,
  strings: ReportStrings,
  language: ReportLanguage,
): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const lastIndex = Math.max(1, analysis.messages - 1);
  const x = (messageIndex: number): number =>
    LEFT + (Math.min(Math.max(messageIndex, 0), lastIndex) / lastIndex) * plotWidth;
  const y = (risk: number): number => TOP + (1 - Math.min(Math.max(risk, 0), 1)) * plotHeight;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(strings.timeline)}" class="chart">`,
  );
  parts.push(`<rect x="${LEFT}" y="${TOP}" width="${plotWidth}" height="${plotHeight}" class="plot"/>`);
  for (const level of [0, 0.5, 1]) {
    parts.push(
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${coordinate(y(level))}" y2="${coordinate(y(level))}" class="grid"/>`,
      `<text x="${LEFT - 6}" y="${coordinate(y(level) + 4)}" class="tick" text-anchor="end">${localDigits(level, language)}</text>`,
    );
  }
  parts.push(
    `<text x="${LEFT}" y="${TOP - 10}" class="axis">${escapeHtml(strings.chartAxisRisk)}</text>`,
    `<text x="${WIDTH - RIGHT}" y="${HEIGHT - 6}" class="axis" text-anchor="end">${escapeHtml(strings.chartAxisMessages)}</text>`,
    `<text x="${LEFT}" y="${HEIGHT - 16}" class="tick">${localDigits(1, language)}</text>`,
    `<text x="${WIDTH - RIGHT}" y="${HEIGHT - 16}" class="tick" text-anchor="end">${localDigits(analysis.messages, language)}</text>`,
  );
  const points = analysis.timeline.filter(
    (point) => Number.isFinite(point.messageIndex) && Number.isFinite(point.risk),
  );
  if (points.length > 0) {
    const path = points.map((point) => `${coordinate(x(point.messageIndex))},${coordinate(y(point.risk))}`);
    const first = points[0];
    const last = points[points.length - 1];
    if (first !== undefined && last !== undefined) {
      parts.push(
        `<polygon points="${coordinate(x(first.messageIndex))},${coordinate(y(0))} ${path.join(' ')} ${coordinate(x(last.messageIndex))},${coordinate(y(0))}" class="area"/>`,
      );
    }
    parts.push(`<polyline points="${path.join(' ')}" class="line"/>`);
  }
  analysis.stages.forEach((stage, i) => {
    const at = coordinate(x(stage.messageIndex));
    const labelY = TOP + 12 + (i % 4) * 12;
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${TOP}" y2="${TOP + plotHeight}" class="stage"/>`,
      `<text x="${at}" y="${labelY}" class="stage-number" text-anchor="middle">${localDigits(i + 1, language)}</text>`,
    );
  });
  if (analysis.alert !== null) {
    const at = coordinate(x(analysis.alert.messageIndex));
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${TOP}" y2="${TOP + plotHeight}" class="alert"/>`,
      `<text x="${at}" y="${TOP - 4}" class="alert-label" text-anchor="middle">${escapeHtml(strings.chartAlert)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
