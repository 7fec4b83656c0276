import { describe, expect, it } from 'vitest';
import { toUsd } from './exchange-rates.ts';

describe(toUsd.name, () => {
  const cases: Array<[number, string, number | undefined]> = [
    [1500, 'USD', 1500],
    [100, 'USDT', 100],
    [4010, 'KHR', 1],
    [26000000, 'VND', 1000],
    [5, 'XXX', undefined],
  ];
  for (const [amount, currency, usd] of cases) {
    it(`returns ${usd} when converting ${amount} ${currency}`, () => {
      expect(toUsd(amount, currency)).toBe(usd);
    });
  }
});
