import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { streamChat, CHAT_FORMATS, type ChatFormat, type ImportWarning, type StreamSummary } from '@raksa/chat';
import { createConversationAnalyzer, type ConversationAnalysis, type ConversationMessage } from '@raksa/detect';
import { numberOption, parseCommandArgs } from '../args.ts';
import { analyzeBatchLine } from '../conversation-report/batch-line.ts';
import { renderHtmlReport } from '../conversation-report/html-report.ts';
import { redactAnalysis, redactorFor } from '@raksa/detect';
import { buildReportModel } from '../conversation-report/report-model.ts';
import type { ReportLanguage } from '../conversation-report/strings.ts';
import { renderSummaryText } from '../conversation-report/summary-text.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError, useColor, write, type Io } from '../io.ts';
import { readLines } from '../scan/read-lines.ts';

const HELP = `Usage: raksa analyze [options] EXPORT
       raksa analyze --jsonl FILE

Reads a whole chat export and says, in plain words, what is happening, who is who, since when,
the stages with their dates, the messages that show it and what to do now. The format is
detected: WhatsApp .txt or .zip, Telegram result.json, Messenger or Instagram JSON, LINE .txt,
Discord JSON, CSV or JSONL with author, time and text. Use - for standard input.
Everything runs on this computer; nothing is uploaded.

Options:
  --json              print the analysis as JSON instead of the summary
  --report FILE       also write a self-contained HTML report (works offline, prints well)
  --lang L            language of the summary and report: en (default) or km
  --redact            hide names, phone numbers, e-mail addresses and account names
                      (Person A, Person B…) in the summary, the JSON and the report
  --country CC        your country, for the hotlines (KH, TH, VN, ID, PH, MM, LA, MY, CN, US)
  --format F          read the export as this format (${CHAT_FORMATS.join(', ')})
  --chat ID           in an export holding several chats, the one to analyse (id or title)
  --threshold N       report harms scoring at least N (0..1, default 0.5)
  --timings           print import and analysis time and memory to standard error
  --jsonl FILE        batch mode: read lines {"id","messages":[{"author","time","text"}]} and
                      write one JSONL result per conversation (- for standard input)
  --max-line-bytes N  batch mode: longer lines are rejected, not buffered (default 67108864)
`;

const READ_CHUNK_BYTES = 1 << 20;

interface Opened {
  name: string;
  stream: Readable;
}

async function openExport(path: string, io: Io): Promise<Opened> {
  if (path === '-') {
    if (io.stdin.isTTY === true) throw new UsageError('pipe the export on standard input, or give its file name');
    return { name: 'stdin', stream: io.stdin };
  }
  const info = await stat(path).catch((error: unknown) => {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  });
  if (!info.isFile()) throw new UsageError(`${path} is not a file`);
  return { name: basename(path), stream: createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }) };
}

function languageOption(value: string | boolean | undefined): ReportLanguage {
  const language = value ?? 'en';
  if (language !== 'en' && language !== 'km') throw new UsageError('--lang must be en or km');
  return language;
}

function countryOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[A-Za-z]{2}$/u.test(value))
    throw new UsageError('--country takes a two-letter country code such as KH');
  return value.toUpperCase();
}

function formatOption(value: string | boolean | undefined): ChatFormat | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(CHAT_FORMATS as readonly string[]).includes(value))
    throw new UsageError(`--format must be one of ${CHAT_FORMATS.join(', ')}`);
  return value as ChatFormat;
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** Imports and analyses an export as a stream: messages are analysed as they are read, never all held. */
async function importAndAnalyze(
  opened: Opened,
  options: { format?: ChatFormat; chat?: string; threshold?: number; language: ReportLanguage },
  onWarning: (warning: ImportWarning) => void,
): Promise<{
  analysis: ConversationAnalysis;
  summary: StreamSummary;
  setupMs: number;
  analysisMs: number;
  totalMs: number;
  /** CPU time (user + system) of the import and analysis: less sensitive than wall time to a busy machine. */
  cpuMs: number;
}> {
  // Compiling the catalogue is a one-off cost of the process, measured apart from the chat's.
  const setupStarted = process.hrtime.bigint();
  // The analyzer compiles the built-in catalogue with its conversation cues (once per process);
  // a detector of its own would compile the catalogue a second time for nothing.
  const analyzer = createConversationAnalyzer({
    adviceLanguage: options.language,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const messages = streamChat(opened.name, opened.stream as AsyncIterable<Uint8Array>, {
    onWarning,
    ...(options.format !== undefined ? { format: options.format } : {}),
    ...(options.chat !== undefined ? { chat: options.chat } : {}),
  });
  let analysisNs = 0n;
  let next = await messages.next();
  while (next.done !== true) {
    const before = process.hrtime.bigint();
    analyzer.push(next.value);
    analysisNs += process.hrtime.bigint() - before;
    next = await messages.next();
  }
  const before = process.hrtime.bigint();
  const analysis = analyzer.result();
  const finished = process.hrtime.bigint();
  const cpu = process.cpuUsage(cpuStarted);
  analysisNs += finished - before;
  return {
    analysis,
    summary: next.value,
    setupMs: Number(started - setupStarted) / 1e6,
    analysisMs: Number(analysisNs) / 1e6,
    totalMs: Number(finished - started) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

async function analyzeExport(
  values: Record<string, string | boolean | undefined>,
  path: string,
  io: Io,
): Promise<number> {
  const language = languageOption(values['lang']);
  const country = countryOption(values['country']);
  const format = formatOption(values['format']);
  const threshold = numberOption(values['threshold'], 'threshold', { min: 0, max: 1 });
  const redact = values['redact'] === true;
  const rssBefore = process.memoryUsage().rss;
  const opened = await openExport(path, io);
  let warningCount = 0;
  const { analysis, summary, setupMs, analysisMs, totalMs, cpuMs } = await importAndAnalyze(
    opened,
    {
      language,
      ...(format !== undefined ? { format } : {}),
      ...(typeof values['chat'] === 'string' ? { chat: values['chat'] } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
    },
    (warning) => {
      warningCount++;
      if (warningCount <= 20)
        io.stderr.write(
          `raksa analyze: warning: ${warning.code}: ${warning.message.replace(/[\r\n]+/gu, ' ').slice(0, 300)}\n`,
        );
      else if (warningCount === 21) io.stderr.write('raksa analyze: further warnings are not shown\n');
    },
  );
  if (values['timings'] === true) {
    const rssAfter = process.memoryUsage().rss;
    io.stderr.write(
      `raksa analyze: timings: ${JSON.stringify({
        format: summary.format,
        messages: analysis.messages,
        setupMs: Math.round(setupMs),
        importMs: Math.round(totalMs - analysisMs),
        analysisMs: Math.round(analysisMs),
        totalMs: Math.round(totalMs),
        cpuMs: Math.round(cpuMs),
        rssBeforeMiB: Number(megabytes(rssBefore)),
        rssAfterMiB: Number(megabytes(rssAfter)),
      })}\n`,
    );
  }
  const redactor = redact ? redactorFor(analysis, language) : undefined;
  const shown = redactor === undefined ? analysis : redactAnalysis(analysis, redactor);
  const title = summary.title === null ? null : redactor === undefined ? summary.title : redactor.string(summary.title);
  const model = buildReportModel(shown, {
    language,
    redacted: redact,
    importWarnings: summary.warnings.length,
    title,
    ...(country !== undefined ? { country } : {}),
  });
  if (typeof values['report'] === 'string') {
    await writeFile(values['report'], renderHtmlReport(model), 'utf8').catch((error: unknown) => {
      throw new UsageError(`cannot write ${values['report']}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    });
    io.stderr.write(`raksa analyze: report written to ${values['report']}\n`);
  }
  if (values['json'] === true) await write(io.stdout, `${JSON.stringify(shown, null, 2)}\n`);
  else await write(io.stdout, renderSummaryText(model, { color: useColor(io.stdout, io.env) }));
  return EXIT_OK;
}

const OUTPUT_FLUSH_CHARS = 1 << 16;

/** Batch mode: JSONL conversations in, one JSONL result per conversation out, streaming. */
async function analyzeBatch(
  values: Record<string, string | boolean | undefined>,
  path: string,
  io: Io,
): Promise<number> {
  const threshold = numberOption(values['threshold'], 'threshold', { min: 0, max: 1 });
  const maxLineBytes =
    numberOption(values['max-line-bytes'], 'max-line-bytes', { min: 1024, max: 1 << 30 }) ?? 64 * 1024 * 1024;
  const redact = values['redact'] === true;
  let input: Readable;
  if (path === '-') input = io.stdin;
  else {
    const info = await stat(path).catch((error: unknown) => {
      throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    });
    if (!info.isFile()) throw new UsageError(`${path} is not a file`);
    input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  }
  const analyze = (messages: ConversationMessage[]): ConversationAnalysis => {
    const analyzer = createConversationAnalyzer({
      ...(threshold !== undefined ? { threshold } : {}),
    });
    for (const message of messages) analyzer.push(message);
    return analyzer.result();
  };
  let failed = 0;
  let buffer = '';
  for await (const line of readLines(input, maxLineBytes)) {
    const result = analyzeBatchLine(line.bytes, line.number, line.size, analyze, redact);
    if (result === undefined) continue;
    if (result.failed) failed++;
    buffer += `${result.output}\n`;
    if (buffer.length >= OUTPUT_FLUSH_CHARS) {
      await write(io.stdout, buffer);
      buffer = '';
    }
  }
  if (buffer.length > 0) await write(io.stdout, buffer);
  if (failed > 0) io.stderr.write(`raksa analyze: ${failed} line(s) could not be analysed; see their "error" fields\n`);
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    report: { type: 'string' },
    lang: { type: 'string' },
    redact: { type: 'boolean' },
    country: { type: 'string' },
    format: { type: 'string' },
    chat: { type: 'string' },
    threshold: { type: 'string' },
    timings: { type: 'boolean' },
    jsonl: { type: 'string' },
    'max-line-bytes': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (typeof values['jsonl'] === 'string') {
    if (positionals.length > 0) throw new UsageError('give either an export or --jsonl FILE, not both');
    for (const option of ['report', 'json', 'format', 'chat'] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} does not apply to --jsonl`);
    return analyzeBatch(values, values['jsonl'], io);
  }
  if (positionals.length !== 1) throw new UsageError('give one chat export (a file name, or - for standard input)');
  return analyzeExport(values, positionals[0] ?? '-', io);
}
