/**
 * The case page's activity sections in a real browser against the REAL API server on an in-memory
 * store. A fictional NGO's case worker records a trafficking event and edits it (meeting a 409
 * after a colleague's change made through the store: the current values are shown, the worker's
 * own stay in the form, and saving again sends only the fields the worker changed), refers the victim to a shelter without consent (refused in plain words,
 * no override offered to a case worker), then again once the consent is recorded through the
 * store, and revokes the referral; plans services (a delivery dated before its plan is refused in
 * plain words; a correction meets a 409 after a colleague's change and shows the current values; a
 * shelter place through the referral is declined, with the reason); adds a note; adds an overdue
 * task for a colleague and marks it done; uploads a small PDF, downloads it back (same SHA-256)
 * and is refused a disallowed file. Their supervisor refers without consent by giving a reason,
 * sees the audit trail of all of this and the field history. Every name, number and place detail
 * here is fictional.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { signedInTab, type StaffTab } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional activity password 42';
const PDF = Buffer.from('%PDF-1.4\n% Fictional statement for a test, not a real document\n%%EOF\n');

/** A calendar day relative to today, where the browser is (the test machine's local time). */
function day(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe.skipIf(!HAS_CHROMIUM)('the case activity sections in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  const ids = { caseId: '', personId: '', shelter: '', legalAid: '', worker: '', colleague: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const ngo = await store.organisations.create({ name: 'Fictional Outreach NGO', kind: 'ngo' }, SYSTEM);
    const shelter = await store.organisations.create({ name: 'Fictional Shelter', kind: 'shelter' }, SYSTEM);
    const legalAid = await store.organisations.create({ name: 'Fictional Legal Aid', kind: 'ngo' }, SYSTEM);
    const team = await store.teams.create({ organisationId: ngo.id, name: 'Outreach' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const user = (login: string, displayName: string, role: 'case_worker' | 'supervisor') =>
      store.users.create(
        { login, displayName, organisationId: ngo.id, teamId: team.id, roles: [role], passwordHash },
        SYSTEM,
      );
    const worker = await user('fictional.worker', 'Fictional Worker Dara', 'case_worker');
    const colleague = await user('fictional.colleague', 'Fictional Colleague Vanna', 'case_worker');
    await user('fictional.supervisor', 'Fictional Supervisor Sokha', 'supervisor');
    const actor = { userId: worker.id };
    const victim = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: ngo.id,
        givenNameLatin: 'Fictional-Activity',
        familyNameLatin: 'Example',
        sex: 'female',
        birthDate: '1998-04-02',
      },
      actor,
    );
    const opened = await store.cases.create(
      { victimPersonId: victim.id, organisationId: ngo.id, teamId: team.id, ownerUserId: worker.id, riskLevel: 'high' },
      actor,
    );
    Object.assign(ids, {
      caseId: opened.id,
      personId: victim.id,
      shelter: shelter.id,
      legalAid: legalAid.id,
      worker: worker.id,
      colleague: colleague.id,
    });
    ({ server, url } = await serveApp(store, webRoot, ngo.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  /** Signs in and opens the case; `colleagueRequests` counts the page's requests for the colleagues' names. */
  async function openCase(
    login: string,
    width = 1000,
    locale = 'en-US',
  ): Promise<StaffTab & { colleagueRequests: () => number }> {
    const tab = await signedInTab(browser, url, login, PASSWORD, { locale, width, acceptDownloads: true });
    let colleagueRequests = 0;
    tab.page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/colleagues') colleagueRequests += 1;
    });
    await tab.page.goto(`${url}#/staff/cases/${ids.caseId}`);
    await tab.page.locator('[data-testid=case-page]').waitFor();
    return { ...tab, colleagueRequests: () => colleagueRequests };
  }

  it('lets a case worker record and edit events, refer, revoke, write notes, plan tasks and attach files', async () => {
    const { context, page, errors } = await openCase('fictional.worker');

    // Trafficking events: record one with a province of the location tree, then edit it.
    const events = page.locator('[data-testid=case-events]');
    await events.getByText('No trafficking event is recorded for this case yet.').waitFor();
    await events.getByRole('button', { name: 'Record an event' }).click();
    const editor = events.locator('[data-testid=event-editor]');
    await editor.getByRole('button', { name: 'Save the event' }).click();
    await editor.getByText('Choose what happened: recruitment, transit or exploitation.').waitFor();
    await editor.getByLabel('What happened').selectOption('Recruitment');
    await editor.getByLabel('From').fill('2026-03-01');
    await editor.getByLabel('Until').fill('2026-02-01');
    await editor.getByRole('button', { name: 'Save the event' }).click();
    await editor.getByText('The event cannot end before it starts.').waitFor();
    await editor.getByLabel('Until').fill('2026-03-02');
    const province = editor.getByLabel('Province or region');
    await expect.poll(() => province.locator('option').count()).toBeGreaterThan(10);
    await province.selectOption({ label: 'Banteay Meanchey' });
    await editor.getByLabel(/Place as described/u).fill('Fictional bus station, platform 9');
    await editor.getByLabel(/Means and notes/u).fill('Offered a fictional factory job by a cousin on Messenger.');
    await screenshot(page, 'case-activity-1-event-form');
    await editor.getByRole('button', { name: 'Save the event' }).click();
    const event = events.locator('[data-testid=case-event]');
    await expect.poll(() => event.count()).toBe(1);
    expect(await event.innerText()).toContain('Recruitment');
    expect(await event.locator('[data-testid=case-event-place]').innerText()).toContain('Banteay Meanchey');
    expect(await event.locator('[data-testid=case-event-place]').innerText()).toContain(
      'Fictional bus station, platform 9',
    );
    const [stored] = await store.traffickingEvents.listForCase(ids.caseId);
    expect(stored).toMatchObject({
      eventType: 'Recruitment',
      countryCode: 'KH',
      startedOn: '2026-03-01',
      endedOn: '2026-03-02',
    });

    // Edit, while a colleague changes the same event: the 409 shows the current values, and saving again wins.
    await event.getByRole('button', { name: 'Change' }).click();
    const edit = event.locator('[data-testid=event-editor]');
    await edit.getByLabel('What happened').selectOption('Transit');
    await edit.getByLabel(/Place as described/u).fill('Fictional border crossing');
    await store.traffickingEvents.update(
      stored!.id,
      stored!.version,
      { description: 'Colleague: moved at night in a fictional minivan.' },
      { userId: ids.colleague },
    );
    await edit.getByRole('button', { name: 'Save the event' }).click();
    const conflict = edit.locator('[data-testid=event-conflict]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Someone changed this event while you were editing it');
    expect(await conflict.innerText()).toContain('Colleague: moved at night in a fictional minivan.');
    expect(await edit.getByLabel(/Place as described/u).inputValue()).toBe('Fictional border crossing');
    await screenshot(page, 'case-activity-2-event-conflict');
    await edit.getByRole('button', { name: 'Save the event' }).click();
    await events.getByText('The event is saved.').waitFor();
    expect(await event.locator('[data-testid=case-event-type]').innerText()).toBe('Transit');
    // Only the worker's changed fields went over the colleague's version: the colleague's description is kept.
    expect((await store.traffickingEvents.listForCase(ids.caseId))[0]).toMatchObject({
      eventType: 'Transit',
      place: 'Fictional border crossing',
      description: 'Colleague: moved at night in a fictional minivan.',
      version: 3,
    });
    expect(await event.locator('[data-testid=case-event-description]').innerText()).toBe(
      'Colleague: moved at night in a fictional minivan.',
    );

    // A duplicate recorded by mistake is withdrawn, with the reason: it leaves the timeline.
    await events.getByRole('button', { name: 'Record an event' }).click();
    const duplicateForm = events.locator('[data-testid=event-editor]');
    await duplicateForm.getByLabel('What happened').selectOption('Exploitation');
    await duplicateForm.getByRole('button', { name: 'Save the event' }).click();
    await expect.poll(() => event.count()).toBe(2);
    const duplicate = events.locator('[data-testid=case-event]', { hasText: 'Exploitation' });
    await duplicate.getByRole('button', { name: 'Withdraw…' }).click();
    const withdraw = duplicate.getByRole('button', { name: 'Withdraw the event' });
    expect(await withdraw.isDisabled()).toBe(true);
    await duplicate.getByLabel(/Why is this event withdrawn/u).fill('Recorded twice by mistake');
    await withdraw.click();
    await events.getByText('The event is withdrawn from the timeline; its history is kept.').waitFor();
    expect(await event.count()).toBe(1);
    expect(await store.traffickingEvents.listForCase(ids.caseId)).toHaveLength(1);

    // Referral without consent: refused in plain words; a case worker is not offered the override.
    const referrals = page.locator('[data-testid=case-referrals]');
    await referrals.getByText('No referral has been made for this case yet.').waitFor();
    const form = referrals.locator('[data-testid=referral-form]');
    expect(
      await form
        .getByLabel('Organisation', { exact: true })
        .locator('option', { hasText: 'Fictional Outreach NGO' })
        .count(),
    ).toBe(0);
    await form.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Fictional Shelter' });
    await form.getByLabel('Service', { exact: true }).selectOption({ label: 'Safe shelter' });
    await form.getByRole('button', { name: 'Send the referral' }).click();
    const refusal = form.locator('[data-testid=referral-consent-refusal]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('The victim has not consented');
    expect(await refusal.innerText()).toContain('Your role may not refer without the victim’s consent.');
    expect(await form.getByRole('button', { name: /Refer without consent/u }).count()).toBe(0);
    await screenshot(page, 'case-activity-3-referral-refused');

    // The consent is recorded (through the store): the same referral now goes through.
    await store.consents.record(
      {
        personId: ids.personId,
        purpose: 'disclosure_to_organisation',
        organisationId: ids.shelter,
        legalBasis: 'consent',
        givenBy: 'subject',
        givenOn: day(0),
      },
      { userId: ids.worker },
    );
    await form.getByRole('button', { name: 'Send the referral' }).click();
    const referral = referrals.locator('[data-testid=case-referral]');
    await expect.poll(() => referral.count()).toBe(1);
    await referrals.getByText('The referral is sent.').waitFor();
    expect(await referral.getAttribute('data-status')).toBe('in_progress');
    expect(await referral.innerText()).toContain('To Fictional Shelter');
    expect(await referral.innerText()).toContain('Safe shelter');

    // Revoke with a reason (required).
    await referral.getByRole('button', { name: 'Revoke…' }).click();
    const confirm = referral.getByRole('button', { name: 'Revoke the referral' });
    expect(await confirm.isDisabled()).toBe(true);
    await referral
      .getByLabel(/Why is this referral revoked/u)
      .fill('The person chose a fictional family placement instead');
    await confirm.click();
    await referrals.locator('[data-testid=case-referral][data-status=revoked]').waitFor();
    expect(await referral.innerText()).toContain('The person chose a fictional family placement instead');
    expect((await store.referrals.listForCase(ids.caseId))[0]?.status).toBe('revoked');
    await screenshot(page, 'case-activity-4-referral-revoked');

    // Services: psychosocial support planned five days ago; its delivery cannot come before the plan.
    const services = page.locator('[data-testid=case-services]');
    await services.getByText('No service is planned or recorded for this case yet.').waitFor();
    await services.getByRole('button', { name: 'Plan a service' }).click();
    const plan = services.locator('[data-testid=service-editor]');
    await plan.getByRole('button', { name: 'Save the service' }).click();
    await plan.getByText('Choose the service.').waitFor();
    await plan.getByLabel('Service', { exact: true }).selectOption({ label: 'Psychosocial support' });
    expect(await plan.getByLabel('Provided by').locator('option:checked').innerText()).toBe(
      'Fictional Outreach NGO (this organisation)',
    );
    await plan.getByLabel('Planned for (optional)').fill(day(-5));
    await plan.getByLabel('Note (optional)').fill('Fictional: first counselling session at the office');
    await plan.getByRole('button', { name: 'Save the service' }).click();
    await services.getByText('The service is saved.').waitFor();
    const service = services.locator('[data-testid=case-service]');
    await expect.poll(() => service.count()).toBe(1);
    expect(await service.getAttribute('data-status')).toBe('planned');
    expect(await service.locator('[data-testid=case-service-provider]').innerText()).toBe(
      'Provided by Fictional Outreach NGO (this organisation)',
    );
    await service.getByRole('button', { name: 'Delivered…', exact: true }).click();
    await service.getByLabel('Delivered on').fill(day(-7));
    await service.getByRole('button', { name: 'Record as delivered' }).click();
    await service.getByText(/^A service cannot be delivered before the day it was planned for \(.+\)\.$/u).waitFor();
    expect((await store.services.listForCase(ids.caseId))[0]?.status).toBe('planned');
    await services.scrollIntoViewIfNeeded();
    await screenshot(page, 'case-activity-4a-service-delivered-too-early', false);
    await service.getByLabel('Delivered on').fill(day(-2));
    await service.getByRole('button', { name: 'Record as delivered' }).click();
    await services.locator('[data-testid=case-service][data-status=delivered]').waitFor();
    expect(await service.locator('[data-testid=case-service-status]').innerText()).toMatch(/^Delivered · /u);

    // Correct it while a colleague changes its provider: the 409 shows the current values, the worker's note stays.
    await service.getByRole('button', { name: 'Correct…' }).click();
    const correction = services.locator('[data-testid=service-editor]');
    await correction.getByLabel('Planned for (optional)').fill(day(0));
    await correction.getByRole('button', { name: 'Save the service' }).click();
    await correction.getByText('The planned date cannot be after the day the service was delivered.').waitFor();
    await correction.getByLabel('Planned for (optional)').fill(day(-5));
    await correction.getByLabel('Note (optional)').fill('Fictional: counselling session held, next one in a week');
    const [delivered] = await store.services.listForCase(ids.caseId);
    await store.services.update(
      delivered!.id,
      delivered!.version,
      { providerOrganisationId: ids.legalAid },
      { userId: ids.colleague },
    );
    await correction.getByRole('button', { name: 'Save the service' }).click();
    const serviceConflict = correction.locator('[data-testid=service-conflict]');
    await serviceConflict.waitFor();
    expect(await serviceConflict.innerText()).toContain('Someone changed this service while you were editing it');
    expect(await serviceConflict.innerText()).toContain('your changes are still in the form');
    expect(await serviceConflict.innerText()).toContain('Provided by Fictional Legal Aid');
    expect(await correction.getByLabel('Note (optional)').inputValue()).toBe(
      'Fictional: counselling session held, next one in a week',
    );
    await services.scrollIntoViewIfNeeded();
    await screenshot(page, 'case-activity-4b-service-conflict', false);
    await correction.getByRole('button', { name: 'Save the service' }).click();
    await services.getByText('The service is saved.').waitFor();
    expect(await service.locator('[data-testid=case-service-note]').innerText()).toBe(
      'Fictional: counselling session held, next one in a week',
    );
    // Only the worker's field went over the colleague's version: the provider the colleague chose is kept.
    expect(await service.locator('[data-testid=case-service-provider]').innerText()).toBe(
      'Provided by Fictional Legal Aid',
    );

    // A shelter place through the referral made earlier, which the person declined.
    await services.getByRole('button', { name: 'Plan a service' }).click();
    await plan.getByLabel('Service', { exact: true }).selectOption({ label: 'Safe shelter' });
    await plan.getByLabel('Provided by').selectOption({ label: 'Fictional Shelter' });
    await plan.getByLabel('Planned for (optional)').fill(day(-1));
    const through = plan.getByLabel('Through a referral (optional)');
    expect(await through.locator('option').nth(1).innerText()).toMatch(/^Safe shelter — to Fictional Shelter, /u);
    await through.selectOption({ index: 1 });
    await plan.getByRole('button', { name: 'Save the service' }).click();
    await expect.poll(() => service.count()).toBe(2);
    const shelterPlace = services.locator('[data-testid=case-service]', { hasText: 'Safe shelter' });
    expect(await shelterPlace.locator('[data-testid=case-service-provider]').innerText()).toBe(
      'Provided by Fictional Shelter',
    );
    expect(await shelterPlace.locator('[data-testid=case-service-referral]').innerText()).toMatch(
      /^Through the referral to Fictional Shelter \(/u,
    );
    await shelterPlace.getByRole('button', { name: 'Not delivered…' }).click();
    await shelterPlace.getByRole('button', { name: 'Record as not delivered' }).click();
    await shelterPlace.getByText('Choose why the service was not delivered.').waitFor();
    await shelterPlace.getByLabel('Why was it not delivered?').selectOption({ label: 'The person declined it' });
    // A colleague notes something on it meanwhile: the outcome is refused in plain words, with the current values.
    const shelterStored = (await store.services.listForCase(ids.caseId)).find(
      (item) => item.serviceType === 'safehouse',
    );
    await store.services.update(
      shelterStored!.id,
      shelterStored!.version,
      { note: 'Colleague: the shelter called back, a bed is free' },
      { userId: ids.colleague },
    );
    await shelterPlace.getByRole('button', { name: 'Record as not delivered' }).click();
    const outcomeConflict = shelterPlace.locator('[data-testid=service-conflict]');
    await outcomeConflict.waitFor();
    expect(await outcomeConflict.innerText()).toContain('so your change was not saved');
    expect(await outcomeConflict.innerText()).toContain('Colleague: the shelter called back, a bed is free');
    expect(await shelterPlace.getByLabel('Why was it not delivered?').inputValue()).toBe('declined_by_person');
    await shelterPlace.getByRole('button', { name: 'Record as not delivered' }).click();
    await services.locator('[data-testid=case-service][data-status=not_delivered]').waitFor();
    expect(await outcomeConflict.count()).toBe(0);
    expect(await shelterPlace.locator('[data-testid=case-service-reason]').innerText()).toBe(
      'Reason: The person declined it',
    );
    await services.scrollIntoViewIfNeeded();
    await screenshot(page, 'case-activity-4c-services', false);
    const [referred] = await store.referrals.listForCase(ids.caseId);
    expect(await store.services.listForCase(ids.caseId)).toMatchObject([
      {
        serviceType: 'psychosocial',
        providerOrganisationId: ids.legalAid,
        status: 'delivered',
        plannedOn: day(-5),
        deliveredOn: day(-2),
        notDeliveredReason: null,
        note: 'Fictional: counselling session held, next one in a week',
        version: 4,
      },
      {
        serviceType: 'safehouse',
        providerOrganisationId: ids.shelter,
        referralId: referred!.id,
        status: 'not_delivered',
        plannedOn: day(-1),
        deliveredOn: null,
        notDeliveredReason: 'declined_by_person',
        note: 'Colleague: the shelter called back, a bed is free',
      },
    ]);

    // Notes: an empty one is refused; one is added with its author.
    const notes = page.locator('[data-testid=case-notes]');
    await notes.getByText('No note has been written for this case yet.').waitFor();
    await notes.getByRole('button', { name: 'Add the note' }).click();
    await notes.getByText('Write the note first.').waitFor();
    await notes.getByLabel('New note').fill('Fictional: she asked that her mother not be called before Friday.');
    await notes.getByRole('button', { name: 'Add the note' }).click();
    const note = notes.locator('[data-testid=case-note]');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.innerText()).toContain('Fictional Worker Dara');
    expect(await note.innerText()).toContain('her mother not be called before Friday');
    await screenshot(page, 'case-activity-5-note');

    // Tasks: one due yesterday for a colleague stands out as overdue, until it is done.
    const tasks = page.locator('[data-testid=case-tasks]');
    await tasks.getByText('No task is planned for this case yet.').waitFor();
    await tasks.getByLabel('What must be done').fill('Fictional: book the interpreter for the statement');
    await tasks.getByLabel('Due date (optional)').fill(day(-1));
    await expect.poll(() => tasks.getByLabel('Assigned to').locator('option').count()).toBe(4);
    await tasks.getByLabel('Assigned to').selectOption({ label: 'Fictional Colleague Vanna' });
    await tasks.getByRole('button', { name: 'Add the task' }).click();
    const task = tasks.locator('[data-testid=case-task]');
    await expect.poll(() => task.count()).toBe(1);
    expect(await task.getAttribute('data-overdue')).toBe('true');
    expect(await task.innerText()).toContain('Overdue');
    expect(await task.innerText()).toContain('Assigned to Fictional Colleague Vanna');
    await screenshot(page, 'case-activity-6-task-overdue');
    await task.getByRole('button', { name: 'Mark as done' }).click();
    await tasks.locator('[data-testid=case-task][data-status=done]').waitFor();
    expect(await task.getAttribute('data-overdue')).toBe('false');
    expect(await task.locator('[data-testid=case-task-status]').innerText()).toMatch(/^Done /u);
    expect(await task.getByRole('button', { name: 'Open again' }).count()).toBe(1);
    expect((await store.tasks.listForCase(ids.caseId))[0]).toMatchObject({
      status: 'done',
      assignedUserId: ids.colleague,
    });

    // Attachments: a disallowed file is refused before upload; a small PDF goes up and comes back identical.
    const attachments = page.locator('[data-testid=case-attachments]');
    await attachments.getByText('No file is attached to this case yet.').waitFor();
    const fileInput = attachments.getByLabel(/File to attach/u);
    await fileInput.setInputFiles({
      name: 'fictional-page.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<p>x</p>'),
    });
    const problem = attachments.locator('[data-testid=attachment-problem]');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('wrong_type');
    expect(await problem.innerText()).toContain('This kind of file cannot be attached.');
    expect(await attachments.getByRole('button', { name: 'Upload the file' }).isDisabled()).toBe(true);
    await screenshot(page, 'case-activity-7-attachment-refused');
    await fileInput.setInputFiles({ name: 'fictional-statement.pdf', mimeType: 'application/pdf', buffer: PDF });
    expect(await problem.count()).toBe(0);
    await attachments.getByRole('button', { name: 'Upload the file' }).click();
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    const attachment = attachments.locator('[data-testid=case-attachment]');
    await expect.poll(() => attachment.count()).toBe(1);
    expect(await attachment.locator('[data-testid=case-attachment-sha256]').innerText()).toBe(`SHA-256: ${sha256}`);
    expect(await attachment.innerText()).toContain('PDF');
    const downloading = page.waitForEvent('download');
    await attachment.getByRole('button', { name: 'Download fictional-statement.pdf' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('fictional-statement.pdf');
    const saved = await readFile((await download.path())!);
    expect(createHash('sha256').update(saved).digest('hex')).toBe(sha256);
    await attachment.getByText('its SHA-256 matches the one recorded').waitFor();
    await screenshot(page, 'case-activity-8-attachment');

    // The worker's role does not read the audit trail: the section is not there.
    expect(await page.locator('[data-testid=case-audit-trail]').count()).toBe(0);
    expect(errors.filter((message) => !message.includes('403'))).toEqual([]);
    await context.close();
  });

  it('lets a supervisor refer without consent by giving a reason, and read the audit trail and field history', async () => {
    const { context, page, errors, colleagueRequests } = await openCase('fictional.supervisor', 360);
    // The header, the notes, the tasks, the field history and the audit trail all name colleagues.
    await page.locator('[data-testid=case-owner]').getByText('Fictional Worker Dara').waitFor();

    // A supervisor may override the missing consent, with a reason of at least 10 characters.
    const referrals = page.locator('[data-testid=case-referrals]');
    const form = referrals.locator('[data-testid=referral-form]');
    await form.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Fictional Legal Aid' });
    await form.getByLabel('Service', { exact: true }).selectOption({ label: 'Legal help' });
    await form.getByRole('button', { name: 'Send the referral' }).click();
    await form.locator('[data-testid=referral-consent-refusal]').waitFor();
    expect(await form.locator('[data-testid=referral-consent-refusal]').innerText()).not.toContain('Your role may not');
    await form.getByRole('button', { name: 'Refer without consent, giving the reason…' }).click();
    await form.getByLabel(/Why must this referral go ahead without consent/u).fill('urgent');
    await form.getByRole('button', { name: 'Send without consent' }).click();
    await form.getByText('Give the reason in at least 10 characters.').waitFor();
    await form
      .getByLabel(/Why must this referral go ahead without consent/u)
      .fill('Fictional: hearing tomorrow morning, the victim cannot be reached tonight');
    await form.getByRole('button', { name: 'Send without consent' }).click();
    const overridden = referrals.locator('[data-testid=case-referral][data-status=in_progress]');
    await overridden.waitFor();
    expect(await overridden.locator('[data-testid=case-referral-override]').innerText()).toContain(
      'hearing tomorrow morning',
    );
    await screenshot(page, 'case-activity-9-referral-override-360');

    // The audit trail: the worker's requests of the first journey, the refusal and the override among them.
    const trail = page.locator('[data-testid=case-audit-trail]');
    const entries = trail.locator('[data-testid=audit-entry]');
    await expect.poll(() => entries.count()).toBe(25);
    // The trail was read when the page opened: asking for the latest entries shows the override just made.
    await trail.getByRole('button', { name: 'Show the latest entries' }).click();
    await expect
      .poll(() => trail.innerText())
      .toContain('made a referral · case\tdone (without consent, with a reason)');
    const text = await trail.innerText();
    expect(text).toContain('Fictional Supervisor Sokha (supervisor)');
    // Older pages hold the worker's own requests.
    const seen: string[] = [text];
    for (let page_ = 0; page_ < 10 && (await trail.getByRole('button', { name: 'Older' }).isEnabled()); page_ += 1) {
      const first = await entries.first().innerText();
      await trail.getByRole('button', { name: 'Older' }).click();
      await expect.poll(() => entries.first().innerText()).not.toBe(first);
      seen.push(await trail.innerText());
    }
    const whole = seen.join('\n');
    for (const words of [
      'Fictional Worker Dara (case worker)',
      'recorded a trafficking event',
      'changed a trafficking event',
      'withdrew a trafficking event',
      'added a note',
      'planned a service',
      'changed a service',
      'added a task',
      'changed a task',
      'uploaded an attachment',
      'downloaded an attachment',
      'opened the case page',
    ])
      expect(whole).toContain(words);
    expect(whole).toContain('127.0.0.1');
    await screenshot(page, 'case-activity-10-audit-trail-360');

    // The field history: who changed the event's type from what to what.
    const history = page.locator('[data-testid=case-history-section]');
    await history.getByRole('button', { name: 'Show the field history' }).click();
    const change = history.locator('[data-testid=history-entry][data-table=trafficking_events][data-field=eventType]');
    const retyped = change.filter({ hasText: 'from Recruitment to Transit' });
    await expect.poll(() => retyped.count()).toBe(1);
    expect(await retyped.innerText()).toContain('Fictional Worker Dara');
    const assignee = history.locator('[data-testid=history-entry][data-table=tasks][data-field=assignedUserId]');
    expect(await assignee.first().innerText()).toContain('set to Fictional Colleague Vanna');
    await screenshot(page, 'case-activity-11-field-history-360');
    // Every section above named colleagues from one read of /api/colleagues for the whole page.
    expect(colleagueRequests()).toBe(1);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the same sections in Khmer to a Khmer-speaking case worker', async () => {
    const { context, page, errors } = await openCase('fictional.worker', 360, 'km-KH');
    const events = page.locator('[data-testid=case-events]');
    await events.locator('[data-testid=case-event-type]').waitFor();
    expect(await events.locator('[data-testid=case-event-type]').innerText()).toBe('ការដឹកជញ្ជូន');
    expect(await events.getByRole('button', { name: 'កត់ត្រាព្រឹត្តិការណ៍' }).count()).toBe(1);
    const task = page.locator('[data-testid=case-task]');
    await task.waitFor();
    expect(await task.locator('[data-testid=case-task-status]').innerText()).toMatch(/^បានធ្វើរួច /u);
    expect(await page.locator('[data-testid=case-referral][data-status=revoked]').innerText()).toContain('បានដកវិញ');
    expect(
      await page
        .locator('[data-testid=case-service][data-status=delivered] [data-testid=case-service-status]')
        .innerText(),
    ).toMatch(/^បានផ្តល់ · /u);
    expect(
      await page
        .locator('[data-testid=case-attachments]')
        .getByRole('button', { name: /^ទាញយក /u })
        .count(),
    ).toBe(1);
    await screenshot(page, 'case-activity-12-khmer-360');
    expect(errors.filter((message) => !message.includes('403'))).toEqual([]);
    await context.close();
  });
});
