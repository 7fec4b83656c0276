/**
 * A bounded cache of per-message analyses by text. Chats repeat their short lines ("ok", "lol",
 * "good night", "😂") thousands of times, and a message's analysis depends on its text alone, so
 * a repeated line is read once. Only short texts are kept, and at most `capacity` of them; the
 * oldest goes first (a line still in use comes back at once; refreshing it on every hit, as an
 * LRU does, costs more than it saves). Cached values are shared: callers must not change them.
 */
export class MessageCache<V> {
  readonly #capacity: number;
  readonly #maxKeyLength: number;
  readonly #entries = new Map<string, V>();

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
    if (this.#entries.size >= this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(text, value);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
