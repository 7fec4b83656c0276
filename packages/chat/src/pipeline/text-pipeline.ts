import { LineAppParser } from '../line-app/line-parser.ts';
import { CsvParser } from '../tabular/csv-parser.ts';
import { JsonlParser } from '../tabular/jsonl-parser.ts';
import { ChunkDecoder } from '../text/decode.ts';
import { LineSplitter } from '../text/line-splitter.ts';
import type { ImportLimits } from '../types.ts';
import type { WarningSink } from '../warnings.ts';
import { WhatsAppParser } from '../whatsapp/whatsapp-parser.ts';
import type { MessageSink } from './message-sink.ts';
import type { TextParser } from './text-parser.ts';

const LF = 0x0a;
const CR = 0x0d;

export type TextFormat = 'whatsapp' | 'line' | 'csv' | 'jsonl';

export function isTextFormat(format: string): format is TextFormat {
  return format === 'whatsapp' || format === 'line' || format === 'csv' || format === 'jsonl';
}

/** Bytes → text → lines → messages, one chunk at a time; holds at most one line and one message. */
export class TextPipeline {
  readonly parser: TextParser;
  private readonly decoder: ChunkDecoder;
  private readonly splitter: LineSplitter;

  constructor(
    format: TextFormat,
    private readonly sink: MessageSink,
    warnings: WarningSink,
    limits: Required<ImportLimits>,
    /** WhatsApp messages held while the day/month order is unknown (Infinity: the whole file). */
    maxPending: number,
  ) {
    this.parser =
      format === 'whatsapp'
        ? new WhatsAppParser(sink, warnings, limits, { maxPending })
        : format === 'line'
          ? new LineAppParser(sink, warnings, limits.maxMessageChars)
          : format === 'csv'
            ? new CsvParser(sink, warnings, limits.maxMessageChars)
            : new JsonlParser(sink, warnings);
    this.decoder = new ChunkDecoder(warnings);
    this.splitter = new LineSplitter(
      (line, lineNumber) => {
        if (!this.sink.full) this.parser.line(line, lineNumber);
      },
      limits.maxLineChars,
      warnings,
    );
  }

  push(chunk: Uint8Array): void {
    // The rest of an over-long line is skipped: a chunk with no line break in it is not even decoded.
    if (this.splitter.skipping && this.decoder.isUtf8 && chunk.indexOf(LF) === -1 && chunk.indexOf(CR) === -1) {
      this.decoder.skip(chunk);
      return;
    }
    const text = this.decoder.decode(chunk);
    if (text !== '') this.splitter.push(text);
  }

  end(): void {
    const rest = this.decoder.decode(new Uint8Array(0), true);
    if (rest !== '') this.splitter.push(rest);
    this.splitter.end();
    this.parser.end();
  }
}
