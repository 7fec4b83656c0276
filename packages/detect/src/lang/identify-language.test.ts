import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifyLanguage, languageFromCounts, scriptOf, type Script } from './identify-language.ts';

describe(identifyLanguage.name, () => {
  it.each([
    ['en', 'Are you coming to the market with me tonight?'],
    ['vi', 'Tối nay đi ăn không bạn'],
    ['vi', 'khong duoc lam viec nay'],
    ['id', 'Saya tidak bisa datang ke kantor hari ini'],
    ['tl', 'Hindi ako makakapunta sa trabaho ngayon po'],
    ['km', 'ការងារស្រួល ប្រាក់ខែខ្ពស់'],
    ['th', 'คืนนี้ไปกินข้าวกันไหม'],
    ['lo', 'ຄືນນີ້ໄປກິນເຂົ້ານຳກັນບໍ່'],
    ['my', 'ဒီည ထမင်းအတူစားမလား'],
    ['zh', '今天晚上一起吃饭吗'],
    // Chat and SMS spellings: Vietnamese without tones, Indonesian slang, Taglish, Khmer in Latin letters.
    ['vi', 'Tai khoan cua quy khach da bi tam khoa, vui long truy cap de xac thuc'],
    ['vi', 'e oi toi nay ko di dc, mai nhe'],
    ['id', 'kak udah makan blm? jgn lupa kirim fotonya ya'],
    ['id', 'Sila kemaskini maklumat akaun anda'],
    ['tl', 'sige po, bukas na lang tayo mag-usap, salamat'],
    ['km', 'bong sralanh oun nas, oun nov na?'],
    ['km', 'knhom jab nov Bavet, ke yok passport knhom'],
  ])('identifies %s in %j', (language, text) => {
    expect(identifyLanguage(text).language).toBe(language);
  });

  it('lists the scripts in the order they first occur, with their shares', () => {
    const guess = identifyLanguage('ok ការងារ 高');
    expect(Object.keys(guess.scripts)).toEqual(['latin', 'khmer', 'han']);
    expect(guess.scripts).toEqual({ latin: 0.222, khmer: 0.667, han: 0.111 }); // 2, 6 and 1 code units
    expect(guess.language).toBe('km');
  });

  it('answers undetermined for text without letters and for a weak tie between Latin languages', () => {
    expect(identifyLanguage('123 !!! 😂')).toEqual({ language: 'und', scripts: {} });
    expect(identifyLanguage('').language).toBe('und');
    // "di" is Indonesian, "na" Tagalog: one vote each, a tie of weak evidence.
    expect(identifyLanguage('di na').language).toBe('und');
  });

  it('takes English for three or more Latin words without any vocabulary word', () => {
    expect(identifyLanguage('zebra quartz xylophone').language).toBe('en');
    expect(identifyLanguage('zebra quartz').language).toBe('und');
  });

  it('prefers the earlier language (en, vi, id, tl, km) on a tie of strong evidence', () => {
    // "di" and "dan" are Indonesian, "sa" and "ng" Tagalog: two votes each.
    expect(identifyLanguage('di dan sa ng').language).toBe('id');
  });

  it('agrees with counting the scripts one by one (property)', () => {
    const alphabet = fc.constantFrom(...'ab ĐđẠ ក ก ກ က 高 ж 1 . 😂 \u0301'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 80 }), (text) => {
        const counts: Partial<Record<Script, number>> = {};
        for (let i = 0; i < text.length; i++) {
          const script = scriptOf(text.charCodeAt(i));
          if (script !== undefined) counts[script] = (counts[script] ?? 0) + 1;
        }
        expect(identifyLanguage(text)).toEqual(languageFromCounts(counts, () => text));
        expect(Object.keys(identifyLanguage(text).scripts)).toEqual(Object.keys(counts));
      }),
      { numRuns: 1000 },
    );
  });
});
