/** What the engine's benchmarks share: the corpus languages, numeric options, CPU time and medians. */
export { makeMessage, mulberry32 } from '../../cli/src/bench/generate-corpus.ts';

/** The languages of the `raksa bench` generator's mix. */
export const BENCH_LANGUAGES = ['en', 'km', 'zh', 'th', 'vi', 'id', 'my', 'lo', 'tl'];

/** A positive whole-number option `--name N` of the command line, or `fallback`. */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** This process's CPU time so far (user + system), in µs. */
export function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
