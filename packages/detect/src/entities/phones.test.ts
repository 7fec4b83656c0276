import { describe, expect, it } from 'vitest';
import { findPhones, parsePhone } from './phones.ts';

describe(findPhones.name, () => {
  const found: Array<[string, string, string | undefined, string, string | undefined]> = [
    // [text, value, defaultCountry, E.164, country]
    ['call +855 12 345 678 now', '+855 12 345 678', undefined, '+85512345678', 'KH'],
    ['call 012 345 678', '012 345 678', undefined, '+85512345678', 'KH'],
    ['tel 081-234-5678', '081-234-5678', undefined, '+66812345678', 'TH'],
    ['ph: 09 450 123456', '09 450 123456', undefined, '+959450123456', 'MM'],
    ['012.345.678 please', '012.345.678', undefined, '+85512345678', 'KH'],
    ['(+855) 12 345 678', '(+855) 12 345 678', undefined, '+85512345678', 'KH'],
    ['+66 (0)81 234 5678', '+66 (0)81 234 5678', undefined, '+66812345678', 'TH'],
    ['855 12 345 678', '855 12 345 678', undefined, '+85512345678', 'KH'],
    ['lh 0912345678', '0912345678', 'VN', '+84912345678', 'VN'],
    ['lh 0912345678', '0912345678', undefined, '+66912345678', 'TH'],
    ['liên hệ 0912345678', '0912345678', undefined, '+84912345678', 'VN'],
    ['โทร 0969 123 456', '0969 123 456', undefined, '+66969123456', 'TH'],
    ['WA 0812-3456-7890', '0812-3456-7890', undefined, '+6281234567890', 'ID'],
    ['加我 138 1234 5678', '138 1234 5678', undefined, '+8613812345678', 'CN'],
    ['ទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨', '០១២ ៣៤៥ ៦៧៨', undefined, '+85512345678', 'KH'],
    ['โทร๐๘๑-๒๓๔-๕๖๗๘ครับ', '๐๘๑-๒๓๔-๕๖๗๘', undefined, '+66812345678', 'TH'],
    ['ဖုန်း ၀၉ ၄၅၀ ၁၂၃၄၅၆', '၀၉ ၄၅၀ ၁၂၃၄၅၆', undefined, '+959450123456', 'MM'],
    ['+856 20 5555 1234', '+856 20 5555 1234', undefined, '+8562055551234', 'LA'],
    ['call 012 345 678 2024', '012 345 678', undefined, '+85512345678', 'KH'],
    ['00855 12 345 678', '00855 12 345 678', 'TH', '+85512345678', 'KH'],
  ];
  for (const [text, value, country, e164, iso] of found) {
    it(`finds ${e164} when the text is ${JSON.stringify(text)}${country ? ` (default ${country})` : ''}`, () => {
      const phones = findPhones(text, country);
      expect(phones).toHaveLength(1);
      const [p] = phones;
      expect(p?.value).toBe(value);
      expect(p?.normalized).toBe(e164);
      expect(p?.details?.country).toBe(iso);
      expect(text.slice(p?.start, p?.end)).toBe(value);
    });
  }

  const none: Array<[string, string]> = [
    ['an amount', 'price 1500000 riel'],
    ['a year and an order number', 'in 2024, order 123456789'],
    ['a date', 'on 01.02.2024 at 10'],
    ['a long digit run', '1234567890123456789012'],
    ['an account number glued to letters', 'acct ABC0812345678'],
    ['digits in a path', 'see /items/0812345678'],
    ['a decimal', 'rate 0.0001234 BTC'],
    ['a VND amount', 'giá 012345678đ'],
  ];
  for (const [what, text] of none) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findPhones(text)).toEqual([]);
    });
  }

  it('finds two numbers when they are written next to each other', () => {
    const phones = findPhones('012 345 678 012 345 679');
    expect(phones.map((p) => p.normalized)).toEqual(['+85512345678', '+85512345679']);
  });

  it('reports the kind when libphonenumber knows it', () => {
    expect(findPhones('+855 12 345 678')[0]?.details?.kind).toBe('mobile');
    expect(findPhones('+855 23 212 345')[0]?.details?.kind).toBe('fixed_line');
  });
});

describe(parsePhone.name, () => {
  it('parses a number when written after a keyword', () => {
    expect(parsePhone('+855 12 345 678')?.number).toBe('+85512345678');
    expect(parsePhone('hello')).toBeUndefined();
  });
});
