/**
 * The case workspace in a real browser against the REAL API server on an in-memory store. A
 * fictional NGO's case worker opens the case list (a child's name hidden, filters, newest first),
 * opens a case, edits its header and meets a 409 after a colleague's change made through the
 * store (the colleague's change is kept and shown, the worker's own changes are not lost), records
 * the trafficking status, closes and reopens the case, edits the victim's record, records and
 * withdraws a consent, submits a screening (with the suggestions the case's note gives, nothing
 * pre-selected) and sees the suggested status, and saves an exploitation profile. A case outside
 * the worker's scope shows the API's refusal; a referral recipient sees no cases at all. Every
 * name, number and place detail here is fictional.
 */
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { signedInTab, staffMenu, type StaffTab } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional case password 42';
const NOTE = 'In her words: "They took my passport when we arrived, and we worked 16 hours a day."';

describe.skipIf(!HAS_CHROMIUM)('the case workspace in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  const ids = { adultCase: '', childCase: '', closedCase: '', otherCase: '', adultPerson: '' };
  let colleague = { userId: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const ngo = await store.organisations.create({ name: 'Fictional Outreach NGO', kind: 'ngo' }, SYSTEM);
    const shelter = await store.organisations.create({ name: 'Fictional Shelter', kind: 'shelter' }, SYSTEM);
    const team = await store.teams.create({ organisationId: ngo.id, name: 'Outreach' }, SYSTEM);
    const shelterTeam = await store.teams.create({ organisationId: shelter.id, name: 'Intake' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const user = (login: string, displayName: string, organisationId: string, teamId: string, role: string) =>
      store.users.create(
        { login, displayName, organisationId, teamId, roles: [role as 'case_worker'], passwordHash },
        SYSTEM,
      );
    const worker = await user('fictional.worker', 'Fictional case worker', ngo.id, team.id, 'case_worker');
    const other = await user('fictional.colleague', 'Fictional colleague', ngo.id, team.id, 'case_worker');
    await user('fictional.shelter', 'Fictional shelter staff', shelter.id, shelterTeam.id, 'referral_recipient');
    colleague = { userId: other.id };
    const workerActor = { userId: worker.id };

    const openCase = async (
      actor: { userId: string },
      person: { givenNameLatin: string; birthDate: string; nameLocal?: string },
      details: { riskLevel: 'low' | 'medium' | 'high' | 'critical'; summary: string; provinceCode?: string },
    ) => {
      const victim = await store.persons.create(
        { personKind: 'victim', organisationId: ngo.id, familyNameLatin: 'Example', sex: 'female', ...person },
        actor,
      );
      const opened = await store.cases.create(
        { victimPersonId: victim.id, organisationId: ngo.id, teamId: team.id, ownerUserId: actor.userId, ...details },
        actor,
      );
      return { caseId: opened.id, personId: victim.id, version: opened.version };
    };
    ids.otherCase = (
      await openCase(
        colleague,
        { givenNameLatin: 'Fictional-Other', birthDate: '1990-02-02' },
        {
          riskLevel: 'low',
          summary: 'Fictional: the colleague’s own case.',
        },
      )
    ).caseId;
    const closed = await openCase(
      workerActor,
      { givenNameLatin: 'Fictional-Closed', birthDate: '1995-03-03' },
      {
        riskLevel: 'low',
        summary: 'Fictional: returned home and reintegrated.',
      },
    );
    await store.cases.close(closed.caseId, closed.version, { reason: 'reintegrated' }, workerActor);
    ids.closedCase = closed.caseId;
    ids.childCase = (
      await openCase(
        workerActor,
        { givenNameLatin: 'Fictional-Child', birthDate: '2012-01-01' },
        {
          riskLevel: 'critical',
          summary: 'Fictional: a child found at a fictional karaoke bar.',
        },
      )
    ).caseId;
    const adult = await openCase(
      workerActor,
      { givenNameLatin: 'Fictional-Adult', birthDate: '1999-05-05', nameLocal: 'ឧទាហរណ៍' },
      { riskLevel: 'medium', summary: 'Fictional: recruited online for an office job abroad.', provinceCode: '12' },
    );
    ids.adultCase = adult.caseId;
    ids.adultPerson = adult.personId;
    await store.notes.add(adult.caseId, NOTE, workerActor);

    ({ server, url } = await serveApp(store, webRoot, ngo.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const signIn = (login: string, options: { locale?: string; width?: number } = {}): Promise<StaffTab> =>
    signedInTab(browser, url, login, PASSWORD, options);

  const header = (page: Page) => page.locator('[data-testid=case-header]');

  it('lists the worker’s cases newest first, hides a child’s name, filters, and opens a case', async () => {
    const { context, page, errors } = await signIn('fictional.worker');
    await staffMenu(page).getByRole('link', { name: 'Cases', exact: true }).click();
    const rows = page.locator('[data-testid=case-row]');
    await expect.poll(() => rows.count()).toBe(3);
    // Newest first; the colleague's own case is outside a case worker's scope.
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-case-id')))).toEqual([
      ids.adultCase,
      ids.childCase,
      ids.closedCase,
    ]);
    const row = (id: string) => page.locator(`[data-testid=case-row][data-case-id="${id}"]`);
    expect(await row(ids.adultCase).locator('[data-testid=case-row-victim]').innerText()).toBe(
      'Fictional-Adult Example · ឧទាហរណ៍',
    );
    expect(await row(ids.childCase).locator('[data-testid=case-row-victim]').innerText()).toBe(
      'Name hidden (a child, or age unknown)',
    );
    expect(await page.locator('[data-testid=case-list]').innerText()).not.toContain('Fictional-Child');
    expect(await row(ids.adultCase).innerText()).toContain('Phnom Penh');
    await screenshot(page, 'case-list');

    await page.locator('#case-filter-open').selectOption('false');
    await page.getByRole('button', { name: 'Show the cases' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-case-id')).toBe(ids.closedCase);
    await page.locator('#case-filter-open').selectOption('');
    await page.locator('#case-filter-risk').selectOption('critical');
    await page.getByRole('button', { name: 'Show the cases' }).click();
    await expect.poll(() => rows.first().getAttribute('data-case-id')).toBe(ids.childCase);
    expect(await rows.count()).toBe(1);

    await page.locator('#case-filter-risk').selectOption('');
    await page.getByRole('button', { name: 'Show the cases' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await row(ids.adultCase).getByRole('link').click();
    await header(page).waitFor();
    expect(page.url()).toContain(`#/staff/cases/${ids.adultCase}`);
    // The owner's name comes with the colleagues list, which the case page reads once after it shows.
    await header(page).getByText('Fictional case worker').waitFor();
    const facts = await header(page).innerText();
    expect(facts).toContain('Medium');
    expect(facts).toContain('Phnom Penh');
    expect(facts).toContain('Fictional case worker');
    expect(facts).toContain('Possible victim');
    expect(await page.locator('#case-title').innerText()).toMatch(/^Case \d+$/u);
    // The table of contents lists every section, the activity sections included.
    const contents = await page.locator('[data-testid=case-contents]').innerText();
    for (const title of ['Case', 'Person and identity', 'Consents', 'Screening', 'Exploitation profile'])
      expect(contents).toContain(title);
    await screenshot(page, 'case-page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits the header, keeps a colleague’s change after a 409, records the status, closes and reopens', async () => {
    const { context, page, errors } = await signIn('fictional.worker');
    await page.goto(`${url}#/staff/cases/${ids.adultCase}`);
    await header(page).waitFor();
    await page.getByRole('button', { name: 'Edit the case' }).click();
    await page.locator('#case-risk').selectOption('high');
    await page.locator('#case-summary').fill('Fictional: recruited online for an office job abroad; now safe.');
    // The owner may be changed only by a role that assigns cases.
    expect(await page.locator('#case-owner').isDisabled()).toBe(true);

    // Meanwhile a colleague moves the case on, through the store.
    const shown = await store.cases.get(ids.adultCase);
    await store.cases.update(ids.adultCase, shown.version, { workflowStage: 'assessment' }, colleague);
    await page.locator('[data-testid=case-header-form]').getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.locator('[data-testid=case-conflict]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Someone else changed this while you were working on it');
    expect(await conflict.locator('[data-field=workflowStage] [data-testid=conflict-now]').innerText()).toBe(
      'Assessment',
    );
    // Nothing was saved; the form shows the colleague's stage and still holds the worker's changes.
    expect((await store.cases.get(ids.adultCase)).riskLevel).toBe('medium');
    expect(await page.locator('#case-stage').inputValue()).toBe('assessment');
    expect(await page.locator('#case-risk').inputValue()).toBe('high');
    expect(await header(page).locator('[data-testid=case-stage]').innerText()).toContain('Assessment');
    await screenshot(page, 'case-header-conflict');
    await conflict.scrollIntoViewIfNeeded();
    await screenshot(page, 'case-header-conflict-view', false);

    await page.locator('[data-testid=case-header-form]').getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[data-testid=case-header-form]').waitFor({ state: 'detached' });
    expect(await header(page).locator('[data-testid=case-risk]').innerText()).toBe('High');
    const saved = await store.cases.get(ids.adultCase);
    expect(saved).toMatchObject({
      riskLevel: 'high',
      workflowStage: 'assessment',
      summary: 'Fictional: recruited online for an office job abroad; now safe.',
    });

    await page.getByRole('button', { name: 'Record the trafficking status…' }).click();
    await page.locator('#case-new-status').selectOption('actual');
    await page.locator('#case-decider').selectOption('NGO');
    await page.getByRole('button', { name: 'Record the status' }).click();
    await page.locator('[data-testid=case-status][data-status=actual]').waitFor();
    expect(await page.locator('[data-testid=case-status]').innerText()).toMatch(
      /Victim of trafficking — decided by An NGO \(Fictional case worker\) on /u,
    );

    await page.getByRole('button', { name: 'Close the case…' }).click();
    await page.locator('#case-close-reason').selectOption('transferred');
    await page.locator('#case-close-note').fill('Fictional: moved to the fictional shelter.');
    await page.getByRole('button', { name: 'Close the case', exact: true }).click();
    await page.locator('[data-testid=case-closure]').waitFor();
    expect(await page.locator('[data-testid=case-open-state]').innerText()).toBe('Closed');
    expect(await page.locator('[data-testid=case-closure]').innerText()).toContain(
      'Transferred to another organisation',
    );
    await page.getByRole('button', { name: 'Reopen the case' }).click();
    await page.locator('[data-testid=case-closure]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=case-stage]').innerText()).toContain('Reopened');
    expect((await store.cases.get(ids.adultCase)).reopenedCount).toBe(1);
    expect(errors.filter((message) => !message.includes('409'))).toEqual([]);
    await context.close();
  });

  it('edits the person, and records and withdraws a consent', async () => {
    const { context, page, errors } = await signIn('fictional.worker');
    await page.goto(`${url}#/staff/cases/${ids.adultCase}/person`);
    const person = page.locator('[data-testid=person-section]');
    await person.locator('[data-testid=person-facts]').waitFor();
    expect(await person.innerText()).toContain('Fictional-Adult');
    expect(await page.locator('[data-testid=person-age]').innerText()).toMatch(/^\d+ years$/u);
    // The address names the section: its heading has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-section-person-title');

    await person.getByRole('button', { name: 'Edit the person' }).click();
    await page.locator('#person-aliases').fill('Fictional Nickname');
    await page.locator('#person-phones').fill('+855 00 000 111');
    await page.locator('#person-citizenship').fill('kh');
    await person.getByRole('button', { name: 'Add a document' }).click();
    await page.locator('#person-document-0-type').selectOption('passport');
    await page.locator('#person-document-0-number').fill('FICT-P-0001');
    await page.locator('#person-document-0-country').fill('KH');
    await page.locator('#person-estimatedAge').fill('12.5');
    await person.getByRole('button', { name: 'Save', exact: true }).click();
    // Checked before sending: an age must be whole years.
    expect(await page.locator('#person-estimatedAge-error').innerText()).toContain('whole number of years');
    await page.locator('#person-estimatedAge').fill('');
    await person.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[data-testid=person-form]').waitFor({ state: 'detached' });
    expect(await person.innerText()).toContain('+855 00 000 111');
    expect(await person.innerText()).toContain('Passport: FICT-P-0001 (KH)');
    const stored = await store.persons.get(ids.adultPerson);
    expect(stored).toMatchObject({
      aliases: ['Fictional Nickname'],
      phones: ['+855 00 000 111'],
      citizenship: ['KH'],
      identityDocuments: [{ type: 'passport', number: 'FICT-P-0001', issuingCountry: 'KH' }],
    });
    await screenshot(page, 'case-person');

    const consents = page.locator('[data-testid=consents-section]');
    await consents.getByRole('button', { name: 'Record a consent' }).click();
    const record = consents.getByRole('button', { name: 'Record the consent' });
    expect(await record.isDisabled()).toBe(true);
    await page.locator('#consent-purpose').selectOption('services');
    await page.locator('#consent-basis').selectOption('consent');
    await page.locator('#consent-giver').selectOption('subject');
    await record.click();
    const consent = consents.locator('[data-testid=consent]');
    await consent.waitFor();
    expect(await consent.getAttribute('data-withdrawn')).toBe('false');
    expect(await consent.innerText()).toContain('Receiving services');
    expect(await consent.innerText()).toContain('Legal basis: The person’s consent');
    await consent.getByRole('button', { name: 'Withdraw this consent' }).click();
    await consent.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await consents.locator('[data-testid=consent][data-withdrawn=true]').waitFor();
    expect(await consents.locator('[data-testid=consent-state]').innerText()).toMatch(/^Given .+, withdrawn .+$/u);
    const [storedConsent] = await store.consents.listForPerson(ids.adultPerson);
    expect(storedConsent?.withdrawnOn).not.toBeNull();
    await screenshot(page, 'case-consents');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows what the case’s note suggests without choosing for the worker, and submits a screening', async () => {
    const { context, page, errors } = await signIn('fictional.worker');
    await page.goto(`${url}#/staff/cases/${ids.adultCase}/screening`);
    const section = page.locator('[data-testid=screening-section]');
    await section.locator('[data-testid=screening-suggestions-count]').waitFor();
    expect(
      Number(await section.locator('[data-testid=screening-suggestions-count]').getAttribute('data-count')),
    ).toBeGreaterThan(0);
    const row = (indicator: string) =>
      section.locator(`[data-testid=screening-indicator][data-indicator=${indicator}]`);
    const documents = row('retention_of_identity_documents');
    expect(await documents.getAttribute('data-suggested')).toBe('true');
    expect(await documents.locator('[data-testid=screening-suggestion]').innerText()).toMatch(
      /A note says: “.*passport.*” \(.+\) — suggested, not decided/u,
    );
    // Nothing is pre-selected: the suggested indicator is still "unknown" until the worker answers.
    expect(await page.locator('#screening-retention_of_identity_documents-yes').isChecked()).toBe(false);
    expect(await page.locator('#screening-retention_of_identity_documents-unknown').isChecked()).toBe(true);
    // An adult: no child indicators.
    expect(await page.locator('#screening-child').isChecked()).toBe(false);
    expect(await row('commercial_sexual_exploitation').count()).toBe(0);
    await screenshot(page, 'case-screening-suggestions');
    await documents.scrollIntoViewIfNeeded();
    await screenshot(page, 'case-screening-suggestion-view', false);

    await page.locator('#screening-deception-yes').check();
    await page.locator('#screening-retention_of_identity_documents-yes').check();
    await page.locator('#screening-excessive_overtime-yes').check();
    await page.locator('#screening-isolation-no').check();
    await page
      .locator('#screening-deception-note')
      .fill('Fictional: promised an office job, made to work in a compound.');
    await section.getByRole('button', { name: 'Submit the screening' }).click();
    await section.locator('[data-testid=screening-submitted]').waitFor();
    expect(await section.locator('[data-testid=screening-submitted]').innerText()).toBe(
      'Screening submitted. Suggested status: Victim of trafficking.',
    );
    const past = section.locator('[data-testid=past-screening]');
    await expect.poll(() => past.count()).toBe(1);
    expect(await past.first().getAttribute('data-suggested-status')).toBe('actual');
    expect(await past.first().innerText()).toContain(
      'Answered yes: Deception, Retention of identity documents, Excessive overtime',
    );
    expect(await past.first().locator('[data-testid=screening-reasons]').innerText()).toContain('coercion');
    const [stored] = await store.screenings.listForCase(ids.adultCase);
    expect(stored?.answers).toMatchObject({ deception: 'yes', isolation: 'no', debt_bondage: 'unknown' });
    expect(stored?.notes).toEqual({ deception: 'Fictional: promised an office job, made to work in a compound.' });
    // The form starts again with nothing answered.
    expect(await page.locator('#screening-deception-unknown').isChecked()).toBe(true);
    await screenshot(page, 'case-screening');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('creates the exploitation profile, then meets a 409 without losing the worker’s choices', async () => {
    const { context, page, errors } = await signIn('fictional.worker');
    await page.goto(`${url}#/staff/cases/${ids.adultCase}/profile`);
    const section = page.locator('[data-testid=profile-section]');
    await section.locator('[data-testid=profile-none]').waitFor();
    await section.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.locator('#profile-exploitationTypes-ForcedLabour').check();
    await page.locator('#profile-forcedLabourSectors-X_ForcedCriminalityScamCompound').check();
    await page.locator('#profile-methodsOfControl-WithholdsDocuments').check();
    await page.locator('#profile-recruitmentMethods-ThroughOnlineSocialNetworks').check();
    await page.locator('#profile-recruitmentPlatforms-Telegram').check();
    await page.locator('#profile-recruiterRelationship').selectOption('Unaquainted');
    await page.locator('#profile-countryOfExploitation').fill('mm');
    await page.locator('#profile-durationMonths').fill('8');
    await section.getByRole('button', { name: 'Save the profile' }).click();
    await section.locator('[data-testid=profile-facts]').waitFor();
    const facts = await section.locator('[data-testid=profile-facts]').innerText();
    expect(facts).toContain('Forced criminality in an online scam compound');
    expect(facts).toContain('Keeps the identity documents');
    expect(facts).toContain('Telegram');
    expect(facts).toContain('MM');
    const created = await store.exploitationProfiles.get(ids.adultCase);
    expect(created).toMatchObject({
      version: 1,
      exploitationTypes: ['ForcedLabour'],
      forcedLabourSectors: ['X_ForcedCriminalityScamCompound'],
      recruitmentPlatforms: ['Telegram'],
      recruiterRelationship: 'Unaquainted',
      countryOfExploitation: 'MM',
      durationMonths: 8,
    });
    await screenshot(page, 'case-profile');

    // A colleague adds a platform meanwhile; the worker's save is refused, then kept on top of it.
    await section.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.locator('#profile-methodsOfControl-DebtBondage').check();
    await store.exploitationProfiles.save(
      ids.adultCase,
      1,
      { recruitmentPlatforms: ['Telegram', 'TikTok'] },
      colleague,
    );
    await section.getByRole('button', { name: 'Save the profile' }).click();
    await section.locator('[data-testid=case-conflict]').waitFor();
    expect(
      await section
        .locator('[data-testid=case-conflict] [data-field=recruitmentPlatforms] [data-testid=conflict-now]')
        .innerText(),
    ).toBe('Telegram, TikTok');
    expect(await page.locator('#profile-methodsOfControl-DebtBondage').isChecked()).toBe(true);
    await section.getByRole('button', { name: 'Save the profile' }).click();
    await section.locator('[data-testid=profile-form]').waitFor({ state: 'detached' });
    expect(await store.exploitationProfiles.get(ids.adultCase)).toMatchObject({
      version: 3,
      methodsOfControl: ['DebtBondage', 'WithholdsDocuments'],
      recruitmentPlatforms: ['Telegram', 'TikTok'],
    });
    expect(errors.filter((message) => !message.includes('409'))).toEqual([]);
    await context.close();
  });

  it('works in Khmer, with the keyboard and on a 360 px screen', async () => {
    const { context, page, errors } = await signIn('fictional.worker', { locale: 'km-KH', width: 360 });
    await page.goto(`${url}#/staff/cases/${ids.adultCase}`);
    await header(page).waitFor();
    expect(await page.locator('#case-title').innerText()).toMatch(/^ករណីលេខ \d+$/u);
    expect(await page.locator('[data-testid=case-contents]').innerText()).toContain('បុគ្គល និងអត្តសញ្ញាណ');
    await page.locator('[data-testid=screening-suggestions-count]').waitFor();
    expect(await page.locator('[data-testid=screening-section]').innerText()).toContain('ការកេងប្រវ័ញ្ចលើភាពងាយរងគ្រោះ');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(page, 'case-page-km-360');

    // The table of contents by keyboard: the link, Enter, and the section's heading has the focus.
    const link = page.locator('[data-testid=case-contents] a').filter({ hasText: 'ព័ត៌មានអំពីការកេងប្រវ័ញ្ច' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-section-profile-title');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the API’s refusal for a case outside the worker’s scope, and no cases at all to a referral recipient', async () => {
    const worker = await signIn('fictional.worker');
    await worker.page.goto(`${url}#/staff/cases/${ids.otherCase}`);
    const refusal = worker.page.locator('[data-testid=case-page] [data-testid=staff-error]');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('forbidden');
    expect(await refusal.innerText()).toBe('Your role may not see or change this case.');
    expect(await worker.page.locator('[data-testid=case-header]').count()).toBe(0);
    expect(await worker.page.locator('[data-testid=case-page]').innerText()).not.toContain('Fictional-Other');
    await screenshot(worker.page, 'case-refused');
    // An address that names no case says so.
    await worker.page.goto(`${url}#/staff/cases/not-a-case`);
    await worker.page.locator('[data-testid=case-page] [data-testid=staff-error][data-code=not_found]').waitFor();
    expect(await worker.page.locator('[data-testid=case-page] [data-testid=staff-error]').innerText()).toBe(
      'This case does not exist, or it was removed.',
    );
    await worker.context.close();

    const recipient = await signIn('fictional.shelter');
    await recipient.page.goto(`${url}#/staff/cases/${ids.adultCase}`);
    await staffMenu(recipient.page).waitFor();
    // No "Cases" link (a menu item whose name merely contains the word, such as "Criminal cases", is another view).
    expect(await staffMenu(recipient.page).getByRole('link', { name: 'Cases', exact: true }).count()).toBe(0);
    expect(await recipient.page.locator('[data-testid=case-page]').count()).toBe(0);
    expect(await recipient.page.locator('main').innerText()).not.toContain('Fictional-Adult');
    // The API refuses the case itself to this role.
    const status = await recipient.page.evaluate(async (id) => (await fetch(`/api/cases/${id}`)).status, ids.adultCase);
    expect(status).toBe(403);
    await screenshot(recipient.page, 'case-recipient-no-cases');
    await recipient.context.close();
  });
});
