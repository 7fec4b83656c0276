/**
 * Intake in a real browser against the REAL API server on an in-memory store: a hotline
 * supervisor records a call (saving fails offline and on a server error without losing a word),
 * sees the server's analysis, finds the call in the triage queue, takes it into review and opens
 * a case from it (landing on the case's address; the case page itself is another view's), links a
 * tip to an existing case, dismisses a tip with a reason, and is told in plain words when someone
 * else triaged a tip meanwhile. A role that may read the queue but not triage sees no action.
 * Every name, number and place detail is fictional.
 */
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { menuEntries, signedInTab } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional intake password 42';

const CALL =
  'The caller says her sister, 16 years old, went to Sihanoukville for a customer service job with $1,500/month and free visa. The agent on +855 12 000 111 took her passport and she is not allowed to leave the building.';
const TO_DISMISS = 'Test message from the fictional training session, please ignore: job in Poipet, free visa';
const TO_LINK = 'Another fictional report about the karaoke bar in Poipet where Chanthou Fictional works without pay';
const CONCURRENT = 'Fictional tip: a loan agent keeps the ID cards of three workers at a fictional brick kiln';
const FOR_OPERATOR = 'Fictional call note: a girl asks for help leaving a fictional massage parlour in Koh Kong';
const LEFT_NEW = 'Fictional tip: a recruiter promises factory work in Bangkok with no fee, passport kept by the agency';

describe.skipIf(!HAS_CHROMIUM)('triage actions and recording a call, in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  let supervisorId = '';
  let organisationId = '';
  let existingCase = { id: '', caseNumber: 0 };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const organisation = await store.organisations.create({ name: 'Fictional Hotline KH', kind: 'ngo' }, SYSTEM);
    const team = await store.teams.create({ organisationId: organisation.id, name: 'Day shift' }, SYSTEM);
    organisationId = organisation.id;
    const passwordHash = await hashPassword(PASSWORD);
    const supervisor = await store.users.create(
      {
        login: 'sokha.supervisor',
        displayName: 'Sokha (fictional supervisor)',
        organisationId: organisation.id,
        teamId: team.id,
        roles: ['supervisor'],
        passwordHash,
      },
      SYSTEM,
    );
    supervisorId = supervisor.id;
    await store.users.create(
      {
        login: 'dara.operator',
        displayName: 'Dara (fictional operator)',
        organisationId: organisation.id,
        teamId: team.id,
        roles: ['hotline_operator'],
        passwordHash,
      },
      SYSTEM,
    );
    await store.users.create(
      {
        login: 'vanna.admin',
        displayName: 'Vanna (fictional administrator)',
        organisationId: organisation.id,
        teamId: team.id,
        roles: ['org_admin'],
        passwordHash,
      },
      SYSTEM,
    );
    const victim = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: organisation.id,
        givenNameLatin: 'Chanthou',
        familyNameLatin: 'Fictional',
        birthDate: '1999-03-04',
        sex: 'female',
      },
      { userId: supervisor.id },
    );
    const created = await store.cases.create(
      { victimPersonId: victim.id, organisationId: organisation.id, teamId: team.id, ownerUserId: supervisor.id },
      { userId: supervisor.id },
    );
    existingCase = { id: created.id, caseNumber: created.caseNumber };
    ({ server, url } = await serveApp(store, webRoot, organisation.id));
    for (const text of [TO_DISMISS, TO_LINK, CONCURRENT, FOR_OPERATOR, LEFT_NEW]) {
      const response = await fetch(`${url}api/tips`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, language: 'en', country: 'KH', attachAnalysis: true, contact: null }),
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

  async function tipIdOf(text: string): Promise<string> {
    const reports = await store.reports.list({ scope: { kind: 'all' }, page: { limit: 100 } });
    const found = reports.find((report) => report.body === text);
    if (found === undefined) throw new Error(`no report with the text ${text.slice(0, 30)}…`);
    return found.id;
  }

  const signIn = (login: string, language: 'en' | 'km' = 'en') =>
    signedInTab(browser, url, login, PASSWORD, { locale: language === 'km' ? 'km-KH' : 'en-US', width: 1100 });

  const item = (page: Page, id: string) => page.locator(`[data-testid=queue-tip][data-tip-id="${id}"]`);

  async function openItem(page: Page, id: string) {
    const tip = item(page, id);
    await tip.waitFor();
    if ((await tip.locator('[data-testid=tip-details]').count()) === 0)
      await tip.getByRole('button', { name: 'Show the tip' }).click();
    await tip.locator('[data-testid=tip-details]').waitFor();
    return tip;
  }

  it('records a call (keeping it through failures), shows its analysis, and triages it into a case', async () => {
    const { context, page, errors } = await signIn('sokha.supervisor');
    expect(await menuEntries(page)).toContain('Record a call');
    await page.getByRole('link', { name: 'Record a call' }).click();
    const form = page.locator('[data-testid=record-call]');
    await form.waitFor();

    await page.getByLabel('Who is the caller to the person at risk?').selectOption('family_member');
    await page.getByLabel('Language of the call').selectOption('en');
    await page.locator('#call-transcript').fill(CALL);
    await page.locator('#call-contact-phone').fill('+855 10 000 222');
    // Contact details without the caller's agreement are refused in the page, not dropped.
    await page.getByRole('button', { name: 'Save the call' }).click();
    await page.locator('[data-testid=call-problems] [data-problem=contact_without_consent]').waitFor();
    await page.getByLabel('The caller agrees that we keep these details to contact them back').check();
    await page.locator('#call-contact-name').fill('Fictional Caller');
    await page.locator('#call-duration').fill('12');

    // Offline, then a server error: the form says why and keeps everything typed.
    await page.route('**/api/calls', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Save the call' }).click();
    const failure = page.locator('[data-testid=intake-error]');
    await failure.waitFor();
    expect(await failure.getAttribute('data-code')).toBe('offline');
    expect(await failure.innerText()).toContain('Everything you typed is still here.');
    expect(await page.locator('#call-transcript').inputValue()).toBe(CALL);
    await page.unroute('**/api/calls');
    await page.route('**/api/calls', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'validation_failed', message: 'body.language: too long' } }),
      }),
    );
    await page.getByRole('button', { name: 'Save the call' }).click();
    await page.locator('[data-testid=intake-error][data-code=validation_failed]').waitFor();
    expect(await page.locator('[data-testid=intake-error]').innerText()).toContain('body.language: too long');
    expect(await page.locator('#call-transcript').inputValue()).toBe(CALL);
    await page.unroute('**/api/calls');
    await page.route('**/api/calls', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal_error', message: 'Fictional failure' } }),
      }),
    );
    await page.getByRole('button', { name: 'Save the call' }).click();
    await page.locator('[data-testid=intake-error][data-code=internal_error]').waitFor();
    expect(await page.locator('#call-transcript').inputValue()).toBe(CALL);
    expect(await page.locator('#call-contact-name').inputValue()).toBe('Fictional Caller');
    expect(await page.getByLabel('The caller agrees that we keep these details to contact them back').isChecked()).toBe(
      true,
    );
    await screenshot(page, 'intake-call-kept-after-failure');
    await page.unroute('**/api/calls');

    // Saved: the server's analysis of the transcript, with its evidence.
    await page.getByRole('button', { name: 'Save the call' }).click();
    const saved = page.locator('[data-testid=call-saved]');
    await saved.waitFor();
    expect(['high', 'critical']).toContain(await saved.getAttribute('data-risk'));
    expect(await saved.locator('[data-testid=call-harms] li[data-harm=recruitment_fraud]').count()).toBe(1);
    expect((await saved.locator('[data-testid=call-evidence] mark').allInnerTexts()).length).toBeGreaterThan(0);
    expect(await saved.locator('[data-testid=tip-entities] li[data-entity=phone]').innerText()).toContain(
      '+855 12 000 111',
    );
    const callId = (await saved.getAttribute('data-tip-id')) ?? '';
    const stored = await store.reports.get(callId);
    expect(stored).toMatchObject({
      kind: 'hotline_call',
      channel: 'hotline',
      callerRelationship: 'family_member',
      body: CALL,
      callDurationSeconds: 720,
      receivedByUserId: supervisorId,
    });
    expect(stored.contactDetails).toContain('phone: +855 10 000 222');
    expect(stored.contactDetails).toContain('consent: agreed on the call to be contacted back');
    await screenshot(page, 'intake-call-saved');

    // Found in the queue, opened; into review.
    await saved.getByRole('link', { name: 'See it in the triage queue' }).click();
    expect(new URL(page.url()).hash).toBe(`#/staff/triage/${callId}`);
    const call = await openItem(page, callId);
    expect(await call.locator('[data-testid=tip-details]').innerText()).toContain('Sihanoukville');
    await call.getByRole('button', { name: 'Take into review' }).click();
    await page.locator(`[data-testid=queue-tip][data-tip-id="${callId}"][data-status=in_review]`).waitFor();
    expect(await call.locator('[data-testid=triage-saved]').innerText()).toContain('in review');
    expect((await store.reports.get(callId)).triageStatus).toBe('in_review');
    expect(await call.getByRole('button', { name: 'Take into review' }).count()).toBe(0);

    // Open a case: the age stated once is prefilled, the phone number only when ticked.
    await call.getByRole('button', { name: 'Open a case…' }).click();
    const caseForm = call.locator('[data-testid=open-case]');
    await caseForm.waitFor();
    expect(await caseForm.getByLabel('Estimated age (years)').inputValue()).toBe('16');
    const phone = caseForm.locator('[data-testid=suggested-phones] input[type=checkbox]');
    expect(await phone.count()).toBe(1);
    expect(await phone.isChecked()).toBe(false);
    await phone.check();
    await caseForm.getByLabel('Given name (Latin letters)').fill('Sreypov');
    await caseForm.getByLabel('Family name (Latin letters)').fill('Fictional');
    await caseForm.getByLabel('Sex').selectOption('female');
    await caseForm.getByLabel('Citizenship').selectOption('KH');
    await screenshot(page, 'intake-open-case-form');
    await caseForm.getByRole('button', { name: 'Open the case' }).click();
    await page.waitForURL(/#\/staff\/cases\/[0-9a-f-]{36}$/u);
    const caseId = new URL(page.url()).hash.replace('#/staff/cases/', '');
    const fromApi = await page.evaluate(async (id) => {
      const response = await fetch(`/api/cases/${id}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }, caseId);
    expect(fromApi.status).toBe(200);
    expect(fromApi.body).toMatchObject({ id: caseId, sourceReportId: callId, riskLevel: 'critical' });
    const converted = await store.reports.get(callId);
    expect(converted).toMatchObject({ triageStatus: 'converted', linkedCaseId: caseId });
    const victim = await store.persons.get((await store.cases.get(caseId)).victimPersonId);
    expect(victim).toMatchObject({
      givenNameLatin: 'Sreypov',
      familyNameLatin: 'Fictional',
      sex: 'female',
      estimatedAge: 16,
      citizenship: ['KH'],
      phones: ['+85512000111'],
      languages: ['en'],
    });

    expect(errors).toEqual([]);
    await context.close();
  });

  it('links a tip to an existing case, dismisses another with a reason, and explains a concurrent triage', async () => {
    const { context, page, errors } = await signIn('sokha.supervisor');
    await page.goto(`${url}#/staff/triage`);
    await page.locator('[data-testid=triage-queue]').waitFor();

    // Link: the case chosen by its number among the open cases.
    const linkId = await tipIdOf(TO_LINK);
    const toLink = await openItem(page, linkId);
    await toLink.getByRole('button', { name: 'Link to a case…' }).click();
    await toLink.getByLabel('Find a case by its number or the victim’s name').fill(String(existingCase.caseNumber));
    const choice = toLink.locator(`[data-testid=case-results] [data-case-id="${existingCase.id}"]`);
    await choice.waitFor();
    expect(await choice.innerText()).toContain('Chanthou Fictional');
    await choice.getByRole('button').click();
    await page.locator(`[data-testid=queue-tip][data-tip-id="${linkId}"][data-status=linked]`).waitFor();
    expect(await store.reports.get(linkId)).toMatchObject({ triageStatus: 'linked', linkedCaseId: existingCase.id });
    expect(await toLink.locator('[data-testid=triage-case-link]').getAttribute('href')).toBe(
      `#/staff/cases/${existingCase.id}`,
    );

    // Dismiss: a reason is required and shown.
    const dismissId = await tipIdOf(TO_DISMISS);
    const toDismiss = await openItem(page, dismissId);
    await toDismiss.getByRole('button', { name: 'Dismiss…' }).click();
    const confirm = toDismiss.getByRole('button', { name: 'Dismiss the tip' });
    expect(await confirm.isDisabled()).toBe(true);
    await toDismiss.getByLabel('Why is this tip dismissed? (required)').fill('A test message from a training session');
    await confirm.click();
    await page.locator(`[data-testid=queue-tip][data-tip-id="${dismissId}"][data-status=dismissed]`).waitFor();
    expect(await toDismiss.locator('[data-testid=triage-reason]').innerText()).toContain(
      'A test message from a training session',
    );
    expect(await store.reports.get(dismissId)).toMatchObject({
      triageStatus: 'dismissed',
      triageReason: 'A test message from a training session',
    });
    // Dismissed: only "take into review" again is offered.
    expect(await toDismiss.locator('[data-testid=tip-actions] .actions button').allInnerTexts()).toEqual([
      'Take into review',
    ]);

    // Someone else triages a tip while the page shows it: the page says so and shows its state now.
    const concurrentId = await tipIdOf(CONCURRENT);
    const concurrent = await openItem(page, concurrentId);
    const shown = await store.reports.get(concurrentId);
    await store.reports.triage(
      concurrentId,
      shown.version,
      { status: 'dismissed', reason: 'Duplicate of a fictional earlier call' },
      { userId: supervisorId },
    );
    await concurrent.getByRole('button', { name: 'Take into review' }).click();
    const conflict = concurrent.locator('[data-testid=triage-conflict]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Someone else triaged this tip while you had it open');
    await expect.poll(() => conflict.innerText()).toContain('It is now dismissed.');
    await page.locator(`[data-testid=queue-tip][data-tip-id="${concurrentId}"][data-status=dismissed]`).waitFor();
    expect(await concurrent.locator('[data-testid=triage-reason]').innerText()).toContain(
      'Duplicate of a fictional earlier call',
    );
    expect((await store.reports.get(concurrentId)).triageStatus).toBe('dismissed');
    await screenshot(page, 'intake-triage-conflict');

    // The queue's filters are the API's: only high or critical risk.
    await page.getByLabel('Risk at least').selectOption('high');
    await expect
      .poll(async () =>
        (
          await page.locator('[data-testid=queue-tip]').evaluateAll((items) => items.map((li) => li.dataset.risk))
        ).every((risk) => risk === 'high' || risk === 'critical'),
      )
      .toBe(true);

    expect(errors.filter((message) => !message.includes('409'))).toEqual([]);
    await context.close();
  });

  it('shows the queue and the call form in Khmer', async () => {
    const { context, page, errors } = await signIn('sokha.supervisor');
    await page.locator('[data-testid=language-switch]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await page.goto(`${url}#/staff/triage/${await tipIdOf(TO_LINK)}`);
    const linked = page.locator('[data-testid=tip-actions]').first();
    await linked.waitFor();
    expect(await page.locator('#triage-title').innerText()).toBe('ជួររង់ចាំការចាត់ថ្នាក់');
    expect(await linked.getByRole('button', { name: 'យកមកពិនិត្យ' }).count()).toBe(1);
    await screenshot(page, 'intake-triage-queue-km');
    await page.goto(`${url}#/staff/calls`);
    await page.locator('[data-testid=record-call]').waitFor();
    expect(await page.locator('#calls-title').innerText()).toBe('កត់ត្រាការហៅទូរស័ព្ទ');
    await page.getByRole('button', { name: 'រក្សាទុកការហៅ' }).click();
    await page.locator('[data-testid=call-problems] [data-problem=transcript_missing]').waitFor();
    await screenshot(page, 'intake-record-call-km');
    // At 360 px wide nothing scrolls sideways: the call form, then a tip opened with its actions.
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${url}#/staff/triage/${await tipIdOf(LEFT_NEW)}`);
    await page.locator('[data-testid=tip-actions]').first().getByRole('button', { name: 'បើកករណី…' }).click();
    await page.locator('[data-testid=open-case]').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'intake-open-case-360px-km');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a hotline operator, who cannot read cases, open one and stay in the queue with its number', async () => {
    const { context, page, errors } = await signIn('dara.operator');
    const tipId = await tipIdOf(FOR_OPERATOR);
    await page.goto(`${url}#/staff/triage/${tipId}`);
    const tip = await openItem(page, tipId);
    // Linking needs the case list, which this role may not read: not offered.
    expect(await tip.locator('[data-testid=tip-actions] .actions button').allInnerTexts()).toEqual([
      'Take into review',
      'Open a case…',
      'Dismiss…',
    ]);
    await tip.getByRole('button', { name: 'Open a case…' }).click();
    await tip.getByLabel('Given name (Latin letters)').fill('Kanha');
    await tip.getByLabel('Birth date known').check();
    await tip.getByLabel('Birth date', { exact: true }).fill('2011-02-03');
    await tip.getByRole('button', { name: 'Open the case' }).click();
    const opened = tip.locator('[data-testid=case-opened]');
    await opened.waitFor();
    const report = await store.reports.get(tipId);
    expect(report.triageStatus).toBe('converted');
    const theCase = await store.cases.get(report.linkedCaseId ?? '');
    expect(await opened.innerText()).toContain(`Case no. ${theCase.caseNumber} is opened.`);
    expect(await opened.innerText()).toContain('Your role cannot open case pages');
    expect(new URL(page.url()).hash).toBe(`#/staff/triage/${tipId}`);
    await page.locator(`[data-testid=queue-tip][data-tip-id="${tipId}"][data-status=converted]`).waitFor();
    expect((await store.persons.get(theCase.victimPersonId)).birthDate).toBe('2011-02-03');
    await screenshot(page, 'intake-operator-case-opened');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a role that may read the queue but not triage it no action and no call form', async () => {
    const { context, page, errors } = await signIn('vanna.admin');
    const permissions = await page.evaluate(async () => {
      const body = (await (await fetch('/api/auth/me')).json()) as { permissions: Record<string, string> };
      return Object.keys(body.permissions);
    });
    expect(permissions).toContain('tip.read');
    expect(permissions).not.toContain('tip.triage');
    expect(await menuEntries(page)).not.toContain('Record a call');
    await page.goto(`${url}#/staff/triage`);
    await page.locator('[data-testid=triage-queue]').waitFor();
    const untouched = await openItem(page, await tipIdOf(LEFT_NEW));
    expect(await untouched.getAttribute('data-status')).toBe('new');
    expect(await untouched.locator('[data-testid=tip-details]').innerText()).toContain('Bangkok');
    expect(await page.locator('[data-testid=tip-actions]').count()).toBe(0);
    await screenshot(page, 'intake-queue-without-triage');

    // Pages of 20: twenty more fictional SMS tips make a second page.
    for (let index = 1; index <= 20; index += 1)
      await store.reports.create(
        { kind: 'tip', channel: 'sms', body: `Fictional SMS tip number ${index}`, organisationId },
        SYSTEM,
      );
    await page.reload();
    await page.locator('[data-testid=triage-queue]').waitFor();
    expect(await page.locator('[data-testid=queue-tip]').count()).toBe(20);
    const pages = page.locator('[data-testid=queue-pages]');
    expect(await pages.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    await pages.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => pages.innerText()).toContain('Page 2');
    const queued = await store.reports.triageQueue({
      scope: { kind: 'organisation', organisationId },
      page: { limit: 200 },
    });
    await expect.poll(() => page.locator('[data-testid=queue-tip]').count()).toBe(queued.length - 20);
    expect(await pages.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
