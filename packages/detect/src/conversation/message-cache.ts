/**
 * A bounded cache of per-message analyses by text. Chats repeat their short lines ("ok", "lol",
 * "good night", "😂") thousands of times, and a message's analysis depends on its text alone, so
 * a repeated line is read once. Only short texts are kept, and at most `capacity` of them; the
 * oldest goes first (a line still in use comes back at once; refreshing it on every hit, as an
 * LRU does, costs more than it saves). Cached values are shared: callers must not change them.
 *
 * The order of arrival is kept in a ring of keys, not read from the map: V8 leaves a deleted
 * entry's slot in a Map until the table is rebuilt, so asking a full, churning Map for its first
 * key walks over up to `capacity` dead slots on every eviction.
 */
export class MessageCache<V> {
  readonly #capacity: number;
  readonly #maxKeyLength: number;
  readonly #entries = new Map<string, V>();
  /** The cached keys in order of arrival, as a ring: `#next` is where the next one goes. */
  readonly #arrivals: string[] = [];
  #next = 0;

  constructor(capacity: number, maxKeyLength: number) {
    this.#capacity = capacity;
    this.#maxKeyLength = maxKeyLength;
  }

  /** The value for `text`, computed by `compute` when it is not cached. */
  get(text: string, compute: () => V): V {
    if (text.length > this.#maxKeyLength || this.#capacity === 0) return compute();
    const known = this.#entries.get(text);
    if (known !== undefined) return known;
    const value = compute();
    if (this.#arrivals.length < this.#capacity) this.#arrivals.push(text);
    else {
      this.#entries.delete(this.#arrivals[this.#next] as string);
      this.#arrivals[this.#next] = text;
      this.#next = (this.#next + 1) % this.#capacity;
    }
    this.#entries.set(text, value);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
