/**
 * The tip form in a real browser against a route-mocked `POST /api/tips`: a 201 shows the
 * follow-up code; a 500, a 429 and a lost connection show plain words and keep the text.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/check/examples.ts';
import { buildApp } from './support/build-app.ts';
import { collectPageErrors, HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const TIP_TEXT =
  'A recruiter on Facebook offered my sister a job in Sihanoukville with free visa. Her phone is off since Monday.';

describe.skipIf(!HAS_CHROMIUM)('the report form in chromium', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    outDir = await buildApp();
    server = await serveStatic(outDir);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openReport(
    answer: (route: Route) => Promise<void>,
  ): Promise<{ context: BrowserContext; page: Page; errors: string[]; bodies: unknown[] }> {
    const context = await browser.newContext({
      locale: 'en-US',
      serviceWorkers: 'block',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const bodies: unknown[] = [];
    await page.route('**/api/tips', async (route) => {
      bodies.push(route.request().postDataJSON());
      await answer(route);
    });
    await page.goto(`${server.url}#/report`);
    await page.locator('#tip-text').waitFor();
    return { context, page, errors, bodies };
  }

  it('sends an anonymous tip and shows the follow-up code with a copy button', async () => {
    const { context, page, errors, bodies } = await openReport((route) =>
      route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'RK-7F3K-9Q2M', risk: 'high' }),
      }),
    );
    await page.locator('#tip-text').fill(TIP_TEXT);
    await page.locator('#tip-country').selectOption('KH');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByTestId('tip-code').waitFor();
    expect(await page.getByTestId('tip-code').textContent()).toBe('RK-7F3K-9Q2M');
    expect(bodies).toEqual([{ text: TIP_TEXT, language: 'en', country: 'KH', attachAnalysis: false, contact: null }]);
    await page.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('RK-7F3K-9Q2M');
    expect(await page.getByRole('button', { name: 'Copied' }).count()).toBe(1);
    await screenshot(page, 'report-sent-code');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('attaches the check result and a way to be contacted only when the person chooses', async () => {
    const { context, page, errors, bodies } = await openReport((route) =>
      route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'RK-AB12-CD34', risk: 'critical' }),
      }),
    );
    await page.goto(`${server.url}#/`);
    const lure = EXAMPLES.find((example) => example.id === 'job-en')?.text ?? '';
    await page.locator('#check-text').fill(lure);
    await page.locator('form button[type=submit]').click();
    await page.getByRole('link', { name: 'Report this message or ask for help' }).click();
    expect(await page.locator('#tip-text').inputValue()).toBe(lure);
    expect(await page.locator('#tip-attach').isChecked()).toBe(true);
    await page.locator('#tip-name').fill('Sokha');
    await page.locator('#tip-messenger').fill('@sokha_example');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByTestId('tip-code').waitFor();
    expect(bodies).toEqual([
      {
        text: lure,
        language: 'en',
        country: null,
        attachAnalysis: true,
        contact: { name: 'Sokha', messenger: '@sokha_example' },
      },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the text and says so in plain words when the server fails (500)', async () => {
    const { context, page, errors } = await openReport((route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'database down' } }),
      }),
    );
    await page.locator('#tip-text').fill(TIP_TEXT);
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('The server had a problem').waitFor();
    expect(await page.getByText('Your text is still here').count()).toBe(1);
    expect(await page.locator('#tip-text').inputValue()).toBe(TIP_TEXT);
    expect(await page.getByTestId('tip-code').count()).toBe(0);
    await screenshot(page, 'report-server-error');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a rate limit (429) and an invalid report (400) with the server message', async () => {
    let status = 429;
    const { context, page, errors } = await openReport((route) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: status === 429 ? 'rate_limited' : 'invalid_tip', message: 'country must be a known ISO code' },
        }),
      }),
    );
    await page.locator('#tip-text').fill(TIP_TEXT);
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('Too many reports were sent').waitFor();
    status = 400;
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('The server could not accept this report: country must be a known ISO code').waitFor();
    expect(await page.locator('#tip-text').inputValue()).toBe(TIP_TEXT);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the text when the phone is offline, and sends it once back online', async () => {
    const { context, page, errors, bodies } = await openReport((route) =>
      route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'RK-7F3K-9Q2M', risk: 'high' }),
      }),
    );
    await page.locator('#tip-text').fill(TIP_TEXT);
    // A route handler would answer even offline: take it away, so the request really meets no network.
    await page.unroute('**/api/tips');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('You seem to be offline').waitFor();
    expect(await page.locator('#tip-text').inputValue()).toBe(TIP_TEXT);
    await screenshot(page, 'report-offline');
    await context.setOffline(false);
    await page.route('**/api/tips', async (route) => {
      bodies.push(route.request().postDataJSON());
      await route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'RK-7F3K-9Q2M', risk: 'high' }),
      });
    });
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByTestId('tip-code').waitFor();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ text: TIP_TEXT });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not send an empty report, and says why', async () => {
    const { context, page, errors, bodies } = await openReport((route) => route.abort());
    await page.locator('#tip-text').fill('   ');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('Please write what happened.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tip-text');
    expect(bodies).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
