import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { EXAMPLE_TEXT, run } from './check.ts';

describe('raksa check', () => {
  it('explains the example lure with harms, marked evidence and advice', async () => {
    const io = fakeIo();
    expect(await run(['--example'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/Risk: (HIGH|CRITICAL|MEDIUM)/u);
    expect(out).toContain('Fake or deceptive job offer');
    expect(out).toContain('What to do:');
    expect(out).toMatch(/\[[^[\]]+\]/u);
  });

  it('prints the analysis object with --json', async () => {
    const io = fakeIo();
    await run(['--json', EXAMPLE_TEXT], io);
    const analysis = JSON.parse(io.out()) as { harms: { type: string }[]; entities: { type: string }[] };
    expect(analysis.harms.map((h) => h.type)).toContain('recruitment_fraud');
    expect(analysis.entities.map((e) => e.type)).toEqual(expect.arrayContaining(['money', 'place']));
  });

  it('reads standard input and explains in Khmer on request', async () => {
    const io = fakeIo('ការងារស្រួល ប្រាក់ខែខ្ពស់ នៅក្រុងព្រះសីហនុ មិនត្រូវការបទពិសោធន៍ ចេញថ្លៃធ្វើដំណើរឱ្យ');
    expect(await run(['--advice-lang', 'km'], io)).toBe(0);
    expect(io.out()).toContain('ហានិភ័យ៖');
    expect(io.out()).toContain('អ្វីដែលត្រូវធ្វើ៖');
  });

  it('says plainly when nothing was found', async () => {
    const io = fakeIo();
    await run(['Happy birthday! See you at grandma’s house on Sunday.'], io);
    expect(io.out()).toContain('No danger signs were found');
  });

  it('rejects unknown options and advice languages', async () => {
    await expect(run(['--advice-lang', 'fr', 'x'], fakeIo())).rejects.toThrow(/en or km/u);
    await expect(run(['--nope'], fakeIo())).rejects.toThrow();
  });
});
