import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';
import { signInOnSuperOfficeSandbox } from '../support/sandbox-pages.js';
import { TOKEN_LIKE } from '../support/token-like.js';

let app: AppUnderTest;
test.beforeEach(async () => {
  app = await startAppUnderTest();
});
test.afterEach(async () => {
  await app.close();
});

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'reports', 'screenshots');

async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

const card = (page: Page) => page.locator('vmt-connection-card');

test('a new user connects SuperOffice, sees who they are, and signs out', async ({ page, context }) => {
  await page.goto(app.host.appUrl);
  await expect(page.getByText('Sandbox', { exact: true })).toBeVisible();
  await expect(card(page).getByText('Not connected')).toBeVisible();
  await snap(page, 'superoffice-1-not-connected');

  const popupPromise = context.waitForEvent('page');
  await card(page).getByRole('button', { name: 'Connect' }).click();
  const popup = await popupPromise;
  await expect(card(page).getByText(/Signing in/)).toBeVisible();
  await expect(card(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
  await snap(page, 'superoffice-2-signing-in');

  await signInOnSuperOfficeSandbox(popup);
  await expect(popup.getByText('You are signed in')).toBeVisible();
  expect(new URL(popup.url()).pathname).toBe('/done');
  expect(popup.url()).not.toContain('code=');

  await expect(card(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
  await page.bringToFront();
  await snap(page, 'superoffice-3-connected');

  // The refresh token is in the OS keychain (gnome-keyring here), and nowhere on disk.
  const grant = JSON.parse((await app.keychain.get('superoffice:Cust12345:5')) ?? '{}') as { refreshToken?: string };
  expect(grant.refreshToken).toBeTruthy();
  const disk = readFileSync(app.host.settingsFile, 'utf8') + readFileSync(app.host.logFile, 'utf8');
  expect(disk).toContain('Alice Andersen');
  expect(disk).not.toContain(grant.refreshToken!);
  // The installation id (a UUID naming this device in SuperOffice's markers) is the one long value allowed: not a secret.
  const installationId = (JSON.parse(readFileSync(app.host.settingsFile, 'utf8')) as { installationId?: string }).installationId;
  expect(installationId ?? '').toMatch(/^$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(installationId ? disk.split(installationId).join('') : disk).not.toMatch(TOKEN_LIKE);

  await card(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(card(page).getByText('Not connected')).toBeVisible();
  await snap(page, 'superoffice-4-signed-out');
  expect(await app.keychain.get('superoffice:Cust12345:5')).toBeNull();
});

test('cancelling a sign-in returns to "Not connected" and the browser can no longer complete it', async ({ page, context }) => {
  await page.goto(app.host.appUrl);
  const popupPromise = context.waitForEvent('page');
  await card(page).getByRole('button', { name: 'Connect' }).click();
  const popup = await popupPromise;
  await expect(card(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
  await card(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(card(page).getByText('Not connected')).toBeVisible();

  await signInOnSuperOfficeSandbox(popup).catch(() => undefined);
  await expect(card(page).getByText('Not connected')).toBeVisible();
  expect(await app.keychain.get('superoffice:Cust12345:5')).toBeNull();
});

test('declining the app approval shows what happened and how to try again', async ({ page, context }) => {
  await page.goto(app.host.appUrl);
  const popupPromise = context.waitForEvent('page');
  await card(page).getByRole('button', { name: 'Connect' }).click();
  const popup = await popupPromise;
  await popup.getByLabel(/user ?name|e-?mail/i).fill('bob@example.com');
  await popup.getByLabel(/password/i).fill('sandbox');
  await popup.getByRole('button', { name: /log in/i }).click();
  await popup.getByRole('button', { name: 'Cancel' }).click();
  await expect(popup.getByText('Sign-in did not complete')).toBeVisible();

  // The card shows the core's diagnosis (cause and remedy) and its remedy button.
  await expect(card(page).getByRole('alert')).toContainText('Access was not granted');
  await expect(card(page).getByRole('alert')).toContainText('approve the app when SuperOffice CRM Online asks');
  await expect(card(page).getByRole('button', { name: 'Try again' })).toBeEnabled();
  await snap(page, 'superoffice-5-access-denied');
});

test('the session survives an app restart (refresh token from the keychain)', async ({ page, context }) => {
  await page.goto(app.host.appUrl);
  const popupPromise = context.waitForEvent('page');
  await card(page).getByRole('button', { name: 'Connect' }).click();
  await signInOnSuperOfficeSandbox(await popupPromise);
  await expect(card(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();

  const host = await app.restart();
  await page.goto(host.appUrl);
  // Signed in at start, the app opens on the agenda with Settings folded away.
  await page.locator('summary', { hasText: 'Settings' }).click();
  await expect(card(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
  await expect(card(page).getByText(/Last successful call/)).toBeVisible();
});
