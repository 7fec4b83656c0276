/** The build's own plugins: stripping the catalogue's examples, and the service worker's file list. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOG } from '@raksa/detect';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { precacheManifest } from '../build/precache-service-worker.ts';
import { isCatalogModule, stripExamples } from '../build/strip-catalog-examples.ts';

const CATALOG_DIR = new URL('../../detect/src/indicators/catalog/', import.meta.url);

describe('stripExamples', () => {
  it('removes every indicator example of the real catalogue and nothing else', async () => {
    let removed = 0;
    for (const name of await readdir(CATALOG_DIR)) {
      if (!isCatalogModule(join(CATALOG_DIR.pathname, name)) || name === 'index.ts') continue;
      const source = await readFile(join(CATALOG_DIR.pathname, name), 'utf8');
      const stripped = stripExamples(source, name);
      removed += stripped.removed;
      // Still valid TypeScript, with no `examples` property left.
      const file = ts.createSourceFile(name, stripped.code, ts.ScriptTarget.Latest, true);
      expect((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, name).toEqual([]);
      expect(stripped.code, name).not.toMatch(/\bexamples\s*:/u);
      expect(stripped.code.length, name).toBeLessThan(source.length);
    }
    expect(removed).toBe(CATALOG.length);
  });

  it('is not fooled by the word "examples" or by braces inside strings', () => {
    const source = `export const x = [{ id: 'a', phrases: { en: ['examples: {', '}'] }, examples: { positive: ['}, examples: {'], negative: [] }, label: 'examples' }];`;
    const { code, removed } = stripExamples(source);
    expect(removed).toBe(1);
    expect(code).toBe(`export const x = [{ id: 'a', phrases: { en: ['examples: {', '}'] }, label: 'examples' }];`);
  });

  it('leaves a module without examples as it is', () => {
    expect(stripExamples('export const a = { b: 1 };')).toEqual({ code: 'export const a = { b: 1 };', removed: 0 });
  });

  it('applies only to the engine catalogue modules', () => {
    expect(isCatalogModule('/work/main/packages/detect/src/indicators/catalog/scam.ts')).toBe(true);
    expect(isCatalogModule('C:\\raksa\\packages\\detect\\src\\indicators\\catalog\\scam.ts?v=1')).toBe(true);
    expect(isCatalogModule('/work/main/packages/detect/src/indicators/schema.ts')).toBe(false);
    expect(isCatalogModule('/work/main/packages/detect/src/conversation/stage-cues.ts')).toBe(true);
    expect(isCatalogModule('/work/main/packages/detect/src/conversation/analyze-conversation.ts')).toBe(false);
    expect(isCatalogModule('/work/main/packages/detect/src/indicators/catalog/scam.test.ts')).toBe(false);
    expect(isCatalogModule('/work/main/packages/web/src/check/examples.ts')).toBe(false);
  });
});

describe('precacheManifest', () => {
  it('lists the page and every file except the service worker itself', () => {
    const manifest = JSON.parse(
      precacheManifest(['sw.js', 'assets/b.js', 'index.html', 'assets/a.css'], 'abc'),
    ) as unknown;
    expect(manifest).toEqual({ version: 'abc', files: ['./', 'assets/a.css', 'assets/b.js', 'index.html'] });
  });
});
