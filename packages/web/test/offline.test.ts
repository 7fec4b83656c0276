/** Offline once loaded: after a first visit, the service worker serves the whole app with no network. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/check/examples.ts';
import { buildApp } from './support/build-app.ts';
import { collectPageErrors, HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const THAI_LURE = 'รับสมัครพนักงานด่วน งานง่าย รายได้ดี เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์ บินฟรี ทำงานที่กัมพูชา ติดต่อไลน์';

describe.skipIf(!HAS_CHROMIUM)('offline use in chromium', () => {
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

  it('reloads and checks a message with the network gone', async () => {
    const context = await browser.newContext({ locale: 'km-KH' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    // The service worker has cached every file of the build and controls the page.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((key) => key.startsWith('raksa-')) ?? '');
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(cached.some((path) => path.includes('detector.worker'))).toBe(true);
    expect(cached.some((path) => path.endsWith('.woff2'))).toBe(true);

    await context.setOffline(true);
    const served = server.requests.length;
    await page.reload();
    await page.locator('#check-text').fill(EXAMPLES.find((example) => example.id === 'job-km')?.text ?? '');
    await page.locator('form button[type=submit]').click();
    await page.locator('[data-testid=check-result]').waitFor();
    expect(['high', 'critical']).toContain(await page.locator('[data-risk]').getAttribute('data-risk'));
    // A script whose phrases this visit never needed: the pack comes from the cache.
    expect(cached.some((path) => /catalog-phrases-thai-.*\.js$/u.test(path))).toBe(true);
    await page.locator('#check-text').fill(THAI_LURE);
    await page.locator('form button[type=submit]').click();
    await page.locator('[data-testid=check-result] [data-harm=recruitment_fraud]').waitFor();
    // The guides, loaded on demand, come from the cache too.
    await page.goto(`${server.url}#/guides/fake-jobs`);
    await page.locator('#guide-title').waitFor();
    // Nothing of the app came from the network. (Chromium's own update check of /sw.js is made by
    // the browser process, which Playwright's offline emulation does not cover; it may show here.)
    expect(server.requests.slice(served).filter((path) => path !== '/sw.js')).toEqual([]);
    await screenshot(page, 'offline-reload-check');
    expect(errors).toEqual([]);
    await context.close();
  });
});
