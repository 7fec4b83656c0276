import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route.ts';

describe('parseRoute', () => {
  it('reads every page from the hash', () => {
    expect(parseRoute('')).toEqual({ page: 'check' });
    expect(parseRoute('#/')).toEqual({ page: 'check' });
    expect(parseRoute('#/report')).toEqual({ page: 'report' });
    expect(parseRoute('#/chat')).toEqual({ page: 'chat' });
    expect(parseRoute('#/staff/')).toEqual({ page: 'staff' });
    expect(parseRoute('#/report/')).toEqual({ page: 'report' });
    expect(parseRoute('#/guides')).toEqual({ page: 'guides' });
    expect(parseRoute('#/guides/sextortion')).toEqual({ page: 'guide', id: 'sextortion' });
  });

  it('answers not-found for unknown or hostile paths, and survives long ones', () => {
    expect(parseRoute('#/guides/unknown')).toEqual({ page: 'not-found' });
    expect(parseRoute('#/guides/../../etc')).toEqual({ page: 'not-found' });
    expect(parseRoute('#<img src=x onerror=alert(1)>')).toEqual({ page: 'not-found' });
    expect(parseRoute(`#/${'/'.repeat(100_000)}x`)).toEqual({ page: 'not-found' });
  });

  it('round-trips through routeHref', () => {
    for (const route of [
      { page: 'check' },
      { page: 'chat' },
      { page: 'staff' },
      { page: 'report' },
      { page: 'guides' },
      { page: 'guide', id: 'loans' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
