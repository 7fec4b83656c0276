import { describe, expect, it } from 'vitest';
import { findAges } from './ages.ts';

describe(findAges.name, () => {
  const found: Array<[string, 'age' | 'school_grade', number, string]> = [
    ["I'm 14", 'age', 14, "I'm 14"],
    ['hi im 13 and bored', 'age', 13, 'im 13'],
    ['she is 14 years old', 'age', 14, '14 years old'],
    ['a 15-year-old girl', 'age', 15, '15-year-old'],
    ['14yo', 'age', 14, '14yo'],
    ['14 y/o female', 'age', 14, '14 y/o'],
    ['age 14', 'age', 14, 'age 14'],
    ['Age: 16', 'age', 16, 'Age: 16'],
    ['អាយុ១៤ឆ្នាំ', 'age', 14, 'អាយុ១៤'],
    ['น้องอายุ 14 ปี', 'age', 14, 'อายุ 14'],
    ['ลูก 12 ขวบ', 'age', 12, '12 ขวบ'],
    ['em 14 tuổi', 'age', 14, '14 tuổi'],
    ['umur 14', 'age', 14, 'umur 14'],
    ['aku 15 tahun', 'age', 15, 'aku 15 tahun'],
    ['我今年14岁', 'age', 14, '14岁'],
    ['14 taong gulang', 'age', 14, '14 taong gulang'],
    ['edad 14', 'age', 14, 'edad 14'],
    ['အသက် ၁၄ နှစ်', 'age', 14, 'အသက် ၁၄'],
    ['ອາຍຸ 14 ປີ', 'age', 14, 'ອາຍຸ 14'],
    ['in grade 7', 'school_grade', 7, 'grade 7'],
    ['7th grade', 'school_grade', 7, '7th grade'],
    ['year 8 student', 'school_grade', 8, 'year 8'],
    ['រៀនថ្នាក់ទី៧', 'school_grade', 7, 'ថ្នាក់ទី៧'],
    ['เรียน ป.6', 'school_grade', 6, 'ป.6'],
    ['อยู่ ม.2', 'school_grade', 8, 'ม.2'],
    ['ຮຽນ ປ.5', 'school_grade', 5, 'ປ.5'],
    ['ຢູ່ ມ.2', 'school_grade', 7, 'ມ.2'],
    ['học lớp 8', 'school_grade', 8, 'lớp 8'],
    ['kelas 8', 'school_grade', 8, 'kelas 8'],
    ['kelas 2 SMP', 'school_grade', 8, 'kelas 2 SMP'],
    ['我读初二', 'school_grade', 8, '初二'],
    ['高一学生', 'school_grade', 10, '高一'],
    ['五年级', 'school_grade', 5, '五年级'],
    ['၈ တန်း', 'school_grade', 8, '၈ တန်း'],
  ];
  for (const [text, type, years, value] of found) {
    it(`finds ${type} ${years} when the text is ${JSON.stringify(text)}`, () => {
      const hits = findAges(text);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ type, value, details: { years } });
      expect(text.slice(hits[0]?.start, hits[0]?.end)).toBe(value);
    });
  }

  const none: Array<[string, string]> = [
    ['years of experience', '14 years of experience required'],
    ['years ago', 'company founded 14 years ago'],
    ['hours', 'open 24 hours'],
    ["I'm with a unit", "I'm 5 minutes away"],
    ['a calendar year', 'in year 2024'],
    ['a contract length', 'kontrak 2 tahun'],
    ['a Thai word ending in ม', 'สาม.2'],
    ['a Thai word ending in ป before a number', 'ไป 5 โมง'],
    ['a Lao word ending in ປ before a number', 'ເງິນທີ່ຢືມໄປ 5 ແສນ'],
    ['a Lao word ending in ມ before a number', 'ຢືມ 2 ລ້ານ'],
    ['an image name', 'image14yo.png'.replace('yo', 'xo')],
  ];
  for (const [what, text] of none) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findAges(text)).toEqual([]);
    });
  }

  it('reads a number of one or two digits beside longer numbers, and never a longer number as an age', () => {
    expect(findAges("call 0123 456, i'm 14")).toMatchObject([{ type: 'age', normalized: '14' }]);
    expect(findAges('１４岁 2026')).toMatchObject([{ type: 'age', normalized: '14' }]);
    expect(findAges('room 1405 years old, order 2994')).toEqual([]);
  });

  it('finds the Chinese grade names, and only them, when told the text has no digit', () => {
    for (const text of ['读初二了', '她上高一', '三年级的学生', 'grade seven', 'อายุสิบสี่', '']) {
      expect(findAges(text, false)).toEqual(findAges(text));
    }
    expect(findAges('读初二了', false)).toMatchObject([{ type: 'school_grade', value: '初二', normalized: '8' }]);
  });
});
