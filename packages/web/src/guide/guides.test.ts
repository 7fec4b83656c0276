import { describe, expect, it } from 'vitest';
import { GUIDE_IDS } from './guide-types.ts';
import { guidesEn } from './guides-en.ts';
import { guidesKm } from './guides-km.ts';

describe('the guides', () => {
  it('cover every topic in English and Khmer, with the same number of points', () => {
    for (const id of GUIDE_IDS) {
      const english = guidesEn[id];
      const khmer = guidesKm[id];
      expect(khmer.howItWorks.length, id).toBe(english.howItWorks.length);
      expect(khmer.warningSigns.length, id).toBe(english.warningSigns.length);
      expect(khmer.whatToDo.length, id).toBe(english.whatToDo.length);
      expect(english.whatToDo.length, id).toBeGreaterThan(1);
    }
  });

  it('are written in Khmer script in Khmer', () => {
    for (const id of GUIDE_IDS) {
      const guide = guidesKm[id];
      for (const text of [guide.title, guide.summary, ...guide.howItWorks, ...guide.warningSigns, ...guide.whatToDo]) {
        expect(text, id).toMatch(/\p{Script=Khmer}/u);
      }
    }
  });

  it('give the same hotline numbers in both languages', () => {
    const numbers = (texts: string[]): string[] =>
      texts.flatMap((text) =>
        [
          ...text
            .replace(/[\u17E0-\u17E9]/gu, (digit) => String(digit.charCodeAt(0) - 0x17e0))
            .matchAll(/\b\d{3,4}\b/gu),
        ].map((match) => match[0]),
      );
    for (const id of GUIDE_IDS) {
      expect(numbers(guidesKm[id].whatToDo), id).toEqual(numbers(guidesEn[id].whatToDo));
    }
  });
});
