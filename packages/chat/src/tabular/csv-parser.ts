import type { ConversationMessage } from '@raksa/detect';
import { parse } from 'csv-parse/browser/esm/sync';
import { ChatImportError } from '../errors.ts';
import type { MessageSink } from '../pipeline/message-sink.ts';
import type { TextParser } from '../pipeline/text-parser.ts';
import { parseLooseTime } from '../time/loose-time.ts';
import { excerptOf, type WarningSink } from '../warnings.ts';
import { mapColumns, type ColumnMap } from './columns.ts';

const BATCH_RECORDS = 512;
const BATCH_CHARS = 1 << 20;
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter used most often outside quotes in a header line. */
export function guessDelimiter(header: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

function countQuotes(text: string): number {
  let count = 0;
  for (let index = text.indexOf('"'); index !== -1; index = text.indexOf('"', index + 1)) count++;
  return count;
}

/**
 * Reads a CSV (or semicolon- or tab-separated) file with a header naming author, time and text
 * columns (`sender`, `timestamp`, `message`… in any case). Records are found line by line (a quoted
 * field may hold newlines and commas) and parsed in batches by csv-parse, so memory stays bounded.
 */
export class CsvParser implements TextParser {
  readonly title = null;
  private delimiter = ',';
  private columns: ColumnMap | null = null;
  private record = '';
  private recordLine = 0;
  private quoteOpen = false;
  private batch: string[] = [];
  private batchLines: number[] = [];
  private batchChars = 0;

  constructor(
    private readonly sink: MessageSink,
    private readonly warnings: WarningSink,
    private readonly maxRecordChars: number,
  ) {}

  line(text: string, lineNumber: number): void {
    if (this.record === '' && !this.quoteOpen) {
      this.record = text;
      this.recordLine = lineNumber;
    } else {
      this.record += `\n${text}`;
    }
    if (countQuotes(text) % 2 === 1) this.quoteOpen = !this.quoteOpen;
    if (this.quoteOpen) {
      if (this.record.length > this.maxRecordChars) {
        this.warnings.add({
          code: 'malformed_line',
          message: `The record starting on line ${this.recordLine} has a quote that never closes; it was skipped.`,
          line: this.recordLine,
          excerpt: excerptOf(this.record),
        });
        this.record = '';
        this.quoteOpen = false;
      }
      return;
    }
    this.takeRecord();
  }

  end(): void {
    if (this.record !== '') {
      if (this.quoteOpen) {
        this.warnings.add({
          code: 'malformed_line',
          message: `The record starting on line ${this.recordLine} has a quote that never closes; it was read to the end of the file.`,
          line: this.recordLine,
        });
      }
      this.takeRecord();
    }
    this.flush();
  }

  private takeRecord(): void {
    const record = this.record;
    this.record = '';
    this.quoteOpen = false;
    if (this.columns === null) {
      this.readHeader(record);
      return;
    }
    if (record.trim() === '') return;
    this.batch.push(record);
    this.batchLines.push(this.recordLine);
    this.batchChars += record.length;
    if (this.batch.length >= BATCH_RECORDS || this.batchChars >= BATCH_CHARS) this.flush();
  }

  private readHeader(record: string): void {
    if (record.trim() === '') return;
    this.delimiter = guessDelimiter(record);
    let header: string[] | undefined;
    try {
      [header] = this.parse(record);
    } catch (error) {
      throw new ChatImportError('malformed', `the CSV header line cannot be read (${(error as Error).message})`, {
        cause: error,
      });
    }
    const columns = header ? mapColumns(header) : null;
    if (columns === null) {
      throw new ChatImportError(
        'malformed',
        `the CSV header (${excerptOf(record)}) names no text column; expected columns such as author, time, text (or sender, timestamp, message).`,
      );
    }
    this.columns = columns;
  }

  private parse(text: string): string[][] {
    return parse(text, {
      delimiter: this.delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: false,
    });
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const records = this.batch;
    const lines = this.batchLines;
    this.batch = [];
    this.batchLines = [];
    this.batchChars = 0;
    let rows: string[][] | null;
    try {
      rows = this.parse(records.join('\n'));
    } catch {
      rows = null;
    }
    if (rows !== null && rows.length === records.length) {
      rows.forEach((row, index) => this.addRow(row, lines[index]!, records[index]!));
      return;
    }
    // One record is odd: parse them one by one, so only that one is reported.
    records.forEach((record, index) => {
      try {
        for (const row of this.parse(record)) this.addRow(row, lines[index]!, record);
      } catch (error) {
        this.warnings.add({
          code: 'malformed_line',
          message: `Line ${lines[index]} is not a valid CSV record (${(error as Error).message}); it was skipped.`,
          line: lines[index]!,
          excerpt: excerptOf(record),
        });
      }
    });
  }

  private addRow(row: readonly string[], line: number, record: string): void {
    const columns = this.columns!;
    const text = row[columns.text];
    if (text === undefined) {
      this.warnings.add({
        code: 'malformed_line',
        message: `Line ${line} has no value in the text column; it was skipped.`,
        line,
        excerpt: excerptOf(record),
      });
      return;
    }
    const rawTime = [columns.date, columns.time]
      .map((index) => (index === -1 ? '' : (row[index] ?? '').trim()))
      .filter((part) => part !== '')
      .join(' ');
    const { time, assumedOrder } = parseLooseTime(rawTime);
    if (rawTime !== '' && time === null) {
      this.warnings.add({
        code: 'bad_time',
        message: `Line ${line}: "${excerptOf(rawTime)}" is not a time Raksa reads.`,
        line,
      });
    }
    if (assumedOrder) {
      this.warnings.addOnce({
        code: 'date_order_assumed',
        message: 'Some dates could be day/month or month/day; they were read as day/month.',
        line,
      });
    }
    const message: ConversationMessage = {
      author: columns.author === -1 ? '' : (row[columns.author] ?? '').trim(),
      time,
      text,
    };
    this.sink.add(message, line);
  }
}
