export interface TimelinePoint {
  messageIndex: number;
  time: string | null;
  risk: number;
}

/**
 * The risk after each message, down-sampled to at most `capacity` points whatever the number of
 * messages: each point stands for a run of `stride` messages and keeps the riskiest of them (the
 * earliest when equal), so a spike is never averaged away. When the points fill up, neighbours are
 * merged and the stride doubles.
 */
export class RiskTimeline {
  private readonly points: TimelinePoint[] = [];
  private readonly capacity: number;
  private stride = 1;
  private pending: TimelinePoint | undefined;
  private pendingCount = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  add(point: TimelinePoint): void {
    if (this.capacity === 0) return;
    if (this.pending === undefined || point.risk > this.pending.risk) this.pending = point;
    this.pendingCount++;
    if (this.pendingCount < this.stride) return;
    this.flush();
  }

  private flush(): void {
    if (this.pending === undefined) return;
    this.points.push(this.pending);
    this.pending = undefined;
    this.pendingCount = 0;
    if (this.points.length < this.capacity) return;
    const merged: TimelinePoint[] = [];
    for (let i = 0; i < this.points.length; i += 2) {
      const a = this.points[i];
      const b = this.points[i + 1];
      if (a === undefined) continue;
      merged.push(b !== undefined && b.risk > a.risk ? b : a);
    }
    this.points.length = 0;
    this.points.push(...merged);
    this.stride *= 2;
  }

  /** The points so far, the unfinished run included. */
  snapshot(): TimelinePoint[] {
    const all = this.pending === undefined ? [...this.points] : [...this.points, this.pending];
    return all.length > this.capacity ? all.slice(all.length - this.capacity) : all;
  }
}
