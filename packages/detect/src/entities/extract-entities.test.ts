import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';

const brief = (text: string, country?: string): string[] =>
  extractEntities(text, country === undefined ? {} : { defaultCountry: country }).map(
    (x) => `${x.type}=${x.normalized}`,
  );

describe(extractEntities.name, () => {
  const cases: Array<[string, string, string[]]> = [
    ['returns nothing when the text is empty', '', []],
    [
      'finds every kind of entity when a lure mixes them',
      'Job in Sihanoukville, $1,500/month, age 18+ ok. Telegram: @hr_manager or call +855 12 345 678. Apply https://goodjob.com.kh/apply',
      [
        'place=sihanoukville',
        'money=1500 USD/month',
        'age=18',
        'handle=telegram:hr_manager',
        'phone=+85512345678',
        'url=https://goodjob.com.kh/apply',
      ],
    ],
    [
      'does not report a phone when it is inside a URL',
      'see https://wa.me/85512345678 now',
      ['handle=whatsapp:+85512345678'],
    ],
    ['does not report the domain when it is an e-mail domain', 'hr@goodjob.co.th', ['email=hr@goodjob.co.th']],
    ['reports a handle when the URL is a t.me link', 'join t.me/easy_money_kh', ['handle=telegram:easy_money_kh']],
    [
      'adds a companion handle when a phone follows a messaging app name',
      'WhatsApp: +855 12 345 678',
      ['phone=+85512345678', 'handle=whatsapp:+85512345678'],
    ],
    ['uses the default country first when the number is national', 'lh 0912345678', ['phone=+84912345678']],
    [
      'finds crypto addresses when they follow a payment request',
      'pay to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      ['crypto_address=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
    ],
    ['reads native digits when the text is Khmer', 'អាយុ១៤ឆ្នាំ ប្រាក់ខែ ៥០០ ដុល្លារ', ['age=14', 'money=500 USD/month']],
    ['tags a shortener when the link is bit.ly', 'bit.ly/abc', ['url=https://bit.ly/abc']],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      expect(brief(text, what.includes('default country') ? 'VN' : undefined)).toEqual(expected);
    });
  }

  it('keeps offsets into the original text when entities follow astral characters', () => {
    const text = '😀😀 call 012 345 678 😀 hr@example.com';
    for (const entity of extractEntities(text)) expect(text.slice(entity.start, entity.end)).toBe(entity.value);
    expect(extractEntities(text).map((x) => x.type)).toEqual(['phone', 'email']);
  });
});
