import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groomingAnalysis, quietAnalysis } from './fixture-analysis.ts';
import { renderHtmlReport, REPORT_CSP } from './html-report.ts';
import { redactAnalysis, redactorFor } from '@raksa/detect';
import { buildReportModel } from './report-model.ts';

const CHROMIUM = '/usr/bin/chromium';

function hostileAnalysis() {
  const analysis = groomingAnalysis();
  const hostile = `</style><script>alert(1)</script><img src="https://evil.example/x.png" onerror='x'> \u202Eevil\u202C "quoted" 'single' & <!-- -->`;
  const huge = `${'x'.repeat(60_000)}send me a pic${'y'.repeat(40_000)}`;
  analysis.authors[0] = { ...analysis.authors[0]!, author: '<b onmouseover="alert(2)">Kevin</b>' };
  analysis.keyMessages[0] = { ...analysis.keyMessages[0]!, text: hostile, features: [], harms: [] };
  analysis.keyMessages[1] = {
    ...analysis.keyMessages[1]!,
    text: huge,
    harms: [],
    features: [{ code: 'image_request', evidence: [{ start: 60_000, end: 60_013, text: 'send me a pic' }] }],
  };
  return analysis;
}

describe(renderHtmlReport.name, () => {
  it('is one self-contained file under a CSP that forbids every request', () => {
    const html = renderHtmlReport(buildReportModel(groomingAnalysis(), { language: 'en', country: 'KH' }));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/iu);
    expect(html).toMatch(/<svg [^>]*class="chart"/u);
    expect(html).toContain('@media print');
    expect(html).toContain('Nothing was uploaded');
  });

  it('tells a parent what is happening, who is who, the stages, the evidence and what to do', () => {
    const html = renderHtmlReport(buildReportModel(groomingAnalysis(), { language: 'en', country: 'KH' }));
    expect(html).toContain('Grooming of a child');
    expect(html).toContain('The person who is most likely doing harm is Kevin Lim');
    expect(html).toContain('says they are 13');
    expect(html).toContain('<mark>this is our secret</mark>');
    expect(html).toContain('Asking for pictures');
    expect(html).toContain('Do not pay');
    expect(html).toContain('Do not confront or warn');
    expect(html).toContain('Child Helpline Cambodia');
    expect(html).toContain('1280');
  });

  it('escapes hostile message text and names, shows bidi overrides, and shortens a 100k-character message', () => {
    const html = renderHtmlReport(buildReportModel(hostileAnalysis(), { language: 'en' }));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</style><script>');
    expect(html).not.toContain('<b onmouseover');
    expect(html).not.toContain('\u202E');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('⟦U+202E⟧evil');
    expect(html).toContain('&quot;quoted&quot; &#39;single&#39; &amp;');
    expect(html).toContain('<mark>send me a pic</mark>');
    expect(html.length).toBeLessThan(60_000);
    expect((html.match(/<\/style>/gu) ?? []).length).toBe(1);
  });

  it('is written wholly in Khmer with --lang km, in a font stack that names Khmer fonts', () => {
    const html = renderHtmlReport(buildReportModel(groomingAnalysis(), { language: 'km', country: 'KH' }));
    expect(html).toContain('<html lang="km">');
    expect(html).toContain('របាយការណ៍វិភាគការជជែករបស់ Raksa');
    expect(html).toContain('អ្វីដែលត្រូវធ្វើឥឡូវនេះ');
    expect(html).toContain('កុំបង់លុយ');
    expect(html).toContain('"Noto Sans Khmer"');
    expect(html).toContain('"Khmer OS System"');
    expect(html).not.toContain('What to do now');
    expect(html).not.toContain('Nothing was uploaded');
  });

  it('hides names, numbers and handles when redacted', () => {
    const analysis = groomingAnalysis();
    const redacted = redactAnalysis(analysis, redactorFor(analysis, 'en'));
    const html = renderHtmlReport(buildReportModel(redacted, { language: 'en', redacted: true }));
    for (const secret of ['Kevin', 'Sophea', 'kevin_dance99', '345 678']) expect(html).not.toContain(secret);
    expect(html).toContain('Person A');
    expect(html).toContain('are hidden in this report');
  });

  it('says plainly when nothing was found, without hotlines or stages', () => {
    const html = renderHtmlReport(buildReportModel(quietAnalysis(), { language: 'en' }));
    expect(html).toContain('No known danger signs were found');
    expect(html).toContain('No stage of a known script was seen.');
    expect(html).not.toContain('Who can help');
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'opens in a browser without any network request or script, and prints to PDF',
    async () => {
      const { chromium } = await import('playwright-core');
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const file = join(mkdtempSync(join(tmpdir(), 'raksa-report-')), 'report.html');
      writeFileSync(file, renderHtmlReport(buildReportModel(hostileAnalysis(), { language: 'km', country: 'KH' })));
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        const dialogs: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(`file://${file}`);
        expect(requests).toEqual([`file://${file}`]);
        expect(dialogs).toEqual([]);
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.locator('mark').count()).toBeGreaterThan(0);
        const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
        expect(background).toBe('rgb(255, 255, 255)');
        const pdf = await page.pdf();
        expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      } finally {
        await browser.close();
      }
    },
  );
});
