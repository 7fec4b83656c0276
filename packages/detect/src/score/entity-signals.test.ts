import { describe, expect, it } from 'vitest';
import type { Entity, EntityDetails } from '../types.ts';
import { signalsFromEntities } from './entity-signals.ts';

function money(usd: number, period?: EntityDetails['period']): Entity {
  const details: EntityDetails = { amount: usd, currency: 'USD', usd };
  if (period !== undefined) details.period = period;
  return { type: 'money', value: `$${String(usd)}`, normalized: `USD ${String(usd)}`, start: 0, end: 4, details };
}

function signalsOf(entity: Entity): string[] {
  return signalsFromEntities([entity]).map((found) => found.signal);
}

describe(signalsFromEntities.name, () => {
  it('treats unskilled pay of $200 or more a week as high, like $40 a day or $800 a month', () => {
    expect(signalsOf(money(650, 'week'))).toEqual(['pay_high']);
    expect(signalsOf(money(200, 'week'))).toEqual(['pay_high']);
    expect(signalsOf(money(40, 'day'))).toEqual(['pay_high']);
    expect(signalsOf(money(800, 'month'))).toEqual(['pay_high']);
  });

  it('does not call ordinary weekly, daily or monthly pay high', () => {
    expect(signalsOf(money(150, 'week'))).toEqual([]);
    expect(signalsOf(money(25, 'day'))).toEqual([]);
    expect(signalsOf(money(450, 'month'))).toEqual([]);
  });

  it('ignores amounts without a period and hourly or yearly pay', () => {
    expect(signalsOf(money(5000))).toEqual([]);
    expect(signalsOf(money(35, 'hour'))).toEqual([]);
    expect(signalsOf(money(48000, 'year'))).toEqual([]);
  });
});
