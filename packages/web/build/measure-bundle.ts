/**
 * Measures a build the way a phone downloads it: which JS and CSS files the first visit needs
 * to show a check result, for a reader of each interface language (the page's entry, its
 * stylesheet, their static imports, the detection worker with its imports, and the catalogue
 * parts the worker loads before its first answer: see `firstLoadNeeds` in
 * src/engine/handle-request.ts), and their gzip and brotli sizes (node:zlib, best levels).
 * Pages and catalogue parts loaded on demand are listed apart; fonts are listed apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { firstLoadNeeds } from '../src/engine/handle-request.ts';

export const INTERFACE_LANGUAGES = ['en', 'km'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Totals {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FirstLoad {
  language: InterfaceLanguage;
  files: FileSize[];
  total: Totals;
}

export interface BundleReport {
  /** One per interface language: what a reader of that language downloads before a first result. */
  firstLoads: FirstLoad[];
  /** Files no first load needs (other pages, other catalogue parts). */
  onDemand: FileSize[];
  fonts: FileSize[];
  allScriptsAndStylesTotal: Totals;
  budget: number;
}

const HTML_ASSET = /(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/gu;
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/gu;
const WORKER_URL = /new URL\(\s*["'`]([^"'`]+\.js)["'`]\s*,\s*import\.meta\.url\s*\)/gu;

function sizeOf(file: string, body: Buffer): FileSize {
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function total(files: readonly FileSize[]): Totals {
  return files.reduce(
    (sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, path)));
    else files.push(path);
  }
  return files;
}

/** The catalogue parts' chunks the worker loads first for a reader of `language` (build/catalog-parts.ts names them). */
export function firstCatalogParts(files: readonly string[], language: InterfaceLanguage): string[] {
  const needs = firstLoadNeeds(language);
  const prefixes = [`texts-${needs.language}`, ...needs.phrasePacks.map((pack) => `phrases-${pack}`)];
  return prefixes.map((prefix) => {
    const matches = files.filter((file) => file.startsWith(`assets/catalog-${prefix}-`) && file.endsWith('.js'));
    if (matches.length !== 1) throw new Error(`Expected one catalogue chunk for ${prefix}, found ${matches.length}.`);
    return matches[0] ?? '';
  });
}

/**
 * The files a first visit needs, following static imports and the worker's URL (not `import()`),
 * plus the catalogue parts the worker loads before its first answer to a reader of `language`.
 */
export async function firstLoadFiles(outDir: string, language: InterfaceLanguage): Promise<string[]> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(HTML_ASSET)].map((match) => posix.normalize(match[1] ?? ''));
  queue.push(...firstCatalogParts(await listFiles(outDir), language));
  const needed = new Set<string>(['sw.js']);
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (needed.has(file)) continue;
    needed.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(join(outDir, file), 'utf8');
    const dir = posix.dirname(file);
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(posix.join(dir, match[1] ?? ''));
    for (const match of code.matchAll(WORKER_URL)) queue.push(posix.join(dir, match[1] ?? ''));
  }
  return [...needed].sort();
}

export async function measureBundle(outDir: string): Promise<BundleReport> {
  const files = await listFiles(outDir);
  const neededBy = new Map<InterfaceLanguage, Set<string>>();
  for (const language of INTERFACE_LANGUAGES) neededBy.set(language, new Set(await firstLoadFiles(outDir, language)));
  const code: FileSize[] = [];
  const fonts: FileSize[] = [];
  for (const file of files.sort()) {
    const isCode = file.endsWith('.js') || file.endsWith('.css');
    const isFont = file.endsWith('.woff2') || file.endsWith('.woff');
    if (!isCode && !isFont) continue;
    const size = sizeOf(file, await readFile(join(outDir, file)));
    (isFont ? fonts : code).push(size);
  }
  const firstLoads = INTERFACE_LANGUAGES.map((language): FirstLoad => {
    const needed = neededBy.get(language) ?? new Set<string>();
    const loaded = code.filter((size) => needed.has(size.file));
    return { language, files: loaded, total: total(loaded) };
  });
  const inAnyFirstLoad = new Set([...neededBy.values()].flatMap((set) => [...set]));
  return {
    firstLoads,
    onDemand: code.filter((size) => !inAnyFirstLoad.has(size.file)),
    fonts,
    allScriptsAndStylesTotal: total(code),
    budget: FIRST_LOAD_BUDGET_BYTES,
  };
}

/** A Markdown table of a report, for the README and the test's output. */
export function formatBundleReport(report: BundleReport): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (size: FileSize): string => `| ${size.file} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`;
  const sum = (label: string, totals: Totals): string =>
    `| **${label}** | ${kb(totals.raw)} | **${kb(totals.gzip)}** | **${kb(totals.brotli)}** |`;
  return [
    '| file | raw | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...report.firstLoads.flatMap((load) => [
      ...load.files.map(row),
      sum(`first load, interface in ${load.language} (JS + CSS)`, load.total),
    ]),
    ...report.onDemand.map(row),
    sum('all JS + CSS', report.allScriptsAndStylesTotal),
    ...report.fonts.map(row),
    `Budget: ${kb(report.budget)} compressed JS + CSS on first load, fonts excluded.`,
  ].join('\n');
}
