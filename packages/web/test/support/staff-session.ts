/**
 * The staff browser tests' shared steps: a fresh browser context (no service worker, page errors
 * collected), the staff page, signing in through its form, and the menu the role is given.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { collectPageErrors } from './browser.ts';

export interface StaffTab {
  context: BrowserContext;
  page: Page;
  /** The page's uncaught errors and console errors (see collectPageErrors). */
  errors: string[];
}

export interface TabOptions {
  locale?: string;
  /** The viewport's width (1000 px unless said); the height is 900 px. */
  width?: number;
  acceptDownloads?: boolean;
}

/** A new browser context and page, nothing opened yet (to watch requests from the first one). */
export async function newTab(browser: Browser, options: TabOptions = {}): Promise<StaffTab> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1000, height: 900 },
    serviceWorkers: 'block',
    ...(options.acceptDownloads === true ? { acceptDownloads: true } : {}),
  });
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

/** Opens the staff workspace (`#/staff` of the app at `url`) and waits for its sign-in form. */
export async function openStaffPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/staff`);
  await page.locator('[data-testid=staff-login]').waitFor();
}

/** Fills the sign-in form and sends it, without waiting for the answer (a refusal, a forced password change). */
export async function submitSignIn(page: Page, login: string, password: string): Promise<void> {
  await page.locator('#staff-login').fill(login);
  await page.locator('#staff-password').fill(password);
  await page.locator('[data-testid=staff-login] button[type=submit]').click();
}

/** Signs in through the form and waits until the workspace says who is signed in. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await submitSignIn(page, login, password);
  await page.locator('[data-testid=staff-signed-in]').waitFor();
}

/** A new tab on the staff workspace, signed in as `login`. */
export async function signedInTab(
  browser: Browser,
  url: string,
  login: string,
  password: string,
  options: TabOptions = {},
): Promise<StaffTab> {
  const tab = await newTab(browser, options);
  await openStaffPage(tab.page, url);
  await signIn(tab.page, login, password);
  return tab;
}

/** The staff workspace's menu (only the views the role's permissions allow). */
export function staffMenu(page: Page): Locator {
  return page.locator('[data-testid=staff-menu]');
}

/** The menu's entries, once it shows. */
export async function menuEntries(page: Page): Promise<string[]> {
  await staffMenu(page).getByRole('link').first().waitFor();
  return staffMenu(page).locator('a').allInnerTexts();
}
