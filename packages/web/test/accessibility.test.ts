/**
 * Accessibility of every page, measured by axe-core (the engine behind most accessibility
 * checkers) in chromium against the real server: WCAG 2.1 A and AA rules, colour contrast
 * included (axe cannot judge the contrast of the chat report's SVG chart labels; it lists them as
 * "incomplete" in the report, and they use the page's text colours). Each page's full axe answer goes to test-results/accessibility/<page>.json; the test
 * fails on any violation (whatever its impact), naming the rule and the elements.
 * Pages: the checker (empty, with an English result, with a Khmer result in the Khmer interface,
 * at 360 px), the chat check with its report, the tip form, a guide, and the staff workspace of an
 * organisation administrator (sign-in, triage queue, case list, case page and its sections,
 * criminal cases, referrals received, statistics, administration, audit log). Fictional data only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/check/examples.ts';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, RESULTS_DIR, SKIP_REASON } from './support/browser.ts';
import { WHATSAPP_GROOMING } from './support/chat-exports.ts';
import { newTab, openStaffPage, signedInTab } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional accessibility password 7';
const OUT_DIR = join(RESULTS_DIR, 'accessibility');

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const example = (id: string): string => EXAMPLES.find((candidate) => candidate.id === id)?.text ?? '';

/** Runs axe on the page as it is now; records the whole answer; returns its violations. */
async function audit(page: Page, name: string): Promise<Finding[]> {
  // Evaluated through the browser's debugging protocol: the app's Content-Security-Policy rightly
  // refuses inline scripts, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    return run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(join(OUT_DIR, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  // An empty page would pass every rule it has nothing for: the page must have been really examined.
  if (result.passes.length < 15)
    return [
      { rule: 'too-few-checks', impact: 'critical', help: `only ${result.passes.length} rules applied`, targets: [] },
    ];
  return result.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? '',
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

describe.skipIf(!HAS_CHROMIUM)('accessibility of every page (axe-core, WCAG 2.1 AA) in chromium', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  let caseId = '';

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const ngo = await store.organisations.create({ name: 'Fictional Harbour NGO', kind: 'ngo' }, SYSTEM);
    const team = await store.teams.create({ organisationId: ngo.id, name: 'Outreach' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const worker = await store.users.create(
      {
        login: 'fictional.a11y.worker',
        displayName: 'Fictional worker',
        organisationId: ngo.id,
        teamId: team.id,
        roles: ['case_worker'],
        passwordHash,
      },
      SYSTEM,
    );
    await store.users.create(
      {
        login: 'fictional.a11y.admin',
        displayName: 'Fictional administrator',
        organisationId: ngo.id,
        teamId: team.id,
        roles: ['org_admin'],
        passwordHash,
      },
      SYSTEM,
    );
    const actor = { userId: worker.id };
    const victim = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: ngo.id,
        givenNameLatin: 'Fictional-Reader',
        familyNameLatin: 'Example',
        sex: 'female',
        birthDate: '1998-04-04',
      },
      actor,
    );
    const opened = await store.cases.create(
      {
        victimPersonId: victim.id,
        organisationId: ngo.id,
        teamId: team.id,
        ownerUserId: worker.id,
        riskLevel: 'high',
        summary: 'Fictional: recruited online for an office job abroad.',
      },
      actor,
    );
    caseId = opened.id;
    await store.notes.add(caseId, 'Fictional: "They took my passport when we arrived."', actor);

    ({ server, url } = await serveApp(store, webRoot, ngo.id));
    // A tip for the triage queue, through the public endpoint as a visitor sends it.
    const tip = await fetch(`${url}api/tips`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: example('job-en'),
        language: 'en',
        country: 'KH',
        attachAnalysis: true,
        contact: null,
      }),
    });
    expect(tip.status, await tip.clone().text()).toBe(201);
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function check(page: Page, text: string): Promise<void> {
    await page.locator('#check-text').fill(text);
    await page.locator('form button[type=submit]').first().click();
    await page.locator('[data-testid=check-result]').waitFor();
  }

  it('the public pages have no violation, in English and in Khmer', async () => {
    const findings: Record<string, Finding[]> = {};
    const { context, page } = await newTab(browser);
    await page.goto(url);
    await page.locator('#check-text').waitFor();
    findings['checker-empty'] = await audit(page, 'checker-empty');
    await check(page, example('job-en'));
    findings['checker-result-en'] = await audit(page, 'checker-result-en');
    await page.goto(`${url}#/report`);
    await page.locator('form').first().waitFor();
    findings['report-form'] = await audit(page, 'report-form');
    await page.goto(`${url}#/guides/fake-jobs`);
    await page.locator('#guide-title').waitFor();
    findings['guide'] = await audit(page, 'guide');
    await page.goto(`${url}#/chat`);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'WhatsApp Chat with Kevin Lim.txt', { type: 'text/plain' }));
      return data;
    }, WHATSAPP_GROOMING);
    await page.locator('[data-testid=chat-drop-zone]').dispatchEvent('drop', { dataTransfer: transfer });
    await page.locator('[data-testid=chat-report]').waitFor({ timeout: 60_000 });
    findings['chat-report'] = await audit(page, 'chat-report');
    await context.close();

    const khmer = await newTab(browser, { locale: 'km-KH', width: 360 });
    await khmer.page.goto(url);
    await check(khmer.page, example('job-km'));
    findings['checker-result-km-360'] = await audit(khmer.page, 'checker-result-km-360');
    await khmer.context.close();

    expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((name) => [name, []])));
  }, 180_000);

  it('the staff workspace has no violation', async () => {
    const findings: Record<string, Finding[]> = {};
    const signIn = await newTab(browser);
    await openStaffPage(signIn.page, url);
    findings['staff-sign-in'] = await audit(signIn.page, 'staff-sign-in');
    await signIn.context.close();

    const { context, page } = await signedInTab(browser, url, 'fictional.a11y.admin', PASSWORD);
    const visit = async (name: string, address: string, ready: string): Promise<void> => {
      await page.goto(`${url}#/staff/${address}`);
      await page.locator(ready).first().waitFor();
      // Sections load their data after the page shows; let the requests settle before auditing.
      await page.waitForLoadState('networkidle');
      findings[name] = await audit(page, name);
    };
    await visit('staff-triage', 'triage', '[data-testid=triage-queue], [data-testid=tip]');
    await visit('staff-cases', 'cases', '[data-testid=case-row]');
    await visit('staff-case-page', `cases/${caseId}`, '[data-testid=case-header]');
    await visit('staff-case-screening', `cases/${caseId}/screening`, '[data-testid=case-header]');
    await visit('staff-criminal-cases', 'criminal-cases', 'main h2, main h1');
    await visit('staff-referrals', 'referrals', 'main h2, main h1');
    await visit('staff-statistics', 'statistics', 'canvas');
    await visit('staff-admin', 'admin', 'main h2, main h1');
    await visit('staff-audit-log', 'audit-log', 'table');
    await context.close();

    expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((name) => [name, []])));
  }, 240_000);
});
