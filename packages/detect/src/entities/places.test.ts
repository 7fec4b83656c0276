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
});

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
