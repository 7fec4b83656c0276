/**
 * Aho-Corasick automaton over UTF-16 code units. Built once from the catalogue's normalised
 * literals; a scan is one pass over the text with no backtracking, whatever the number of
 * patterns (see DESIGN.md, "Why Aho-Corasick").
 *
 * Layout, chosen for the scan loop and the processor's caches: code units are first mapped to
 * dense character classes (`classOf`; class 0 = a unit that occurs in no literal, which sends the
 * scan straight back to the root); the root's transitions are a dense array. Other states are
 * numbered breadth first, so the children of every state are consecutive states and the shallow
 * states the scan visits most sit together at the front of every array: a state's children are
 * `childStart[s] .. childStart[s + 1]`, sorted by `edgeClass` (the class of the edge into each
 * state), found by binary search. `rows` interleaves `childStart` and `outputStart`, so one
 * cache line gives the scan both ranges of a state.
 */
export interface Automaton {
  readonly classOf: Uint16Array;
  readonly classCount: number;
  readonly rootNext: Int32Array;
  /** The children of state s are the states `childStart[s] .. childStart[s + 1]`. */
  readonly childStart: Int32Array;
  /** The character class of the trie edge into each state (0 for the root). */
  readonly edgeClass: Uint16Array;
  /** `rows[2s] = childStart[s]`, `rows[2s + 1] = outputStart[s]`, for s in 0..states. */
  readonly rows: Int32Array;
  readonly fail: Int32Array;
  /** Offsets into `outputList` per state: patterns ending at state s are outputList[outputStart[s] .. outputStart[s+1]). */
  readonly outputStart: Int32Array;
  readonly outputList: Int32Array;
  readonly patternLengths: Int32Array;
}

const ROOT = 0;
const EMPTY = -1;

/** The child of `state` on `cls` among `edgeClass[lo .. hi)` (sorted), or -1. */
function findChild(edgeClass: Uint16Array, lo: number, hi: number, cls: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const found = edgeClass[mid] ?? 0;
    if (found === cls) return mid;
    if (found < cls) lo = mid + 1;
    else hi = mid;
  }
  return EMPTY;
}

/** The goto transition from `state` on character class `cls`, or -1 when there is none. */
export function lookup(automaton: Automaton, state: number, cls: number): number {
  if (state === ROOT) return automaton.rootNext[cls] ?? EMPTY;
  const { childStart, edgeClass } = automaton;
  return findChild(edgeClass, childStart[state] ?? 0, childStart[state + 1] ?? 0, cls);
}

/** Builds the automaton; pattern `i` in the input is reported as index `i`. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const classOf = new Uint16Array(0x10000);
  let classCount = 1;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = classCount++;
    }
  }
  // Trie with per-state child maps (build time only), in insertion numbering.
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    let state = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const cls = classOf[pattern.charCodeAt(i)] ?? 0;
      let next = children[state]?.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[state]?.set(cls, next);
      }
      state = next;
    }
    own[state]?.push(index);
  });
  const stateCount = children.length;
  if (stateCount * classCount > 2 ** 31) throw new RangeError('automaton too large');

  // Breadth-first renumbering: `order[id]` is the trie state numbered `id`; siblings by class.
  const order = new Int32Array(stateCount);
  const edgeClass = new Uint16Array(stateCount);
  const childStart = new Int32Array(stateCount + 1);
  const parentOf = new Int32Array(stateCount);
  let assigned = 1;
  for (let id = 0; id < stateCount; id++) {
    const trieState = order[id] ?? ROOT;
    childStart[id] = assigned;
    const sorted = [...(children[trieState] ?? [])].sort((a, b) => a[0] - b[0]);
    for (const [cls, child] of sorted) {
      order[assigned] = child;
      parentOf[assigned] = id;
      edgeClass[assigned] = cls;
      assigned++;
    }
  }
  childStart[stateCount] = assigned;

  const rootNext = new Int32Array(classCount).fill(EMPTY);
  for (let id = childStart[ROOT] ?? 1; id < (childStart[ROOT + 1] ?? 1); id++) rootNext[edgeClass[id] ?? 0] = id;

  // Failure links and outputs, breadth first (a state's failure is shallower, so already known).
  const fail = new Int32Array(stateCount);
  const outputs: number[][] = new Array<number[]>(stateCount);
  outputs[ROOT] = [...(own[ROOT] ?? [])];
  const automatonSoFar = { rootNext, childStart, edgeClass } as Automaton;
  for (let id = 1; id < stateCount; id++) {
    const parent = parentOf[id] ?? ROOT;
    const cls = edgeClass[id] ?? 0;
    let target = EMPTY;
    if (parent !== ROOT) {
      for (let f = fail[parent] ?? ROOT; ; f = fail[f] ?? ROOT) {
        target = lookup(automatonSoFar, f, cls);
        if (target !== EMPTY || f === ROOT) break;
      }
    }
    fail[id] = target !== EMPTY && target !== id ? target : ROOT;
    const list = [...(own[order[id] ?? ROOT] ?? [])];
    const inherited = outputs[fail[id] ?? ROOT] ?? [];
    if (inherited.length > 0) list.push(...inherited);
    outputs[id] = list;
  }

  const outputStart = new Int32Array(stateCount + 1);
  let total = 0;
  for (let s = 0; s < stateCount; s++) {
    outputStart[s] = total;
    total += outputs[s]?.length ?? 0;
  }
  outputStart[stateCount] = total;
  const outputList = new Int32Array(total);
  for (let s = 0; s < stateCount; s++) outputList.set(outputs[s] ?? [], outputStart[s] ?? 0);
  const rows = new Int32Array(2 * (stateCount + 1));
  for (let s = 0; s <= stateCount; s++) {
    rows[2 * s] = childStart[s] ?? 0;
    rows[2 * s + 1] = outputStart[s] ?? 0;
  }
  return {
    classOf,
    classCount,
    rootNext,
    childStart,
    edgeClass,
    rows,
    fail,
    outputStart,
    outputList,
    patternLengths: Int32Array.from(patterns, (p) => p.length),
  };
}

/** Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. */
export function scanAutomaton(
  automaton: Automaton,
  text: string,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { classOf, rootNext, rows, edgeClass, fail, outputList } = automaton;
  let state = ROOT;
  for (let i = 0; i < text.length; i++) {
    const cls = classOf[text.charCodeAt(i)] ?? 0;
    if (cls === 0) {
      state = ROOT;
      continue;
    }
    // `lookup`, inlined: this loop runs once per code unit of every message.
    let next = EMPTY;
    for (;;) {
      if (state === ROOT) {
        next = rootNext[cls] ?? EMPTY;
        break;
      }
      let lo = rows[2 * state] ?? 0;
      let hi = rows[2 * state + 2] ?? 0;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const found = edgeClass[mid] ?? 0;
        if (found === cls) {
          next = mid;
          break;
        }
        if (found < cls) lo = mid + 1;
        else hi = mid;
      }
      if (next !== EMPTY) break;
      state = fail[state] ?? ROOT;
    }
    state = next === EMPTY ? ROOT : next;
    const from = rows[2 * state + 1] ?? 0;
    const to = rows[2 * state + 3] ?? 0;
    for (let k = from; k < to; k++) onMatch(outputList[k] ?? 0, i + 1);
  }
}
