import type { LanguageIdentificationRow } from './language-identification.ts';
import type { BinaryMetrics, CalibrationBucket, GroupMetrics, HarmMetrics } from './metrics.ts';

export interface SourceReport {
  source: string;
  mapping?: string;
  overall: BinaryMetrics;
  byLanguage: { language: string; metrics: BinaryMetrics }[];
  byHarm: HarmMetrics[];
  byGroup: GroupMetrics[];
  calibration: CalibrationBucket[];
  /** Per labelled language (rows with a `lang`), how often the identifier named it, without the hint. */
  languageIdentification: LanguageIdentificationRow[];
}

const pct = (value: number | null): string => (value === null ? '–' : value.toFixed(3));

function binaryRow(name: string, m: BinaryMetrics): string {
  return `| ${name} | ${m.rows} | ${m.positives} | ${m.negatives} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${pct(m.falsePositiveRate)} |`;
}

const BINARY_HEADER = [
  '| | rows | positives | negatives | precision | recall | F1 | FPR |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
];

/** The evaluation as Markdown tables, as pasted into docs/quality.md. */
export function renderMarkdown(reports: readonly SourceReport[], command: string): string {
  const out: string[] = [`Command: \`${command}\``, ''];
  for (const report of reports) {
    out.push(`### ${report.source}`, '');
    if (report.mapping !== undefined) out.push(`Label mapping: ${report.mapping}`, '');
    out.push(...BINARY_HEADER, binaryRow('all', report.overall));
    for (const { language, metrics } of report.byLanguage) out.push(binaryRow(language, metrics));
    out.push('');
    if (report.byHarm.length > 0) {
      out.push('| harm | positives | precision | recall | F1 | FPR |', '|---|---:|---:|---:|---:|---:|');
      for (const m of report.byHarm)
        out.push(
          `| ${m.harm} | ${m.positives} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${pct(m.falsePositiveRate)} |`,
        );
      out.push('');
    }
    if (report.calibration.some((bucket) => bucket.pairs > 0)) {
      out.push('| score | (text, harm) pairs | share labelled with the harm |', '|---|---:|---:|');
      for (const b of report.calibration)
        out.push(
          `| ${b.from.toFixed(1)}–${(b.from + 0.1).toFixed(1)} | ${b.pairs} | ${b.pairs === 0 ? '–' : b.labelled.toFixed(2)} |`,
        );
      out.push('');
    }
    if (report.byGroup.length > 1 || report.byGroup[0]?.group !== 'positive') {
      out.push('| group | rows | flagged |', '|---|---:|---:|');
      for (const g of report.byGroup) out.push(`| ${g.group} | ${g.rows} | ${pct(g.flagged)} |`);
      out.push('');
    }
    if (report.languageIdentification.length > 0) {
      out.push(
        '| labelled language | rows | identified as it | identified instead |',
        '|---|---:|---:|---|',
        ...report.languageIdentification.map(
          (l) =>
            `| ${l.language} | ${l.rows} | ${pct(l.share)} | ${l.confusions.map((c) => `${c.language} ${c.rows}`).join(', ') || '–'} |`,
        ),
        '',
      );
    }
  }
  return out.join('\n');
}
