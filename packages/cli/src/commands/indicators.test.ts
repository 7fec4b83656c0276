import { CATALOG } from '@raksa/detect';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { run } from './indicators.ts';

describe('raksa indicators', () => {
  it('lists every indicator with its weights and phrase counts', async () => {
    const io = fakeIo();
    expect(await run([], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('recruitment.travel_paid');
    expect(out).toContain(`${CATALOG.length} indicators`);
  });

  it('filters by harm and prints JSON', async () => {
    const io = fakeIo();
    await run(['--harm', 'organ_trafficking', '--json'], io);
    const indicators = JSON.parse(io.out()) as { weights: Record<string, number> }[];
    expect(indicators.length).toBeGreaterThan(0);
    for (const indicator of indicators) expect(indicator.weights).toHaveProperty('organ_trafficking');
  });

  it('exports the normalised literals one per line, none empty', async () => {
    const io = fakeIo();
    await run(['--export-literals'], io);
    const literals = io.out().split('\n').slice(0, -1);
    expect(literals.length).toBeGreaterThan(1000);
    expect(literals.every((literal) => literal.length > 0 && literal === literal.toLowerCase())).toBe(true);
    expect(new Set(literals).size).toBe(literals.length);
  });

  it('rejects an unknown harm', async () => {
    await expect(run(['--harm', 'nonsense'], fakeIo())).rejects.toThrow(/unknown harm/u);
  });
});
