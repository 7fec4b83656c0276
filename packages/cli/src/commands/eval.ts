import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText, HARMS } from '@raksa/detect';
import { numberOption, parseCommandArgs } from '../args.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError, write, type Io } from '../io.ts';
import { ADAPTERS, findAdapter } from '../eval/adapters/index.ts';
import type { EvalRow } from '../eval/dataset.ts';
import { loadLabelledFile } from '../eval/load-labelled.ts';
import { binaryMetrics, groupBy, groupMetrics, harmMetrics, type Outcome } from '../eval/metrics.ts';
import { renderMarkdown, type SourceReport } from '../eval/report.ts';

const HELP = `Usage: raksa eval [options] [FILE ...]

Measures precision, recall, F1 and false-positive rate per harm, per language and per group on
labelled JSONL files ({"id","text","labels":[harm…],"lang"?,"kind"?}) and on the public datasets.

Options:
  --dataset NAME      a public dataset (repeatable), or "all": ${ADAPTERS.map((a) => a.name).join(', ')}
  --shared-dir DIR    where the public datasets are (default: ../shared/eval beside the repository,
                      or RAKSA_SHARED_EVAL)
  --threshold N       report harms scoring at least N (default 0.5)
  --json              print the metrics as JSON instead of Markdown
`;

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

function evaluate(source: string, rows: readonly EvalRow[], threshold: number, mapping?: string): SourceReport {
  const outcomes: Outcome[] = rows.map((row) => {
    const analysis = analyzeText(row.text, { threshold, includeAdvice: false, ...(row.lang !== undefined ? { lang: row.lang } : {}) });
    return { row, language: row.lang ?? analysis.language, predicted: analysis.harms.map((harm) => harm.type) };
  });
  return {
    source,
    ...(mapping !== undefined ? { mapping } : {}),
    overall: binaryMetrics(outcomes),
    byLanguage: [...groupBy(outcomes, (o) => o.language).entries()].map(([language, list]) => ({ language, metrics: binaryMetrics(list) })),
    byHarm: harmMetrics(outcomes),
    byGroup: groupMetrics(outcomes),
  };
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    dataset: { type: 'string', multiple: true },
    'shared-dir': { type: 'string' },
    threshold: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const threshold = numberOption(values['threshold'], 'threshold', { min: 0, max: 1 }) ?? 0.5;
  const requested = (values['dataset'] as unknown as string[] | undefined) ?? [];
  const adapters = requested.includes('all') ? [...ADAPTERS] : requested.map((name) => {
    const adapter = findAdapter(name);
    if (adapter === undefined) throw new UsageError(`unknown dataset "${name.slice(0, 40)}"; one of ${ADAPTERS.map((a) => a.name).join(', ')}, all`);
    return adapter;
  });
  if (positionals.length === 0 && adapters.length === 0) throw new UsageError('give labelled JSONL files or --dataset NAME');
  const sharedDir = typeof values['shared-dir'] === 'string' ? resolve(values['shared-dir']) : (io.env['RAKSA_SHARED_EVAL'] ?? resolve(REPOSITORY_ROOT, '..', 'shared', 'eval'));

  const reports: SourceReport[] = [];
  let failed = false;
  for (const file of positionals) {
    const { rows, errors } = await loadLabelledFile(file);
    for (const error of errors) io.stderr.write(`raksa eval: invalid_row: ${error}\n`);
    if (errors.length > 0) failed = true;
    reports.push(evaluate(file, rows, threshold));
  }
  for (const adapter of adapters) {
    const rows = await adapter.load(sharedDir);
    reports.push(evaluate(adapter.name, rows, threshold, adapter.mapping));
  }
  const command = ['raksa eval', ...args].join(' ');
  if (values['json'] === true) await write(io.stdout, `${JSON.stringify({ command, threshold, harms: HARMS, reports }, null, 2)}\n`);
  else await write(io.stdout, `${renderMarkdown(reports, command)}\n`);
  return failed ? EXIT_FAILURE : EXIT_OK;
}
