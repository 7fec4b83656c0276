/**
 * The browser's ICANN-only public suffix list (build/icann-suffix-trie.ts) answers every
 * ICANN-only question exactly as the full tldts does: tldts's own lookup code is run in Node over
 * the pruned data, for every rule of the list (as a suffix, as a registrable domain, under a
 * subdomain, with wildcards filled in) and for every private rule.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'tldts';
import type { IResult, IOptions } from 'tldts-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  icannTrieModuleFor,
  isSuffixTrieModule,
  pruneToIcann,
  SuffixTrieError,
  trieModule,
  type SuffixTrie,
} from '../build/icann-suffix-trie.ts';

const require = createRequire(import.meta.url);
const TLDTS_ES6 = join(dirname(require.resolve('tldts/package.json')), 'dist', 'es6');
const TRIE_PATH = join(TLDTS_ES6, 'src', 'data', 'trie.js');
const CORE_ES6 = join(dirname(require.resolve('tldts-core/package.json')), 'dist', 'es6', 'index.js');

type Parse = (url: string, options?: Partial<IOptions>) => IResult;

/** Every rule of a trie, as label paths read right to left (`['com', 'blogspot']`), with its flag. */
function rulesOf(trie: SuffixTrie, root: number): { labels: string[]; flag: number }[] {
  const offsets: number[] = [];
  for (let edge = 0, offset = 0; edge < trie.edgeLength.length; edge++) {
    offsets.push(offset);
    offset += trie.edgeLength[edge] ?? 0;
  }
  const rules: { labels: string[]; flag: number }[] = [];
  const walk = (node: number, labels: string[]): void => {
    for (let edge = trie.edgeStart[node] ?? 0; edge < (trie.edgeStart[node + 1] ?? 0); edge++) {
      const start = offsets[edge] ?? 0;
      const label = trie.labelText.slice(start, start + (trie.edgeLength[edge] ?? 0));
      const child = trie.edgeChild[edge] ?? 0;
      const path = [...labels, label];
      rules.push({ labels: path, flag: trie.nodeFlags[child] ?? 0 });
      walk(child, path);
    }
  };
  walk(root, []);
  return rules;
}

/** Host names probing one rule: the suffix itself, a domain under it, a subdomain of that. */
function probes(labels: readonly string[]): string[] {
  const host = [...labels]
    .reverse()
    .map((label) => (label === '*' ? 'wild' : label))
    .join('.');
  return [host, `example.${host}`, `www.example.${host}`, `a-b.c.example.${host}`];
}

describe('the ICANN-only public suffix list', () => {
  let dir: string;
  let full: SuffixTrie;
  let pruned: SuffixTrie;
  let icannParse: Parse;

  /** tldts's own `parse`, its lookup code unchanged, over the data module `source`. */
  let modules = 0;
  const parserOver = async (source: string): Promise<Parse> => {
    const name = `trie-${modules++}`;
    await writeFile(join(dir, `${name}.mjs`), source);
    const lookup = (await readFile(join(TLDTS_ES6, 'src', 'suffix-trie.js'), 'utf8'))
      .replace(`from 'tldts-core'`, `from ${JSON.stringify(pathToFileURL(CORE_ES6).href)}`)
      .replace(`from './data/trie'`, `from './${name}.mjs'`)
      .replace(/^\/\/# sourceMappingURL=.*$/mu, '');
    expect(lookup).toContain(`./${name}.mjs`);
    await writeFile(join(dir, `${name}-lookup.mjs`), lookup);
    const core = (await import(pathToFileURL(CORE_ES6).href)) as {
      parseImpl: (url: string, step: number, lookup: unknown, options: unknown, out: IResult) => IResult;
      getEmptyResult: () => IResult;
    };
    const suffixLookup = ((await import(pathToFileURL(join(dir, `${name}-lookup.mjs`)).href)) as { default: unknown })
      .default;
    // FLAG.ALL, as tldts's own `parse` does.
    return (url, options) => core.parseImpl(url, 5, suffixLookup, options, core.getEmptyResult());
  };

  beforeAll(async () => {
    full = (await import(pathToFileURL(TRIE_PATH).href)) as SuffixTrie;
    pruned = pruneToIcann(full);
    dir = await mkdtemp(join(tmpdir(), 'raksa-icann-trie-'));
    icannParse = await parserOver(await icannTrieModuleFor(TRIE_PATH));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('drops the private section: far fewer labels to download', () => {
    expect(pruned.labelText.length).toBeLessThan(full.labelText.length * 0.7);
    expect(pruned.edgeLength.length).toBeLessThan(full.edgeLength.length);
    expect(pruned.labelText).not.toContain('blogspot');
    expect(pruned.labelText).toContain('kh');
  });

  it('answers every rule of the full list as tldts does, for the engine’s options', () => {
    const hosts = new Set<string>();
    for (const root of [full.rulesRoot, full.exceptionsRoot])
      for (const rule of rulesOf(full, root)) for (const host of probes(rule.labels)) hosts.add(host);
    expect(hosts.size).toBeGreaterThan(30_000);
    const options: Partial<IOptions>[] = [{ extractHostname: false }, { allowPrivateDomains: false }, {}];
    const differences: string[] = [];
    let compared = 0;
    for (const host of hosts) {
      for (const option of options) {
        const got = JSON.stringify(icannParse(host, option));
        const expected = JSON.stringify(parse(host, option));
        if (got !== expected) differences.push(`${host} ${JSON.stringify(option)}: ${got} ≠ ${expected}`);
        compared++;
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(compared).toBe(hosts.size * options.length);
  });

  it('treats private suffixes as ordinary names, like tldts without private domains', () => {
    for (const host of ['blogspot.com', 'me.blogspot.com', 'user.github.io', 'x.y.vercel.app', 'ngrok.io']) {
      const expected = parse(host);
      expect(icannParse(host)).toEqual(expected);
      expect(expected.isPrivate).toBe(false);
    }
  });

  it('answers URLs, IPs, odd and hostile input as tldts does', () => {
    const inputs = [
      'https://www.example.com.kh/path?q=1',
      'http://192.168.0.1:8080/',
      '[::1]',
      'xn--80ak6aa92e.com',
      'example',
      '',
      '.',
      '..com',
      'a..b.com',
      '*.ck',
      'www.ck',
      'city.kawasaki.jp',
      'foo.city.kawasaki.jp',
      'example.COM',
      `${'a.'.repeat(200)}com`,
      'ex ample.com',
      'пример.рф',
    ];
    for (const input of inputs) {
      expect(icannParse(input), input).toEqual(parse(input));
      expect(icannParse(input, { extractHostname: false }), input).toEqual(parse(input, { extractHostname: false }));
    }
  });

  it('keeps a private name under an ICANN wildcard from falling into the wildcard', async () => {
    // A list of two rules under `ck`: `*.ck` (ICANN) and `blog.ck` (private, with a sub-rule).
    // An ICANN-only lookup of x.blog.ck stops at `blog` (suffix `ck`), it must not read `*.ck`.
    const djb2 = (label: string): number => {
      let hash = 5381;
      for (let i = label.length - 1; i >= 0; i--) hash = (hash * 33) ^ label.charCodeAt(i);
      return hash >>> 0;
    };
    const ckEdges = [
      { label: '*', child: 2 },
      { label: 'blog', child: 3 },
    ].sort((a, b) => djb2(a.label) - djb2(b.label));
    const blogEdges = [{ label: 'shop', child: 4 }];
    // Nodes: 0 rules root, 1 `ck`, 2 `*.ck` leaf, 3 `blog.ck`, 4 `shop.blog.ck` leaf, 5 exceptions root.
    const edges = [{ label: 'ck', child: 1 }, ...ckEdges, ...blogEdges];
    const synthetic: SuffixTrie = {
      nodeFlags: new Uint8Array([0, 1, 1, 2, 2, 0]),
      edgeStart: new Uint16Array([0, 1, 3, 3, 4, 4, 4]),
      edgeLength: new Uint8Array(edges.map((edge) => edge.label.length)),
      edgeChild: new Uint16Array(edges.map((edge) => edge.child)),
      labelText: edges.map((edge) => edge.label).join(''),
      rulesRoot: 0,
      exceptionsRoot: 5,
    };
    const fullParse = await parserOver(trieModule(synthetic));
    const prunedParse = await parserOver(trieModule(pruneToIcann(synthetic)));
    expect(pruneToIcann(synthetic).labelText).not.toContain('shop');
    for (const host of ['x.blog.ck', 'a.shop.blog.ck', 'x.other.ck', 'ck', 'blog.ck']) {
      expect(prunedParse(host), host).toEqual(fullParse(host));
    }
    expect(prunedParse('x.blog.ck').publicSuffix).toBe('ck');
    expect(prunedParse('x.other.ck').publicSuffix).toBe('other.ck');
  });

  it('is applied to tldts’s browser data module only', () => {
    expect(isSuffixTrieModule(TRIE_PATH)).toBe(true);
    expect(isSuffixTrieModule(join(TLDTS_ES6, 'src', 'suffix-trie.js'))).toBe(false);
    expect(isSuffixTrieModule('/x/node_modules/tldts/dist/cjs/index.js')).toBe(false);
  });

  it('refuses data in an unexpected format instead of shipping a broken list', () => {
    const broken = { ...full, edgeStart: full.edgeStart.slice(1) };
    expect(() => pruneToIcann(broken)).toThrow(SuffixTrieError);
  });
});
