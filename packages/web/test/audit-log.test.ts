/**
 * The audit log page in a real browser against the REAL API server on an in-memory store: a case
 * worker opens a case and is refused the triage queue (audited requests through the API), the
 * store holds more of the worker's reads (enough for several pages) and a rival organisation's
 * user's; the organisation administrator filters the log by user and by outcome, pages through
 * it, opens a case from it and downloads the filtered entries as CSV; a hotline operator, whose
 * role does not read the log, has no menu entry, never loads the page's code and gets no data.
 * Every name and id is fictional.
 */
import { readFile } from 'node:fs/promises';
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { menuEntries, newTab, openStaffPage, signedInTab, signIn, staffMenu } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional audit password 42';
/** Reads of the case recorded through the store, on top of those the worker's browser makes. */
const STORED_READS = 60;

/** Today in the machine's time zone (the browser's too), as the file name has it. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe.skipIf(!HAS_CHROMIUM)('the audit log page in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  const ids = { worker: '', rival: '', caseId: '', ngo: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const ngo = await store.organisations.create({ name: 'Fictional Outreach NGO', kind: 'ngo' }, SYSTEM);
    const rivalOrg = await store.organisations.create({ name: 'Fictional Other NGO', kind: 'ngo' }, SYSTEM);
    const team = await store.teams.create({ organisationId: ngo.id, name: 'Outreach' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const user = (
      login: string,
      displayName: string,
      role: 'case_worker' | 'org_admin' | 'hotline_operator',
      organisationId = ngo.id,
    ) =>
      store.users.create(
        {
          login,
          displayName,
          organisationId,
          teamId: organisationId === ngo.id ? team.id : null,
          roles: [role],
          passwordHash,
        },
        SYSTEM,
      );
    const worker = await user('fictional.worker', 'Fictional Worker Dara', 'case_worker');
    await user('fictional.orgadmin', 'Fictional Admin Sophea', 'org_admin');
    await user('fictional.operator', 'Fictional Operator Sokha', 'hotline_operator');
    const rival = await user('fictional.rival', 'Fictional Rival Vanna', 'case_worker', rivalOrg.id);
    const victim = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: ngo.id,
        givenNameLatin: 'Fictional-Audit',
        familyNameLatin: 'Example',
        sex: 'female',
        birthDate: '1997-05-04',
      },
      { userId: worker.id },
    );
    const opened = await store.cases.create(
      { victimPersonId: victim.id, organisationId: ngo.id, teamId: team.id, ownerUserId: worker.id },
      { userId: worker.id },
    );
    Object.assign(ids, { worker: worker.id, rival: rival.id, caseId: opened.id, ngo: ngo.id });
    const read = (actorUserId: string, roles: string, recordId: string) =>
      store.audit.record({
        actorUserId,
        action: 'case.read',
        entity: 'cases',
        entityId: recordId,
        outcome: 'success',
        origin: 'api',
        ip: '127.0.0.1',
        requestId: null,
        details: { route: '/api/cases/{id}', roles, code: null },
      });
    for (let count = 0; count < STORED_READS; count += 1) await read(worker.id, 'case_worker', opened.id);
    // Another organisation's user: never in this organisation's log.
    for (let count = 0; count < 3; count += 1) await read(rival.id, 'case_worker', 'c-fictional-rival');
    ({ server, url } = await serveApp(store, webRoot, ngo.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const rows = (page: Page) => page.locator('[data-testid=audit-log-entry]');
  const attributes = (page: Page, name: string) =>
    rows(page).evaluateAll((items, attribute) => items.map((item) => item.getAttribute(attribute)), name);

  it('lets an organisation administrator filter, page and download the log of its own users', async () => {
    // The worker's own requests, through the API: a case page read, and a refusal.
    const worker = await signedInTab(browser, url, 'fictional.worker', PASSWORD);
    await worker.page.goto(`${url}#/staff/cases/${ids.caseId}`);
    await worker.page.locator('[data-testid=case-header]').waitFor();
    expect(await worker.page.evaluate(async () => (await fetch('/api/tips')).status)).toBe(403);
    await worker.context.close();

    const { context, page, errors } = await signedInTab(browser, url, 'fictional.orgadmin', PASSWORD, {
      width: 1100,
      acceptDownloads: true,
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    expect(await menuEntries(page)).toContain('Audit log');
    await staffMenu(page).getByRole('link', { name: 'Audit log' }).click();
    const log = page.locator('[data-testid=audit-log]');
    await log.locator('[data-testid=audit-log-table]').waitFor();
    // The newest first, a whole page of them, and never another organisation's user.
    expect(await rows(page).count()).toBe(50);
    const shownIds = (await attributes(page, 'data-entry-id')).map(Number);
    expect(shownIds).toEqual([...shownIds].sort((a, b) => b - a));
    // The page's code came on demand (the operator's test below checks it does not come without the permission).
    expect(scripts.some((script) => script.includes('AuditLogPage'))).toBe(true);

    // By user: only the worker's entries, the time in the reader's words and the case linked.
    await log.getByLabel('User').selectOption({ label: 'Fictional Worker Dara (fictional.worker)' });
    await log.getByRole('button', { name: 'Show the entries' }).click();
    await expect.poll(async () => new Set(await attributes(page, 'data-user'))).toEqual(new Set([ids.worker]));
    const first = rows(page).first();
    expect(await first.innerText()).toContain('Fictional Worker Dara');
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
    expect(await first.locator('time').innerText()).toMatch(/\d{1,2}:\d{2}:\d{2}/u);
    const caseLink = log.locator(`[data-testid=audit-log-case-link][href="#/staff/cases/${ids.caseId}"]`).first();
    await caseLink.waitFor();
    await screenshot(page, 'audit-log-1-by-user');

    // Paging: older entries, then back to the newest.
    const newest = await attributes(page, 'data-entry-id');
    await log.getByRole('button', { name: 'Older' }).click();
    await log.locator('[data-testid=audit-log-table][data-offset="50"]').waitFor();
    const older = await attributes(page, 'data-entry-id');
    expect(older.length).toBeGreaterThan(0);
    expect(older.some((id) => newest.includes(id))).toBe(false);
    expect(Math.max(...older.map(Number))).toBeLessThan(Math.min(...newest.map(Number)));
    expect(await log.locator('caption').innerText()).toBe(`Entries 51–${50 + older.length}`);
    await log.getByRole('button', { name: 'Newer' }).click();
    await log.locator('[data-testid=audit-log-table][data-offset="0"]').waitFor();

    // The CSV of every entry of the worker (all pages), formula-safe, named by the day.
    const expected = await store.audit.list({ actorUserId: ids.worker, page: { limit: 500, offset: 0 } });
    expect(expected.length).toBeGreaterThan(STORED_READS);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      log.getByRole('button', { name: 'Download these entries (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`raksa-audit-log-${localToday()}.csv`);
    const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/u, '').split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Time (UTC),User id,User,Roles,Action,Action (in words),Outcome,Code,Record type,Record id,Route,IP address,Request id',
    );
    const body = lines.slice(1, -1);
    expect(body).toHaveLength(expected.length);
    expect(body.every((line) => line.includes(`,${ids.worker},Fictional Worker Dara,`))).toBe(true);
    expect(body[0]?.startsWith(`${expected[0]?.occurredAt},`)).toBe(true);
    expect(body.filter((line) => line.includes(',tip.read,read tips,refused,forbidden,'))).toHaveLength(1);
    expect(body.join('\n')).not.toContain(ids.rival);
    await log
      .locator('[data-testid=audit-log-downloaded]')
      .getByText(`The file holds ${expected.length} entries.`)
      .waitFor();

    // By outcome: the refusal, with its code, and nothing of the rival organisation's user.
    await log.getByLabel('User').selectOption({ label: 'Anyone' });
    await log.getByLabel('Outcome').selectOption({ label: 'refused' });
    await log.getByRole('button', { name: 'Show the entries' }).click();
    await expect.poll(async () => new Set(await attributes(page, 'data-outcome'))).toEqual(new Set(['denied']));
    const refusal = rows(page).filter({ hasText: 'read tips' });
    expect(await refusal.count()).toBe(1);
    expect(await refusal.locator('[data-testid=audit-log-code]').innerText()).toBe('forbidden');
    expect(await refusal.innerText()).toContain('not allowed');
    expect(await refusal.getAttribute('data-user')).toBe(ids.worker);

    // A backwards period is refused in the page, in plain words.
    await log.getByLabel('From (day)').fill('2026-12-02');
    await log.getByLabel('To (day, included)').fill('2026-12-01');
    await log.getByRole('button', { name: 'Show the entries' }).click();
    expect(await log.locator('[data-testid=audit-log-problems]').innerText()).toContain(
      'The period ends before it starts.',
    );
    await log.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => rows(page).count()).toBe(50);
    expect(await attributes(page, 'data-user')).not.toContain(ids.rival);

    // From the log to the case.
    await log.getByLabel('Record id').fill(ids.caseId);
    await log.getByRole('button', { name: 'Show the entries' }).click();
    await expect.poll(() => log.locator('[data-testid=audit-log-case-link]').count()).toBeGreaterThan(0);
    await log.locator('[data-testid=audit-log-case-link]').first().click();
    await page.locator(`[data-testid=case-page][data-case-id="${ids.caseId}"]`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px screen, in Khmer', async () => {
    const { context, page, errors } = await signedInTab(browser, url, 'fictional.orgadmin', PASSWORD, {
      width: 360,
      locale: 'km-KH',
    });
    await page.goto(`${url}#/staff/audit-log`);
    const log = page.locator('[data-testid=audit-log]');
    await log.locator('[data-testid=audit-log-table]').waitFor();
    expect(await log.locator('h3').innerText()).toBe('កំណត់ហេតុសវនកម្ម');
    expect(await log.getByRole('button', { name: 'ទាញយកកំណត់ត្រាទាំងនេះ (CSV)' }).count()).toBe(1);
    // The table scrolls inside its own box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'audit-log-2-khmer-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a role without audit.read no menu entry, no page code and no data', async () => {
    const { context, page, errors } = await newTab(browser, { width: 1100 });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openStaffPage(page, url);
    await signIn(page, 'fictional.operator', PASSWORD);
    expect(await menuEntries(page)).not.toContain('Audit log');
    // Even at the page's address: the first page the role may open shows instead.
    await page.goto(`${url}#/staff/audit-log`);
    await staffMenu(page).getByRole('link').first().waitFor();
    expect(await page.locator('[data-testid=audit-log]').count()).toBe(0);
    expect(scripts.some((script) => script.includes('AuditLogPage'))).toBe(false);
    // And the API refuses the log itself.
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/audit-log');
      return { status: response.status, body: (await response.json()) as { error?: { code?: string } } };
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe('forbidden');
    await screenshot(page, 'audit-log-3-operator-no-entry');
    expect(errors.filter((message) => !message.includes('403'))).toEqual([]);
    await context.close();
  });
});
