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
  const { stateCount, childStart, edgeClass, parentOf, ownStart, ownCount, sorted } = numberTrieStates(
    patterns,
    classOf,
  );
  if (stateCount * classCount > 2 ** 31) throw new RangeError('automaton too large');

  const rootNext = new Int32Array(classCount).fill(EMPTY);
  for (let id = childStart[ROOT] ?? 1; id < (childStart[ROOT + 1] ?? 1); id++) rootNext[edgeClass[id] ?? 0] = id;

  // Failure links, breadth first (a state's failure is shallower, so already known), and how many
  // patterns each state reports: its own, then those of its failure state.
  const fail = new Int32Array(stateCount);
  const outputCount = new Int32Array(stateCount);
  outputCount[ROOT] = ownCount[ROOT] ?? 0;
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
    outputCount[id] = (ownCount[id] ?? 0) + (outputCount[fail[id] ?? ROOT] ?? 0);
  }

  const outputStart = new Int32Array(stateCount + 1);
  for (let s = 0; s < stateCount; s++) outputStart[s + 1] = (outputStart[s] ?? 0) + (outputCount[s] ?? 0);
  const outputList = new Int32Array(outputStart[stateCount] ?? 0);
  for (let s = 0; s < stateCount; s++) {
    let at = outputStart[s] ?? 0;
    const own = ownStart[s] ?? 0;
    for (let k = own; k < own + (ownCount[s] ?? 0); k++) outputList[at++] = sorted[k] ?? 0;
    if (s === ROOT) continue;
    const inherited = fail[s] ?? ROOT;
    outputList.copyWithin(
      at,
      outputStart[inherited] ?? 0,
      (outputStart[inherited] ?? 0) + (outputCount[inherited] ?? 0),
    );
  }
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

/**
 * The trie of `patterns`, its states numbered breadth first with each state's children in class
 * order, built without the trie itself: with the patterns sorted by their class sequences, the
 * states at depth d, in that numbering, are the distinct length-d prefixes in sorted order, and
 * two neighbours in the sorted list share a state at depth d exactly when their common prefix is
 * at least d long. So one pass per depth over the patterns still that long numbers every state
 * (a per-state child map, as a textbook trie keeps, cost most of the build on a large catalogue).
 * `sorted` lists the pattern indices in that order (equal patterns by index); the patterns ending
 * at state s are `sorted[ownStart[s] .. ownStart[s] + ownCount[s])`.
 */
function numberTrieStates(patterns: readonly string[], classOf: Uint16Array) {
  const keys = patterns.map((pattern) => {
    let key = '';
    for (let i = 0; i < pattern.length; i++) key += String.fromCharCode(classOf[pattern.charCodeAt(i)] ?? 0);
    return key;
  });
  const sorted = Int32Array.from(patterns.keys()).sort((a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  const n = sorted.length;
  const sortedKeys = Array.from(sorted, (index) => keys[index] ?? '');
  let stateCount = 1;
  for (const key of keys) stateCount += key.length;
  // Upper bounds first (one state per pattern character); trimmed below.
  let edgeClass = new Uint16Array(stateCount);
  let parentOf = new Int32Array(stateCount);
  const ownStart = new Int32Array(stateCount);
  const ownCount = new Int32Array(stateCount);
  // For each pattern still active (in sorted order): its state at the current depth, and its
  // common prefix length with the previous active pattern.
  const active = Int32Array.from(sorted.keys());
  const stateOf = new Int32Array(n);
  const common = new Int32Array(n);
  for (let k = 1; k < n; k++) {
    const ka = sortedKeys[k - 1] ?? '';
    const kb = sortedKeys[k] ?? '';
    let l = 0;
    while (l < ka.length && l < kb.length && ka.charCodeAt(l) === kb.charCodeAt(l)) l++;
    common[k] = l;
  }
  const recordOwn = (position: number, state: number): void => {
    if ((ownCount[state] ?? 0) === 0) ownStart[state] = position;
    ownCount[state] = (ownCount[state] ?? 0) + 1;
  };
  let count = 0;
  for (let k = 0; k < n; k++) {
    if ((sortedKeys[k] ?? '').length === 0) recordOwn(k, ROOT);
    else {
      active[count] = k;
      common[count] = common[k] ?? 0;
      count++;
    }
  }
  let assigned = 1;
  for (let depth = 1; count > 0; depth++) {
    let previousState = -1;
    for (let a = 0; a < count; a++) {
      const position = active[a] ?? 0;
      const key = sortedKeys[position] ?? '';
      if (a === 0 || (common[a] ?? 0) < depth) {
        previousState = assigned++;
        edgeClass[previousState] = key.charCodeAt(depth - 1);
        parentOf[previousState] = depth === 1 ? ROOT : (stateOf[a] ?? ROOT);
      }
      stateOf[a] = previousState;
      if (key.length === depth) recordOwn(position, previousState);
    }
    // Keep the patterns longer than this depth; a dropped pattern's common prefix with its
    // neighbours bounds the common prefix of the two it separated.
    let kept = 0;
    let bound = Number.MAX_SAFE_INTEGER;
    for (let a = 0; a < count; a++) {
      bound = Math.min(bound, common[a] ?? 0);
      const position = active[a] ?? 0;
      if ((sortedKeys[position] ?? '').length === depth) continue;
      active[kept] = position;
      stateOf[kept] = stateOf[a] ?? 0;
      common[kept] = kept === 0 ? 0 : bound;
      bound = Number.MAX_SAFE_INTEGER;
      kept++;
    }
    count = kept;
  }
  stateCount = assigned;
  edgeClass = edgeClass.slice(0, stateCount);
  parentOf = parentOf.slice(0, stateCount);
  const childStart = new Int32Array(stateCount + 1);
  const children = new Int32Array(stateCount);
  for (let id = 1; id < stateCount; id++) children[parentOf[id] ?? ROOT] = (children[parentOf[id] ?? ROOT] ?? 0) + 1;
  childStart[0] = 1;
  for (let id = 0; id < stateCount; id++) childStart[id + 1] = (childStart[id] ?? 0) + (children[id] ?? 0);
  return {
    stateCount,
    childStart,
    edgeClass,
    parentOf,
    ownStart: ownStart.slice(0, stateCount),
    ownCount: ownCount.slice(0, stateCount),
    sorted,
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
