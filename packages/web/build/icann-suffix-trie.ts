/**
 * A Vite plugin that ships the browser only the ICANN section of the public suffix list.
 *
 * The engine asks tldts about ICANN suffixes only (`allowPrivateDomains` is false in
 * entities/hosts.ts and score/link-risk.ts), yet tldts's trie also holds the private section
 * (blogspot.com, github.io…): about a third of its labels. This plugin replaces tldts's data module
 * (`dist/es6/src/data/trie.js`, the arrays its own lookup code walks) with the same trie pruned to
 * what an ICANN-only lookup can reach. tldts's lookup code runs unchanged; Node keeps the full list.
 *
 * Pruning is exact for ICANN-only lookups: an edge is dropped only when nothing below it carries
 * the ICANN flag, except where its node also has a `*` edge worth keeping. There the edge is kept
 * but leads to an empty node, so the lookup still stops at it instead of taking the wildcard.
 * icann-suffix-trie.test.ts checks every rule of the list against tldts itself.
 */
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const TRIE_MODULE = /[\\/]node_modules[\\/]tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/u;

/** tldts's rule flags (`RULE_TYPE` in its suffix-trie.ts). */
const ICANN = 1;
const WILDCARD = 42; // '*'

type IndexArray = Uint8Array | Uint16Array | Uint32Array;

/** The exports of tldts's data module: a flat trie of labels, walked right to left. */
export interface SuffixTrie {
  nodeFlags: Uint8Array;
  /** Node n's edges are edgeStart[n] … edgeStart[n + 1] - 1 (length: nodes + 1). */
  edgeStart: IndexArray;
  edgeLength: IndexArray;
  edgeChild: IndexArray;
  /** Every edge's label, concatenated in edge order. */
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

export class SuffixTrieError extends Error {
  readonly code = 'suffix_trie_failed';
}

function checkTrie(trie: SuffixTrie): void {
  const nodes = trie.nodeFlags.length;
  const edges = trie.edgeLength.length;
  const valid =
    trie.edgeStart.length === nodes + 1 &&
    trie.edgeChild.length === edges &&
    trie.edgeStart[nodes] === edges &&
    Array.from(trie.edgeLength).reduce((sum, length) => sum + length, 0) === trie.labelText.length &&
    trie.rulesRoot < nodes &&
    trie.exceptionsRoot < nodes;
  if (!valid) throw new SuffixTrieError('tldts’s trie data is not in the expected format; check its version.');
}

function like<T extends IndexArray>(original: T, values: readonly number[]): T {
  const Constructor = original.constructor as new (values: readonly number[]) => T;
  const copy = new Constructor(values);
  if (copy.some((value, i) => value !== values[i]))
    throw new SuffixTrieError('a pruned trie index does not fit its array type');
  return copy;
}

/** The trie an ICANN-only lookup walks identically (see the file comment). */
export function pruneToIcann(trie: SuffixTrie): SuffixTrie {
  checkTrie(trie);
  const nodes = trie.nodeFlags.length;
  const offsets: number[] = [];
  for (let edge = 0, offset = 0; edge < trie.edgeLength.length; edge++) {
    offsets.push(offset);
    offset += trie.edgeLength[edge] ?? 0;
  }
  const labelOf = (edge: number): string =>
    trie.labelText.slice(offsets[edge], (offsets[edge] ?? 0) + (trie.edgeLength[edge] ?? 0));
  // Whether an ICANN rule is at or below a node (the trie is a DAG: leaves are shared).
  const live = new Map<number, boolean>();
  const isLive = (node: number): boolean => {
    const known = live.get(node);
    if (known !== undefined) return known;
    let result = ((trie.nodeFlags[node] ?? 0) & ICANN) !== 0;
    for (let edge = trie.edgeStart[node] ?? 0; edge < (trie.edgeStart[node + 1] ?? 0); edge++) {
      if (isLive(trie.edgeChild[edge] ?? 0)) result = true;
    }
    live.set(node, result);
    return result;
  };
  const dead = nodes; // one new node: no flag, no edges
  const flags: number[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  const children: number[] = [];
  let text = '';
  for (let node = 0; node < nodes; node++) {
    starts.push(lengths.length);
    const reachable = isLive(node) || node === trie.rulesRoot || node === trie.exceptionsRoot;
    flags.push(isLive(node) ? (trie.nodeFlags[node] ?? 0) : 0);
    if (!reachable) continue;
    const first = trie.edgeStart[node] ?? 0;
    const end = trie.edgeStart[node + 1] ?? 0;
    let hasLiveWildcard = false;
    for (let edge = first; edge < end; edge++) {
      if (labelOf(edge).charCodeAt(0) === WILDCARD && labelOf(edge).length === 1 && isLive(trie.edgeChild[edge] ?? 0))
        hasLiveWildcard = true;
    }
    for (let edge = first; edge < end; edge++) {
      const child = trie.edgeChild[edge] ?? 0;
      if (!isLive(child) && !hasLiveWildcard) continue;
      lengths.push(trie.edgeLength[edge] ?? 0);
      children.push(isLive(child) ? child : dead);
      text += labelOf(edge);
    }
  }
  flags.push(0);
  starts.push(lengths.length, lengths.length);
  const pruned: SuffixTrie = {
    nodeFlags: new Uint8Array(flags),
    edgeStart: like(trie.edgeStart, starts),
    edgeLength: like(trie.edgeLength, lengths),
    edgeChild: like(trie.edgeChild, children),
    labelText: text,
    rulesRoot: trie.rulesRoot,
    exceptionsRoot: trie.exceptionsRoot,
  };
  checkTrie(pruned);
  return pruned;
}

/** The source of a data module with tldts's exports. */
export function trieModule(trie: SuffixTrie): string {
  const array = (values: IndexArray): string => `/*#__PURE__*/ new ${values.constructor.name}([${values.join(',')}])`;
  return [
    '// The ICANN section of tldts’s public-suffix trie, pruned at build time by packages/web/build/icann-suffix-trie.ts.',
    `export const nodeFlags = ${array(trie.nodeFlags)};`,
    `export const edgeStart = ${array(trie.edgeStart)};`,
    `export const edgeLength = ${array(trie.edgeLength)};`,
    `export const edgeChild = ${array(trie.edgeChild)};`,
    `export const labelText = ${JSON.stringify(trie.labelText)};`,
    `export const rulesRoot = ${trie.rulesRoot};`,
    `export const exceptionsRoot = ${trie.exceptionsRoot};`,
    '',
  ].join('\n');
}

/** Whether a module id is tldts's trie data module (the browser build's). */
export function isSuffixTrieModule(id: string): boolean {
  return TRIE_MODULE.test(id.split('?')[0] ?? id);
}

/** The pruned data module for tldts's data module at `path`. */
export async function icannTrieModuleFor(path: string): Promise<string> {
  const data = (await import(pathToFileURL(path).href)) as SuffixTrie;
  return trieModule(pruneToIcann(data));
}

export function icannSuffixTrie(): Plugin {
  let pruned = 0;
  return {
    name: 'raksa:icann-suffix-trie',
    enforce: 'pre',
    apply: 'build',
    async load(id) {
      if (!isSuffixTrieModule(id)) return null;
      pruned++;
      return { code: await icannTrieModuleFor(id.split('?')[0] ?? id), map: null };
    },
    buildEnd(error) {
      // tldts is bundled wherever the engine is; if its data moved, the full list would ship silently.
      if (error === undefined && pruned === 0 && this.getModuleIds !== undefined) {
        const ids = [...this.getModuleIds()];
        if (ids.some((id) => /[\\/]node_modules[\\/]tldts[\\/]/u.test(id)))
          this.error(new SuffixTrieError('tldts is bundled but its trie data module was not found to prune.'));
      }
    },
  };
}
