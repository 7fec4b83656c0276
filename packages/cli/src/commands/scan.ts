import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { numberOption, parseCommandArgs } from '../args.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError, write, type Io } from '../io.ts';
import { makeBatch, type BatchResult } from '../scan/batch.ts';
import { readLines, type Line } from '../scan/read-lines.ts';
import { DEFAULT_CACHE_LINES, scanLine, type ScanOptions } from '../scan/scan-line.ts';

const HELP = `Usage: raksa scan [options] [FILE | -]

Reads JSONL lines {"id": string, "text": string, "lang"?: string} and writes one JSONL result per
line, in the same order. A malformed line gives an output line with an "error" field; the run
continues and the exit status is 1 if any line failed.

Options:
  --threshold N       report harms scoring at least N (0..1, default 0.5)
  --workers N         analyse on N worker threads (default 1: in this thread)
  --max-chars N       characters analysed per message (default 100000)
  --max-line-bytes N  longer input lines are rejected, not buffered (default 16777216)
  --no-screen         analyse every message fully instead of first screening the raw bytes
                      (same output, slower; for measuring the screen)
  --cache-lines N     remember the results of the last N fully analysed texts, so a repeated
                      text (the same spam or job ad) is not analysed again (default 4096; 0: off)
`;

const BATCH_LINES = 512;
const OUTPUT_FLUSH_CHARS = 1 << 16;
const PROGRESS_EVERY_MS = 500;

class Progress {
  private lines = 0;
  private bytes = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(
    private readonly stream: Io['stderr'],
    private readonly enabled: boolean,
  ) {}
  add(lines: number, bytes: number): void {
    this.lines += lines;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < PROGRESS_EVERY_MS) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    this.stream.write(
      `\rscanned ${this.lines.toLocaleString('en-US')} lines, ${(this.bytes / 1e6).toFixed(1)} MB, ${Math.round(this.lines / seconds).toLocaleString('en-US')} lines/s   `,
    );
  }
  done(): void {
    if (this.enabled && this.lines > 0) this.stream.write('\n');
  }
}

async function openInput(path: string | undefined, io: Io): Promise<Readable> {
  if (path === undefined || path === '-') return io.stdin;
  const info = await stat(path).catch((error: unknown) => {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  });
  if (!info.isFile()) throw new UsageError(`${path} is not a file`);
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

async function scanInThread(
  lines: AsyncIterable<Line>,
  options: ScanOptions,
  io: Io,
  progress: Progress,
): Promise<number> {
  let failed = 0;
  let buffer = '';
  for await (const line of lines) {
    const result = scanLine(line.bytes, line.number, line.size, options);
    if (result.failed) failed++;
    buffer += `${result.output}\n`;
    progress.add(1, line.size + 1);
    if (buffer.length >= OUTPUT_FLUSH_CHARS) {
      await write(io.stdout, buffer);
      buffer = '';
    }
  }
  if (buffer.length > 0) await write(io.stdout, buffer);
  return failed;
}

async function scanInWorkers(
  lines: AsyncIterable<Line>,
  options: ScanOptions,
  workerCount: number,
  io: Io,
  progress: Progress,
): Promise<number> {
  const workers = Array.from(
    { length: workerCount },
    () => new Worker(new URL('../../bin/scan-worker.js', import.meta.url), { workerData: options }),
  );
  const results = new Map<number, BatchResult>();
  let nextToWrite = 0;
  let sent = 0;
  let failed = 0;
  let wake: (() => void) | undefined;
  let workerError: Error | undefined;
  for (const worker of workers) {
    worker.on('message', (result: BatchResult) => {
      results.set(result.seq, result);
      wake?.();
    });
    worker.on('error', (error) => {
      workerError = error;
      wake?.();
    });
  }
  const waitForResult = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  const flushReady = async (): Promise<void> => {
    for (let ready = results.get(nextToWrite); ready !== undefined; ready = results.get(nextToWrite)) {
      results.delete(nextToWrite);
      nextToWrite++;
      failed += ready.failed;
      await write(io.stdout, ready.output);
    }
  };
  const send = async (batch: Line[]): Promise<void> => {
    while (sent - nextToWrite >= workerCount * 2) {
      if (workerError !== undefined) throw workerError;
      await waitForResult();
      await flushReady();
    }
    const message = makeBatch(sent, batch);
    workers[sent % workerCount]?.postMessage(message, [message.data.buffer as ArrayBuffer]);
    sent++;
    progress.add(
      batch.length,
      batch.reduce((sum, line) => sum + line.size + 1, 0),
    );
  };
  try {
    let batch: Line[] = [];
    for await (const line of lines) {
      batch.push(line);
      if (batch.length === BATCH_LINES) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await send(batch);
    while (nextToWrite < sent) {
      if (workerError !== undefined) throw workerError;
      await flushReady();
      if (nextToWrite < sent) await waitForResult();
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return failed;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    threshold: { type: 'string' },
    workers: { type: 'string' },
    'max-chars': { type: 'string' },
    'max-line-bytes': { type: 'string' },
    'no-screen': { type: 'boolean' },
    'cache-lines': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError('give at most one input file');
  const options: ScanOptions = {
    threshold: numberOption(values['threshold'], 'threshold', { min: 0, max: 1 }) ?? 0.5,
    maxChars: numberOption(values['max-chars'], 'max-chars', { min: 1, max: 10_000_000 }) ?? 100_000,
    screen: values['no-screen'] !== true,
    cacheLines: Math.floor(
      numberOption(values['cache-lines'], 'cache-lines', { min: 0, max: 1_000_000 }) ?? DEFAULT_CACHE_LINES,
    ),
  };
  const workerCount = numberOption(values['workers'], 'workers', { min: 1, max: 64 }) ?? 1;
  const maxLineBytes =
    numberOption(values['max-line-bytes'], 'max-line-bytes', { min: 1024, max: 1 << 30 }) ?? 16 * 1024 * 1024;
  const input = await openInput(positionals[0], io);
  const progress = new Progress(io.stderr, io.stderr.isTTY === true);
  const lines = readLines(input, maxLineBytes);
  const failed =
    workerCount === 1
      ? await scanInThread(lines, options, io, progress)
      : await scanInWorkers(lines, options, workerCount, io, progress);
  progress.done();
  if (failed > 0) io.stderr.write(`raksa scan: ${failed} line(s) could not be analysed; see their "error" fields\n`);
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}
