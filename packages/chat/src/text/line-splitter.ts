import type { WarningSink } from '../warnings.ts';

const LF = 10;
const CR = 13;

/**
 * Splits decoded text, pushed in pieces, into lines ending in LF, CRLF or a lone CR, without
 * holding more than one line: a line longer than `maxLineChars` is cut there (one warning per line)
 * and the rest of it is skipped.
 */
export class LineSplitter {
  private pending = '';
  private pendingCr = false;
  private cutting = false;
  private lineNumber = 0;

  constructor(
    private readonly onLine: (line: string, lineNumber: number) => void,
    private readonly maxLineChars: number,
    private readonly warnings: WarningSink,
  ) {}

  push(text: string): void {
    let start = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) start = 1;
    }
    if (text.indexOf('\r', start) === -1) {
      for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
        this.finish(text, start, end);
        start = end + 1;
      }
    } else {
      for (let i = start; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code !== LF && code !== CR) continue;
        this.finish(text, start, i);
        if (code === CR) {
          if (i + 1 === text.length) this.pendingCr = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length) this.keep(text.slice(start));
  }

  /** True while the rest of an over-long line is being skipped: text without a line break can be dropped unread. */
  get skipping(): boolean {
    return this.cutting;
  }

  end(): void {
    if (this.pending.length > 0 || this.cutting) this.finish('', 0, 0);
  }

  private keep(piece: string): void {
    if (this.cutting) return;
    const room = this.maxLineChars - this.pending.length;
    if (piece.length <= room) {
      this.pending += piece;
      return;
    }
    this.pending += piece.slice(0, room);
    this.cutting = true;
  }

  private finish(text: string, start: number, end: number): void {
    this.lineNumber++;
    let line: string;
    if (this.pending.length === 0 && !this.cutting) {
      line = text.slice(start, end);
      if (line.length > this.maxLineChars) {
        line = line.slice(0, this.maxLineChars);
        this.cutting = true;
      }
    } else {
      this.keep(text.slice(start, end));
      line = this.pending;
      this.pending = '';
    }
    if (this.cutting) {
      this.cutting = false;
      this.warnings.add({
        code: 'line_truncated',
        message: `Line ${this.lineNumber} is longer than ${this.maxLineChars} characters; only its start was read.`,
        line: this.lineNumber,
      });
    }
    this.onLine(line, this.lineNumber);
  }
}
