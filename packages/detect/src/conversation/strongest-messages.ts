/**
 * The `capacity` strongest items seen, ties to the earliest: a bounded min-heap ordered by
 * strength, then by lateness (the latest of equal strength is evicted first).
 */
export class StrongestItems<T> {
  private readonly heap: { strength: number; order: number; item: T }[] = [];
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** Whether an item of this strength, seen after all others, would be kept. */
  accepts(strength: number): boolean {
    if (this.capacity === 0 || strength <= 0) return false;
    if (this.heap.length < this.capacity) return true;
    return strength > (this.heap[0]?.strength ?? 0);
  }

  add(strength: number, order: number, item: T): void {
    if (!this.accepts(strength)) return;
    const entry = { strength, order, item };
    if (this.heap.length < this.capacity) {
      this.heap.push(entry);
      this.siftUp(this.heap.length - 1);
    } else {
      this.heap[0] = entry;
      this.siftDown(0);
    }
  }

  /** The kept items in the order they were seen. */
  items(): T[] {
    return [...this.heap].sort((a, b) => a.order - b.order).map((entry) => entry.item);
  }

  /** a is weaker than b: lower strength, or equal strength and seen later. */
  private weaker(a: number, b: number): boolean {
    const x = this.heap[a];
    const y = this.heap[b];
    if (x === undefined || y === undefined) return false;
    return x.strength < y.strength || (x.strength === y.strength && x.order > y.order);
  }

  private swap(a: number, b: number): void {
    const x = this.heap[a];
    const y = this.heap[b];
    if (x === undefined || y === undefined) return;
    this.heap[a] = y;
    this.heap[b] = x;
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.weaker(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let weakest = i;
      if (left < this.heap.length && this.weaker(left, weakest)) weakest = left;
      if (right < this.heap.length && this.weaker(right, weakest)) weakest = right;
      if (weakest === i) return;
      this.swap(i, weakest);
      i = weakest;
    }
  }
}
