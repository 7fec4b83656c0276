import { styleText } from 'node:util';
import type { RiskLevel } from '@raksa/detect';
import { revealControls, wellFormed } from './escape-html.ts';
import type { Segment } from './highlight.ts';
import type { ReportModel } from './report-model.ts';
import { formatPercent, localDigits } from './strings.ts';

type Style = Parameters<typeof styleText>[0];

const RISK_STYLE: Record<RiskLevel, Style> = {
  none: 'green',
  low: 'yellow',
  medium: 'yellow',
  high: 'red',
  critical: ['red', 'bold'],
};

/** Message text for a terminal: escape sequences and direction overrides shown, never obeyed. */
function safe(text: string): string {
  return revealControls(wellFormed(text));
}

function renderSegments(
  segments: readonly Segment[],
  paint: (style: Style, text: string) => string,
  color: boolean,
  gap: string,
): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'gap') return ` … (${gap}) … `;
      if (segment.kind === 'evidence')
        return color ? paint(['red', 'bold', 'underline'], safe(segment.text)) : `[${safe(segment.text)}]`;
      return safe(segment.text);
    })
    .join('');
}

/**
 * The terminal summary of `raksa analyze`: what is happening, who is who, since when, the stages
 * with dates, the key messages with the evidence marked ([like this] without colour), what to do
 * now and whom to call.
 */
export function renderSummaryText(model: ReportModel, { color }: { color: boolean }): string {
  const paint = (style: Style, text: string): string => (color ? styleText(style, text) : text);
  const { strings } = model;
  const lines: string[] = [];
  const heading = (text: string): void => {
    lines.push('', paint('bold', text));
  };
  lines.push(
    `${paint('bold', `${strings.risk}${strings.colon}`)}${paint(RISK_STYLE[model.risk], `${model.risk.toUpperCase()} — ${model.riskLabel}`)}`,
  );
  if (model.title !== null) lines.push(paint('dim', safe(model.title)));
  for (const note of model.notes) lines.push(paint('dim', note));
  heading(strings.whatIsHappening);
  for (const sentence of model.narrative) lines.push(`  ${safe(sentence)}`);
  for (const harm of model.harms) lines.push(`   ● ${harm.label}  ${formatPercent(harm.score, model.language)}`);
  heading(strings.whoIsWho);
  for (const person of model.people)
    lines.push(
      `  ${paint('bold', safe(person.name))} — ${person.roleLabel}${strings.colon}${person.details.map(safe).join('; ')}`,
    );
  heading(strings.stages);
  if (model.stages.length === 0) lines.push(`  ${strings.noStages}`);
  for (const stage of model.stages) {
    const when = stage.when === '' ? '' : `${stage.when}, `;
    lines.push(
      `  ${localDigits(stage.number, model.language)}. ${paint('bold', stage.stageLabel)} (${stage.harmLabel}) — ${when}${strings.message(stage.messageNumber)}, ${safe(stage.author)}`,
    );
    if (stage.evidence.length > 0)
      lines.push(paint('dim', `     ${stage.evidence.map((text) => `"${safe(text)}"`).join(', ')}`));
  }
  if (model.keyMessages.length > 0) {
    heading(strings.keyMessages);
    lines.push(paint('dim', `  ${strings.evidenceLegend}`));
    for (const message of model.keyMessages) {
      const when = message.when === '' ? '' : ` · ${message.when}`;
      lines.push(
        `  ${paint('bold', `${strings.message(message.messageNumber)}${when} · ${safe(message.author)}`)}${message.labels.length > 0 ? paint('dim', `  (${message.labels.join(', ')})`) : ''}`,
      );
      const text = renderSegments(message.segments, paint, color, strings.truncatedNote);
      lines.push(...text.split('\n').map((line) => `     ${line}`));
    }
  }
  heading(strings.whatToDo);
  model.steps.forEach((step, i) => lines.push(`  ${localDigits(i + 1, model.language)}. ${step}`));
  if (model.advice.length > 0) {
    lines.push('', `  ${strings.engineAdvice}`);
    for (const step of model.advice) lines.push(`   - ${step}`);
  }
  if (model.hotlines.length > 0 || model.hotlineNote !== null) {
    heading(strings.whoCanHelp);
    for (const hotline of model.hotlines) {
      const contact = [hotline.number, hotline.url].filter((part) => part !== undefined).join('  ');
      const where = hotline.country === 'ZZ' ? '' : `${hotline.country} `;
      lines.push(
        `  ${where}${hotline.name}${strings.colon}${paint('bold', contact)}${hotline.hours !== undefined ? ` (${hotline.hours})` : ''}`,
      );
    }
    if (model.hotlineNote !== null) lines.push(`  ${model.hotlineNote}`);
  }
  lines.push('', paint('dim', strings.notProof), paint('dim', strings.footer), '');
  return lines.join('\n');
}
