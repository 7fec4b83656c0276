/**
 * Units of each currency per one US dollar: a small constant table for the approximate `usd`
 * value of money entities (order-of-magnitude comparisons such as "is this salary implausible?",
 * never accounting).
 *
 * Approximate mid-market rates as of June 2025 (written from memory of published rates, rounded;
 * refresh when they drift by more than ~10 %). MMK uses the approximate street/market rate, which
 * is what wages are quoted against (the official Central Bank rate was ~2,100).
 */
export const RATES_AS_OF = '2025-06';

export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1,
  USDT: 1,
  USDC: 1,
  KHR: 4010,
  THB: 32.5,
  VND: 26000,
  IDR: 16300,
  PHP: 56.5,
  MMK: 4300,
  LAK: 21600,
  CNY: 7.18,
  MYR: 4.25,
};

/** Approximate USD value, rounded to cents, or undefined for an unknown currency. */
export function toUsd(amount: number, currency: string): number | undefined {
  const rate = UNITS_PER_USD[currency];
  if (rate === undefined) return undefined;
  return Math.round((amount / rate) * 100) / 100;
}
