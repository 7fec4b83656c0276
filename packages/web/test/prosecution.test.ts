/**
 * The criminal cases in a real browser against the REAL API server on an in-memory store: an
 * investigator opens a criminal case, links a victim (found by name) and a suspect (found by phone),
 * records a second suspect, charges two offences from the legal catalogue, advances the proceeding from the complaint to the
 * charge, is told in plain words why an appeal cannot come yet, records a conviction and corrects
 * it after someone else changed it meanwhile (409). A role that only reads criminal cases sees no
 * action; a role that does not read them has no menu entry. Every name and number is fictional.
 */
import { randomUUID } from 'node:crypto';
import { hashPassword, type RunningServer } from '@raksa/server';
import { openStore, type Store } from '@raksa/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCriminalCasesOfPerson } from '../src/staff/prosecution/prosecution-api.ts';
import { buildApp } from './support/build-app.ts';
import { serveApp } from './support/real-server.ts';
import { HAS_CHROMIUM, launchBrowser, screenshot, SKIP_REASON } from './support/browser.ts';
import { newTab, openStaffPage, signIn as signInAs, staffMenu } from './support/staff-session.ts';

if (!HAS_CHROMIUM) process.stdout.write(`${SKIP_REASON}\n`);

const SYSTEM = { userId: null } as const;
const PASSWORD = 'fictional investigator password 42';
const SUSPECT_PHONE = '+855 12 000 999';

describe.skipIf(!HAS_CHROMIUM)('the criminal cases in chromium against the real server', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  const ids = { victim: '', victimCase: '', suspect: '', criminalCase: '', colleague: '' };

  beforeAll(async () => {
    const webRoot = await buildApp();
    store = await openStore({ memory: true });
    const police = await store.organisations.create(
      { name: 'Fictional Anti-Trafficking Police', kind: 'police' },
      SYSTEM,
    );
    const team = await store.teams.create({ organisationId: police.id, name: 'Fictional investigations' }, SYSTEM);
    const passwordHash = await hashPassword(PASSWORD);
    const user = (login: string, displayName: string, role: 'investigator' | 'org_admin' | 'hotline_operator') =>
      store.users.create(
        { login, displayName, organisationId: police.id, teamId: team.id, roles: [role], passwordHash },
        SYSTEM,
      );
    const investigator = await user('vanna.investigator', 'Vanna (fictional investigator)', 'investigator');
    const colleague = await user('rithy.investigator', 'Rithy (fictional colleague)', 'investigator');
    await user('sophea.admin', 'Sophea (fictional administrator)', 'org_admin');
    await user('sokha.operator', 'Sokha (fictional operator)', 'hotline_operator');
    ids.colleague = colleague.id;
    const actor = { userId: investigator.id };
    const victim = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: police.id,
        givenNameLatin: 'Chanthou',
        familyNameLatin: 'Fictional',
        sex: 'female',
        birthDate: '1999-02-03',
      },
      actor,
    );
    ids.victimCase = (await store.cases.create({ victimPersonId: victim.id, organisationId: police.id }, actor)).id;
    const suspect = await store.persons.create(
      {
        personKind: 'suspect',
        organisationId: police.id,
        givenNameLatin: 'Fictional',
        familyNameLatin: 'Recruiter',
        nameLocal: 'ជនសង្ស័យ សាកល្បង',
        birthDate: '1980-07-01',
        phones: [SUSPECT_PHONE],
      },
      actor,
    );
    ids.victim = victim.id;
    ids.suspect = suspect.id;
    ({ server, url } = await serveApp(store, webRoot, police.id));
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const signIn = async (page: Page, login: string): Promise<void> => {
    await openStaffPage(page, url);
    await signInAs(page, login, PASSWORD);
  };

  const recordStage = async (page: Page, stage: string, date: string): Promise<void> => {
    const detail = page.locator('[data-testid=criminal-case-detail]');
    await detail.getByRole('button', { name: 'Record the next stage…' }).click();
    const form = page.locator('[data-testid=advance-stage]');
    await form.locator('#advance-stage-stage').selectOption(stage);
    await form.locator('#advance-stage-date').fill(date);
    await form.getByRole('button', { name: 'Record the stage' }).click();
  };

  it('lets an investigator follow a criminal case from the complaint to a corrected conviction', async () => {
    const { context, page, errors } = await newTab(browser);
    await signIn(page, 'vanna.investigator');
    await staffMenu(page).getByRole('link', { name: 'Criminal cases' }).click();
    const list = page.locator('[data-testid=criminal-cases]');
    await list.getByText('Your organisation has no criminal case yet.').waitFor();

    // Open a criminal case: a reference is required, then the case page opens.
    await list.getByRole('button', { name: 'Open a criminal case…' }).click();
    const open = page.locator('[data-testid=open-criminal-case]');
    await open.getByRole('button', { name: 'Open the criminal case' }).click();
    await open.getByRole('alert').getByText('Give the police reference or the court case number.').waitFor();
    await open.getByLabel('Police reference').fill('PP-FICTIONAL-2026-001');
    await open.getByLabel('Police unit or court').fill('Fictional Anti-Trafficking Unit');
    await expect.poll(() => open.locator('#criminal-case-province option').count()).toBeGreaterThan(20);
    await open.getByLabel('Province').selectOption({ label: 'Phnom Penh' });
    await open.getByLabel('Date of the offence (if known)').fill('2026-08-15');
    await screenshot(page, 'prosecution-1-open-case');
    await open.getByRole('button', { name: 'Open the criminal case' }).click();
    const detail = page.locator('[data-testid=criminal-case-detail][data-version]');
    await detail.waitFor();
    ids.criminalCase = decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) ?? '');
    expect((await store.criminalCases.get(ids.criminalCase)).policeReference).toBe('PP-FICTIONAL-2026-001');
    expect(await detail.locator('h3').innerText()).toBe('Criminal case Police PP-FICTIONAL-2026-001');
    expect(await detail.locator('[data-testid=criminal-case-facts]').innerText()).toContain('Province: Phnom Penh');

    // Link the victim, found by name among the victims of the organisation's cases.
    await detail.getByRole('button', { name: 'Link a victim or a suspect…' }).click();
    const link = page.locator('[data-testid=link-party]');
    await link.getByLabel('Name (at least two letters)').fill('chanthou');
    await link.getByRole('button', { name: 'Search' }).click();
    const victimResult = link.locator(`[data-testid=person-result][data-person-id="${ids.victim}"]`);
    await victimResult.getByRole('button', { name: 'Link as victim' }).click();
    const victims = detail.locator('[data-testid=criminal-case-victims]');
    await victims.getByText('Chanthou Fictional').waitFor();
    await victimResult.getByText('already linked as victim').waitFor();

    // Link the suspect, found by the phone number on record; a name search for suspects finds them too.
    await link.getByLabel('suspect', { exact: true }).check();
    await link.getByLabel('Phone, account or document number').check();
    await link.getByLabel('Identifier', { exact: true }).fill(SUSPECT_PHONE);
    await link.getByRole('button', { name: 'Search' }).click();
    const suspectResult = link.locator(`[data-testid=person-result][data-person-id="${ids.suspect}"]`);
    await suspectResult.getByRole('button', { name: 'Link as suspect' }).click();
    await detail.locator('[data-testid=criminal-case-suspects]').getByText('Fictional Recruiter').waitFor();
    await link.getByLabel('Name', { exact: true }).check();
    await link.getByLabel('Name (at least two letters)').fill('recruiter');
    await link.getByRole('button', { name: 'Search' }).click();
    await suspectResult.getByText('already linked as suspect').waitFor();
    expect(await link.locator('[data-testid=person-result]').count()).toBe(1);
    expect(await store.criminalCases.parties(ids.criminalCase)).toHaveLength(2);
    await link.getByRole('button', { name: 'Close' }).click();

    // A second suspect, not yet on record: recorded as a person of kind suspect and linked at once.
    await detail.getByRole('button', { name: 'Record a new suspect…' }).click();
    const newSuspect = page.locator('[data-testid=new-suspect]');
    await newSuspect.getByRole('button', { name: 'Record and link the suspect' }).click();
    await newSuspect.getByRole('alert').getByText('Give at least one name.').waitFor();
    await newSuspect.getByLabel('Given name (Latin letters)').fill('Fictional');
    await newSuspect.getByLabel('Family name (Latin letters)').fill('Driver');
    await newSuspect.getByRole('button', { name: 'Record and link the suspect' }).click();
    await detail.locator('[data-testid=criminal-case-suspects]').getByText('Fictional Driver').waitFor();
    const parties = await store.criminalCases.parties(ids.criminalCase);
    expect(parties.filter((party) => party.role === 'suspect')).toHaveLength(2);
    const driver = parties.find((party) => party.role === 'suspect' && party.personId !== ids.suspect);
    expect((await store.persons.get(driver?.personId ?? '')).personKind).toBe('suspect');

    // Charge two offences from the catalogue, the first naming the suspect and the victim.
    const charge = async (label: RegExp, withParties: boolean): Promise<void> => {
      await detail.getByRole('button', { name: 'Charge an offence…' }).click();
      const form = page.locator('[data-testid=charge-offence]');
      await expect.poll(() => form.locator('#charge-offence-code option').count()).toBeGreaterThan(10);
      const value = await form
        .locator('#charge-offence-code option')
        .filter({ hasText: label })
        .first()
        .getAttribute('value');
      await form.getByLabel('Offence', { exact: true }).selectOption(value ?? '');
      if (withParties) {
        await form.getByLabel('Suspect charged (optional)').selectOption(ids.suspect);
        await form.getByLabel('Victim concerned (optional)').selectOption(ids.victim);
      }
      await form.getByRole('button', { name: 'Charge the offence' }).click();
      await form.waitFor({ state: 'detached' });
    };
    await charge(/^Unlawful recruitment for exploitation/u, true);
    await charge(/^Procurement of prostitution/u, false);
    const offences = detail.locator('[data-testid=charged-offence]');
    await expect.poll(() => offences.count()).toBe(2);
    const first = await offences.nth(0).innerText();
    expect(first).toContain('Law on Suppression of Human Trafficking and Sexual Exploitation (2008), Article 12');
    expect(first).toContain('number not yet checked');
    expect(first).toContain('Concerning: suspect Fictional Recruiter · ជនសង្ស័យ សាកល្បង, victim Chanthou Fictional');
    expect(await offences.nth(1).innerText()).toContain('Article 25');
    await screenshot(page, 'prosecution-2-parties-and-offences');

    // Advance the proceeding: complaint → investigation → arrest → charge.
    const steps: [string, string][] = [
      ['complaint', '2026-09-01'],
      ['investigation', '2026-09-10'],
      ['arrest', '2026-10-01'],
      ['charge', '2026-10-15'],
    ];
    for (const [stage, date] of steps) {
      await recordStage(page, stage, date);
      await page.locator(`[data-testid=criminal-case-detail][data-stage=${stage}]`).waitFor();
    }
    expect(
      await detail
        .locator('[data-testid=proceeding-stage]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-stage'))),
    ).toEqual(['complaint', 'investigation', 'arrest', 'charge']);

    // An appeal before any verdict: the server refuses, the page says why in plain words.
    await recordStage(page, 'appeal', '2026-10-20');
    const refusal = page.locator('[data-testid=advance-stage] [data-testid=prosecution-error]');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('invalid_transition');
    expect(await refusal.innerText()).toBe(
      'The proceeding cannot record “Appeal” yet: it needs a “Verdict” stage on or before that date.',
    );
    expect((await store.criminalCases.get(ids.criminalCase)).currentStage).toBe('charge');
    await screenshot(page, 'prosecution-3-stage-refused');
    await page.locator('[data-testid=advance-stage]').getByRole('button', { name: 'Cancel' }).click();
    await recordStage(page, 'trial', '2026-11-10');
    await page.locator('[data-testid=criminal-case-detail][data-stage=trial]').waitFor();
    await recordStage(page, 'verdict', '2026-11-20');
    await page.locator('[data-testid=criminal-case-detail][data-stage=verdict]').waitFor();

    // The conviction, with a sentence, a fine and compensation.
    const suspectOutcome = detail.locator(`[data-testid=suspect-outcome][data-person-id="${ids.suspect}"]`);
    await suspectOutcome.getByRole('button', { name: 'Record the outcome…' }).click();
    const outcomeForm = suspectOutcome.locator('[data-testid=outcome-form]');
    await outcomeForm.getByLabel('Outcome', { exact: true }).selectOption('convicted');
    await outcomeForm.getByLabel('Date of the decision').fill('2026-11-20');
    await outcomeForm.getByLabel('Prison sentence (months)').fill('abc');
    await outcomeForm.getByRole('button', { name: 'Save the outcome' }).click();
    await outcomeForm
      .locator('[data-testid=outcome-problems]')
      .getByText('The sentence is a whole number of months, at most 1200.')
      .waitFor();
    await outcomeForm.getByLabel('Prison sentence (months)').fill('60');
    await outcomeForm.getByLabel('Fine (KHR)').fill('4,000,000');
    await outcomeForm.getByLabel('Compensation to the victims (KHR)').fill('2000000');
    await outcomeForm.getByRole('button', { name: 'Save the outcome' }).click();
    const shown = suspectOutcome.locator('[data-testid=outcome]');
    await shown.waitFor();
    expect(await shown.innerText()).toContain('Sentence: 60 months');
    expect(await shown.innerText()).toContain('Fine: 4,000,000 KHR');
    expect(await shown.innerText()).toContain('Compensation to the victims: 2,000,000 KHR');

    // A colleague corrects the sentence while the page is open: this correction is refused (409) in plain words.
    const [recorded] = await store.criminalCases.outcomes(ids.criminalCase);
    expect(recorded?.sentenceMonths).toBe(60);
    await store.criminalCases.updateOutcome(
      recorded?.id ?? '',
      recorded?.version ?? 0,
      { sentenceMonths: 72 },
      { userId: ids.colleague },
    );
    await suspectOutcome.getByRole('button', { name: 'Correct the outcome…' }).click();
    expect(await outcomeForm.getByLabel('Prison sentence (months)').inputValue()).toBe('60');
    await outcomeForm.getByLabel('Prison sentence (months)').fill('84');
    await outcomeForm.getByRole('button', { name: 'Save the outcome' }).click();
    const conflict = suspectOutcome.locator('[data-testid=prosecution-error]');
    await conflict.waitFor();
    expect(await conflict.getAttribute('data-code')).toBe('version_conflict');
    expect(await conflict.innerText()).toMatch(/^Someone changed this outcome since you opened it\./u);
    await suspectOutcome.getByText('Sentence: 72 months').waitFor();
    await screenshot(page, 'prosecution-4-outcome-conflict');

    // Corrected again on the current version: accepted.
    await suspectOutcome.getByRole('button', { name: 'Correct the outcome…' }).click();
    expect(await outcomeForm.getByLabel('Prison sentence (months)').inputValue()).toBe('72');
    await outcomeForm.getByLabel('Prison sentence (months)').fill('84');
    await outcomeForm.getByRole('button', { name: 'Save the outcome' }).click();
    await suspectOutcome.getByText('Sentence: 84 months').waitFor();
    expect(await suspectOutcome.locator('[data-testid=prosecution-error]').count()).toBe(0);
    expect((await store.criminalCases.outcomes(ids.criminalCase))[0]?.sentenceMonths).toBe(84);

    // The field history names the changes and who made them.
    const history = detail.locator('[data-testid=criminal-case-history]');
    await history.getByText('Show the history').click();
    const lines = await history.locator('[data-testid=history-line]').allInnerTexts();
    expect(lines.some((line) => line.includes('Sentence (months): 72 → 84') && line.includes('(by you)'))).toBe(true);
    expect(
      lines.some((line) => line.includes('Sentence (months): 60 → 72') && line.includes('(by another user)')),
    ).toBe(true);
    expect(lines.some((line) => line.includes('Current stage: Trial → Verdict'))).toBe(true);
    await screenshot(page, 'prosecution-5-history');

    // The list shows the case with its current stage.
    await detail.getByRole('link', { name: /All criminal cases/u }).click();
    const row = page.locator(`[data-testid=criminal-case][data-criminal-case-id="${ids.criminalCase}"]`);
    await row.waitFor();
    expect(await row.locator('[data-testid=criminal-case-stage]').innerText()).toBe('Verdict');
    expect(await row.innerText()).toContain('Phnom Penh');

    // In Khmer, at 360 px: the same case, in Khmer words.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('[data-testid=language-switch]').click();
    await page.goto(`${url}#/staff/criminal-cases/${ids.criminalCase}`);
    await page.locator('[data-testid=criminal-case-detail][data-version]').waitFor();
    expect(await page.locator('[data-testid=criminal-case-detail] h3').innerText()).toBe(
      'សំណុំរឿងព្រហ្មទណ្ឌ នគរបាល PP-FICTIONAL-2026-001',
    );
    expect(await page.locator('[data-testid=criminal-case-current-stage]').innerText()).toContain('សាលក្រម');
    expect(await page.locator('[data-testid=criminal-case-offences]').innerText()).toContain(
      'ច្បាប់ស្តីពីការបង្ក្រាបអំពើជួញដូរមនុស្ស',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'prosecution-6-case-km-360px');

    // The criminal cases of one person, as CriminalCasesOfPerson reads them (the server's personId filter).
    const cookie = (await context.cookies()).map((item) => `${item.name}=${item.value}`).join('; ');
    const asInvestigator = (path: string, init: RequestInit) =>
      fetch(new URL(path, url), { ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
    expect((await fetchCriminalCasesOfPerson(asInvestigator, ids.victim)).map((item) => item.id)).toEqual([
      ids.criminalCase,
    ]);
    expect(await fetchCriminalCasesOfPerson(asInvestigator, driver?.personId ?? '')).toHaveLength(1);
    expect(await fetchCriminalCasesOfPerson(asInvestigator, randomUUID())).toEqual([]);

    // …and on the victim's case page, linking to the criminal case.
    await page.goto(`${url}#/staff/cases/${ids.victimCase}`);
    const links = page.locator('[data-testid=person-criminal-cases] a');
    await links.first().waitFor();
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      `#/staff/criminal-cases/${ids.criminalCase}`,
    ]);
    await screenshot(page, 'prosecution-6b-victim-case-page-km');

    expect(errors.filter((message) => !message.includes('409'))).toEqual([]);
    await context.close();
  });

  it('shows a role that only reads criminal cases no action, and a role that does not read them no entry', async () => {
    expect(ids.criminalCase).not.toBe('');
    const { context, page, errors } = await newTab(browser);
    await signIn(page, 'sophea.admin');
    await staffMenu(page).getByRole('link', { name: 'Criminal cases' }).click();
    await page.locator(`[data-testid=criminal-case][data-criminal-case-id="${ids.criminalCase}"]`).waitFor();
    expect(await page.locator('[data-testid=criminal-cases]').getByRole('button').count()).toBe(0);
    await page.locator(`[data-testid=criminal-case][data-criminal-case-id="${ids.criminalCase}"] a`).click();
    const detail = page.locator('[data-testid=criminal-case-detail][data-version]');
    await detail.waitFor();
    await detail.locator('[data-testid=criminal-case-suspects]').getByText('Fictional Recruiter').waitFor();
    await detail.getByText('Sentence: 84 months').waitFor();
    expect(await detail.locator('[data-testid=charged-offence]').count()).toBe(2);
    expect(await detail.getByRole('button').count()).toBe(0);
    await screenshot(page, 'prosecution-7-read-only');
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, 'sokha.operator');
    const menu = staffMenu(page);
    await menu.getByRole('link').first().waitFor();
    expect(await menu.getByRole('link', { name: 'Criminal cases' }).count()).toBe(0);
    await page.goto(`${url}#/staff/criminal-cases/${ids.criminalCase}`);
    await menu.getByRole('link').first().waitFor();
    expect(await page.locator('[data-testid=criminal-case-detail]').count()).toBe(0);
    expect(errors.filter((message) => !message.includes('401'))).toEqual([]);
    await context.close();
  });
});
