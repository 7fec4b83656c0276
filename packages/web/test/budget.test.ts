/**
 * The first-load size of the public checker, measured on a real build (gzip and brotli via
 * node:zlib) and recorded in test-results/bundle-size.{json,md}. Issue 5's budget is 300 KB of
 * compressed JS + CSS besides the font; see README.md for where the build stands against it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBundleReport, measureBundle, type BundleReport } from '../build/measure-bundle.ts';
import { RESULTS_DIR } from './support/browser.ts';
import { buildApp } from './support/build-app.ts';

/**
 * A ceiling against regressions, NOT the budget: the build is over issue 5's 300 KB today (466 KB
 * gzip, 365 KB brotli; the engine's catalogue alone is about 250 KB gzip; README.md has the figures).
 * Lower it whenever the first load shrinks; replace it with FIRST_LOAD_BUDGET_BYTES once under.
 */
const REGRESSION_CEILING_GZIP = 475 * 1024;

describe('the first-load size', () => {
  let outDir: string;
  let report: BundleReport;

  beforeAll(async () => {
    outDir = await buildApp();
    report = await measureBundle(outDir);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, 'bundle-size.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(RESULTS_DIR, 'bundle-size.md'), `${formatBundleReport(report)}\n`);
    const { gzip, brotli } = report.firstLoadTotal;
    process.stdout.write(
      `first load: ${(gzip / 1024).toFixed(1)} KB gzip, ${(brotli / 1024).toFixed(1)} KB brotli (budget ${report.budget / 1024} KB)\n`,
    );
  }, 120_000);

  it('counts the page, its stylesheet, the detection worker and the service worker, not the on-demand pages', () => {
    const names = report.firstLoad.map((file) => file.file);
    expect(names.some((name) => /^assets\/index-.*\.js$/u.test(name))).toBe(true);
    expect(names.some((name) => /^assets\/index-.*\.css$/u.test(name))).toBe(true);
    expect(names.some((name) => /detector\.worker-.*\.js$/u.test(name))).toBe(true);
    expect(names).toContain('sw.js');
    expect(report.onDemand.map((file) => file.file).some((name) => name.includes('ReportPage'))).toBe(true);
    expect(report.fonts.every((file) => file.file.endsWith('.woff2'))).toBe(true);
  });

  it('ships no indicator examples to the browser', async () => {
    const worker = report.firstLoad.find((file) => file.file.includes('detector.worker'));
    expect(worker).toBeDefined();
    const { readFile } = await import('node:fs/promises');
    const code = await readFile(join(outDir, worker?.file ?? ''), 'utf8');
    expect(code).not.toMatch(/\bexamples:\{positive/u);
    expect(code).toContain('recruitment.job_offer');
  });

  it('ships the ICANN public suffix list once, and phone metadata without display formats', async () => {
    const worker = report.firstLoad.find((file) => file.file.includes('detector.worker'));
    const { readFile } = await import('node:fs/promises');
    const code = await readFile(join(outDir, worker?.file ?? ''), 'utf8');
    // Labels of the ICANN section, next to each other in tldts's trie; rolldown once copied them thrice.
    const icannLabels = /kawasakinagoyasendaikobe/gu;
    expect(code.match(icannLabels)).toHaveLength(1);
    // Private-section suffixes are not shipped (the engine never asks about them); kawasaki.jp is ICANN.
    expect(code).not.toContain('amazonaws');
    // Cambodia's numbering plan is there; the display formats ("$1 $2 $3", 400 of them) are not.
    expect(code).toContain('23(?:4(?:[2-4]|[56]');
    expect(code).not.toContain('$1 $2 $3');
  });

  it('carries brotli and gzip copies of the worker for servers that send them as they are', async () => {
    const worker = report.firstLoad.find((file) => file.file.includes('detector.worker'));
    const { readFile } = await import('node:fs/promises');
    const { brotliDecompressSync } = await import('node:zlib');
    const path = join(outDir, worker?.file ?? '');
    const copy = await readFile(`${path}.br`);
    expect(brotliDecompressSync(copy).equals(await readFile(path))).toBe(true);
    expect(copy.length).toBe(worker?.brotli);
  });

  it('stays under the regression ceiling', () => {
    expect(report.firstLoadTotal.gzip).toBeLessThan(REGRESSION_CEILING_GZIP);
  });
});
