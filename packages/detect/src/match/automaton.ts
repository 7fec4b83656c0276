/**
 * Aho-Corasick automaton over UTF-16 code units. Built once from the catalogue's normalised
 * literals; a scan is one pass over the text with no backtracking, whatever the number of
 * patterns (see DESIGN.md, "Why Aho-Corasick").
 *
 * Layout, chosen for the scan loop: code units are first mapped to dense character classes
 * (`classOf`; class 0 = a unit that occurs in no literal, which sends the scan straight back to
 * the root); the root's transitions are a dense array; all other transitions live in one
 * open-addressing hash table keyed by (state, class), whose keys stay small integers.
 */
export interface Automaton {
  readonly classOf: Uint16Array;
  readonly classCount: number;
  readonly rootNext: Int32Array;
  readonly tableKeys: Int32Array;
  readonly tableValues: Int32Array;
  readonly tableMask: number;
  readonly fail: Int32Array;
  /** Offsets into `outputList` per state: patterns ending at state s are outputList[outputStart[s] .. outputStart[s+1]). */
  readonly outputStart: Int32Array;
  readonly outputList: Int32Array;
  readonly patternLengths: Int32Array;
}

const ROOT = 0;
const EMPTY = -1;

function slot(state: number, cls: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & mask;
}

/** The goto transition from `state` on character class `cls`, or -1 when there is none. */
export function lookup(automaton: Automaton, state: number, cls: number): number {
  if (state === ROOT) return automaton.rootNext[cls] ?? EMPTY;
  const key = state * automaton.classCount + cls;
  const { tableKeys, tableValues, tableMask } = automaton;
  for (let i = slot(state, cls, tableMask); ; i = (i + 1) & tableMask) {
    const found = tableKeys[i] ?? EMPTY;
    if (found === key) return tableValues[i] ?? EMPTY;
    if (found === EMPTY) return EMPTY;
  }
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
  // Trie with per-state child maps (build time only).
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
  const fail = new Int32Array(stateCount);
  const outputs: number[][] = own.map((list) => [...list]);
  const order: number[] = [];
  for (const child of children[ROOT]?.values() ?? []) order.push(child);
  for (let head = 0; head < order.length; head++) {
    const state = order[head] ?? ROOT;
    for (const [cls, child] of children[state] ?? []) {
      let f = fail[state] ?? ROOT;
      while (f !== ROOT && !(children[f]?.has(cls) ?? false)) f = fail[f] ?? ROOT;
      const target = children[f]?.get(cls);
      fail[child] = target !== undefined && target !== child ? target : ROOT;
      const inherited = outputs[fail[child] ?? ROOT] ?? [];
      if (inherited.length > 0) outputs[child]?.push(...inherited);
      order.push(child);
    }
  }
  const rootNext = new Int32Array(classCount).fill(EMPTY);
  for (const [cls, child] of children[ROOT] ?? []) rootNext[cls] = child;
  let edgeCount = 0;
  for (let s = 1; s < stateCount; s++) edgeCount += children[s]?.size ?? 0;
  let size = 1;
  while (size < edgeCount * 2 + 2) size *= 2;
  const tableKeys = new Int32Array(size).fill(EMPTY);
  const tableValues = new Int32Array(size);
  const tableMask = size - 1;
  for (let s = 1; s < stateCount; s++) {
    for (const [cls, child] of children[s] ?? []) {
      let i = slot(s, cls, tableMask);
      while (tableKeys[i] !== EMPTY) i = (i + 1) & tableMask;
      tableKeys[i] = s * classCount + cls;
      tableValues[i] = child;
    }
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
  if (stateCount * classCount > 2 ** 31) throw new RangeError('automaton too large for 32-bit transition keys');
  return {
    classOf,
    classCount,
    rootNext,
    tableKeys,
    tableValues,
    tableMask,
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
  const { classOf, classCount, rootNext, tableKeys, tableValues, tableMask, fail, outputStart, outputList } = automaton;
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
      const key = state * classCount + cls;
      for (let k = slot(state, cls, tableMask); ; k = (k + 1) & tableMask) {
        const found = tableKeys[k] ?? EMPTY;
        if (found === key) {
          next = tableValues[k] ?? EMPTY;
          break;
        }
        if (found === EMPTY) break;
      }
      if (next !== EMPTY) break;
      state = fail[state] ?? ROOT;
    }
    state = next === EMPTY ? ROOT : next;
    const from = outputStart[state] ?? 0;
    const to = outputStart[state + 1] ?? 0;
    for (let k = from; k < to; k++) onMatch(outputList[k] ?? 0, i + 1);
  }
}
