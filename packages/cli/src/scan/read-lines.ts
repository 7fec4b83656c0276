import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The line as bytes without its line ending, or `undefined` when it was longer than the limit. */
  bytes: Buffer | undefined;
  /** Length in bytes of the line as read (also for over-long lines). */
  size: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines without decoding it and without ever holding more than one
 * chunk plus one line: a line longer than `maxLineBytes` is skipped (reported with `bytes`
 * undefined) instead of being buffered, so a 10 GB file without newlines uses constant memory.
 */
export async function* readLines(stream: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let overflow = false;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number++;
    const size = pendingSize + tail.length;
    if (overflow || size > maxLineBytes) {
      pending = [];
      pendingSize = 0;
      overflow = false;
      return { number, bytes: undefined, size };
    }
    let bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingSize = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    return { number, bytes, size };
  };
  for await (const chunk of stream) {
    const buffer: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(NEWLINE, start);
      if (end === -1) break;
      yield finish(buffer.subarray(start, end));
      start = end + 1;
    }
    const rest = buffer.subarray(start);
    if (rest.length > 0) {
      if (overflow || pendingSize + rest.length > maxLineBytes) {
        overflow = true;
        pending = [];
        pendingSize += rest.length;
      } else {
        // Copy: the stream may reuse the chunk's memory.
        pending.push(Buffer.from(rest));
        pendingSize += rest.length;
      }
    }
  }
  if (pendingSize > 0 || overflow) yield finish(Buffer.alloc(0));
}
