import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from './gazetteer.ts';
import { findPlaces, foldCase } from './places.ts';

describe(findPlaces.name, () => {
  const found: Array<[string, string, string, string]> = [
    // [text, value, id, country]
    ['job in Sihanoukville, good pay', 'Sihanoukville', 'sihanoukville', 'KH'],
    ['ធ្វើការនៅក្រុងព្រះសីហនុ', 'ក្រុងព្រះសីហនុ', 'sihanoukville', 'KH'],
    ['去西港工作', '西港', 'sihanoukville', 'KH'],
    ['งานที่สีหนุวิลล์', 'สีหนุวิลล์', 'sihanoukville', 'KH'],
    ['meet at BAVET casino', 'BAVET', 'bavet', 'KH'],
    ['qua cửa khẩu Mộc Bài', 'Mộc Bài', 'moc_bai', 'VN'],
    ['ไปปอยเปต', 'ปอยเปต', 'poipet', 'KH'],
    ['ភ្នំពេញ', 'ភ្នំពេញ', 'phnom_penh', 'KH'],
    ['đi Nam Vang làm', 'Nam Vang', 'phnom_penh', 'KH'],
    ["O'Smach border", "O'Smach", 'o_smach', 'KH'],
    ['trip to Kampot Bokor', 'Kampot Bokor', 'bokor', 'KH'],
    ['妙瓦底园区', '妙瓦底', 'myawaddy', 'MM'],
    ['working at KK Park now', 'KK Park', 'kk_park', 'MM'],
    ['KK园区', 'KK园区', 'kk_park', 'MM'],
    ['Shwe-Kokko', 'Shwe-Kokko', 'shwe_kokko', 'MM'],
    ['ရွှေကုက္ကို', 'ရွှေကုက္ကို', 'shwe_kokko', 'MM'],
    ['ข้ามแม่สอด', 'แม่สอด', 'mae_sot', 'TH'],
    ['cross the Moei River', 'Moei River', 'moei_river', 'MM'],
    ['大其力', '大其力', 'tachileik', 'MM'],
    ['金三角经济特区招聘', '金三角经济特区', 'golden_triangle_sez', 'LA'],
    ['Kings Romans casino', 'Kings Romans', 'golden_triangle_sez', 'LA'],
    ['ສາມຫຼ່ຽມຄຳ', 'ສາມຫຼ່ຽມຄຳ', 'golden_triangle_sez', 'LA'],
    ['บ่อแก้ว', 'บ่อแก้ว', 'bokeo', 'LA'],
    ['果敢老街', '果敢', 'laukkaing', 'MM'],
    ['Parañaque POGO', 'Parañaque', 'paranaque', 'PH'],
    ['fly via Dubai', 'Dubai', 'dubai', 'AE'],
    ['Bangkokครับ', 'Bangkok', 'bangkok', 'TH'],
  ];
  for (const [text, value, id, country] of found) {
    it(`finds ${id} when the text is ${JSON.stringify(text)}`, () => {
      const [hit] = findPlaces(text);
      expect(hit).toMatchObject({ type: 'place', value, normalized: id, details: { country } });
      expect(text.slice(hit?.start, hit?.end)).toBe(value);
    });
  }

  const none: Array<[string, string]> = [
    ['a name inside another word', 'Bavetta and Dubaian'],
    ['a Latin name glued to letters', 'xPoipet'],
    ['no place', 'hello world'],
  ];
  for (const [what, text] of none) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findPlaces(text)).toEqual([]);
    });
  }

  it('finds both names when one text names two places', () => {
    expect(findPlaces('果敢老街').map((p) => p.value)).toEqual(['果敢', '老街']);
  });

  it('reads a Latin name after an astral letter or digit as glued, after an astral emoji as free', () => {
    expect(findPlaces('\u{1d7cf}Poipet')).toEqual([]); // MATHEMATICAL BOLD DIGIT ONE is a number
    expect(findPlaces('😂Poipet').map((p) => p.value)).toEqual(['Poipet']);
    expect(findPlaces('\ud800Poipet').map((p) => p.value)).toEqual(['Poipet']); // a lone surrogate
  });

  it('agrees with the regular-expression scan it replaced (property)', () => {
    const pieces = GAZETTEER.flatMap((place) => place.names).concat([
      'x',
      'é',
      '\u0301',
      '1',
      ' ',
      '-',
      '😂',
      '\ud835',
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 8 }),
        fc.boolean(),
        (parts, spaced) => {
          const text = parts.join(spaced ? ' ' : '');
          expect(findPlaces(text)).toEqual(regexFindPlaces(text));
          expect(findPlaces(text.toUpperCase())).toEqual(regexFindPlaces(text.toUpperCase()));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** The earlier implementation: candidate starts from one regular expression of two-unit prefixes. */
const reference = (() => {
  const latinName = /^[\p{Script=Latin}\d\s'’.-]+$/u;
  const names = GAZETTEER.flatMap((place) =>
    place.names.flatMap((name) => {
      const folded = foldCase(name.normalize('NFC'));
      const variants = new Set([folded]);
      if (folded.includes(' ')) {
        variants.add(folded.replaceAll(' ', '-'));
        variants.add(folded.replaceAll(' ', ''));
      }
      return [...variants].map((variant) => ({ folded: variant, latin: latinName.test(name), place }));
    }),
  ).sort((a, b) => b.folded.length - a.folded.length);
  const escape = (s: string): string => [...s].map((c) => `\\u{${c.codePointAt(0)?.toString(16) ?? '0'}}`).join('');
  const prefixes = (latin: boolean): string =>
    [...new Set(names.filter((n) => n.latin === latin).map((n) => n.folded.slice(0, 2)))].map(escape).join('|');
  const starts = new RegExp(`(?<![\\p{Script=Latin}\\p{N}\\p{M}])(?:${prefixes(true)})|${prefixes(false)}`, 'gu');
  return { names, starts };
})();

function regexFindPlaces(text: string): unknown[] {
  const { names, starts } = reference;
  const wordChar = /[\p{Script=Latin}\p{N}\p{M}]/u;
  const isBoundary = (s: string, at: number): boolean => at < 0 || at >= s.length || !wordChar.test(s.charAt(at));
  const nfc = Array.from(text).some((ch) => ch.charCodeAt(0) >= 0x300) ? text.normalize('NFC') : text;
  const folded = foldCase(nfc.length === text.length ? nfc : text);
  const hits: unknown[] = [];
  starts.lastIndex = 0;
  for (let m = starts.exec(folded); m !== null && hits.length < 1000; m = starts.exec(folded)) {
    const at = m.index;
    for (const { folded: name, latin, place } of names.filter((n) => n.folded.startsWith(m[0]))) {
      if (!folded.startsWith(name, at)) continue;
      const end = at + name.length;
      if (
        latin
          ? !isBoundary(folded, at - 1) || !isBoundary(folded, end)
          : end < folded.length && /\p{M}/u.test(folded.charAt(end))
      )
        continue;
      hits.push({
        type: 'place',
        start: at,
        end,
        value: text.slice(at, end),
        normalized: place.id,
        details: { country: place.country, tags: [...place.tags] },
      });
      starts.lastIndex = end;
      break;
    }
  }
  return hits;
}

describe(foldCase.name, () => {
  it('keeps the length when lower-casing would expand a character', () => {
    expect(foldCase('İstanbul BAVET')).toHaveLength('İstanbul BAVET'.length);
    expect(foldCase('BAVET')).toBe('bavet');
  });
});

describe('GAZETTEER', () => {
  it('has unique ids and a country and tags for every place', () => {
    const ids = GAZETTEER.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of GAZETTEER) {
      expect(p.country).toMatch(/^[A-Z]{2}$/u);
      expect(p.tags.length).toBeGreaterThan(0);
    }
  });
});
