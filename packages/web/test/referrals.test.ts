/**
 * The referrals inbox in a real browser against the REAL API server on an in-memory store: an NGO
 * refers fictional victims (with their consent to disclosure) to a shelter through the store; the
 * shelter's referral recipient signs in, sees each referral with the person's basic identity,
 * accepts and completes one, rejects another with a reason, and is told in plain words when a
 * referral changed meanwhile (409). Every name and number is fictional.
 */
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { signedInTab } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional shelter password 42';

describe.skipIf(!HAS_CHROMIUM)('the referrals inbox in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  const ids = { accept: '', reject: '', changed: '' };
  let referringActor = { userId: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const ngo = await store.organisations.create({ name: 'Fictional Outreach NGO', kind: 'ngo' }, SYSTEM);
    const shelter = await store.organisations.create({ name: 'Fictional Shelter', kind: 'shelter' }, SYSTEM);
    const ngoTeam = await store.teams.create({ organisationId: ngo.id, name: 'Outreach' }, SYSTEM);
    const shelterTeam = await store.teams.create({ organisationId: shelter.id, name: 'Intake' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const worker = await store.users.create(
      {
        login: 'fictional.worker',
        displayName: 'Fictional case worker',
        organisationId: ngo.id,
        teamId: ngoTeam.id,
        roles: ['case_worker'],
        passwordHash,
      },
      SYSTEM,
    );
    await store.users.create(
      {
        login: 'dara.shelter',
        displayName: 'Dara (fictional shelter)',
        organisationId: shelter.id,
        teamId: shelterTeam.id,
        roles: ['referral_recipient'],
        passwordHash,
      },
      SYSTEM,
    );
    referringActor = { userId: worker.id };
    const refer = async (givenNameLatin: string, serviceType: 'safehouse' | 'legal_assistance' | 'psychosocial') => {
      const victim = await store.persons.create(
        {
          personKind: 'victim',
          organisationId: ngo.id,
          givenNameLatin,
          familyNameLatin: 'Fictional',
          sex: 'female',
          birthDate: '1998-04-02',
        },
        referringActor,
      );
      const theCase = await store.cases.create({ victimPersonId: victim.id, organisationId: ngo.id }, referringActor);
      const consent = await store.consents.record(
        {
          personId: victim.id,
          purpose: 'disclosure_to_organisation',
          organisationId: shelter.id,
          legalBasis: 'consent',
          givenBy: 'subject',
          givenOn: '2026-11-02',
        },
        referringActor,
      );
      return (
        await store.referrals.make(
          {
            caseId: theCase.id,
            fromOrganisationId: ngo.id,
            toOrganisationId: shelter.id,
            serviceType,
            consentId: consent.id,
          },
          referringActor,
        )
      ).id;
    };
    ids.accept = await refer('Chanthou', 'safehouse');
    ids.reject = await refer('Sreymom', 'legal_assistance');
    ids.changed = await refer('Bopha', 'psychosocial');
    ({ server, url } = await serveApp(store, webRoot, ngo.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('lets a referral recipient accept, complete and reject referrals, and explains a conflict', async () => {
    const { context, page, errors } = await signedInTab(browser, url, 'dara.shelter', PASSWORD, { width: 1100 });
    const inbox = page.locator('[data-testid=referral-inbox]');
    await inbox.waitFor();
    const item = (id: string) => page.locator(`[data-testid=referral][data-referral-id="${id}"]`);
    await expect.poll(() => inbox.locator('[data-testid=referral]').count()).toBe(3);
    // Basic identity only: the name the API gives, never who made the referral.
    await item(ids.accept).locator('[data-testid=referral-person]').waitFor();
    expect(await item(ids.accept).locator('[data-testid=referral-person]').innerText()).toContain('Chanthou Fictional');
    expect(await item(ids.accept).innerText()).toContain('Safe shelter');
    expect(await item(ids.accept).getAttribute('data-status')).toBe('in_progress');

    // Accept, then complete: the state shown follows each answer.
    await item(ids.accept).getByRole('button', { name: 'Accept' }).click();
    await page.locator(`[data-testid=referral][data-referral-id="${ids.accept}"][data-status=accepted]`).waitFor();
    expect(await item(ids.accept).locator('[data-testid=referral-status]').innerText()).toContain('accepted');
    await item(ids.accept).getByRole('button', { name: 'Mark the service as done' }).click();
    await page.locator(`[data-testid=referral][data-referral-id="${ids.accept}"][data-status=done]`).waitFor();
    expect(await item(ids.accept).getByRole('button').count()).toBe(0);
    expect((await store.referrals.get(ids.accept)).status).toBe('done');

    // Reject with a reason: the reason is required and shown with the state.
    await item(ids.reject).getByRole('button', { name: 'Reject…' }).click();
    const confirm = item(ids.reject).getByRole('button', { name: 'Reject the referral' });
    expect(await confirm.isDisabled()).toBe(true);
    await item(ids.reject).locator('textarea').fill('No lawyer free this month, please ask the legal aid office');
    await confirm.click();
    await page.locator(`[data-testid=referral][data-referral-id="${ids.reject}"][data-status=rejected]`).waitFor();
    expect(await item(ids.reject).locator('[data-testid=referral-status]').innerText()).toContain(
      'No lawyer free this month',
    );

    // The referring organisation withdraws a referral while the page is open: accepting it is a 409 in plain words.
    const shown = await store.referrals.get(ids.changed);
    await store.referrals.transition(
      ids.changed,
      shown.version,
      { status: 'revoked', reason: 'The person moved to another province' },
      referringActor,
    );
    await item(ids.changed).getByRole('button', { name: 'Accept' }).click();
    const error = item(ids.changed).locator('[data-testid=staff-error]');
    await error.waitFor();
    expect(['version_conflict', 'invalid_transition']).toContain(await error.getAttribute('data-code'));
    expect(await error.innerText()).toMatch(/Reload the page/u);
    await screenshot(page, 'staff-referrals-inbox');

    expect(errors.filter((message) => !message.includes('401') && !message.includes('409'))).toEqual([]);
    await context.close();
  });
});
