/**
 * The chat check in a real browser: a WhatsApp export of grooming dropped on the page, an
 * everyday Telegram chat picked with the file input, the "hide names and numbers" toggle, the
 * Khmer interface, a long chat with progress, and broken files with their plain-words errors.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { collectPageErrors, HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { NOT_A_CHAT, TELEGRAM_EVERYDAY, TELEGRAM_TRUNCATED, WHATSAPP_GROOMING } from './support/chat-exports.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

describe.skipIf(!HAS_CHROMIUM)('the chat check in chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(await buildApp());
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(locale = 'en-US'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({
      locale,
      viewport: { width: 1000, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}#/chat`);
    await page.locator('#chat-page-title').waitFor();
    return { context, page, errors };
  }

  /** Drops a file on the drop zone as a browser would (a DataTransfer holding a File). */
  async function drop(page: Page, name: string, content: string): Promise<void> {
    const transfer = await page.evaluateHandle(
      ([fileName, text]) => {
        const data = new DataTransfer();
        data.items.add(new File([text ?? ''], fileName ?? 'chat.txt', { type: 'text/plain' }));
        return data;
      },
      [name, content],
    );
    await page.locator('[data-testid=chat-drop-zone]').dispatchEvent('drop', { dataTransfer: transfer });
  }

  async function pick(page: Page, name: string, content: string, mimeType = 'application/json'): Promise<void> {
    await page.locator('#chat-file').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  it('reads a dropped WhatsApp export of grooming: offender, target, age, stages, evidence, what to do', async () => {
    const { context, page, errors } = await open();
    await drop(page, 'WhatsApp Chat with Kevin Lim.txt', WHATSAPP_GROOMING);
    const report = page.locator('[data-testid=chat-report]');
    await report.waitFor({ timeout: 60_000 });

    expect(['high', 'critical']).toContain(await report.locator('[data-risk]').first().getAttribute('data-risk'));
    expect(
      await page
        .locator('[data-testid=chat-harms] [data-harm]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-harm'))),
    ).toContain('grooming');
    const narrative = await page.locator('[data-testid=chat-narrative]').innerText();
    expect(narrative).toContain('Raksa read 12 messages, from 2 Mar 2024 to 3 Mar 2024.');
    expect(narrative).toContain('most likely doing harm is Kevin Lim');
    expect(narrative).toContain('most likely at risk is Sophea');

    const offender = page.locator('[data-testid=chat-people] tr[data-role=likely_offender]');
    await expect.poll(() => offender.locator('th').innerText()).toBe('Kevin Lim');
    expect(await offender.innerText()).toMatch(/late at night/u);
    const target = await page.locator('[data-testid=chat-people] tr[data-role=likely_target]').innerText();
    expect(target).toContain('Sophea');
    expect(target).toContain('says they are 13');

    expect(await page.locator('[data-testid=risk-chart] polyline').count()).toBe(1);
    expect(await page.locator('[data-testid=risk-chart] .stage-mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=chat-stages] li').count()).toBeGreaterThan(0);
    const marks = await page.locator('[data-testid=chat-key-message] mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join(' ').toLowerCase()).toMatch(/secret|pic|meet/u);

    const steps = await page.locator('[data-testid=chat-steps]').innerText();
    for (const step of ['Keep the evidence', 'Do not pay', 'Do not confront', 'block the account', 'Report it'])
      expect(steps).toContain(step);
    await page.locator('#hotline-country').selectOption('KH');
    await expect.poll(() => page.locator('.hotline[data-country=KH]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=chat-nothing-left]').innerText()).toContain('Nothing left this device');
    // Nothing was sent anywhere: only the app's own files were requested.
    expect(server.requests.filter((path) => path.startsWith('/api'))).toEqual([]);
    await screenshot(page, 'chat-whatsapp-grooming');

    // Hide names and numbers: no name, phone number or account is left in the report.
    await page.locator('[data-testid=chat-redact]').check();
    await page.locator('[data-testid=chat-report][data-redacted=true]').waitFor();
    const redacted = await report.innerText();
    for (const secret of ['Kevin', 'Sophea', 'kevin_dance99', '345 678']) expect(redacted).not.toContain(secret);
    expect(redacted).toContain('Person A');
    expect(redacted).toContain('[account 1]');
    await screenshot(page, 'chat-whatsapp-grooming-redacted');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads an everyday Telegram chat as showing no known danger sign, and follows the Khmer interface', async () => {
    const { context, page, errors } = await open();
    await pick(page, 'result.json', TELEGRAM_EVERYDAY);
    const report = page.locator('[data-testid=chat-report]');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.locator('[data-risk]').first().getAttribute('data-risk')).toBe('none');
    const narrative = await page.locator('[data-testid=chat-narrative]').innerText();
    expect(narrative).toContain('Raksa read 8 messages');
    expect(narrative).toContain('No known danger signs were found');
    expect(await page.locator('[data-testid=chat-file-summary]').innerText()).toContain(
      'telegram export, 8 messages, 2 people',
    );
    expect(await page.locator('[data-testid=chat-harms]').count()).toBe(0);

    await page.locator('[data-testid=language-switch]').click();
    await expect.poll(() => page.locator('#chat-page-title').innerText()).toBe('ពិនិត្យការជជែក');
    await expect.poll(() => page.locator('[data-testid=chat-narrative]').innerText()).toContain('រក្សាបានអានសារចំនួន ៨');
    expect(await page.locator('[data-testid=chat-nothing-left]').innerText()).toMatch(/\p{Script=Khmer}/u);
    await screenshot(page, 'chat-telegram-everyday-km');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows progress on a long chat and keeps the page responsive while the worker reads it', async () => {
    const { context, page, errors } = await open();
    const lines = ['01/06/2024, 08:00 - Dara: good morning'];
    for (let i = 0; i < 6000; i++) {
      const minute = String(i % 60).padStart(2, '0');
      const hour = String(8 + (Math.floor(i / 60) % 12)).padStart(2, '0');
      lines.push(
        `01/06/2024, ${hour}:${minute} - ${i % 2 === 0 ? 'Dara' : 'Vanna'}: message ${i} about the football match and dinner`,
      );
    }
    await pick(page, 'WhatsApp Chat with Vanna.txt', `${lines.join('\n')}\n`, 'text/plain');
    await page.locator('[data-testid=chat-progress]').waitFor();
    // The main thread answers while the worker works.
    const frame = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame((time) => resolve(time))),
    );
    expect(frame).toBeGreaterThan(0);
    await page.locator('[data-testid=chat-report]').waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-testid=chat-file-summary]').innerText()).toContain('6,001 messages');
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it('says clearly when a file is broken or is not a chat export', async () => {
    const { context, page, errors } = await open();
    await pick(page, 'result.json', TELEGRAM_TRUNCATED);
    const error = page.locator('[data-testid=chat-error]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.getAttribute('data-code')).toBe('malformed');
    expect(await error.innerText()).toContain('damaged or incomplete');
    expect(await page.locator('[data-testid=chat-report]').count()).toBe(0);
    await screenshot(page, 'chat-broken-file');

    await pick(page, 'shopping.txt', NOT_A_CHAT, 'text/plain');
    await expect.poll(() => error.getAttribute('data-code')).toBe('unknown_format');
    expect(await error.innerText()).toContain('not a chat export Raksa can read');

    await pick(page, 'empty.txt', '\n\n', 'text/plain');
    await expect.poll(() => error.getAttribute('data-code')).toBe('empty');
    expect(errors).toEqual([]);
    await context.close();
  });
});
