/**
 * The statistics page in a real browser against the REAL API server on an in-memory store:
 * fictional criminal cases are seeded through the store, an analyst signs in, chooses a period
 * and a province, reads the figures as numbers and charts, and downloads them as CSV. The page
 * and chart.js load only when the page is opened. Every name and number is fictional.
 */
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { menuEntries, newTab, openStaffPage, submitSignIn } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional analyst password 42';

describe.skipIf(!HAS_CHROMIUM)('the statistics page in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const police = await store.organisations.create({ name: 'Fictional Police Unit', kind: 'police' }, SYSTEM);
    const team = await store.teams.create({ organisationId: police.id, name: 'Fictional unit A' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const officer = await store.users.create(
      {
        login: 'fictional.officer',
        displayName: 'Fictional officer',
        organisationId: police.id,
        teamId: team.id,
        roles: ['case_worker'],
        passwordHash,
      },
      SYSTEM,
    );
    await store.users.create(
      {
        login: 'vanna.analyst',
        displayName: 'Vanna (fictional analyst)',
        organisationId: police.id,
        teamId: team.id,
        roles: ['analyst'],
        passwordHash,
      },
      SYSTEM,
    );
    const actor = { userId: officer.id };
    const person = async (
      personKind: 'victim' | 'suspect',
      fields: { sex?: 'female' | 'male'; birthDate?: string; estimatedAge?: number; citizenship?: string[] },
    ) =>
      (
        await store.persons.create(
          { personKind, organisationId: police.id, givenNameLatin: 'Fictional', ...fields },
          actor,
        )
      ).id;
    const criminalCase = async (
      provinceCode: string,
      chargedOn: string,
      parties: { victims: string[]; suspects: string[] },
      offenceCode: string,
    ) => {
      const created = await store.criminalCases.create(
        { organisationId: police.id, provinceCode, offenceDate: '2025-01-10', policeReference: `PP-${provinceCode}` },
        actor,
      );
      for (const victim of parties.victims) await store.criminalCases.addParty(created.id, victim, 'victim');
      for (const suspect of parties.suspects) await store.criminalCases.addParty(created.id, suspect, 'suspect');
      await store.criminalCases.chargeOffence(created.id, { offenceCode });
      await store.criminalCases.recordStage(
        created.id,
        created.version,
        { stage: 'charge', occurredOn: chargedOn },
        actor,
      );
    };
    // Phnom Penh (12): two girls (12 and 15 on the offence date), one Cambodian suspect.
    await criminalCase(
      '12',
      '2025-03-01',
      {
        victims: [
          await person('victim', { sex: 'female', birthDate: '2012-06-01' }),
          await person('victim', { sex: 'female', birthDate: '2009-12-01' }),
        ],
        suspects: [await person('suspect', { sex: 'male', citizenship: ['KH'] })],
      },
      'KH.CC2009.239',
    );
    // Another province (17): a boy of about 16, one Thai suspect.
    await criminalCase(
      '17',
      '2025-02-01',
      {
        victims: [await person('victim', { sex: 'male', birthDate: '2008-09-01' })],
        suspects: [await person('suspect', { sex: 'female', citizenship: ['TH'] })],
      },
      'KH.LSHTSE2008.43',
    );
    ({ server, url } = await serveApp(store, webRoot, police.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const figure = (page: Page, group: string, key: string) =>
    page.locator(`[data-testid=figures-${group}] tr[data-figure=${key}] td`).innerText();

  it('shows an analyst the figures of a period and a province as numbers, charts and a CSV', async () => {
    const { context, page, errors } = await newTab(browser, { width: 1100, acceptDownloads: true });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openStaffPage(page, url);
    // chart.js and the statistics page are not loaded before a role that reads statistics opens them.
    expect(scripts.filter((script) => script.includes('StatisticsPage'))).toEqual([]);

    await submitSignIn(page, 'vanna.analyst', PASSWORD);
    await page.locator('[data-testid=statistics]').waitFor();
    expect(await menuEntries(page)).toEqual(['Statistics']);
    expect(scripts.some((script) => script.includes('StatisticsPage'))).toBe(true);

    // The whole of 2025, every province.
    await page.locator('#statistics-from').fill('2025-01-01');
    await page.locator('#statistics-to').fill('2025-12-31');
    await page.getByRole('button', { name: 'Show the figures' }).click();
    const figures = page.locator('[data-testid=statistics-figures][data-period="2025-01-01/2025-12-31"]');
    await figures.waitFor();
    expect(await page.locator('[data-testid=cases-prosecuted]').innerText()).toBe('2');
    expect(await figure(page, 'suspects', 'nationals')).toBe('1');
    expect(await figure(page, 'suspects', 'foreigners')).toBe('1');
    expect(await figure(page, 'victims-sex', 'female')).toBe('2');
    expect(await figure(page, 'victims-sex', 'male')).toBe('1');
    expect(await figure(page, 'victims-age', 'minorsUnder15')).toBe('1');
    expect(await figure(page, 'victims-age', 'aged15To17')).toBe('2');
    expect(await figure(page, 'victims-age', 'adults')).toBe('0');
    // Offences: the same counts as the store's own figures, one row per category.
    const expected = await store.statistics({ from: '2025-01-01', to: '2025-12-31' });
    const offenceRows = page.locator('[data-testid=figures-offences] tbody tr');
    expect(await offenceRows.count()).toBe(Object.keys(expected.offences).length);
    for (const [category, count] of Object.entries(expected.offences))
      expect(await figure(page, 'offences', category)).toBe(String(count));
    expect(Object.values(expected.offences).reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(2);

    // Each group is also drawn: four canvases with bars on them (pixels that are not transparent).
    const charts = page.locator('canvas[data-testid^=chart-]');
    expect(await charts.count()).toBe(4);
    const painted = await charts.evaluateAll((canvases) =>
      canvases.map((canvas) => {
        const element = canvas as HTMLCanvasElement;
        const pixels = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? [];
        let opaque = 0;
        for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) opaque += 1;
        return opaque;
      }),
    );
    expect(painted.every((count) => count > 100)).toBe(true);
    expect(await charts.first().getAttribute('aria-label')).toContain('The same numbers are in the table.');
    await screenshot(page, 'staff-statistics-all-provinces');

    // One province: Phnom Penh.
    await page.locator('#statistics-province').selectOption('12');
    await page.getByRole('button', { name: 'Show the figures' }).click();
    await page.locator('[data-testid=statistics-figures][data-province="12"]').waitFor();
    expect(await page.locator('[data-testid=cases-prosecuted]').innerText()).toBe('1');
    expect(await figure(page, 'victims-sex', 'male')).toBe('0');
    expect(await figure(page, 'suspects', 'foreigners')).toBe('0');

    // The CSV holds what the page shows.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the figures (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('raksa-statistics-2025-01-01-2025-12-31-12.csv');
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/u, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Period,2025-01-01 – 2025-12-31');
    expect(lines[1]).toBe('Province,Phnom Penh');
    expect(lines).toContain('Cases prosecuted,1');
    expect(lines).toContain('Victims by sex: Female,2');
    expect(lines).toContain('Victims by age: Under 15,1');
    expect(lines).toContain('Suspects: Nationals,1');

    // A period that ends before it starts is refused in plain words, without asking the server.
    await page.locator('#statistics-from').fill('2025-12-31');
    await page.locator('#statistics-to').fill('2025-01-01');
    await page.getByRole('button', { name: 'Show the figures' }).click();
    const error = page.locator('[data-testid=staff-error]');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('period_invalid');
    expect(await error.innerText()).toContain('The period ends before it starts.');

    expect(errors.filter((message) => !message.includes('401'))).toEqual([]);
    await context.close();
  });
});
