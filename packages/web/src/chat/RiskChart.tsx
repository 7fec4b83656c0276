import type { ConversationAnalysis } from '@raksa/detect';
import { useI18n } from '../i18n/i18n-context.tsx';
import { localDigits } from './local-format.ts';
import { useChatStrings } from './use-chat-strings.ts';

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 34;

/** A finite coordinate, two decimals at most. */
function coordinate(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}

export interface RiskChartProps {
  analysis: Pick<ConversationAnalysis, 'messages' | 'timeline' | 'stages' | 'alert'>;
}

/**
 * The conversation's risk after each message (0..1, from the analysis timeline) as inline SVG,
 * with the stages as numbered dashed marks and the alert as a solid red mark (no chart library:
 * this is lighter, and the numbers match the stage list below).
 */
export function RiskChart({ analysis }: RiskChartProps) {
  const { language } = useI18n();
  const chat = useChatStrings();
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const lastIndex = Math.max(1, analysis.messages - 1);
  const x = (messageIndex: number): number =>
    coordinate(LEFT + (Math.min(Math.max(messageIndex, 0), lastIndex) / lastIndex) * plotWidth);
  const y = (risk: number): number => coordinate(TOP + (1 - Math.min(Math.max(risk, 0), 1)) * plotHeight);
  const points = analysis.timeline.filter(
    (point) => Number.isFinite(point.messageIndex) && Number.isFinite(point.risk),
  );
  const path = points.map((point) => `${x(point.messageIndex)},${y(point.risk)}`).join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={chat.timeline}
      className="risk-chart"
      data-testid="risk-chart"
    >
      <rect x={LEFT} y={TOP} width={plotWidth} height={plotHeight} className="plot" />
      {[0, 0.5, 1].map((level) => (
        <g key={level}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} className="grid" />
          <text x={LEFT - 6} y={y(level) + 4} className="tick" textAnchor="end">
            {localDigits(level, language)}
          </text>
        </g>
      ))}
      <text x={LEFT} y={TOP - 10} className="axis">
        {chat.chartAxisRisk}
      </text>
      <text x={WIDTH - RIGHT} y={HEIGHT - 6} className="axis" textAnchor="end">
        {chat.chartAxisMessages}
      </text>
      <text x={LEFT} y={HEIGHT - 16} className="tick">
        {localDigits(1, language)}
      </text>
      <text x={WIDTH - RIGHT} y={HEIGHT - 16} className="tick" textAnchor="end">
        {localDigits(analysis.messages, language)}
      </text>
      {first === undefined || last === undefined ? null : (
        <>
          <polygon
            points={`${x(first.messageIndex)},${y(0)} ${path} ${x(last.messageIndex)},${y(0)}`}
            className="area"
          />
          <polyline points={path} className="line" />
        </>
      )}
      {analysis.stages.map((stage, index) => (
        <g key={`${stage.harm}-${stage.stage}-${stage.messageIndex}`} className="stage-mark">
          <line
            x1={x(stage.messageIndex)}
            x2={x(stage.messageIndex)}
            y1={TOP}
            y2={TOP + plotHeight}
            className="stage"
          />
          <text x={x(stage.messageIndex)} y={TOP + 12 + (index % 4) * 12} className="stage-number" textAnchor="middle">
            {localDigits(index + 1, language)}
          </text>
        </g>
      ))}
      {analysis.alert === null ? null : (
        <g>
          <line
            x1={x(analysis.alert.messageIndex)}
            x2={x(analysis.alert.messageIndex)}
            y1={TOP}
            y2={TOP + plotHeight}
            className="alert"
          />
          <text x={x(analysis.alert.messageIndex)} y={TOP - 4} className="alert-label" textAnchor="middle">
            {chat.chartAlert}
          </text>
        </g>
      )}
    </svg>
  );
}
