import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route.ts';

describe('parseRoute', () => {
  it('reads every page from the hash', () => {
    expect(parseRoute('')).toEqual({ page: 'check' });
    expect(parseRoute('#/')).toEqual({ page: 'check' });
    expect(parseRoute('#/report')).toEqual({ page: 'report' });
    expect(parseRoute('#/chat')).toEqual({ page: 'chat' });
    expect(parseRoute('#/staff/')).toEqual({ page: 'staff', path: [] });
    expect(parseRoute('#/staff/cases/0b7e-41')).toEqual({ page: 'staff', path: ['cases', '0b7e-41'] });
    expect(parseRoute('#/report/')).toEqual({ page: 'report' });
    expect(parseRoute('#/guides')).toEqual({ page: 'guides' });
    expect(parseRoute('#/guides/sextortion')).toEqual({ page: 'guide', id: 'sextortion' });
  });

  it('answers not-found for unknown or hostile paths, and survives long ones', () => {
    expect(parseRoute('#/guides/unknown')).toEqual({ page: 'not-found' });
    expect(parseRoute('#/guides/../../etc')).toEqual({ page: 'not-found' });
    expect(parseRoute('#<img src=x onerror=alert(1)>')).toEqual({ page: 'not-found' });
    expect(parseRoute(`#/${'/'.repeat(100_000)}x`)).toEqual({ page: 'not-found' });
    expect(parseRoute('#/staff/cases/<script>')).toEqual({ page: 'not-found' });
    expect(parseRoute('#/staff/a/b/c/d/e')).toEqual({ page: 'not-found' });
    expect(parseRoute(`#/staff/${'a/'.repeat(50_000)}`)).toEqual({ page: 'not-found' });
  });

  it('round-trips through routeHref', () => {
    for (const route of [
      { page: 'check' },
      { page: 'chat' },
      { page: 'staff', path: [] },
      { page: 'staff', path: ['criminal-cases', 'c-1'] },
      { page: 'report' },
      { page: 'guides' },
      { page: 'guide', id: 'loans' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
