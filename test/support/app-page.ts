import { expect, type Locator, type Page } from '@playwright/test';
import type { ThemeChoice } from '../../preload/contract.js';
import type { AppUnderTest } from './browser-host-fixture.js';
import { OffsetClock } from './offset-clock.js';
import { signInOnProviderSandbox, signInOnSuperOfficeSandbox } from './sandbox-pages.js';

/** Locators and steps the accessibility, keyboard and screenshot specs share. */
export type User = { username: string; password: string };

export const ALICE: User = { username: 'alice@example.com', password: 'sandbox' };
export const ADMIN: User = { username: 'admin@example.com', password: 'sandbox' };
export const ZOE: User = { username: 'zoe@example.com', password: 'sandbox' };

/** A Tuesday morning in Oslo, a week back: the daily stand-up (09:00–09:15) is on, the quarterly review at 10:00. */
export const PINNED_NOW = '2026-11-17T09:05:00+01:00';

export const agenda = (page: Page): Locator => page.locator('vmt-agenda');
export const crmSection = (page: Page): Locator => page.locator('section[aria-labelledby="crm-heading"]');
export const crmCard = (page: Page): Locator => crmSection(page).locator('vmt-connection-card');
export const videoSection = (page: Page): Locator => page.locator('section[aria-labelledby="video-heading"]');
export const activeCard = (page: Page): Locator => videoSection(page).locator('vmt-connection-card');
export const wizardOf = (page: Page, id: string): Locator => page.locator(`vmt-removal-wizard[data-connection="${id}"]`);
export const exactButton = (scope: Locator, name: string): Locator => scope.getByRole('button', { name, exact: true });

/** Sets the theme through the app's own preferences and waits until the page wears it. */
export async function setTheme(app: AppUnderTest, page: Page, theme: ThemeChoice): Promise<void> {
  await app.host.core.dispatch('setPreferences', [{ theme }]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Connects SuperOffice from its card, signing in on the sandbox's pages. */
export async function connectSuperOffice(page: Page, user: User = ALICE): Promise<void> {
  const popup = page.context().waitForEvent('page');
  await exactButton(crmCard(page), 'Connect').click();
  await signInOnSuperOfficeSandbox(await popup, user);
  await page.bringToFront();
  await expect(crmCard(page).getByText(/^Connected to Cust12345 as /)).toBeVisible();
}

/** Chooses a provider in the picker. */
export async function chooseProvider(page: Page, name: RegExp): Promise<void> {
  const radio = videoSection(page).getByRole('radio', { name });
  await radio.click();
  await expect(radio).toBeChecked();
}

/** Connects the active provider from its card, signing in on its sandbox page. */
export async function connectActiveProvider(page: Page, user: User, status: string | RegExp): Promise<void> {
  const popup = page.context().waitForEvent('page');
  await exactButton(activeCard(page), 'Connect').click();
  await signInOnProviderSandbox(await popup, user);
  await page.bringToFront();
  await expect(activeCard(page).getByText(status).first()).toBeVisible();
}

/** Pins the page's clock (Date in the renderer) at `instant`; call before the page loads. */
export async function pinPageClock(page: Page, instant = PINNED_NOW): Promise<void> {
  await page.clock.setFixedTime(new Date(instant));
}

/**
 * Pins "now" for the app's core (the OffsetClock passed as the host's clock) and the sandbox diary, then refreshes the
 * agenda, so it is the same on every run. Sign in first: the id_token is checked against the real clock.
 */
export async function pinAppTime(app: AppUnderTest, clock: OffsetClock, instant = PINNED_NOW): Promise<void> {
  clock.offsetMs = Date.parse(instant) - Date.now();
  app.sandbox.superoffice.switches.diaryNow = instant;
  await app.host.core.dispatch('refreshAgenda', []);
}

/** The provider's sign-in page once more: the sandbox may still know the browser (then only "Allow" is asked). */
export async function signInAgain(popup: Page, user: User): Promise<void> {
  const email = popup.getByLabel('Email');
  const allow = popup.getByRole('button', { name: 'Allow' });
  const done = popup.getByText(/you are signed in/i);
  await expect(email.or(allow).or(done)).toBeVisible();
  if (await email.isVisible()) await signInOnProviderSandbox(popup, user);
  else if (await allow.isVisible()) await allow.click();
  await expect(done).toBeVisible();
}
