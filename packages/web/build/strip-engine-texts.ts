/**
 * A Vite plugin for the detection worker's build: the engine's rule labels, rule explanations and
 * advice (`packages/detect/src/score/rules.ts`, `explain/advice-data.ts`) are shipped without
 * their words, which come with the catalogue's text pack of the reader's language instead (see
 * packages/detect/src/indicators/catalog-parts.ts, which writes them back into these tables).
 * One language's words are about half of each table, so a reader downloads only their own.
 *
 * The modules are parsed with the TypeScript compiler; if their shape changes so that nothing can
 * be emptied, the build fails instead of silently shipping every language.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const RULES_MODULE = /[\\/]packages[\\/]detect[\\/]src[\\/]score[\\/]rules\.ts$/u;
const ADVICE_MODULE = /[\\/]packages[\\/]detect[\\/]src[\\/]explain[\\/]advice-data\.ts$/u;

export class StripEngineTextsError extends Error {
  readonly code = 'strip_engine_texts_failed';
}

interface Cut {
  start: number;
  end: number;
  text: string;
}

function propertyName(node: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(node)) return undefined;
  return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
}

function initializerOf(file: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration.initializer;
    }
  }
  return undefined;
}

function applyCuts(source: string, cuts: readonly Cut[]): string {
  let code = source;
  for (const cut of [...cuts].sort((a, b) => b.start - a.start))
    code = code.slice(0, cut.start) + cut.text + code.slice(cut.end);
  return code;
}

/** rules.ts with every rule's `label` and `explanation` replaced by empty words. */
export function stripRuleTexts(source: string, fileName = 'rules.ts'): { code: string; emptied: number } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const rules = initializerOf(file, 'RULES');
  const cuts: Cut[] = [];
  if (rules !== undefined && ts.isArrayLiteralExpression(rules)) {
    for (const rule of rules.elements) {
      if (!ts.isObjectLiteralExpression(rule)) continue;
      for (const property of rule.properties) {
        const name = propertyName(property);
        if ((name === 'label' || name === 'explanation') && ts.isPropertyAssignment(property))
          cuts.push({
            start: property.initializer.getStart(file),
            end: property.initializer.getEnd(),
            text: "{ en: '', km: '' }",
          });
      }
    }
  }
  return { code: applyCuts(source, cuts), emptied: cuts.length };
}

/** advice-data.ts with every harm's English and Khmer steps replaced by empty lists. */
export function stripAdviceTexts(source: string, fileName = 'advice-data.ts'): { code: string; emptied: number } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const advice = initializerOf(file, 'ADVICE');
  const cuts: Cut[] = [];
  if (advice !== undefined && ts.isObjectLiteralExpression(advice)) {
    for (const harm of advice.properties) {
      if (!ts.isPropertyAssignment(harm) || !ts.isObjectLiteralExpression(harm.initializer)) continue;
      for (const language of harm.initializer.properties) {
        const name = propertyName(language);
        if ((name === 'en' || name === 'km') && ts.isPropertyAssignment(language))
          cuts.push({ start: language.initializer.getStart(file), end: language.initializer.getEnd(), text: '[]' });
      }
    }
  }
  return { code: applyCuts(source, cuts), emptied: cuts.length };
}

export function stripEngineTexts(): Plugin {
  return {
    name: 'raksa:strip-engine-texts',
    enforce: 'pre',
    apply: 'build',
    transform(source, id) {
      const path = id.split('?')[0] ?? id;
      const strip = RULES_MODULE.test(path) ? stripRuleTexts : ADVICE_MODULE.test(path) ? stripAdviceTexts : undefined;
      if (strip === undefined) return null;
      const { code, emptied } = strip(source, path);
      if (emptied === 0) throw new StripEngineTextsError(`Nothing could be emptied in ${path}; its shape changed.`);
      return { code, map: null };
    },
  };
}
