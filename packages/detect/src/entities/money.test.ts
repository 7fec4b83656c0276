import { describe, expect, it } from 'vitest';
import type { EntityDetails } from '../types.ts';
import { findMoney, parseNumber } from './money.ts';

describe(findMoney.name, () => {
  const found: Array<[string, string, number, string, EntityDetails['period']]> = [
    // [text, value, amount, currency, period]
    ['salary $1,500/month', '$1,500/month', 1500, 'USD', 'month'],
    ['1500 USD per month', '1500 USD per month', 1500, 'USD', 'month'],
    ['pay US$2,000 monthly', 'US$2,000 monthly', 2000, 'USD', 'month'],
    ['$1.5k', '$1.5k', 1500, 'USD', undefined],
    ['100$ a day', '100$ a day', 100, 'USD', 'day'],
    ['500 dollars', '500 dollars', 500, 'USD', undefined],
    ['៥០០ ដុល្លារ', '៥០០ ដុល្លារ', 500, 'USD', undefined],
    ['1000 ดอลลาร์', '1000 ดอลลาร์', 1000, 'USD', undefined],
    ['lương 800 đô', '800 đô', 800, 'USD', 'month'],
    ['月薪3000美元', '3000美元', 3000, 'USD', 'month'],
    ['3000美金', '3000美金', 3000, 'USD', undefined],
    ['日赚500刀', '500刀', 500, 'USD', 'day'],
    ['៛40,000', '៛40,000', 40000, 'KHR', undefined],
    ['40000 រៀល', '40000 រៀល', 40000, 'KHR', undefined],
    ['30,000 บาท', '30,000 บาท', 30000, 'THB', undefined],
    ['฿30,000 ต่อเดือน', '฿30,000 ต่อเดือน', 30000, 'THB', 'month'],
    ['15 ล้าน', '15 ล้าน', 15_000_000, 'THB', undefined],
    ['1.500.000đ', '1.500.000đ', 1_500_000, 'VND', undefined],
    ['1.500 VND', '1.500 VND', 1500, 'VND', undefined],
    ['15 triệu/tháng', '15 triệu/tháng', 15_000_000, 'VND', 'month'],
    ['15tr mỗi tháng', '15tr mỗi tháng', 15_000_000, 'VND', 'month'],
    ['lương 500k một ngày', '500k một ngày', 500_000, 'VND', 'day'],
    ['Rp 10 juta', 'Rp 10 juta', 10_000_000, 'IDR', undefined],
    ['gaji 5jt per bulan', '5jt per bulan', 5_000_000, 'IDR', 'month'],
    ['Rp500rb', 'Rp500rb', 500_000, 'IDR', undefined],
    ['₱20,000 kada buwan', '₱20,000 kada buwan', 20000, 'PHP', 'month'],
    ['20000 php', '20000 php', 20000, 'PHP', undefined],
    ['50,000 ကျပ်', '50,000 ကျပ်', 50000, 'MMK', undefined],
    ['၅ သိန်း', '၅ သိန်း', 500_000, 'MMK', undefined],
    ['5 lakh', '5 lakh', 500_000, 'MMK', undefined],
    ['₭2,000,000', '₭2,000,000', 2_000_000, 'LAK', undefined],
    ['200,000 ກີບ', '200,000 ກີບ', 200_000, 'LAK', undefined],
    ['3万', '3万', 30000, 'CNY', undefined],
    ['2万元/月', '2万元/月', 20000, 'CNY', 'month'],
    ['5千块', '5千块', 5000, 'CNY', undefined],
    ['¥8000', '¥8000', 8000, 'CNY', undefined],
    ['RM 3,000 sebulan', 'RM 3,000 sebulan', 3000, 'MYR', 'month'],
    ['500 USDT', '500 USDT', 500, 'USDT', undefined],
    ['日赚1000U', '1000U', 1000, 'USDT', 'day'],
    ['USDC 50', 'USDC 50', 50, 'USDC', undefined],
    ['$20/hr', '$20/hr', 20, 'USD', 'hour'],
    ['$500 per week', '$500 per week', 500, 'USD', 'week'],
  ];
  for (const [text, value, amount, currency, period] of found) {
    it(`finds ${amount} ${currency} when the text is ${JSON.stringify(text)}`, () => {
      const hits = findMoney(text);
      expect(hits).toHaveLength(1);
      const [hit] = hits;
      expect(hit?.value).toBe(value);
      expect(hit?.details?.amount).toBe(amount);
      expect(hit?.details?.currency).toBe(currency);
      expect(hit?.details?.period).toBe(period);
      expect(hit?.details?.usd).toBeGreaterThan(0);
      expect(text.slice(hit?.start, hit?.end)).toBe(value);
    });
  }

  const none: Array<[string, string]> = [
    ['a bare number', 'call me at 5'],
    ['a year', 'in 2024'],
    ['hours', 'open 24 hours'],
    ['a unit that is not money', '5km away, 10kg'],
    ['a lower-case u', '500 u'],
    ['an ambiguous k outside Vietnamese text', '10k followers'],
    ['a number inside a word', 'model X500USD'.replace('USD', 'ABC')],
  ];
  for (const [what, text] of none) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findMoney(text)).toEqual([]);
    });
  }
});

describe(parseNumber.name, () => {
  const cases: Array<[string, boolean, number]> = [
    ['1,500', false, 1500],
    ['1.500', false, 1500],
    ['1.500.000', false, 1_500_000],
    ['1,500.50', false, 1500.5],
    ['1.500,50', false, 1500.5],
    ['1.5', false, 1.5],
    ['0.500', false, 0.5],
    ['1.500', true, 1.5],
    ['30 000', false, 30000],
  ];
  for (const [written, hasMultiplier, expected] of cases) {
    it(`returns ${expected} when the number is written ${JSON.stringify(written)}${hasMultiplier ? ' before a multiplier' : ''}`, () => {
      expect(parseNumber(written, hasMultiplier)).toBe(expected);
    });
  }
});
