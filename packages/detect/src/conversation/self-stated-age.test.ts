import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/extract-entities.ts';
import { ageAnswer, selfStatedAge } from './self-stated-age.ts';

const own = (text: string): number | undefined => selfStatedAge(text, extractEntities(text))?.years;

describe('selfStatedAge', () => {
  it.each([
    ["I'm 13", 13],
    ['im 14 and u?', 14],
    ["i'm 15 btw, you?", 15],
    ['i am 16 please dont', 16],
    ['ខ្ញុំអាយុ១៤ឆ្នាំ', 14],
    ['我13岁', 13],
    ['หนูอายุ 13', 13],
    ['em 13 tuổi ạ', 13],
    ['aku umur 13', 13],
    ['13 yo girl here', 13],
    ['พี่ 27 ทำงานที่โคราช', 27],
    ['anh 28, còn em?', 28],
    ['ako 14 years old', 14],
  ])('reads %s as the writer’s own age', (text, years) => {
    expect(own(text)).toBe(years);
  });

  it.each([
    'my brother is 13',
    'my little sister is 12 years old',
    '我弟弟13岁',
    'ប្អូនប្រុសខ្ញុំអាយុ១២ឆ្នាំ',
    'น้องชายหนูอายุ 10',
    'em tôi 12 tuổi',
    'adik saya umur 10',
    'ur 13?',
    'are you 14 years old?',
    "i'm 5 minutes away",
    'พี่ 5 โมงถึงนะ',
    'i have 3 kids',
  ])('does not read %s as the writer’s age', (text) => {
    expect(own(text)).toBeUndefined();
  });

  it('gives the span of the statement in the original text', () => {
    const text = 'hey, ខ្ញុំអាយុ១៤ឆ្នាំ';
    const age = selfStatedAge(text, extractEntities(text));
    expect(age).toBeDefined();
    expect(text.slice(age?.span.start, age?.span.end)).toContain('១៤');
  });
});

describe('ageAnswer', () => {
  it.each([
    ['13', 13],
    ['13 u?', 13],
    ['e 14 ạ', 14],
    ['same, 15', 15],
    ['១៣ឆ្នាំ', 13],
    ['13 ค่ะ', 13],
  ])('reads the answer %s', (text, years) => {
    expect(ageAnswer(text)?.years).toBe(years);
  });

  it.each(['13 apples', '13 14', '130', 'around 5pm maybe', 'x'.repeat(100), '', '3'])('ignores %s', (text) => {
    expect(ageAnswer(text)).toBeUndefined();
  });
});

describe('ageAnswer in chat', () => {
  it.each([
    ['13 turning 14 in april', 13],
    ['13 from bristol', 13],
    ['14 ครับ สูง 168', 14],
    ['dạ em ở q8, 15t ạ', 15],
    ['15 bong. jouy ey?', 15],
    ['14 om, smp', 14],
  ])('reads the age that opens or carries a unit in %s', (text, years) => {
    expect(ageAnswer(text)?.years).toBe(years);
  });

  it.each(['8 uk', '5 mins away', '20k', 'around 5pm maybe', 'i have 2 brothers and 1 sister'])(
    'ignores %s',
    (text) => {
      expect(ageAnswer(text)).toBeUndefined();
    },
  );
});
