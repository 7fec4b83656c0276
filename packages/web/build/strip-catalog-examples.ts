/**
 * A Vite plugin that removes the `examples` of every indicator from the engine's catalogue
 * modules at build time. The examples are the catalogue's tests (texts each indicator must and
 * must not fire on): about half of the catalogue's source, and the browser never reads them.
 *
 * The catalogue files are parsed with the TypeScript compiler, not with regular expressions, so
 * an example text containing braces, quotes or the word `examples` cannot confuse the stripping.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const CATALOG_MODULE = /[\\/]packages[\\/]detect[\\/]src[\\/]indicators[\\/]catalog[\\/][\w-]+\.ts$/u;
/** The conversation analyser's cue lists (`conversation/*-cues.ts`) carry examples the same way. */
const CONVERSATION_CUES_MODULE = /[\\/]packages[\\/]detect[\\/]src[\\/]conversation[\\/][\w-]+-cues\.ts$/u;

export class StripExamplesError extends Error {
  readonly code = 'strip_examples_failed';
}

/** The source without any `examples: …` property assignment (and its trailing comma). */
export function stripExamples(source: string, fileName = 'catalog.ts'): { code: string; removed: number } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      node.name.text === 'examples' &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      let end = node.getEnd();
      const after = source.slice(end).match(/^\s*,\s*/u);
      if (after !== null) end += after[0].length;
      cuts.push({ start: node.getStart(file), end });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let code = source;
  for (const cut of [...cuts].sort((a, b) => b.start - a.start)) {
    code = code.slice(0, cut.start) + code.slice(cut.end);
  }
  return { code, removed: cuts.length };
}

/** Whether a module id is one of the engine's catalogue files (indicators, or conversation cues). */
export function isCatalogModule(id: string): boolean {
  const path = id.split('?')[0] ?? id;
  return CATALOG_MODULE.test(path) || CONVERSATION_CUES_MODULE.test(path);
}

export function stripCatalogExamples(): Plugin {
  return {
    name: 'raksa:strip-catalog-examples',
    enforce: 'pre',
    apply: 'build',
    transform(source, id) {
      if (!isCatalogModule(id)) return null;
      const { code, removed } = stripExamples(source, id);
      if (removed === 0 && source.includes('examples:')) {
        throw new StripExamplesError(
          `No indicator examples could be stripped from ${id}; the catalogue format changed.`,
        );
      }
      return { code, map: null };
    },
  };
}
