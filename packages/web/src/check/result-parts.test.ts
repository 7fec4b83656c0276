import type { Advice, Entity } from '@raksa/detect';
import { describe, expect, it } from 'vitest';
import { adviceSteps } from './AdviceList.tsx';
import { visibleEntities } from './EntityList.tsx';
import { certaintyPercent } from './HarmList.tsx';

describe('the parts of a result', () => {
  it('never shows a certainty of 100 % or 0 %', () => {
    expect(certaintyPercent(0.9996)).toBe(99);
    expect(certaintyPercent(0.5)).toBe(50);
    expect(certaintyPercent(0.001)).toBe(1);
  });

  it('lists each advice step once, strongest harm first', () => {
    const advice: Advice[] = [
      { harm: 'recruitment_fraud', steps: ['Do not send your passport.', 'Call 1288.'] },
      { harm: 'scam', steps: ['Call 1288.', 'Do not pay any fee.'] },
    ];
    expect(adviceSteps(advice)).toEqual(['Do not send your passport.', 'Call 1288.', 'Do not pay any fee.']);
  });

  it('shows each contact once, even when one number is read as a phone and a handle', () => {
    const entity = (type: Entity['type'], value: string, normalized: string, start: number): Entity => ({
      type,
      value,
      normalized,
      start,
      end: start + value.length,
    });
    const shown = visibleEntities([
      entity('phone', '+855 12 345 678', '+85512345678', 10),
      entity('handle', '+855 12 345 678', 'whatsapp:+85512345678', 10),
      entity('phone', '012 345 678', '+85512345678', 40),
      entity('age', '15', '15', 60),
      entity('money', '$1,500/month', '1500 USD/month', 70),
    ]);
    expect(shown.map((item) => `${item.type}:${item.value}`)).toEqual(['phone:+855 12 345 678', 'money:$1,500/month']);
  });
});

describe('the warnings shown with a result', () => {
  it('explains truncation, awareness and licensing in the interface language, and hides the rest', async () => {
    const { analyzeText } = await import('@raksa/detect');
    const { en } = await import('../i18n/strings-en.ts');
    const { km } = await import('../i18n/strings-km.ts');
    const { warningTexts } = await import('./WarningList.tsx');
    const analysis = analyzeText('free visa '.repeat(20), { maxChars: 50 });
    expect(warningTexts(analysis, en)).toEqual(['The text is very long: only its first 50 characters were checked.']);
    expect(warningTexts(analysis, km)[0]).toContain('50');
    expect(warningTexts(analyzeText(''), en)).toEqual([]);
  });
});
