import type { ConversationMessage } from '@raksa/detect';
import type { MessageSink } from '../pipeline/message-sink.ts';
import type { TextParser } from '../pipeline/text-parser.ts';
import { toWellFormed } from '../text/well-formed.ts';
import { parseLooseTime } from '../time/loose-time.ts';
import { excerptOf, type WarningSink } from '../warnings.ts';
import { FIELD_NAMES, pick } from './columns.ts';

/**
 * Reads JSON Lines: one object per line, `{"author", "time", "text", "media"?}` (or `sender`,
 * `timestamp`, `message`…). A line that is not such an object is a warning with its start quoted.
 */
export class JsonlParser implements TextParser {
  readonly title = null;

  constructor(
    private readonly sink: MessageSink,
    private readonly warnings: WarningSink,
  ) {}

  line(text: string, lineNumber: number): void {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.reject(lineNumber, text, `is not valid JSON (${(error as Error).message})`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.reject(lineNumber, text, 'is not a JSON object');
      return;
    }
    const record = value as Record<string, unknown>;
    const rawText = pick(record, FIELD_NAMES.text);
    if (typeof rawText !== 'string') {
      this.reject(lineNumber, text, 'has no "text" string');
      return;
    }
    const rawAuthor = pick(record, FIELD_NAMES.author);
    const rawTime = pick(record, FIELD_NAMES.time);
    const { time, assumedOrder } = parseLooseTime(rawTime);
    if (rawTime !== undefined && rawTime !== null && rawTime !== '' && time === null) {
      this.warnings.add({
        code: 'bad_time',
        message: `Line ${lineNumber}: the time is not one Raksa reads.`,
        line: lineNumber,
      });
    }
    if (assumedOrder) {
      this.warnings.addOnce({
        code: 'date_order_assumed',
        message: 'Some dates could be day/month or month/day; they were read as day/month.',
        line: lineNumber,
      });
    }
    const message: ConversationMessage = {
      author: toWellFormed(
        typeof rawAuthor === 'string' ? rawAuthor : rawAuthor == null ? '' : String(rawAuthor),
        this.warnings,
      ),
      time,
      text: toWellFormed(rawText, this.warnings),
    };
    const media = record['media'];
    if (Array.isArray(media) && media.every((item) => typeof item === 'string') && media.length > 0) {
      message.media = media as string[];
    }
    this.sink.add(message, lineNumber);
  }

  end(): void {}

  private reject(line: number, text: string, reason: string): void {
    this.warnings.add({
      code: 'malformed_line',
      message: `Line ${line} ${reason}; it was skipped.`,
      line,
      excerpt: excerptOf(text),
    });
  }
}
