/**
 * Small `Int32Array`s handed out as views into shared chunks. Allocating a typed array of more
 * than 64 bytes gives it its own backing store, which costs about a microsecond (more than the
 * rest of a short message's offset map); a view into a chunk costs a tenth of that. The offset
 * maps of normalised text are allocated here, two per analysed message.
 *
 * A chunk stays alive while any view into it does, so long arrays (from `MAX_POOLED` elements on)
 * get their own buffer, and a chunk is small enough (64 KB) that a few retained views pin little.
 */
const CHUNK_ELEMENTS = 16_384;
/** Arrays of this many elements or more are allocated on their own. */
export const MAX_POOLED = 1_024;

let chunk = new ArrayBuffer(CHUNK_ELEMENTS * Int32Array.BYTES_PER_ELEMENT);
let used = 0;

/** A zero-filled `Int32Array` of `length` elements, a view into a shared chunk when it is short. */
export function pooledInt32Array(length: number): Int32Array {
  if (length >= MAX_POOLED) return new Int32Array(length);
  if (used + length > CHUNK_ELEMENTS) {
    chunk = new ArrayBuffer(CHUNK_ELEMENTS * Int32Array.BYTES_PER_ELEMENT);
    used = 0;
  }
  const view = new Int32Array(chunk, used * Int32Array.BYTES_PER_ELEMENT, length);
  used += length;
  return view;
}

/** A pooled copy of `source[0 .. length)`. */
export function pooledCopy(source: Int32Array, length: number): Int32Array {
  const copy = pooledInt32Array(length);
  for (let i = 0; i < length; i++) copy[i] = source[i] ?? 0;
  return copy;
}
