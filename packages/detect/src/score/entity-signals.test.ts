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

  it('treats $30 or more an hour as high (the fake data-entry rate), not the $15–25 of real unskilled work', () => {
    expect(signalsOf(money(35, 'hour'))).toEqual(['pay_high']);
    expect(signalsOf(money(30, 'hour'))).toEqual(['pay_high']);
    expect(signalsOf(money(22, 'hour'))).toEqual([]);
  });

  it('ignores amounts without a period and yearly pay', () => {
    expect(signalsOf(money(5000))).toEqual([]);
    expect(signalsOf(money(48000, 'year'))).toEqual([]);
  });

  it('raises link for a URL or domain, and link_risky when it hides or disguises where it goes', () => {
    const url = (normalized: string, type: Entity['type'] = 'url'): Entity => ({
      type,
      value: normalized,
      normalized,
      start: 0,
      end: normalized.length,
    });
    expect(signalsOf(url('https://news.example-paper.com/story/1'))).toEqual(['link']);
    expect(signalsOf(url('https://bit.ly/3xYz9Q'))).toEqual(['link', 'link_risky']);
    expect(signalsOf(url('secure-kbank-th.com', 'domain'))).toEqual(['link', 'link_risky']);
    expect(signalsOf(url('http://103.21.44.9/verify'))).toEqual(['link', 'link_risky']);
  });

  it('trusts the URL extractor’s shortener tag', () => {
    const tagged: Entity = {
      type: 'url',
      value: 'newshort.example/x',
      normalized: 'https://newshort.com/x',
      start: 0,
      end: 18,
      details: { tags: ['shortener'] },
    };
    expect(signalsOf(tagged)).toEqual(['link', 'link_risky']);
  });

  it('raises no link signal for a brand’s own site: real notices point there', () => {
    const official: Entity = {
      type: 'domain',
      value: 'kasikornbank.com',
      normalized: 'kasikornbank.com',
      start: 0,
      end: 16,
    };
    expect(signalsOf(official)).toEqual([]);
  });
});
