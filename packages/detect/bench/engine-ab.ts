/**
 * Two engines measured against each other in one process, round by round in alternation, so that
 * a shared, loaded machine slows both alike (separate runs minutes apart are not comparable).
 * Per round and engine: CPU µs per message of `analyzeText` (no advice) on the `raksa bench`
 * generator's mix, on its messages without any finding, on those with one, and of the
 * conversation analyzer on distinct messages (its cache never answers). Medians are printed.
 *
 *   npx tsx packages/detect/bench/engine-ab.ts BEFORE_SRC_DIR AFTER_SRC_DIR [--messages N] [--rounds R]
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

const [before, after] = process.argv.slice(2).filter((arg) => !arg.startsWith('--') && !/^\d+$/u.test(arg));
if (before === undefined || after === undefined) {
  process.stderr.write('usage: engine-ab.ts BEFORE_SRC_DIR AFTER_SRC_DIR [--messages N] [--rounds R]\n');
  process.exit(2);
}
const count = option('messages', 20_000);
const rounds = option('rounds', 7);
const random = mulberry32(20261201);
const mix = Array.from({ length: count }, () => makeMessage(random, LANGUAGES));
const engines = await Promise.all(
  [before, after].map(async (dir) => (await import(pathToFileURL(resolve(dir, 'index.ts')).href)) as typeof Engine),
);
const detectors = engines.map((engine) => engine.createDetector());

// Split the mix by outcome (with the first engine; the snapshot shows both agree).
const noHit: string[] = [];
const withHit: string[] = [];
for (const text of mix) {
  const analysis = detectors[0]?.analyzeText(text, { includeAdvice: false });
  const hit = analysis !== undefined && (analysis.harms.length > 0 || analysis.entities.length > 0);
  (hit ? withHit : noHit).push(text);
}
const conversation = mix.map((text, i) => ({
  author: i % 3 === 0 ? 'A' : 'B',
  time: null,
  text: `${text}\u200b${i.toString(2).replaceAll('0', '\u200b').replaceAll('1', '\u200c')}`,
}));

type Run = (engine: number) => void;
const sets: Array<[string, number, Run]> = [
  [
    'analyzeText, mix',
    mix.length,
    (e) => mix.forEach((text) => detectors[e]?.analyzeText(text, { includeAdvice: false })),
  ],
  [
    'analyzeText, no hit',
    noHit.length,
    (e) => noHit.forEach((text) => detectors[e]?.analyzeText(text, { includeAdvice: false })),
  ],
  [
    'analyzeText, with hit',
    withHit.length,
    (e) => withHit.forEach((text) => detectors[e]?.analyzeText(text, { includeAdvice: false })),
  ],
  [
    'conversation analyzer, distinct messages',
    conversation.length,
    (e) => {
      const analyzer = engines[e]?.createConversationAnalyzer();
      for (const message of conversation) analyzer?.push(message);
    },
  ],
];

const out = [`node ${process.version}, ${rounds} alternating rounds, median CPU µs per message`, ''];
out.push(`| set | messages | before | after | after / before |`, '|---|---:|---:|---:|---:|');
for (const [name, n, run] of sets) {
  run(0); // warm up both
  run(1);
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const engine of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = cpuMicros();
      run(engine);
      times[engine]?.push((cpuMicros() - start) / n);
    }
  }
  const [b, a] = [median(times[0]), median(times[1])];
  out.push(`| ${name} | ${n} | ${b.toFixed(1)} | ${a.toFixed(1)} | ${(a / b).toFixed(2)} |`);
}
process.stdout.write(`${out.join('\n')}\n`);
