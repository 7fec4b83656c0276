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
import { makeMessage } from '../../cli/src/bench/generate-corpus.ts';
import type * as Engine from '../src/index.ts';
import type * as Matcher from '../src/match/match-indicators.ts';

const engineDir = process.argv.includes('--engine')
  ? resolve(process.argv[process.argv.indexOf('--engine') + 1] ?? '.')
  : resolve(import.meta.dirname, '../src');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(engineDir, path)).href)) as T;
const { createDetector, extractEntities, identifyLanguage, normalizeText } = await load<typeof Engine>('index.ts');
const { matchIndicators } = await load<typeof Matcher>('match/match-indicators.ts');

const LANGUAGES = ['en', 'km', 'zh', 'th', 'vi', 'id', 'my', 'lo', 'tl'];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The same seeded generator as `raksa bench`, so the mix matches the scan benchmark's corpus. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

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
