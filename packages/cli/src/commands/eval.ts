import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText, HARMS, identifyLanguage, type Analysis } from '@raksa/detect';
import { evaluateConversations } from '../eval/conversation-evaluation.ts';
import { numberOption, parseCommandArgs } from '../args.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError, write, type Io } from '../io.ts';
import { ADAPTERS, findAdapter } from '../eval/adapters/index.ts';
import type { EvalRow } from '../eval/dataset.ts';
import { languageIdentification } from '../eval/language-identification.ts';
import { loadLabelledFile } from '../eval/load-labelled.ts';
import {
  binaryMetrics,
  calibration,
  groupBy,
  groupMetrics,
  harmMetrics,
  isDetected,
  type Outcome,
} from '../eval/metrics.ts';
import { renderMarkdown, type SourceReport } from '../eval/report.ts';

const HELP = `Usage: raksa eval [options] [FILE ...]

Measures precision, recall, F1 and false-positive rate per harm, per language and per group on
labelled JSONL files ({"id","text","labels":[harm…],"lang"?,"kind"?}) and on the public datasets.

With --conversations, the files hold labelled conversations instead
({"id","language","label":{"harms","offender","target","stages","group"},"messages":[…]}), and the
conversation-level figures are printed: per-harm recall and precision, the right offender, the
alert before the sexualisation or threat stage, the median message of the alert, and hard
negatives with an alert, overall and per language.

Options:
  --conversations     the files are labelled conversations (see above)
  --dataset NAME      a public dataset (repeatable), or "all": ${ADAPTERS.map((a) => a.name).join(', ')}
  --shared-dir DIR    where the public datasets are (default: ../shared/eval beside the repository,
                      or RAKSA_SHARED_EVAL)
  --threshold N       report harms scoring at least N (default 0.5)
  --json              print the metrics as JSON instead of Markdown
  --show-errors       also list every missed positive and every false positive (id, harm, score, text)
`;

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

const EXCERPT_CHARS = 160;

/** `corpus/dev/*.jsonl (9 files)` rather than nine paths. */
function describeFiles(files: readonly string[]): string {
  if (files.length === 1) return files[0] ?? '';
  const dirs = new Set(files.map((file) => dirname(file)));
  return dirs.size === 1 ? `${[...dirs][0]}/*.jsonl (${files.length} files)` : `${files.length} files`;
}

/** One line per error: a labelled harm that was not reported, or a harm reported on a row without it. */
function describeErrors(outcomes: readonly Outcome[], analyses: readonly Analysis[]): string[] {
  const lines: string[] = [];
  outcomes.forEach((outcome, i) => {
    const analysis = analyses[i];
    if (analysis === undefined) return;
    const { row, predicted } = outcome;
    const excerpt = row.text.replace(/\s+/gu, ' ').slice(0, EXCERPT_CHARS);
    if (row.labels.length > 0 && !isDetected(outcome)) {
      const best = (row.accept ?? row.labels).map((harm) => `${harm}=${analysis.scores[harm].toFixed(2)}`).join(' ');
      lines.push(`missed  ${row.id} [${row.group ?? ''}] ${best} :: ${excerpt}`);
    } else if (row.accept === undefined) {
      for (const harm of row.labels.filter((h) => !predicted.includes(h))) {
        lines.push(
          `missed  ${row.id} [${row.group ?? ''}] ${harm}=${analysis.scores[harm].toFixed(2)} (found ${predicted.join(',')}) :: ${excerpt}`,
        );
      }
    }
    const unexpected =
      row.labels.length === 0
        ? predicted
        : row.accept === undefined
          ? predicted.filter((h) => !row.labels.includes(h))
          : [];
    for (const harm of unexpected) {
      const ids =
        analysis.harms
          .find((h) => h.type === harm)
          ?.indicators.map((indicator) => indicator.id)
          .join(',') ?? '';
      lines.push(
        `false+  ${row.id} [${row.group ?? ''}] ${harm}=${analysis.scores[harm].toFixed(2)} via ${ids} :: ${excerpt}`,
      );
    }
  });
  return lines;
}

function evaluate(
  source: string,
  rows: readonly EvalRow[],
  threshold: number,
  mapping?: string,
): { report: SourceReport; errors: string[] } {
  const analyses = rows.map((row) =>
    analyzeText(row.text, { threshold, includeAdvice: false, ...(row.lang !== undefined ? { lang: row.lang } : {}) }),
  );
  // A public dataset's labels are coarser than Raksa's harms (a "scam" row is accepted as scam,
  // recruitment fraud or a predatory loan): per-harm and calibration figures would count only its
  // negatives and read as if the engine never found a labelled harm, so they are not computed.
  const mappedLabels = rows.some((row) => row.accept !== undefined);
  const outcomes: Outcome[] = rows.map((row, i) => ({
    row,
    language: row.lang ?? analyses[i]?.language ?? 'und',
    predicted: analyses[i]?.harms.map((harm) => harm.type) ?? [],
  }));
  return {
    errors: describeErrors(outcomes, analyses),
    report: {
      source,
      ...(mapping !== undefined ? { mapping } : {}),
      overall: binaryMetrics(outcomes),
      byLanguage: [...groupBy(outcomes, (o) => o.language).entries()].map(([language, list]) => ({
        language,
        metrics: binaryMetrics(list),
      })),
      byHarm: mappedLabels ? [] : harmMetrics(outcomes),
      byGroup: groupMetrics(outcomes),
      // The analyses above had the row's language as a hint; the identifier is measured without it.
      languageIdentification: languageIdentification(
        rows.map((row) => ({ labelled: row.lang, identified: identifyLanguage(row.text).language })),
      ),
      calibration: mappedLabels
        ? []
        : calibration(
            rows.flatMap((row, i) =>
              HARMS.map((harm) => ({ score: analyses[i]?.scores[harm] ?? 0, labelled: row.labels.includes(harm) })),
            ),
          ),
    },
  };
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    dataset: { type: 'string', multiple: true },
    'shared-dir': { type: 'string' },
    threshold: { type: 'string' },
    json: { type: 'boolean' },
    'show-errors': { type: 'boolean' },
    conversations: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const threshold = numberOption(values['threshold'], 'threshold', { min: 0, max: 1 }) ?? 0.5;
  if (values['conversations'] === true) {
    if (values['dataset'] !== undefined) throw new UsageError('--conversations does not take --dataset');
    if (positionals.length === 0) throw new UsageError('give labelled conversation JSONL files');
    return evaluateConversations(positionals, {
      threshold,
      json: values['json'] === true,
      showErrors: values['show-errors'] === true,
      command: ['raksa eval', ...args].join(' '),
      io,
    });
  }
  const requested = (values['dataset'] as unknown as string[] | undefined) ?? [];
  const adapters = requested.includes('all')
    ? [...ADAPTERS]
    : requested.map((name) => {
        const adapter = findAdapter(name);
        if (adapter === undefined)
          throw new UsageError(
            `unknown dataset "${name.slice(0, 40)}"; one of ${ADAPTERS.map((a) => a.name).join(', ')}, all`,
          );
        return adapter;
      });
  if (positionals.length === 0 && adapters.length === 0)
    throw new UsageError('give labelled JSONL files or --dataset NAME');
  const sharedDir =
    typeof values['shared-dir'] === 'string'
      ? resolve(values['shared-dir'])
      : (io.env['RAKSA_SHARED_EVAL'] ?? resolve(REPOSITORY_ROOT, '..', 'shared', 'eval'));

  const reports: SourceReport[] = [];
  const errorLines: string[] = [];
  let failed = false;
  if (positionals.length > 0) {
    const rows: EvalRow[] = [];
    for (const file of positionals) {
      const loaded = await loadLabelledFile(file);
      for (const error of loaded.errors) io.stderr.write(`raksa eval: invalid_row: ${error}\n`);
      if (loaded.errors.length > 0) failed = true;
      rows.push(...loaded.rows);
    }
    const { report, errors: rowErrors } = evaluate(describeFiles(positionals), rows, threshold);
    reports.push(report);
    errorLines.push(...rowErrors);
  }
  for (const adapter of adapters) {
    const rows = await adapter.load(sharedDir);
    const { report, errors: rowErrors } = evaluate(adapter.name, rows, threshold, adapter.mapping);
    reports.push(report);
    errorLines.push(...rowErrors);
  }
  const command = ['raksa eval', ...args].join(' ');
  if (values['json'] === true)
    await write(io.stdout, `${JSON.stringify({ command, threshold, harms: HARMS, reports }, null, 2)}\n`);
  else await write(io.stdout, `${renderMarkdown(reports, command)}\n`);
  if (values['show-errors'] === true)
    await write(io.stdout, `\nErrors (${errorLines.length}):\n${errorLines.join('\n')}\n`);
  return failed ? EXIT_FAILURE : EXIT_OK;
}
