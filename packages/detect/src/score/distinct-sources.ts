import type { Signal } from '../indicators/schema.ts';

/**
 * Whether every group of a structural rule can be met by a different piece of evidence: each
 * group needs one of its signals from a source (an indicator or an entity) that no other group
 * uses. A rule combines signs; one phrase that carries two signals ("wait for you after school":
 * a meeting and a child) is one sign, and must not meet two groups of the same rule by itself.
 *
 * `sourcesBySignal` gives, per signal, the ids of the sources that raised it. Rules have at most a
 * handful of groups and a text a handful of sources per signal, so a depth-first search is cheap.
 */
export function groupsMetByDistinctSources(
  groups: readonly (readonly Signal[])[],
  sourcesBySignal: ReadonlyMap<Signal, ReadonlySet<number>>,
): boolean {
  const candidates = groups.map((group) => {
    const ids = new Set<number>();
    for (const signal of group) for (const id of sourcesBySignal.get(signal) ?? []) ids.add(id);
    return [...ids];
  });
  if (candidates.some((ids) => ids.length === 0)) return false;
  // The most constrained group first.
  const order = candidates.map((_, i) => i).sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0));
  const used = new Set<number>();
  const assign = (position: number): boolean => {
    if (position === order.length) return true;
    for (const id of candidates[order[position] ?? 0] ?? []) {
      if (used.has(id)) continue;
      used.add(id);
      if (assign(position + 1)) return true;
      used.delete(id);
    }
    return false;
  };
  return assign(0);
}
