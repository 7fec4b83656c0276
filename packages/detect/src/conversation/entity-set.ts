import type { Entity } from '../types.ts';
import type { ConversationEntity } from './types.ts';

/** Entities deduplicated by type and normalized value, at their first occurrence; at most `capacity`. */
export class EntitySet {
  private readonly seen = new Map<string, ConversationEntity>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  add(entities: readonly Entity[], messageIndex: number): void {
    for (const entity of entities) {
      if (this.seen.size >= this.capacity) return;
      const key = `${entity.type}\u0000${entity.normalized}`;
      if (!this.seen.has(key)) this.seen.set(key, { ...entity, messageIndex });
    }
  }

  values(): ConversationEntity[] {
    return [...this.seen.values()];
  }
}
