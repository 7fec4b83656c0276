/**
 * The staff workspace in a real browser against the REAL API server (packages/server) on an
 * in-memory store (PGlite), serving this build: anonymous tips sent through the public API enter
 * the triage queue; a hotline operator signs in through the page and reads the queue, highest
 * risk first, with the evidence and the entities; a wrong password is refused in plain words; a
 * role without the queue sees no queue. Every name and number is fictional.
 */
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { newTab, openStaffPage, signIn, submitSignIn, type StaffTab } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional staff password 42';

const LURE =
  'Urgent! Customer service job in Sihanoukville, $1,500/month, free visa and flight. Contact Telegram @fake_recruiter_kh or call +855 12 345 678';
const SAME_PHONE = 'My cousin went to work for the man at +855 12 345 678 and we cannot reach her since';
const HARMLESS = 'The football match is on Saturday at 5, see you at the school field';

describe.skipIf(!HAS_CHROMIUM)('the staff workspace in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  const logins = { operator: '', referralRecipient: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const organisation = await store.organisations.create({ name: 'Fictional Hotline KH', kind: 'ngo' }, SYSTEM);
    const team = await store.teams.create({ organisationId: organisation.id, name: 'Night shift' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const operator = await store.users.create(
      {
        login: 'sokha.operator',
        displayName: 'Sokha (fictional operator)',
        organisationId: organisation.id,
        teamId: team.id,
        roles: ['hotline_operator'],
        passwordHash,
      },
      SYSTEM,
    );
    const recipient = await store.users.create(
      {
        login: 'dara.shelter',
        displayName: 'Dara (fictional shelter)',
        organisationId: organisation.id,
        teamId: team.id,
        roles: ['referral_recipient'],
        passwordHash,
      },
      SYSTEM,
    );
    logins.operator = operator.login;
    logins.referralRecipient = recipient.login;
    ({ server, url } = await serveApp(store, webRoot, organisation.id));
    for (const [text, attachAnalysis] of [
      [HARMLESS, true],
      [LURE, true],
      [SAME_PHONE, false],
    ] as const) {
      const response = await fetch(`${url}api/tips`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, language: 'en', country: 'KH', attachAnalysis, contact: null }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function open(): Promise<StaffTab> {
    const tab = await newTab(browser, { width: 1100 });
    await openStaffPage(tab.page, url);
    return tab;
  }

  it('refuses a wrong password in plain words, and keeps nobody signed in', async () => {
    const { context, page, errors } = await open();
    await submitSignIn(page, logins.operator, 'not the password');
    const error = page.locator('[data-testid=staff-error]');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('invalid_credentials');
    expect(await error.innerText()).toContain('The login or the password is wrong.');
    expect(await page.locator('#staff-password').inputValue()).toBe('');
    expect(await page.locator('[data-testid=staff-menu]').count()).toBe(0);
    await screenshot(page, 'staff-login-refused');
    // The refused sign-in is the only failed request.
    expect(errors.filter((message) => !message.includes('401'))).toEqual([]);
    await context.close();
  });

  it('signs a hotline operator in and shows the triage queue, highest risk first, with evidence and entities', async () => {
    const { context, page, errors } = await open();
    await signIn(page, logins.operator, PASSWORD);
    expect(await page.locator('[data-testid=staff-signed-in]').innerText()).toContain('Sokha (fictional operator)');
    expect(await page.locator('[data-testid=staff-menu] a').allInnerTexts()).toEqual(['Triage queue', 'Record a call']);
    const queue = page.locator('[data-testid=triage-queue] > li');
    await expect.poll(() => queue.count()).toBe(3);
    const risks = await queue.evaluateAll((items) => items.map((item) => item.getAttribute('data-risk')));
    expect(['high', 'critical']).toContain(risks[0]);
    expect(risks[risks.length - 1]).toBe('none');

    await queue.first().locator('button').click();
    const details = page.locator('[data-testid=tip-details]');
    await details.waitFor();
    expect(await details.innerText()).toContain('Sihanoukville');
    expect((await details.locator('mark').allInnerTexts()).length).toBeGreaterThan(0);
    const entityTypes = await details
      .locator('[data-testid=tip-entities] li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-entity')));
    expect(entityTypes).toContain('phone');
    expect(entityTypes).toContain('handle');
    // The other tip naming the same phone number is linked (the API names the kind, never the value).
    const link = details.locator('[data-testid=tip-links] li[data-link-kind=tip]');
    await link.first().waitFor();
    expect(await link.first().getAttribute('data-shared')).toContain('phone');
    await screenshot(page, 'staff-triage-queue');

    // Signing out ends the session: the page asks to sign in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('[data-testid=staff-login]').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    expect(errors.filter((message) => !message.includes('401'))).toEqual([]);
    await context.close();
  });

  it('shows a role without the tip permission no queue (the menu follows /api/auth/me)', async () => {
    const { context, page, errors } = await open();
    await signIn(page, logins.referralRecipient, PASSWORD);
    expect(await page.locator('[data-testid=triage-queue]').count()).toBe(0);
    const permissions = await page.evaluate(async () => {
      const body = (await (await fetch('/api/auth/me')).json()) as { permissions: Record<string, string> };
      return Object.keys(body.permissions);
    });
    expect(permissions).not.toContain('tip.read');
    // Its only page is the referrals it receives.
    expect(await page.locator('[data-testid=staff-menu] a').allInnerTexts()).toEqual(['Referrals received']);
    await screenshot(page, 'staff-referral-recipient');
    expect(errors.filter((message) => !message.includes('401'))).toEqual([]);
    await context.close();
  });
});
