/**
 * Overlap resolution between extractors' candidates. The longer span wins (a URL over the phone or
 * domain inside it, an e-mail over its domain, "$1,500/month" over nothing shorter); on equal
 * spans the more specific type wins (a t.me link is a handle, not a URL). The result has no two
 * overlapping entities.
 */
import type { Entity, EntityType } from '../types.ts';

/** Tie-break on equal spans: higher first. */
const PRIORITY: Record<EntityType, number> = {
  email: 10,
  phone: 9,
  handle: 8,
  url: 7,
  domain: 6,
  crypto_address: 5,
  money: 4,
  age: 3,
  school_grade: 2,
  place: 1,
};

function better(a: Entity, b: Entity): number {
  const byLength = b.end - b.start - (a.end - a.start);
  if (byLength !== 0) return byLength;
  const byType = PRIORITY[b.type] - PRIORITY[a.type];
  if (byType !== 0) return byType;
  // Two handles on one span (an @mention and "line: @x"): the one with a known platform.
  const known = Number(b.details?.kind !== 'unknown') - Number(a.details?.kind !== 'unknown');
  if (known !== 0) return known;
  return a.start - b.start;
}

/** Non-overlapping entities chosen from `candidates` (in no particular order). */
export function resolveOverlaps(candidates: readonly Entity[], textLength: number): Entity[] {
  if (candidates.length <= 1) return [...candidates];
  const taken = new Uint8Array(textLength);
  const out: Entity[] = [];
  for (const entity of [...candidates].sort(better)) {
    let free = entity.start >= 0 && entity.end <= textLength && entity.start < entity.end;
    for (let i = entity.start; free && i < entity.end; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    taken.fill(1, entity.start, entity.end);
    out.push(entity);
  }
  return out;
}

/** Entities in reading order: by start, then end, then type priority. */
export function sortEntities(entities: Entity[]): Entity[] {
  return entities.sort((a, b) => a.start - b.start || a.end - b.end || PRIORITY[b.type] - PRIORITY[a.type]);
}
