/**
 * Administration in a real browser against the REAL API server on an in-memory store: an
 * organisation administrator creates an account (the temporary password shown once, copied, then
 * gone; the new account must choose its own password before it sees its views), changes its
 * roles, resets its password, meets a conflict and disables it; unlocks an account locked by
 * twelve failed sign-ins (meeting a conflict first), after which it signs in again; a system
 * administrator adds an organisation and a team, then — as the holder of `reference.manage` —
 * adds a district under a province and an offence, corrects and retires it; a hotline operator
 * reads the hotline directory (in Khmer); a case worker has no administration menu and sees the
 * API's refusal at the users page. Every name, login and number is fictional.
 */
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { newTab, openStaffPage, signedInTab, staffMenu, submitSignIn, type StaffTab } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional admin password 77';
const CHOSEN = 'fictional chosen passphrase 31';

describe.skipIf(!HAS_CHROMIUM)('administration in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  const ids = { ngo: '', ministry: '', outreachTeam: '', intakeTeam: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const ministry = await store.organisations.create(
      { name: 'Fictional Ministry of Examples', kind: 'government' },
      SYSTEM,
    );
    const ngo = await store.organisations.create({ name: 'Fictional Outreach NGO', kind: 'ngo' }, SYSTEM);
    ids.ministry = ministry.id;
    ids.ngo = ngo.id;
    ids.outreachTeam = (
      await store.teams.create({ organisationId: ngo.id, name: 'Fictional Outreach Team' }, SYSTEM)
    ).id;
    ids.intakeTeam = (await store.teams.create({ organisationId: ngo.id, name: 'Fictional Intake Team' }, SYSTEM)).id;
    const passwordHash = await hashPassword(PASSWORD);
    const account = (login: string, displayName: string, organisationId: string, role: string, teamId: string | null) =>
      store.users.create(
        { login, displayName, organisationId, teamId, roles: [role as 'analyst'], passwordHash },
        SYSTEM,
      );
    await account('fictional.sysadmin', 'Fictional System Admin', ministry.id, 'system_admin', null);
    await account('fictional.orgadmin', 'Fictional Org Admin', ngo.id, 'org_admin', null);
    await account('fictional.caseworker', 'Fictional Case Worker', ngo.id, 'case_worker', ids.outreachTeam);
    await account('fictional.operator', 'Fictional Hotline Operator', ngo.id, 'hotline_operator', ids.intakeTeam);
    ({ server, url } = await serveApp(store, webRoot, ngo.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const open = async (
    login: string,
    options: { locale?: string; width?: number; clipboard?: boolean } = {},
  ): Promise<StaffTab> => {
    const tab = await signedInTab(browser, url, login, PASSWORD, { width: 1100, ...options });
    if (options.clipboard === true)
      await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    return tab;
  };

  /** Signs in through the API, as the person handed a password would. */
  const signInStatus = async (login: string, password: string): Promise<number> =>
    (
      await fetch(`${url}api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      })
    ).status;

  const expectedErrors = (errors: string[]) => errors.filter((message) => !/\b(?:401|403|409)\b/u.test(message));

  it('lets an organisation administrator create an account, change its roles, reset its password and disable it', async () => {
    const { context, page, errors } = await open('fictional.orgadmin', { clipboard: true });
    const menu = staffMenu(page);
    await menu.getByRole('link', { name: 'Administration' }).click();
    const table = page.locator('[data-testid=users-table]');
    await table.waitFor();
    // The sub-menu follows the permissions: users and teams, and the pages every session reads.
    expect(await page.locator('[data-testid=admin-sections] a').allInnerTexts()).toEqual([
      'Users and roles',
      'Organisations and teams',
      'Locations',
      'Legal catalogue',
      'Hotline directory',
    ]);
    await expect.poll(() => table.locator('[data-testid=user-row]').count()).toBe(3);
    // Team names arrive with the teams list, which may load after the rows ("…" until then).
    await expect
      .poll(() => table.locator('[data-login="fictional.caseworker"]').innerText())
      .toContain('Fictional Outreach Team');
    // An organisation administrator cannot grant system administration.
    expect(await page.locator('#user-create-role-system_admin').count()).toBe(0);

    // Filters: by role (in the page) and by team (the API's filter).
    await page.locator('#users-filter-role').selectOption('hotline_operator');
    await expect.poll(() => table.locator('[data-testid=user-row]').count()).toBe(1);
    await page.locator('#users-filter-role').selectOption('');
    await page.locator('#users-filter-team').selectOption({ label: 'Fictional Outreach Team' });
    await expect.poll(() => table.locator('[data-testid=user-row]').count()).toBe(1);
    expect(await table.locator('[data-testid=user-row]').getAttribute('data-login')).toBe('fictional.caseworker');
    await page.locator('#users-filter-team').selectOption('');
    await expect.poll(() => table.locator('[data-testid=user-row]').count()).toBe(3);

    // A form refused in the page says which field to correct.
    await page.locator('[data-testid=user-create] button[type=submit]').click();
    await page.locator('[data-testid=admin-form-issues]').waitFor();
    expect(await page.locator('#user-create-login').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#user-create-roles-issue').innerText()).toBe('Choose at least one role.');

    await page.locator('#user-create-login').fill('fictional.chenda');
    await page.locator('#user-create-name').fill('Chenda Fictional');
    await page.locator('#user-create-team').selectOption({ label: 'Fictional Intake Team' });
    await page.locator('#user-create-role-case_worker').check();
    await page.locator('[data-testid=user-create] button[type=submit]').click();
    const notice = page.locator('[data-testid=temporary-password]');
    await notice.waitFor();
    const temporary = (await notice.locator('[data-testid=temporary-password-value]').innerText()).trim();
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    expect(await notice.innerText()).toMatch(/shown only now/u);
    await screenshot(page, 'admin-users-temporary-password');
    await notice.getByRole('button', { name: 'Copy the password' }).click();
    await notice.getByText('Copied.', { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporary);
    expect(await signInStatus('fictional.chenda', temporary)).toBe(200);
    // Hidden once handed over: nothing of it is left in the page.
    await notice.getByRole('button', { name: 'I have handed it over — hide it' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(temporary);
    const created = (await store.users.list({ organisationId: ids.ngo })).find(
      (user) => user.login === 'fictional.chenda',
    );
    expect(created).toMatchObject({ displayName: 'Chenda Fictional', teamId: ids.intakeTeam, roles: ['case_worker'] });

    // The new account signs in with its temporary password: it must choose its own before anything else.
    const { context: newcomer, page: own, errors: ownErrors } = await newTab(browser);
    await openStaffPage(own, url);
    await submitSignIn(own, 'fictional.chenda', temporary);
    const choose = own.locator('[data-testid=password-change]');
    await choose.waitFor();
    expect(await choose.innerText()).toContain('Choose your own password');
    expect(await staffMenu(own).count()).toBe(0);
    await choose.getByLabel('Temporary (current) password').fill(temporary);
    await choose.getByLabel('New password', { exact: true }).fill(CHOSEN);
    await choose.getByLabel('New password again').fill(CHOSEN);
    await screenshot(own, 'admin-new-account-chooses-password');
    await choose.getByRole('button', { name: 'Save my password' }).click();
    await staffMenu(own).getByRole('link', { name: 'Cases', exact: true }).waitFor();
    expect(await choose.count()).toBe(0);
    expect(expectedErrors(ownErrors)).toEqual([]);
    await newcomer.close();
    expect(await signInStatus('fictional.chenda', temporary)).toBe(401);
    expect(await signInStatus('fictional.chenda', CHOSEN)).toBe(200);
    expect((await store.users.get(created!.id)).mustChangePassword).toBe(false);
    // The account changed meanwhile (its password): the administrator's list is read again.
    await page.reload();
    await table.locator('[data-login="fictional.chenda"]').waitFor();

    // Open the account and change its roles.
    await table.locator('[data-login="fictional.chenda"]').getByRole('link', { name: 'Chenda Fictional' }).click();
    const detail = page.locator('[data-testid=user-detail]');
    await detail.waitFor();
    await page.locator('#user-edit-role-supervisor').check();
    await detail.getByRole('button', { name: 'Save the changes' }).click();
    await detail.locator('[data-testid=user-detail-status]', { hasText: 'Saved.' }).waitFor();
    expect((await store.users.get(created!.id)).roles.sort()).toEqual(['case_worker', 'supervisor']);
    const history = page.locator('[data-testid=user-history]');
    // Creation, then the change: who made it, and the roles before and after by name.
    await expect.poll(() => history.locator('tr[data-field=roles]').count()).toBe(2);
    const change = await history.locator('tr[data-field=roles]').last().innerText();
    expect(change).toContain('Fictional Org Admin');
    expect(change).toMatch(/Case worker\s+(Case worker, Supervisor|Supervisor, Case worker)/u);
    await screenshot(page, 'admin-user-roles-changed');

    // Password reset: a new temporary password, shown once; the old one stops working.
    await detail.getByRole('button', { name: 'Reset the password…' }).click();
    await detail.getByRole('button', { name: 'Give a new temporary password' }).click();
    const reset = detail.locator('[data-testid=temporary-password]');
    await reset.waitFor();
    const second = (await reset.locator('[data-testid=temporary-password-value]').innerText()).trim();
    expect(second).not.toBe(temporary);
    expect(await signInStatus('fictional.chenda', CHOSEN)).toBe(401);
    expect(await signInStatus('fictional.chenda', second)).toBe(200);
    expect((await store.users.get(created!.id)).mustChangePassword).toBe(true);
    await reset.getByRole('button', { name: 'I have handed it over — hide it' }).click();
    await reset.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(second);
    // Field history never shows the password hash.
    await history.locator('tr[data-field=passwordHash]').first().waitFor();
    expect(await history.locator('tr[data-field=passwordHash]').first().innerText()).toContain('hidden');

    // Someone else changes the account meanwhile: disabling is a 409 in plain words.
    const current = await store.users.get(created!.id);
    await store.users.update(current.id, current.version, { displayName: 'Chenda F.' }, SYSTEM);
    await detail.getByRole('button', { name: 'Disable the account…' }).click();
    await detail.getByRole('button', { name: 'Disable the account now' }).click();
    const conflict = detail.locator('[data-testid=admin-error]');
    await conflict.waitFor();
    expect(await conflict.getAttribute('data-code')).toBe('version_conflict');
    expect(await conflict.innerText()).toMatch(/Someone changed this record/u);

    // After a reload the account's current version is used, and disabling ends its sign-ins.
    await page.reload();
    await page.locator('[data-testid=user-detail]').waitFor();
    expect(await page.locator('#user-edit-name').inputValue()).toBe('Chenda F.');
    await page.getByRole('button', { name: 'Disable the account…' }).click();
    await page.getByRole('button', { name: 'Disable the account now' }).click();
    await page.locator('[data-testid=user-disabled]').waitFor();
    expect((await store.users.get(created!.id)).disabled).toBe(true);
    expect(await signInStatus('fictional.chenda', second)).not.toBe(200);
    await screenshot(page, 'admin-user-disabled');

    await page.getByRole('link', { name: 'Back to the list' }).click();
    await page.locator('[data-testid=users-table] [data-login="fictional.chenda"][data-state=disabled]').waitFor();

    expect(expectedErrors(errors)).toEqual([]);
    await context.close();
  });

  it('lets an organisation administrator unlock an account locked by repeated failed sign-ins', async () => {
    const forgetful = await store.users.create(
      {
        login: 'fictional.forgetful',
        displayName: 'Fictional Forgetful Worker',
        organisationId: ids.ngo,
        teamId: ids.outreachTeam,
        roles: ['case_worker'],
        passwordHash: await hashPassword(PASSWORD),
      },
      SYSTEM,
    );
    for (let attempt = 0; attempt < 12; attempt += 1)
      expect(await signInStatus('fictional.forgetful', 'not the fictional password')).toBe(401);
    // Locked out: even the right password is refused for now.
    expect(await signInStatus('fictional.forgetful', PASSWORD)).toBe(401);
    expect((await store.users.get(forgetful.id)).lockedUntil).not.toBeNull();

    const { context, page, errors } = await open('fictional.orgadmin');
    await page.goto(`${url}#/staff/admin/users`);
    const row = page.locator('[data-testid=users-table] [data-login="fictional.forgetful"]');
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('locked');
    await row.getByRole('link', { name: 'Fictional Forgetful Worker' }).click();
    const detail = page.locator('[data-testid=user-detail]');
    const lockedNotice = detail.locator('[data-testid=user-locked]');
    await lockedNotice.waitFor();
    expect(await lockedNotice.innerText()).toMatch(
      /^This account is locked out after too many failed sign-ins, until /u,
    );
    const unlock = detail.getByRole('button', { name: 'Unlock the account' });

    // Someone changes the account meanwhile: the unlock is refused in plain words and the current state shown.
    const before = await store.users.get(forgetful.id);
    await store.users.update(before.id, before.version, { displayName: 'Fictional Forgetful W.' }, SYSTEM);
    await unlock.click();
    const conflict = detail.locator('[data-testid=unlock-conflict]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(/^Someone changed this account while you were looking at it/u);
    await expect.poll(() => page.locator('#user-edit-name').inputValue()).toBe('Fictional Forgetful W.');
    expect((await store.users.get(forgetful.id)).lockedUntil).not.toBeNull();
    await screenshot(page, 'admin-user-unlock-conflict');

    await unlock.click();
    await detail.locator('[data-testid=user-detail-status]', { hasText: 'The account is unlocked' }).waitFor();
    expect(await conflict.count()).toBe(0);
    expect(await lockedNotice.count()).toBe(0);
    expect(await unlock.count()).toBe(0);
    expect(await detail.innerText()).toContain('Failed sign-ins in a row: 0');
    expect(await store.users.get(forgetful.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    await screenshot(page, 'admin-user-unlocked');
    expect(await signInStatus('fictional.forgetful', PASSWORD)).toBe(200);

    await page.getByRole('link', { name: 'Back to the list' }).click();
    await page.locator('[data-testid=users-table] [data-login="fictional.forgetful"][data-state=active]').waitFor();
    expect(expectedErrors(errors)).toEqual([]);
    await context.close();
  });

  it('fits a 360 px screen without scrolling the page sideways', async () => {
    const { context, page } = await open('fictional.orgadmin', { width: 360 });
    await page.goto(`${url}#/staff/admin/users`);
    await page.locator('[data-testid=users-table]').waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await screenshot(page, 'admin-users-360');
    await context.close();
  });

  it('lets a system administrator add an organisation and a team, then deactivate the organisation', async () => {
    const { context, page, errors } = await open('fictional.sysadmin');
    await staffMenu(page).getByRole('link', { name: 'Administration' }).click();
    await page.locator('[data-testid=admin-sections]').getByRole('link', { name: 'Organisations and teams' }).click();
    const table = page.locator('[data-testid=organisations-table]');
    await table.waitFor();
    await expect.poll(() => table.locator('[data-testid=organisation-row]').count()).toBe(2);

    const form = page.locator('[data-testid=organisation-create]');
    await form.locator('#organisation-create-name').fill('Fictional Legal Aid Office');
    await form.locator('#organisation-create-kind').selectOption('legal_aid');
    await form.locator('#organisation-create-province').selectOption({ label: 'Phnom Penh' });
    await form.locator('#organisation-create-email').fill('office@fictional-legal-aid.example');
    await form.getByRole('button', { name: 'Add the organisation' }).click();
    const row = table.locator('[data-testid=organisation-row][data-name="Fictional Legal Aid Office"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Legal aid');
    expect(await row.innerText()).toContain('Phnom Penh');
    const added = (await store.organisations.list()).find((item) => item.name === 'Fictional Legal Aid Office');
    expect(added).toMatchObject({ kind: 'legal_aid', provinceCode: '12', email: 'office@fictional-legal-aid.example' });

    await row.getByRole('link', { name: 'Fictional Legal Aid Office' }).click();
    const teams = page.locator('[data-testid=teams]');
    await teams.waitFor();
    await teams.getByText('This organisation has no team yet.').waitFor();
    await teams.locator('#team-create-name').fill('Fictional Court Support Team');
    await teams.getByRole('button', { name: 'Create the team' }).click();
    await teams.locator('[data-testid=team-list] li', { hasText: 'Fictional Court Support Team' }).waitFor();
    expect((await store.teams.listForOrganisation(added!.id)).map((team) => team.name)).toEqual([
      'Fictional Court Support Team',
    ]);
    await screenshot(page, 'admin-organisation-team');

    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('button', { name: 'Reactivate' }).waitFor();
    expect((await store.organisations.get(added!.id)).active).toBe(false);
    await page.getByRole('link', { name: 'Back to the list' }).click();
    await table.locator('[data-name="Fictional Legal Aid Office"][data-active=false]').waitFor();

    expect(expectedErrors(errors)).toEqual([]);
    await context.close();
  });

  it('lets the reference manager add a district under a province, and add, correct and retire an offence', async () => {
    const { context, page, errors } = await open('fictional.sysadmin');
    await page.goto(`${url}#/staff/admin/locations`);
    const places = page.locator('[data-testid=locations-table]');
    await places.waitFor();
    await places
      .locator('[data-testid=location-row][data-code="12"]')
      .getByRole('button', { name: /Districts of/u })
      .click();
    const breadcrumb = page.locator('[data-testid=location-breadcrumb]');
    await breadcrumb.getByText('Phnom Penh').waitFor();
    expect(await breadcrumb.innerText()).toMatch(/Cambodia[\s›]*Phnom Penh/u);
    const add = page.locator('[data-testid=location-add]');
    await add.getByRole('heading', { name: 'Add a district under Phnom Penh' }).waitFor();
    // The Cambodian code rule is told in the page before anything is sent.
    await add.locator('#location-add-code').fill('0199');
    await add.locator('#location-add-latin').fill('Fictional District');
    await add.getByRole('button', { name: 'Add the place' }).click();
    expect(await add.locator('#location-add-code-issue').innerText()).toContain('12');
    await add.locator('#location-add-code').fill('1299');
    await add.locator('#location-add-local').fill('ស្រុកគំរូ');
    await add.getByRole('button', { name: 'Add the place' }).click();
    await page.locator('[data-testid=location-row][data-code="1299"]').waitFor();
    const phnomPenh = await store.locations.findByCode('KH', '12');
    const district = await store.locations.findByCode('KH', '1299');
    expect(district).toMatchObject({ level: 'district', parentId: phnomPenh?.id, nameLocal: 'ស្រុកគំរូ' });
    await screenshot(page, 'admin-location-district-added');
    // Back up the tree with the breadcrumb.
    await breadcrumb.getByRole('button', { name: 'Cambodia' }).click();
    await page.locator('[data-testid=location-row][data-code="01"]').waitFor();

    await page.locator('[data-testid=admin-sections]').getByRole('link', { name: 'Legal catalogue' }).click();
    const offences = page.locator('[data-testid=offences-table]');
    await offences.waitFor();
    const addOffence = page.locator('[data-testid=offence-add]');
    await addOffence.locator('#offence-add-code').fill('KH.FICTIONAL.1');
    await addOffence.locator('#offence-add-statute').fill('Fictional Law on Examples 2026');
    await addOffence.locator('#offence-add-article').fill('7');
    await addOffence.locator('#offence-add-labelEn').fill('Fictional recruitment offence');
    await addOffence.locator('#offence-add-category').selectOption('trafficking');
    await addOffence.getByRole('button', { name: 'Add the offence' }).click();
    const row = offences.locator('[data-testid=offence-row][data-code="KH.FICTIONAL.1"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('not yet checked against the official text');

    await row.getByRole('button', { name: 'Correct' }).click();
    const edit = page.locator('[data-testid=offence-edit]');
    await edit.locator('#offence-edit-labelKm').fill('បទល្មើសជ្រើសរើសគំរូ');
    await edit.locator('#offence-edit-verified').check();
    await edit.getByRole('button', { name: 'Save the correction' }).click();
    await edit.locator('[data-testid=offence-edit-status]', { hasText: 'Saved.' }).waitFor();
    expect(await row.innerText()).toContain('បទល្មើសជ្រើសរើសគំរូ');
    expect(await row.innerText()).not.toContain('not yet checked');

    await row.getByRole('button', { name: 'Retire' }).click();
    await offences.locator('[data-code="KH.FICTIONAL.1"][data-active=false]').waitFor();
    expect(await row.locator('[data-testid=offence-state]').innerText()).toBe('retired');
    const stored = (await store.offences.list({ activeOnly: false })).find((item) => item.code === 'KH.FICTIONAL.1');
    expect(stored).toMatchObject({ active: false, labelKm: 'បទល្មើសជ្រើសរើសគំរូ', articleVerified: true });
    // Retired offences stay listed after a reload.
    await page.reload();
    await page.locator('[data-testid=offences-table] [data-code="KH.FICTIONAL.1"][data-active=false]').waitFor();
    await screenshot(page, 'admin-offence-retired');

    expect(expectedErrors(errors)).toEqual([]);
    await context.close();
  });

  it('shows any staff member the hotline directory, read-only, with numbers to call (in Khmer)', async () => {
    const { context, page, errors } = await open('fictional.operator', { locale: 'km-KH' });
    // No administration in a hotline operator's menu…
    const menu = staffMenu(page);
    await menu.waitFor();
    expect(await menu.getByRole('link', { name: 'ការគ្រប់គ្រងប្រព័ន្ធ' }).count()).toBe(0);
    // …but the directory every session reads is at its address.
    await page.goto(`${url}#/staff/admin/hotlines`);
    const directory = page.locator('[data-testid=hotline-directory]');
    await directory.waitFor();
    const cambodia = directory.locator('[data-testid=hotline-group][data-country=KH]');
    await cambodia.locator('[data-testid=hotline-row]').first().waitFor();
    expect(await cambodia.locator('a[href="tel:1280"]').count()).toBe(1);
    expect(
      await directory.locator('[data-testid=hotline-group][data-country=ZZ] [data-testid=hotline-row]').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=hotline-source]').innerText()).toContain('packages/detect');
    expect(await directory.locator('h3').innerText()).toBe('បញ្ជីខ្សែទូរស័ព្ទជំនួយ');
    expect(await directory.locator('input, textarea, button[type=submit]').count()).toBe(0);
    // Only the pages every session reads are in the sub-menu.
    expect(await page.locator('[data-testid=admin-sections] a').count()).toBe(3);
    await screenshot(page, 'admin-hotlines-km');
    expect(expectedErrors(errors)).toEqual([]);
    await context.close();
  });

  it('gives a case worker no administration menu, and the API’s refusal at the users page', async () => {
    const { context, page } = await open('fictional.caseworker');
    const menu = staffMenu(page);
    await menu.waitFor();
    expect(await menu.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.goto(`${url}#/staff/admin/users`);
    const refusal = page.locator('[data-testid=admin-page] [data-testid=admin-error]');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('forbidden');
    expect(await refusal.innerText()).toContain('Your role may not see or do this.');
    expect(await page.locator('[data-testid=users-table], [data-testid=user-create]').count()).toBe(0);
    await screenshot(page, 'admin-case-worker-refused');
    await context.close();
  });
});
