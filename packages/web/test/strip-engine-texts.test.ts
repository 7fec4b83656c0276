/** The worker's build ships the engine's rule and advice tables without words (they come with a text pack). */
import { readFile } from 'node:fs/promises';
import { HARMS, RULES } from '@raksa/detect';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stripAdviceTexts, stripEngineTexts, stripRuleTexts } from '../build/strip-engine-texts.ts';

const RULES_FILE = new URL('../../detect/src/score/rules.ts', import.meta.url);
const ADVICE_FILE = new URL('../../detect/src/explain/advice-data.ts', import.meta.url);

function parsesCleanly(name: string, code: string): unknown[] {
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true);
  return (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics;
}

describe('stripRuleTexts', () => {
  it('empties the label and explanation of every rule of the real table, and keeps ids, signals and weights', async () => {
    const source = await readFile(RULES_FILE, 'utf8');
    const { code, emptied } = stripRuleTexts(source);
    expect(emptied).toBe(RULES.length * 2);
    expect(parsesCleanly('rules.ts', code)).toEqual([]);
    for (const rule of RULES) {
      expect(code).toContain(`'${rule.id}'`);
      expect(code).not.toContain(rule.explanation.en.slice(0, 30));
      expect(code).not.toContain(rule.explanation.km.slice(0, 30));
    }
    expect(code.length).toBeLessThan(source.length / 2);
  });

  it('leaves strings that merely look like a label alone', () => {
    const source = `export const RULES = [{ id: 'label: {', label: { en: 'a', km: 'b' }, weights: { x: 1 } }];\nconst other = { label: { en: 'kept' } };`;
    expect(stripRuleTexts(source).code).toBe(
      `export const RULES = [{ id: 'label: {', label: { en: '', km: '' }, weights: { x: 1 } }];\nconst other = { label: { en: 'kept' } };`,
    );
  });
});

describe('stripAdviceTexts', () => {
  it('empties the English and Khmer steps of every harm of the real table', async () => {
    const source = await readFile(ADVICE_FILE, 'utf8');
    const { code, emptied } = stripAdviceTexts(source);
    expect(emptied).toBe(HARMS.length * 2);
    expect(parsesCleanly('advice-data.ts', code)).toEqual([]);
    expect(code).not.toContain('Never hand over your passport');
    expect(code.length).toBeLessThan(source.length / 5);
  });
});

describe('the plugin', () => {
  const plugin = stripEngineTexts();
  const transform = plugin.transform as (source: string, id: string) => { code: string } | null;

  it('applies only to the two tables, and fails the build when their shape changed', () => {
    expect(transform('export const RULES = [];', '/x/packages/detect/src/score/score-harms.ts')).toBeNull();
    expect(transform('export const ADVICE = {};', '/x/packages/web/src/explain/advice-data.ts')).toBeNull();
    expect(() => transform('export const RULE_LIST = [];', '/x/packages/detect/src/score/rules.ts')).toThrow(
      /shape changed/u,
    );
    expect(() =>
      transform('export const ADVICE = {};', 'C:\\x\\packages\\detect\\src\\explain\\advice-data.ts?v=2'),
    ).toThrow(/shape changed/u);
  });
});
