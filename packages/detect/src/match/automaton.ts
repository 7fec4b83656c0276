/**
 * Aho-Corasick automaton over UTF-16 code units. Built once from the catalogue's normalised
 * literals; a scan is one pass over the text with no backtracking, whatever the number of
 * patterns (see DESIGN.md, "Why Aho-Corasick").
 */
export interface Automaton {
  /** Goto function, keyed by `state * 65536 + codeUnit`. */
  readonly edges: Map<number, number>;
  readonly fail: Int32Array;
  /** Patterns ending at each state (own and inherited through failure links). */
  readonly outputs: readonly (readonly number[])[];
  readonly patternLengths: Int32Array;
}

const ROOT = 0;

/** Builds the automaton; pattern `i` in the input is reported as index `i`. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const edges = new Map<number, number>();
  const own: number[][] = [[]];
  const childrenOf: number[][] = [[]];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] ?? '';
    let state = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const key = state * 65536 + pattern.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = own.length;
        own.push([]);
        childrenOf.push([]);
        edges.set(key, next);
        childrenOf[state]?.push(pattern.charCodeAt(i));
      }
      state = next;
    }
    own[state]?.push(p);
  }
  const fail = new Int32Array(own.length);
  const outputs: number[][] = own.map((list) => [...list]);
  const queue: number[] = [];
  for (const code of childrenOf[ROOT] ?? []) {
    const child = edges.get(code) ?? ROOT;
    fail[child] = ROOT;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? ROOT;
    for (const code of childrenOf[state] ?? []) {
      const child = edges.get(state * 65536 + code) ?? ROOT;
      let f = fail[state] ?? ROOT;
      while (f !== ROOT && !edges.has(f * 65536 + code)) f = fail[f] ?? ROOT;
      const target = edges.get(f * 65536 + code);
      fail[child] = target !== undefined && target !== child ? target : ROOT;
      const inherited = outputs[fail[child] ?? ROOT] ?? [];
      if (inherited.length > 0) outputs[child]?.push(...inherited);
      queue.push(child);
    }
  }
  return {
    edges,
    fail,
    outputs,
    patternLengths: Int32Array.from(patterns, (p) => p.length),
  };
}

/** Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. */
export function scanAutomaton(
  automaton: Automaton,
  text: string,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { edges, fail, outputs } = automaton;
  let state = ROOT;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let next = edges.get(state * 65536 + code);
    while (next === undefined && state !== ROOT) {
      state = fail[state] ?? ROOT;
      next = edges.get(state * 65536 + code);
    }
    state = next ?? ROOT;
    const found = outputs[state];
    if (found !== undefined && found.length > 0) {
      for (const pattern of found) onMatch(pattern, i + 1);
    }
  }
}
