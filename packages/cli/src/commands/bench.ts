import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG, compileCatalog } from '@raksa/detect';
import { numberOption, parseCommandArgs } from '../args.ts';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { generateWhatsAppExport } from '../eval/conversation-synthetic-export.ts';
import { EXIT_OK, UsageError, write, type Io } from '../io.ts';

const HELP = `Usage: raksa bench [options]

Measures whole-process scanning throughput of \`raksa scan\` against \`rg -F -f\` given the engine's
own literals, on a generated multilingual corpus of short messages (made once, deterministically).
Prints a Markdown table: seconds, MB/s, messages/s and peak memory.

With --conversation, measures \`raksa analyze\` instead: generates synthetic WhatsApp exports
(mostly everyday family chat, about 2 % lure messages) and reports, per export, the import and
analysis time on one core, the whole process's wall time and peak RSS, and RSS before and after.

Options:
  --size-mb N     corpus size in MB (default 200)
  --workers LIST  worker counts for raksa scan, comma-separated (default 1,2)
  --dir DIR       where the corpus and literals are kept (default .bench)
  --conversation  benchmark chat-export analysis (raksa analyze) instead of scanning
  --messages LIST with --conversation: export sizes in messages (default 100000,1000000)
  --distinct      with --conversation: every message text unique (a nickname per message), so the
                  analyzer's cache of repeated lines never answers (the worst case)
`;

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'raksa.js');

interface Measurement {
  tool: string;
  seconds: number;
  peakMiB: number | null;
  outputBytes: number;
}

/** Runs a command under /usr/bin/time, reading all of its output through a pipe (so no tool can skip work). */
function runMeasured(
  tool: string,
  command: string,
  args: string[],
): Promise<{ measurement: Measurement; stderr: string; status: number | null }> {
  const useTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const child = useTime
    ? spawn('/usr/bin/time', ['-f', 'peak_kb=%M', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let outputBytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (outputBytes += chunk.length));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peak = /peak_kb=(\d+)/u.exec(stderr);
      resolvePromise({
        measurement: { tool, seconds, peakMiB: peak?.[1] !== undefined ? Number(peak[1]) / 1024 : null, outputBytes },
        stderr,
        status,
      });
    });
  });
}

async function measure(tool: string, command: string, args: string[]): Promise<Measurement> {
  return (await runMeasured(tool, command, args)).measurement;
}

function hasRipgrep(): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const child = spawn('rg', ['--version'], { stdio: 'ignore' });
    child.on('error', () => resolvePromise(false));
    child.on('close', (code) => resolvePromise(code === 0));
  });
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    'size-mb': { type: 'string' },
    workers: { type: 'string' },
    dir: { type: 'string' },
    conversation: { type: 'boolean' },
    messages: { type: 'string' },
    distinct: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (values['conversation'] === true) {
    const sizes = (typeof values['messages'] === 'string' ? values['messages'] : '100000,1000000')
      .split(',')
      .map((m) => {
        const count = Number(m);
        if (!Number.isInteger(count) || count < 1 || count > 100_000_000)
          throw new UsageError(`--messages takes counts from 1 to 100000000, received "${m.slice(0, 12)}"`);
        return count;
      });
    const dir = resolve(typeof values['dir'] === 'string' ? values['dir'] : '.bench');
    return benchConversations(sizes, dir, values['distinct'] === true, io);
  }
  if (values['messages'] !== undefined) throw new UsageError('--messages applies to --conversation only');
  if (values['distinct'] !== undefined) throw new UsageError('--distinct applies to --conversation only');
  const sizeMb = numberOption(values['size-mb'], 'size-mb', { min: 1, max: 100_000 }) ?? 200;
  const workerCounts = (typeof values['workers'] === 'string' ? values['workers'] : '1,2').split(',').map((w) => {
    const count = Number(w);
    if (!Number.isInteger(count) || count < 1 || count > 64)
      throw new UsageError(`--workers takes counts from 1 to 64, received "${w.slice(0, 10)}"`);
    return count;
  });
  const dir = resolve(typeof values['dir'] === 'string' ? values['dir'] : '.bench');
  mkdirSync(dir, { recursive: true });
  const corpus = join(dir, `corpus-${sizeMb}mb.jsonl`);
  if (!existsSync(corpus)) {
    io.stderr.write(`generating ${sizeMb} MB corpus at ${corpus}…\n`);
    await generateCorpus(corpus, sizeMb * 1e6);
  }
  const bytes = statSync(corpus).size;
  const messages = await countLines(corpus);
  const literalsFile = join(dir, 'literals.txt');
  const { literals } = compileCatalog(CATALOG);
  writeFileSync(literalsFile, `${literals.join('\n')}\n`);

  const results: Measurement[] = [];
  if (await hasRipgrep()) {
    results.push(await measure('rg -F -f literals (1 thread)', 'rg', ['-F', '-j', '1', '-f', literalsFile, corpus]));
    results.push(await measure('rg -F -f literals (default threads)', 'rg', ['-F', '-f', literalsFile, corpus]));
  } else io.stderr.write('ripgrep is not installed (apt-get install ripgrep); measuring raksa only\n');
  for (const count of workerCounts) {
    results.push(
      await measure(`raksa scan --workers ${count}`, process.execPath, [
        BIN,
        'scan',
        corpus,
        '--workers',
        String(count),
      ]),
    );
  }
  const table = [
    `Corpus: ${(bytes / 1e6).toFixed(1)} MB, ${messages.toLocaleString('en-US')} messages; ${literals.length.toLocaleString('en-US')} literals. Machine: ${await cpuModel()}, Node ${process.version}.`,
    '',
    '| command | seconds | MB/s | messages/s | peak RSS MiB | output MB |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.tool} | ${r.seconds.toFixed(2)} | ${(bytes / 1e6 / r.seconds).toFixed(1)} | ${Math.round(messages / r.seconds).toLocaleString('en-US')} | ${r.peakMiB === null ? '–' : r.peakMiB.toFixed(0)} | ${(r.outputBytes / 1e6).toFixed(1)} |`,
    ),
    '',
  ].join('\n');
  await write(io.stdout, table);
  return EXIT_OK;
}

async function countLines(path: string): Promise<number> {
  const { createReadStream } = await import('node:fs');
  let count = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) count++;
  }
  return count;
}

async function cpuModel(): Promise<string> {
  const { cpus } = await import('node:os');
  const list = cpus();
  return `${list.length} × ${list[0]?.model.trim() ?? 'unknown CPU'}`;
}

interface ConversationTimings {
  messages: number;
  setupMs: number;
  importMs: number;
  analysisMs: number;
  totalMs: number;
  cpuMs: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
}

/** `raksa analyze --json --timings` on generated WhatsApp exports, one process each, under /usr/bin/time. */
async function benchConversations(sizes: readonly number[], dir: string, distinct: boolean, io: Io): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const rows: string[] = [];
  const commands: string[] = [];
  for (const messages of sizes) {
    const file = join(dir, `whatsapp-${messages}${distinct ? '-distinct' : ''}.txt`);
    if (!existsSync(file)) {
      io.stderr.write(`generating a ${messages.toLocaleString('en-US')}-message WhatsApp export at ${file}…\n`);
      await generateWhatsAppExport(file, messages, { distinct });
    }
    const args = [BIN, 'analyze', file, '--json', '--timings'];
    commands.push(`node ${args.join(' ')} > /dev/null`);
    const { measurement, stderr, status } = await runMeasured(`raksa analyze ${messages}`, process.execPath, args);
    if (status !== 0) throw new Error(`raksa analyze exited with status ${String(status)}: ${stderr.slice(0, 500)}`);
    const line = /timings: (\{.*\})/u.exec(stderr)?.[1];
    if (line === undefined) throw new Error(`raksa analyze printed no timings: ${stderr.slice(0, 500)}`);
    const timings = JSON.parse(line) as ConversationTimings;
    rows.push(
      `| ${timings.messages.toLocaleString('en-US')} | ${(statSync(file).size / 1e6).toFixed(1)} | ${(timings.totalMs / 1000).toFixed(2)} | ${(timings.cpuMs / 1000).toFixed(2)} | ${(timings.importMs / 1000).toFixed(2)} | ${(timings.analysisMs / 1000).toFixed(2)} | ${(timings.setupMs / 1000).toFixed(2)} | ${measurement.seconds.toFixed(2)} | ${measurement.peakMiB === null ? '–' : measurement.peakMiB.toFixed(0)} | ${timings.rssBeforeMiB.toFixed(0)} → ${timings.rssAfterMiB.toFixed(0)} |`,
    );
  }
  const table = [
    `Machine: ${await cpuModel()}, Node ${process.version}; load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end. One process per export, one thread.${distinct ? ' Every message text unique (--distinct).' : ''}`,
    'Wall times grow when other processes share the cores; CPU s (user + system of the import and analysis) much less.',
    '',
    '| messages | MB | import + analysis s | CPU s | of which import s | of which analysis s | catalogue compile s | process wall s | peak RSS MiB | RSS before → after MiB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'Commands:',
    ...commands.map((command) => `    ${command}`),
    '',
  ].join('\n');
  await write(io.stdout, table);
  return EXIT_OK;
}
