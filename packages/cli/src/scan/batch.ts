import type { Line } from './read-lines.ts';

/** Lines sent to a worker in one message: the bytes back to back, with their boundaries. */
export interface Batch {
  seq: number;
  data: Uint8Array;
  offsets: Int32Array;
  numbers: Int32Array;
  sizes: Float64Array;
  overLong: Uint8Array;
}

export interface BatchResult {
  seq: number;
  output: string;
  failed: number;
  count: number;
}

export function makeBatch(seq: number, lines: readonly Line[]): Batch {
  const total = lines.reduce((sum, line) => sum + (line.bytes?.length ?? 0), 0);
  const data = new Uint8Array(total);
  const offsets = new Int32Array(lines.length + 1);
  const numbers = new Int32Array(lines.length);
  const sizes = new Float64Array(lines.length);
  const overLong = new Uint8Array(lines.length);
  let cursor = 0;
  lines.forEach((line, i) => {
    offsets[i] = cursor;
    numbers[i] = line.number;
    sizes[i] = line.size;
    if (line.bytes === undefined) overLong[i] = 1;
    else {
      data.set(line.bytes, cursor);
      cursor += line.bytes.length;
    }
  });
  offsets[lines.length] = cursor;
  return { seq, data, offsets, numbers, sizes, overLong };
}
