/**
 * The features of the learned layer: character n-grams of the normalised text (with a space
 * before and after it), hashed into a fixed number of buckets. Character n-grams need no word
 * segmentation, so the same features serve Khmer, Thai, Lao, Burmese and Chinese (written without
 * spaces between words) as well as the languages that use spaces.
 */

/** The n-gram lengths the layer uses (code units): every length from the shortest to the longest. */
export const NGRAM_SIZES = [2, 3, 4, 5] as const;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SHORTEST = 2;
const LONGEST = 5;

/** Where a bucket's n-gram was first seen, in the normalised text (the padding spaces excluded). */
export interface BucketPlace {
  start: number;
  end: number;
}

/**
 * A text's distinct buckets, in the order first seen, with the place of each one's first n-gram.
 * The arrays are reused by the next call of the same `NgramHasher`: read them before hashing again.
 */
export interface BucketList {
  count: number;
  buckets: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

export interface NgramHasher {
  hash(text: string): BucketList;
}

/**
 * A hasher into `buckets` buckets (a power of two): FNV-1a over UTF-16 code units, duplicates
 * dropped with a stamp per bucket, so a call allocates nothing once its buffers are large enough.
 * Linear in the text's length. The same text twice in a row is hashed once (an analysis asks the
 * awareness model, then the harm models, about one text).
 */
export function createNgramHasher(buckets: number): NgramHasher {
  const mask = buckets - 1;
  const stamps = new Int32Array(buckets);
  let stamp = 0;
  const list: BucketList = {
    count: 0,
    buckets: new Int32Array(1024),
    starts: new Int32Array(1024),
    ends: new Int32Array(1024),
  };
  const grow = (size: number): void => {
    if (size <= list.buckets.length) return;
    const capacity = Math.max(size, list.buckets.length * 2);
    const copy = (from: Int32Array): Int32Array => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    list.buckets = copy(list.buckets);
    list.starts = copy(list.starts);
    list.ends = copy(list.ends);
  };
  let last: string | undefined;
  return {
    hash(text) {
      if (text === last) return list;
      last = text;
      stamp++;
      if (stamp === 0x7fffffff) {
        stamps.fill(0);
        stamp = 1;
      }
      const length = text.length + 2;
      grow(length * (LONGEST - SHORTEST + 1));
      let count = 0;
      for (let start = 0; start + SHORTEST <= length; start++) {
        let hash = FNV_OFFSET;
        for (let n = 1; n <= LONGEST && start + n <= length; n++) {
          // Code unit i of the padded text " " + text + " " is text[i - 1].
          const i = start + n - 1;
          const unit = i === 0 || i === length - 1 ? 32 : text.charCodeAt(i - 1);
          hash = Math.imul(hash ^ unit, FNV_PRIME);
          if (n < SHORTEST) continue;
          const bucket = (hash >>> 0) & mask;
          if (stamps[bucket] === stamp) continue;
          stamps[bucket] = stamp;
          list.buckets[count] = bucket;
          list.starts[count] = Math.max(0, start - 1);
          list.ends[count] = Math.min(text.length, start + n - 1);
          count++;
        }
      }
      list.count = count;
      return list;
    },
  };
}

/** The distinct buckets of `text` with their first places (a convenience over `createNgramHasher`). */
export function ngramBuckets(text: string, buckets: number): Map<number, BucketPlace> {
  const list = createNgramHasher(buckets).hash(text);
  const found = new Map<number, BucketPlace>();
  for (let i = 0; i < list.count; i++) {
    found.set(list.buckets[i] ?? 0, { start: list.starts[i] ?? 0, end: list.ends[i] ?? 0 });
  }
  return found;
}
