/**
 * The public checker in a real browser: English and Khmer lures, an honest "none", language
 * switching, keyboard-only use, the 360 px layout and the click-to-result time.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadFiles } from '../build/measure-bundle.ts';
import { EXAMPLES } from '../src/check/examples.ts';
import { buildApp } from './support/build-app.ts';
import {
  collectPageErrors,
  HAS_CHROMIUM,
  launchBrowser,
  RESULTS_DIR,
  screenshot,
  SKIP_REASON,
} from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const example = (id: string): string => {
  const found = EXAMPLES.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no example ${id}`);
  return found.text;
};

describe.skipIf(!HAS_CHROMIUM)('the public checker in chromium', () => {
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

  async function open(
    options: { locale?: string; width?: number } = {},
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({
      locale: options.locale ?? 'en-US',
      viewport: { width: options.width ?? 1000, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    return { context, page, errors };
  }

  async function check(page: Page, text: string): Promise<void> {
    await page.getByRole('textbox').first().fill(text);
    await page.locator('form button[type=submit]').first().click();
    await page.locator('[data-testid=check-result]').waitFor();
  }

  it('explains an English job lure: high risk, highlighted evidence, advice and hotlines', async () => {
    const { context, page, errors } = await open();
    await check(page, example('job-en'));
    const risk = await page.locator('[data-risk]').getAttribute('data-risk');
    expect(['high', 'critical']).toContain(risk);
    const marks = await page.locator('.evidence-text mark').allTextContents();
    expect(marks.length).toBeGreaterThan(2);
    expect(marks.join(' ').toLowerCase()).toMatch(/free visa|no experience|telegram/u);
    // The highlighted text is the original text, character for character.
    expect(await page.locator('.evidence-text').textContent()).toBe(example('job-en'));
    await expect(page.locator('[data-harm=recruitment_fraud] h4').textContent()).resolves.toBe(
      'Fake or deceptive job offer',
    );
    expect(await page.locator('.advice li').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-entity=phone]').count()).toBe(1);
    expect(await page.locator('[data-entity=money]').textContent()).toContain('$1,500');
    await page.locator('#hotline-country').selectOption('KH');
    await page.locator('.hotline[data-country=KH]').first().waitFor();
    const hotlines = await page.locator('.hotline').allTextContents();
    expect(hotlines.join(' ')).toContain('1288');
    expect(await page.getByRole('status').first().textContent()).toContain('Result:');
    await screenshot(page, 'check-english-lure');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('checks a Khmer lure with the interface in Khmer, in the shipped Khmer font', async () => {
    const { context, page, errors } = await open({ locale: 'km-KH' });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('km');
    await check(page, example('job-km'));
    expect(['high', 'critical']).toContain(await page.locator('[data-risk]').getAttribute('data-risk'));
    await expect(page.locator('[data-harm=recruitment_fraud] h4').textContent()).resolves.toBe(
      'ការផ្តល់ការងារក្លែងក្លាយ ឬបោកប្រាស់',
    );
    // Explanations come from the engine in Khmer.
    expect(await page.locator('.indicators .explanation').first().textContent()).toMatch(/\p{Script=Khmer}/u);
    // Hotlines default to Cambodia from the browser's language.
    expect(await page.locator('#hotline-country').inputValue()).toBe('KH');
    expect((await page.locator('.hotline').allTextContents()).join(' ')).toContain('1288');
    // The shipped font (its own family name, so no system font can stand in) is loaded and used.
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces = [...document.fonts].filter((face) => face.family.replaceAll('"', '') === 'Raksa Khmer');
      return {
        loaded: faces.filter((face) => face.status === 'loaded').map((face) => face.weight),
        usable: document.fonts.check('16px "Raksa Khmer"', 'ក'),
      };
    });
    expect(font.loaded).toContain('400');
    expect(font.usable).toBe(true);
    expect(server.requests.some((path) => /noto-sans-khmer-khmer-400-normal.*\.woff2$/u.test(path))).toBe(true);
    expect(server.requests.some((path) => path.endsWith('.woff'))).toBe(false);
    await screenshot(page, 'check-khmer-lure-km-ui');
    await page.locator('.risk').scrollIntoViewIfNeeded();
    await screenshot(page, 'check-khmer-lure-km-ui-result', false);
    expect(errors).toEqual([]);
    await context.close();
  });

  /** The scripts and stylesheets requested since `from` (the static server logs every path). */
  const codeRequestedSince = (from: number): string[] =>
    [...new Set(server.requests.slice(from).filter((path) => /\.(?:js|css)$/u.test(path)))]
      .map((path) => path.replace(/^\//u, ''))
      .sort();
  const THAI_LURE = 'รับสมัครพนักงานด่วน งานง่าย รายได้ดี เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์ บินฟรี ทำงานที่กัมพูชา ติดต่อไลน์';

  it('downloads exactly the first load the budget counts, then a script’s phrases with the first text in it', async () => {
    const packLoads: { locale: string; clickToResultMs: number }[] = [];
    for (const locale of ['en-US', 'km-KH'] as const) {
      const language = locale === 'en-US' ? 'en' : 'km';
      const from = server.requests.length;
      const { context, page, errors } = await open({ locale });
      await check(page, example(language === 'en' ? 'job-en' : 'job-km'));
      // The service worker is blocked in these tests; everything else the budget counts is fetched, and
      // nothing more but the learned layer's model, which a lure with weak and strong signs wants (the
      // budget lists it apart, like the phrase packs).
      const expected = (await firstLoadFiles(outDir, language)).filter((file) => file !== 'sw.js');
      const requested = codeRequestedSince(from);
      const model = requested.filter((file) => /^assets\/learned-model-part-.*\.js$/u.test(file));
      expect(model, locale).toHaveLength(1);
      expect(
        requested.filter((file) => !model.includes(file)),
        locale,
      ).toEqual(expected);

      const beforeThai = server.requests.length;
      const started = Date.now();
      await check(page, THAI_LURE);
      packLoads.push({ locale, clickToResultMs: Date.now() - started });
      expect(['high', 'critical']).toContain(await page.locator('[data-risk]').getAttribute('data-risk'));
      const fetched = codeRequestedSince(beforeThai);
      expect(fetched, locale).toHaveLength(1);
      expect(fetched[0], locale).toMatch(/^assets\/catalog-phrases-thai-.*\.js$/u);
      expect(errors).toEqual([]);
      await context.close();
    }
    // Recorded, not asserted: the first Thai check waits for the pack and a compilation.
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, 'pack-load-timing.json'), `${JSON.stringify(packLoads, null, 2)}\n`);
    process.stdout.write(
      `first check needing the Thai pack: ${packLoads.map((load) => `${load.locale} ${load.clickToResultMs} ms`).join(', ')}\n`,
    );
  });

  it('says honestly that nothing known was found in a harmless message, without calling it safe', async () => {
    const from = server.requests.length;
    const { context, page, errors } = await open();
    await check(page, example('harmless-en'));
    expect(await page.locator('[data-risk]').getAttribute('data-risk')).toBe('none');
    // The learned layer could not change this analysis: its model is not fetched.
    expect(codeRequestedSince(from).some((file) => file.includes('learned-model-part'))).toBe(false);
    const summary = (await page.locator('.risk').textContent()) ?? '';
    expect(summary).toContain('No known danger sign found');
    expect(summary).toContain('does not mean the message is safe');
    expect(await page.locator('.evidence-text').count()).toBe(0);
    await screenshot(page, 'check-harmless-none');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches language, remembers the choice and re-explains the result', async () => {
    const { context, page, errors } = await open();
    await check(page, example('job-en'));
    expect(await page.locator('h2#check-title').textContent()).toBe('Check a message or a job offer');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('km');
    expect(await page.locator('h2#check-title').textContent()).toBe('ពិនិត្យសារ ឬការផ្តល់ការងារ');
    await expect
      .poll(() => page.locator('[data-harm=recruitment_fraud] h4').textContent())
      .toBe('ការផ្តល់ការងារក្លែងក្លាយ ឬបោកប្រាស់');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('km');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows hostile text as text, and says when a huge paste was only partly checked', async () => {
    const { context, page, errors } = await open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile =
      '<img src=x onerror="alert(1)"> Easy job in Poipet, $1500/month, free visa, no experience needed \u202e contact Telegram @job_poipet_77 \u0000 ';
    await check(page, hostile);
    expect(await page.locator('.evidence-text').textContent()).toBe(hostile);
    expect(await page.locator('.evidence-text img').count()).toBe(0);
    // 120,000 characters: more than the engine reads (100,000); the page must say so.
    const huge = hostile.repeat(Math.ceil(120_000 / hostile.length));
    await page.getByRole('textbox').first().fill(huge);
    await page.locator('form button[type=submit]').first().click();
    await page.getByText('only its first 100,000 characters were checked').waitFor({ timeout: 30_000 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('can be used with the keyboard only', async () => {
    const { context, page, errors } = await open();
    // Tab from the top: skip link, language switch, the three navigation links, then the text box.
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      reached.push(id);
      if (id === 'check-text') break;
    }
    expect(reached).toContain('check-text');
    await page.keyboard.type(
      'Easy job in Poipet, $1500/month, free visa, no experience needed, contact Telegram @job_poipet_77',
    );
    // Tab to the Check button and press Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=check-result]').waitFor();
    expect(['medium', 'high', 'critical']).toContain(await page.locator('[data-risk]').getAttribute('data-risk'));
    await screenshot(page, 'keyboard-focus');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    const { context, page, errors } = await open({ width: 360 });
    await check(page, example('job-en'));
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await screenshot(page, 'layout-360px');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders the result of a 2,000-character message quickly (measured, recorded)', async () => {
    const { context, page, errors } = await open();
    await check(page, 'warm-up'); // the engine is loaded and warm: only the check itself is measured
    const base = example('job-en') + '\n';
    const text = base.repeat(Math.ceil(2000 / base.length)).slice(0, 2000);
    const samples: { render: number; paint: number; engine: number }[] = [];
    for (let i = 0; i < 7; i++) {
      await page.evaluate(() => performance.clearMeasures());
      await page
        .getByRole('textbox')
        .first()
        .fill(text + ' '.repeat(i));
      await page.locator('form button[type=submit]').first().click();
      const measured = await page.waitForFunction(() => {
        const render = performance.getEntriesByName('raksa:check', 'measure')[0];
        const paint = performance.getEntriesByName('raksa:check-to-paint', 'measure')[0];
        return render !== undefined && paint !== undefined
          ? { render: render.duration, paint: paint.duration }
          : undefined;
      });
      const timing = (await measured.jsonValue()) as { render: number; paint: number };
      const engine = Number(await page.locator('[data-testid=check-result]').getAttribute('data-engine-ms'));
      samples.push({ ...timing, engine });
    }
    const median = (values: number[]): number =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    const report = {
      what: 'Click on Check to result in the DOM (render) and to the next frame (paint), 2,000-character message, engine loaded, Debian chromium headless',
      characters: text.length,
      samples,
      medianRenderMs: Math.round(median(samples.map((sample) => sample.render)) * 10) / 10,
      medianPaintMs: Math.round(median(samples.map((sample) => sample.paint)) * 10) / 10,
      medianEngineMs: Math.round(median(samples.map((sample) => sample.engine)) * 10) / 10,
      budgetMs: 100,
      measuredAt: new Date().toISOString(),
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, 'check-timing.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `check of ${text.length} characters: median ${report.medianRenderMs} ms to render, ${report.medianPaintMs} ms to paint, ${report.medianEngineMs} ms in the engine\n`,
    );
    expect(samples).toHaveLength(7);
    expect(errors).toEqual([]);
    await context.close();
  });
});
