/**
 * Per-message cost of `analyzeText` on short messages, one core, in CPU time (process.cpuUsage:
 * the machine may be loaded by other work, so wall time would mislead). Three sets:
 *
 * - mix: the `raksa bench` generator's messages (everyday chat in the nine languages with
 *   disguises, numbers, emoji and 3 % lures);
 * - no-hit: the mix's messages whose analysis has no harm, no entity and no warning;
 * - with-hit: the mix's messages with a harm or an entity.
 *
 * Each set is analysed `--rounds` times (default 7); the median µs per message is printed, and the
 * per-stage medians (normalise, language, match, entities) for the mix.
 *
 *   npx tsx packages/detect/bench/message-bench.ts [--messages N] [--rounds R] [--engine DIR]
 *
 * `--engine DIR`: the engine's `src` directory to measure (default: this package's), e.g. a copy
 * of the sources before a change, measured in the same conditions as the change.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BENCH_LANGUAGES as LANGUAGES,
  cpuMicros,
  makeMessage,
  median,
  mulberry32,
  numberOption as option,
} from './bench-support.ts';
import type * as Engine from '../src/index.ts';
import type * as Matcher from '../src/match/match-indicators.ts';

const engineDir = process.argv.includes('--engine')
  ? resolve(process.argv[process.argv.indexOf('--engine') + 1] ?? '.')
  : resolve(import.meta.dirname, '../src');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(engineDir, path)).href)) as T;
const { createDetector, extractEntities, identifyLanguage, normalizeText } = await load<typeof Engine>('index.ts');
const { matchIndicators } = await load<typeof Matcher>('match/match-indicators.ts');

/** Median CPU µs per text of `run` over the texts, `rounds` times. */
function measure(texts: readonly string[], rounds: number, run: (text: string) => unknown): number {
  const perMessage: number[] = [];
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const before = cpuMicros();
    for (const text of texts) if (run(text) !== undefined) sink++;
    perMessage.push((cpuMicros() - before) / texts.length);
  }
  if (sink < 0) throw new Error('unreachable');
  return median(perMessage);
}

const count = option('messages', 20_000);
const rounds = option('rounds', 7);
const random = mulberry32(20261201);
const mix = Array.from({ length: count }, () => makeMessage(random, LANGUAGES));
const detector = createDetector();
const analyze = (text: string): unknown => detector.analyzeText(text, { includeAdvice: false });

// Warm up (JIT, lazy tables), and split the mix by outcome.
const noHit: string[] = [];
const withHit: string[] = [];
for (const text of mix) {
  const analysis = detector.analyzeText(text, { includeAdvice: false });
  const hit = analysis.harms.length > 0 || analysis.entities.length > 0 || analysis.warnings.length > 0;
  (hit ? withHit : noHit).push(text);
}

const rows: Array<[string, number, number]> = [
  ['mix', mix.length, measure(mix, rounds, analyze)],
  ['no-hit', noHit.length, measure(noHit, rounds, analyze)],
  ['with-hit', withHit.length, measure(withHit, rounds, analyze)],
  ['stage: normalise (mix)', mix.length, measure(mix, rounds, normalizeText)],
  ['stage: language (mix)', mix.length, measure(mix, rounds, identifyLanguage)],
  [
    'stage: match (mix, normalised beforehand)',
    mix.length,
    (() => {
      const normalized = mix.map((text) => normalizeText(text));
      let i = 0;
      return measure(mix, rounds, () => matchIndicators(detector.catalog, normalized[i++ % normalized.length]!));
    })(),
  ],
  ['stage: entities (mix)', mix.length, measure(mix, rounds, (text) => extractEntities(text))],
];

const out = [`node ${process.version}, ${rounds} rounds, median CPU µs per message`, ''];
out.push('| set | messages | µs/message |', '|---|---:|---:|');
for (const [name, n, micros] of rows) out.push(`| ${name} | ${n} | ${micros.toFixed(1)} |`);
process.stdout.write(`${out.join('\n')}\n`);
