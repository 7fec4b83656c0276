/**
 * The case CSV export in a real browser against the REAL API server on an in-memory store. A
 * fictional NGO's team has four cases; three victims consented to being counted in reports without
 * being identified, one did not. The supervisor downloads the CSV from the case list (the server's
 * file name, header row and rows; the victim without consent left out and the count said), then
 * only the open cases of one province, then includes the victim without consent with a reason
 * (a too-short reason is refused before anything is sent; the export is audited as
 * `consent_override`). The API's refusals are said in plain words: a role removed meanwhile (403),
 * a refused body (400) and a network failure. A case worker, whose role has no `export.csv`, sees
 * the case list without any export control. Every name and place detail here is fictional.
 */
import { readFile } from 'node:fs/promises';
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { signedInTab, staffMenu, type StaffTab, type TabOptions } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional export password 42';
const HEADER = 'case,trafficking_status,stage,risk,province,opened,closed,given_name,family_name,sex,age_band';
const REASON = 'Fictional court order 0000/2026 asks for every victim of this team.';

/** The server names the file by its own (UTC) day. */
const utcToday = (): string => new Date().toISOString().slice(0, 10);

/** The downloaded file's records, without the byte order mark and the final line break. */
async function linesOf(download: Download): Promise<string[]> {
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1);
}

describe.skipIf(!HAS_CHROMIUM)('the case CSV export in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  /** Case numbers by the victim's given name. */
  const numbers = new Map<string, number>();
  const users = { demoted: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const ngo = await store.organisations.create({ name: 'Fictional Outreach NGO', kind: 'ngo' }, SYSTEM);
    const team = await store.teams.create({ organisationId: ngo.id, name: 'Outreach' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const user = (login: string, displayName: string, role: 'supervisor' | 'case_worker') =>
      store.users.create(
        { login, displayName, organisationId: ngo.id, teamId: team.id, roles: [role], passwordHash },
        SYSTEM,
      );
    const supervisor = await user('fictional.supervisor', 'Fictional Supervisor Sokha', 'supervisor');
    users.demoted = (await user('fictional.acting', 'Fictional Acting Supervisor', 'supervisor')).id;
    const worker = await user('fictional.worker', 'Fictional Worker Dara', 'case_worker');
    const actor = { userId: supervisor.id };

    const openCase = async (
      givenNameLatin: string,
      details: { provinceCode?: string; consented: boolean; closed?: boolean },
    ) => {
      const victim = await store.persons.create(
        {
          personKind: 'victim',
          organisationId: ngo.id,
          givenNameLatin,
          familyNameLatin: 'Example',
          sex: 'female',
          birthDate: '1998-04-04',
        },
        actor,
      );
      if (details.consented) {
        await store.consents.record(
          {
            personId: victim.id,
            purpose: 'non_identifying_reporting',
            legalBasis: 'consent',
            givenBy: 'subject',
            givenOn: '2026-01-10',
          },
          actor,
        );
      }
      const opened = await store.cases.create(
        {
          victimPersonId: victim.id,
          organisationId: ngo.id,
          teamId: team.id,
          ownerUserId: worker.id,
          riskLevel: 'high',
          summary: `Fictional: the case of ${givenNameLatin}.`,
          ...(details.provinceCode === undefined ? {} : { provinceCode: details.provinceCode }),
        },
        actor,
      );
      if (details.closed === true)
        await store.cases.close(opened.id, opened.version, { reason: 'reintegrated' }, actor);
      numbers.set(givenNameLatin, opened.caseNumber);
    };
    await openCase('Fictional-Consented', { consented: true, provinceCode: '12' });
    await openCase('Fictional-Elsewhere', { consented: true });
    await openCase('Fictional-Closed', { consented: true, provinceCode: '12', closed: true });
    await openCase('Fictional-NoConsent', { consented: false, provinceCode: '12' });

    ({ server, url } = await serveApp(store, webRoot, ngo.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const signIn = (login: string, options: TabOptions = {}): Promise<StaffTab> =>
    signedInTab(browser, url, login, PASSWORD, { acceptDownloads: true, ...options });

  /** The case list, then the export panel opened from it. */
  async function openExport(page: Page): Promise<Locator> {
    await staffMenu(page).getByRole('link', { name: 'Cases', exact: true }).click();
    await page.locator('[data-testid=case-row]').first().waitFor();
    await page.getByRole('button', { name: 'Export cases (CSV)…' }).click();
    const panel = page.locator('[data-testid=case-export-form]');
    await panel.waitFor();
    return panel;
  }

  /** Presses the panel's download button and waits for the browser's download. */
  async function downloadFrom(page: Page, panel: Locator): Promise<Download> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.locator('[data-testid=case-export-download]').click(),
    ]);
    return download;
  }

  /** The rows' case numbers (the first column). */
  const casesIn = (rows: readonly string[]): number[] => rows.map((row) => Number(row.split(',')[0]));
  const number = (name: string): number => numbers.get(name) ?? Number.NaN;

  it('downloads the team’s cases under the server’s file name, leaving out the victim without consent', async () => {
    const { context, page, errors } = await signIn('fictional.supervisor');
    const exports: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/exports/')) exports.push(request.method());
    });
    const panel = await openExport(page);
    expect(await page.getByRole('button', { name: 'Export cases (CSV)…' }).getAttribute('aria-expanded')).toBe('true');
    // The heading takes the focus; the panel explains the consent rule and the file's contents.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
    const words = await panel.innerText();
    expect(words).toContain('It holds your team’s cases.');
    expect(words).toContain('Counting in reports without identifying the person');
    expect(words).toContain('recorded in the audit log as made without consent');
    expect(await panel.getByLabel('Open and closed').isChecked()).toBe(true);

    const download = await downloadFrom(page, panel);
    expect(download.suggestedFilename()).toBe(`cases-${utcToday()}.csv`);
    const [header, ...rows] = await linesOf(download);
    expect(header).toBe(HEADER);
    expect(casesIn(rows).sort((a, b) => a - b)).toEqual(
      [number('Fictional-Consented'), number('Fictional-Elsewhere'), number('Fictional-Closed')].sort((a, b) => a - b),
    );
    const consented = rows.find((row) => row.startsWith(`${number('Fictional-Consented')},`));
    expect(consented).toMatch(/^\d+,possible,[a-z_]+,high,12,\d{4}-\d\d-\d\d,,Fictional-Consented,Example,female,/u);
    expect(rows.join('\n')).not.toContain('Fictional-NoConsent');

    const status = panel.locator('[data-testid=case-export-status]');
    await status.getByText(`Downloaded cases-${utcToday()}.csv: 3 cases.`).waitFor();
    expect(await status.locator('[data-testid=case-export-omitted]').innerText()).toBe(
      '1 victim was left out because they have not consented to reporting.',
    );
    expect(await status.locator('[data-testid=case-export-overridden]').count()).toBe(0);
    expect(exports).toEqual(['POST']);
    await screenshot(page, 'case-export');

    // Only the open cases of Phnom Penh (the list's province names).
    await panel.getByLabel('Open cases').check();
    await panel.getByLabel('Province').selectOption({ label: 'Phnom Penh' });
    const [, ...openRows] = await linesOf(await downloadFrom(page, panel));
    expect(casesIn(openRows)).toEqual([number('Fictional-Consented')]);
    await status.getByText(`Downloaded cases-${utcToday()}.csv: 1 case.`).waitFor();
    expect(await status.locator('[data-testid=case-export-omitted]').getAttribute('data-omitted')).toBe('1');

    // Closing gives the focus back to the button.
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('[data-testid=case-export-form]').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('case-export-open');
    const audited = await store.audit.list({ action: 'export.csv' });
    expect(audited).toHaveLength(2);
    expect(audited.every((entry) => entry.outcome === 'success' && entry.details.code === null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('includes the victim without consent only with a reason of 10 characters or more, audited as an override', async () => {
    const { context, page, errors } = await signIn('fictional.supervisor');
    const exports: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/exports/')) exports.push(request.postData() ?? '');
    });
    const panel = await openExport(page);
    await panel.getByLabel('Include victims without consent to reporting').check();
    const reason = panel.getByLabel('Why must these victims be included? (at least 10 characters)');
    await reason.fill('  too short ');
    await panel.getByRole('button', { name: 'Download, including victims without consent' }).click();
    const problems = panel.locator('[data-testid=case-export-problems]');
    await problems.waitFor();
    expect(await problems.getAttribute('role')).toBe('alert');
    expect(await problems.innerText()).toContain('Give the reason in at least 10 characters.');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('case-export-reason');
    expect(exports).toEqual([]);

    const before = (await store.audit.list({ action: 'export.csv' })).length;
    await reason.fill(REASON);
    expect(await problems.count()).toBe(0);
    const download = await downloadFrom(page, panel);
    expect(exports).toHaveLength(1);
    expect(JSON.parse(exports[0] ?? '{}')).toEqual({ consentOverride: { reason: REASON } });
    const [header, ...rows] = await linesOf(download);
    expect(header).toBe(HEADER);
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row.startsWith(`${number('Fictional-NoConsent')},`))).toContain(
      ',Fictional-NoConsent,Example,female,',
    );
    const status = panel.locator('[data-testid=case-export-status]');
    await status.getByText(`Downloaded cases-${utcToday()}.csv: 4 cases.`).waitFor();
    expect(await status.locator('[data-testid=case-export-omitted]').innerText()).toBe(
      'No victim was left out for lack of consent.',
    );
    await status.locator('[data-testid=case-export-overridden]').waitFor();

    const audited = await store.audit.list({ action: 'export.csv' });
    expect(audited).toHaveLength(before + 1);
    expect(audited[0]).toMatchObject({ outcome: 'success', details: { code: 'consent_override' } });
    const supervisor = (await store.users.list()).find((found) => found.login === 'fictional.supervisor');
    expect(audited[0]?.actorUserId).toBe(supervisor?.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in plain words when the network fails, the server refuses the body, or the role was removed', async () => {
    const { context, page, errors } = await signIn('fictional.acting');
    const panel = await openExport(page);
    const failure = panel.locator('[data-testid=staff-error]');

    await page.route('**/api/exports/cases.csv', (route) => route.abort('internetdisconnected'));
    await panel.locator('[data-testid=case-export-download]').click();
    await failure.waitFor();
    expect(await failure.getAttribute('data-code')).toBe('offline');
    expect(await failure.innerText()).toBe('The server cannot be reached. Check the connection and try again.');
    expect(await failure.getAttribute('role')).toBe('alert');

    await page.unroute('**/api/exports/cases.csv');
    await page.route('**/api/exports/cases.csv', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'validation_failed',
            message: 'body.consentOverride.reason: Too small: expected string to have >=10 characters',
          },
        }),
      }),
    );
    await panel.locator('[data-testid=case-export-download]').click();
    await panel.locator('[data-testid=staff-error][data-code=validation_failed]').waitFor();
    expect(await failure.innerText()).toContain('the reason must have 10 to 2000 characters');
    await page.unroute('**/api/exports/cases.csv');

    // An administrator takes the supervisor role away meanwhile: the real server refuses.
    const acting = await store.users.get(users.demoted);
    await store.users.update(acting.id, acting.version, { roles: ['case_worker'] }, SYSTEM);
    await panel.locator('[data-testid=case-export-download]').click();
    await panel.locator('[data-testid=staff-error][data-code=forbidden]').waitFor();
    expect(await failure.innerText()).toBe(
      'Your role may not export cases (or no longer may). Ask an administrator if you need to.',
    );
    expect(await panel.locator('[data-testid=case-export-done]').count()).toBe(0);
    const refused = await store.audit.list({ action: 'export.csv', actorUserId: users.demoted });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ outcome: 'denied', details: { code: 'forbidden' } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px screen, in Khmer too', async () => {
    const { context, page, errors } = await signIn('fictional.supervisor', { width: 360 });
    const panel = await openExport(page);
    await panel.getByLabel('Include victims without consent to reporting').check();
    await panel.getByLabel('Why must these victims be included? (at least 10 characters)').fill('short');
    await panel.locator('[data-testid=case-export-download]').click();
    await panel.locator('[data-testid=case-export-problems]').waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'case-export-360');

    await page.locator('.language-switch').click();
    await page.getByRole('button', { name: 'នាំចេញករណី (CSV)…' }).waitFor();
    expect(await panel.innerText()).toContain('សូមផ្តល់មូលហេតុយ៉ាងតិច ១០ តួអក្សរ។');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'case-export-360-km');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a case worker, whose role may not export, the case list without any export control', async () => {
    const { context, page, errors } = await signIn('fictional.worker');
    await staffMenu(page).getByRole('link', { name: 'Cases', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid=case-row]').count()).toBe(4);
    expect(await page.locator('[data-testid=case-export]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Export/u }).count()).toBe(0);
    expect(await page.locator('[data-testid=case-list-view]').innerText()).not.toContain('CSV');
    expect(errors).toEqual([]);
    await context.close();
  });
});
