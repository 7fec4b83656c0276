import type { ConversationMessage } from '@raksa/detect';
import type { MessageSink } from '../pipeline/message-sink.ts';
import type { TextParser } from '../pipeline/text-parser.ts';
import type { ImportLimits } from '../types.ts';
import { excerptOf, type WarningSink } from '../warnings.ts';
import { evidenceOf, guessOrder, isBuddhistStamp, resolveStamp, type DateOrder } from './date-order.ts';
import { parseHeader, type ParsedHeader, type RawStamp } from './header.ts';
import { isDeletedNotice, readPlaceholder, stripEditedTag } from './placeholders.ts';

/** Text held back, at most, while streaming and the day/month order is unknown. */
const MAX_PENDING_CHARS = 32 * 1024 * 1024;

/** The message being read: its header (null stamp fields for orphan text), line and whether it was cut. */
interface Draft {
  header: ParsedHeader | null;
  author: string | null;
  text: string;
  line: number;
  cut: boolean;
}

export interface WhatsAppParserOptions {
  /**
   * Messages held back while no date has shown whether the file writes day/month or month/day.
   * `importChat` holds the whole file; `streamChat` decides after this many (bounded memory).
   */
  maxPending: number;
}

/**
 * Reads WhatsApp's "Export chat" text, Android (`31/12/2023, 21:41 - Dara: hi`) and iOS
 * (`[31/12/2023, 21:41:05] Dara: hi`), in any of the date and clock styles of its locales. Lines
 * without a date continue the message before; system lines are counted and skipped.
 */
export class WhatsAppParser implements TextParser {
  readonly title = null;
  private draft: Draft | null = null;
  private order: DateOrder | null = null;
  private pending: Draft[] = [];
  private pendingChars = 0;
  private buddhistSeen = false;
  private conflictSeen = false;

  constructor(
    private readonly sink: MessageSink,
    private readonly warnings: WarningSink,
    private readonly limits: Required<ImportLimits>,
    private readonly options: WhatsAppParserOptions,
  ) {}

  line(text: string, lineNumber: number): void {
    const header = parseHeader(text);
    if (header === null) {
      this.continueDraft(text, lineNumber);
      return;
    }
    this.closeDraft();
    this.noteEvidence(header);
    this.draft = { header, author: header.author, text: header.text, line: lineNumber, cut: false };
  }

  end(): void {
    this.closeDraft();
    if (this.pending.length > 0) this.decideByGuess();
  }

  private continueDraft(text: string, lineNumber: number): void {
    if (this.draft === null) {
      if (text.trim() === '') return;
      this.warnings.add({
        code: 'orphan_text',
        message: 'Text before the first dated line was kept as a message without author or time.',
        line: lineNumber,
        excerpt: excerptOf(text),
      });
      this.draft = { header: null, author: '', text, line: lineNumber, cut: false };
      return;
    }
    const draft = this.draft;
    if (draft.cut) return;
    if (draft.text.length + 1 + text.length > this.limits.maxMessageChars) {
      draft.text = `${draft.text}\n${text}`.slice(0, this.limits.maxMessageChars);
      draft.cut = true;
      this.warnings.add({
        code: 'message_truncated',
        message: `The message starting on line ${draft.line} is longer than ${this.limits.maxMessageChars} characters; it was cut.`,
        line: draft.line,
      });
      return;
    }
    draft.text = `${draft.text}\n${text}`;
  }

  private noteEvidence(stamp: RawStamp): void {
    const evidence = evidenceOf(stamp);
    if (evidence === null) return;
    if (this.order === null) {
      this.order = evidence;
      this.flushPending();
    } else if (evidence !== this.order && !this.conflictSeen) {
      this.conflictSeen = true;
      this.warnings.add({
        code: 'date_order_conflict',
        message: `Dates in this file are written in more than one order; they were read as ${this.order}.`,
      });
    }
  }

  private closeDraft(): void {
    const draft = this.draft;
    this.draft = null;
    if (draft === null) return;
    if (draft.author === null) {
      this.sink.system();
      return;
    }
    if (this.order === null && draft.header !== null) {
      this.pending.push(draft);
      this.pendingChars += draft.text.length;
      const tooMuch = Number.isFinite(this.options.maxPending) && this.pendingChars >= MAX_PENDING_CHARS;
      if (this.pending.length >= this.options.maxPending || tooMuch) this.decideByGuess();
      return;
    }
    this.emitDraft(draft);
  }

  private decideByGuess(): void {
    const stamps: RawStamp[] = this.pending.flatMap((draft) => (draft.header ? [draft.header] : []));
    this.order = guessOrder(stamps);
    const readable = this.order === 'dmy' ? 'day/month' : 'month/day';
    this.warnings.add({
      code: 'date_order_assumed',
      message: `No date in the file shows whether it writes day/month or month/day; dates were read as ${readable}.`,
    });
    this.flushPending();
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const draft of pending) this.emitDraft(draft);
  }

  private emitDraft(draft: Draft): void {
    const message = this.toMessage(draft);
    if (message !== null) this.sink.add(message, draft.line);
  }

  private toMessage(draft: Draft): ConversationMessage | null {
    let text = stripEditedTag(draft.text);
    let media: string[] | undefined;
    const newline = text.indexOf('\n');
    const firstLine = newline === -1 ? text : text.slice(0, newline);
    const placeholder = readPlaceholder(firstLine);
    if (placeholder !== null) {
      media = [placeholder.media];
      text = newline === -1 ? '' : text.slice(newline + 1);
    } else if (isDeletedNotice(text)) {
      media = ['deleted'];
      text = '';
    } else if (draft.header?.bracketed && newline === -1 && text.charCodeAt(0) === 0x200e) {
      // iOS writes system lines as the group's own messages, marked with U+200E: "‎Dara added Sokha".
      this.sink.system();
      return null;
    }
    const time = draft.header === null ? null : this.timeOf(draft.header, draft.line);
    const message: ConversationMessage = { author: draft.author ?? '', time, text };
    if (media) message.media = media;
    return message;
  }

  private timeOf(stamp: RawStamp, line: number): string | null {
    const order = this.order ?? 'dmy';
    const time = resolveStamp(stamp, order);
    if (!this.buddhistSeen && isBuddhistStamp(stamp, order)) {
      this.buddhistSeen = true;
      this.warnings.add({
        code: 'buddhist_era',
        message: 'Years are written in the Buddhist era (Thai calendar); they were converted to the Gregorian year.',
      });
    }
    if (time === null) {
      this.warnings.add({
        code: 'bad_time',
        message: `Line ${line} has an impossible date or time; it was left out.`,
        line,
      });
    }
    return time;
  }
}
