import { styleText } from 'node:util';
import { HARM_LABELS, RISK_LABELS, type Analysis, type RiskLevel, type Span } from '@raksa/detect';

type Style = Parameters<typeof styleText>[0];

const RISK_STYLE: Record<RiskLevel, Style> = {
  none: 'green',
  low: 'yellow',
  medium: 'yellow',
  high: 'red',
  critical: ['red', 'bold'],
};

const MAX_SHOWN_TEXT = 2000;

const HEADINGS = {
  en: {
    risk: 'Risk:',
    text: 'The text, with the evidence marked:',
    found: 'Found in the text:',
    todo: 'What to do:',
    help: 'Who can help:',
    language: 'language',
    note: 'note',
  },
  km: {
    risk: 'ហានិភ័យ៖',
    text: 'អត្ថបទ ដោយគូសបញ្ជាក់ភស្តុតាង៖',
    found: 'អ្វីដែលរកឃើញក្នុងអត្ថបទ៖',
    todo: 'អ្វីដែលត្រូវធ្វើ៖',
    help: 'អ្នកដែលអាចជួយ៖',
    language: 'ភាសា',
    note: 'កំណត់ចំណាំ',
  },
} as const;

/** Merges overlapping evidence spans so the highlighted text never repeats a character. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * A person-readable explanation: the verdict, each harm with the words that show it and why,
 * the text with the evidence highlighted, the entities found, what to do and whom to call.
 */
export function renderAnalysis(
  text: string,
  analysis: Analysis,
  { color, language }: { color: boolean; language: 'en' | 'km' },
): string {
  const paint = (style: Style, value: string): string => (color ? styleText(style, value) : value);
  const lines: string[] = [];
  const heading = HEADINGS[language];
  const risk = RISK_LABELS[analysis.risk][language];
  lines.push(
    `${paint('bold', heading.risk)} ${paint(RISK_STYLE[analysis.risk], `${analysis.risk.toUpperCase()} — ${risk}`)}   ${paint('dim', `${heading.language}: ${analysis.language}`)}`,
  );
  for (const warning of analysis.warnings) lines.push(paint('dim', `${heading.note}: ${warning.message}`));
  lines.push('');
  for (const harm of analysis.harms) {
    lines.push(
      `${paint('bold', `● ${HARM_LABELS[harm.type][language]}`)}  ${paint(RISK_STYLE[analysis.risk], `${Math.round(harm.score * 100)}%`)}  ${paint('dim', harm.type)}`,
    );
    for (const indicator of harm.indicators) {
      const quotes = indicator.evidence.map((e) => paint(['red', 'underline'], `"${e.text}"`)).join(', ');
      lines.push(`   - ${indicator.label}${quotes.length > 0 ? `: ${quotes}` : ''}`);
      lines.push(paint('dim', `     ${indicator.explanation}`));
    }
    lines.push('');
  }
  const spans = mergeSpans(analysis.harms.flatMap((h) => h.indicators.flatMap((i) => i.evidence)));
  if (spans.length > 0) {
    const shown = text.slice(0, MAX_SHOWN_TEXT);
    let highlighted = '';
    let cursor = 0;
    for (const span of spans) {
      if (span.start >= shown.length) break;
      highlighted += shown.slice(cursor, span.start);
      const marked = shown.slice(span.start, Math.min(span.end, shown.length));
      highlighted += color ? styleText(['red', 'bold', 'underline'], marked) : `[${marked}]`;
      cursor = Math.min(span.end, shown.length);
    }
    highlighted += shown.slice(cursor);
    if (text.length > MAX_SHOWN_TEXT) highlighted += ' …';
    lines.push(paint('bold', heading.text));
    lines.push(...highlighted.split('\n').map((line) => `   ${line}`));
    lines.push('');
  }
  if (analysis.entities.length > 0) {
    lines.push(paint('bold', heading.found));
    for (const entity of analysis.entities) {
      const usd =
        entity.details?.usd !== undefined && entity.details.currency !== 'USD'
          ? ` (≈ US$${Math.round(entity.details.usd).toLocaleString('en-US')})`
          : '';
      const normal = entity.normalized !== entity.value ? ` → ${entity.normalized}` : '';
      lines.push(`   ${entity.type.padEnd(14)} ${entity.value}${normal}${usd}`);
    }
    lines.push('');
  }
  if (analysis.advice.length > 0) {
    lines.push(paint('bold', heading.todo));
    const seen = new Set<string>();
    for (const advice of analysis.advice) {
      for (const step of advice.steps) {
        if (seen.has(step)) continue;
        seen.add(step);
        lines.push(`   - ${step}`);
      }
    }
    lines.push('');
  }
  if (analysis.hotlines.length > 0) {
    lines.push(paint('bold', heading.help));
    for (const hotline of analysis.hotlines) {
      const contact = [hotline.number, hotline.url].filter((x) => x !== undefined).join('  ');
      lines.push(`   ${hotline.country.padEnd(4)} ${hotline.name}: ${paint('bold', contact)}`);
    }
    lines.push('');
  }
  if (analysis.harms.length === 0) {
    lines.push(
      language === 'km'
        ? 'មិនឃើញសញ្ញាគ្រោះថ្នាក់ទេ។ នៅតែប្រុងប្រយ័ត្ន៖ កុំផ្ញើលុយ ឬលិខិតឆ្លងដែនទៅអ្នកដែលអ្នកមិនស្គាល់។'
        : 'No danger signs were found. Stay careful: never send money, passports or private pictures to people you only know online.',
    );
    lines.push('');
  }
  return lines.join('\n');
}
