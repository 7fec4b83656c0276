import type { ConversationMetrics, Share } from './conversation-metrics.ts';

export interface ConversationReport {
  source: string;
  overall: ConversationMetrics;
  byLanguage: { language: string; metrics: ConversationMetrics }[];
}

const ratio = (value: number | null): string => (value === null ? '–' : value.toFixed(3));
const shareText = (s: Share): string => `${ratio(s.share)} (${s.count}/${s.of})`;
const number = (value: number | null): string => (value === null ? '–' : String(Math.round(value * 10) / 10));

function languageRow(language: string, m: ConversationMetrics): string {
  return `| ${language} | ${m.conversations} | ${m.harmful} | ${m.hardNegatives} | ${shareText(m.detected)} | ${shareText(m.rightOffender)} | ${shareText(m.alertBeforeStage)} | ${number(m.medianAlertMessages)} | ${shareText(m.hardNegativesWithAlert)} |`;
}

/** The conversation evaluation as Markdown, as pasted into docs/quality.md. */
export function renderConversationMarkdown(report: ConversationReport, command: string, showIds: boolean): string {
  const m = report.overall;
  const out = [
    `Command: \`${command}\``,
    '',
    `### ${report.source}`,
    '',
    `${m.conversations} conversations: ${m.harmful} harmful, ${m.hardNegatives} hard negatives.`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| harmful conversations detected (a labelled harm reported) | ${shareText(m.detected)} |`,
    `| detected with every labelled harm and the right offender | ${shareText(m.detectedRightHarmAndOffender)} |`,
    `| right offender (of harmful conversations with a labelled offender) | ${shareText(m.rightOffender)} |`,
    `| alert before the sexualisation (grooming) / threat (sextortion) stage | ${shareText(m.alertBeforeStage)} |`,
    `| of which grooming: alert before the sexualisation stage | ${shareText(m.alertBeforeGroomingSexualisation)} |`,
    `| of which sextortion: alert before the threat stage | ${shareText(m.alertBeforeSextortionThreat)} |`,
    `| median messages read when the alert came (harmful, alerted) | ${number(m.medianAlertMessages)} |`,
    `| median alert position (share of the conversation) | ${ratio(m.medianAlertPosition)} |`,
    `| hard negatives with any harm reported | ${shareText(m.hardNegativesFlagged)} |`,
    `| hard negatives with an alert | ${shareText(m.hardNegativesWithAlert)} |`,
    '',
    '| harm | positives | precision | recall | false positives |',
    '|---|---:|---:|---:|---:|',
    ...m.byHarm.map(
      (h) => `| ${h.harm} | ${h.positives} | ${ratio(h.precision)} | ${ratio(h.recall)} | ${h.falsePositives} |`,
    ),
    '',
    '| language | conversations | harmful | hard negatives | detected | right offender | alert before stage | median alert message | negatives alerted |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    languageRow('all', m),
    ...report.byLanguage.map(({ language, metrics }) => languageRow(language, metrics)),
    '',
  ];
  if (showIds && m.hardNegativesWithAlert.ids.length > 0)
    out.push(`Hard negatives with an alert: ${m.hardNegativesWithAlert.ids.join(', ')}`, '');
  return out.join('\n');
}
