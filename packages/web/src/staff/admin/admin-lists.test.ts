import { describe, expect, it } from 'vitest';
import type { Hotline } from './admin-api.ts';
import { groupHotlines } from './HotlinesPage.tsx';
import { pageOf } from './Pager.tsx';

describe(pageOf.name, () => {
  const items = Array.from({ length: 45 }, (_, index) => index);
  it('cuts a list into pages counted from 1, clamping a page out of range', () => {
    expect(pageOf(items, 1, 20)).toMatchObject({ page: 1, pages: 3, items: items.slice(0, 20) });
    expect(pageOf(items, 3, 20).items).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(items, 9, 20).page).toBe(3);
    expect(pageOf(items, 0, 20).page).toBe(1);
    expect(pageOf([], 1, 20)).toEqual({ page: 1, pages: 1, items: [] });
  });
});

const line = (country: string, name: string): Hotline => ({
  country,
  name,
  number: '000',
  url: null,
  harms: 'all',
  hours: null,
});

describe(groupHotlines.name, () => {
  it('keeps each country’s own lines and lists the international ones once, last', () => {
    const groups = groupHotlines([
      { country: 'KH', hotlines: [line('KH', 'Fictional KH line'), line('ZZ', 'Fictional world line')] },
      { country: 'TH', hotlines: [line('TH', 'Fictional TH line'), line('ZZ', 'Fictional world line')] },
      { country: 'LA', hotlines: [line('ZZ', 'Fictional world line')] },
    ]);
    expect(groups.map((group) => [group.country, group.hotlines.map((hotline) => hotline.name)])).toEqual([
      ['KH', ['Fictional KH line']],
      ['TH', ['Fictional TH line']],
      ['LA', []],
      ['ZZ', ['Fictional world line']],
    ]);
  });
});
