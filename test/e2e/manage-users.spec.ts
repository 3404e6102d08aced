import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';
import { signInOnProviderSandbox, signInOnSuperOfficeSandbox } from '../support/sandbox-pages.js';

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
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

const ADMIN = { username: 'admin@example.com', password: 'sandbox' };
const ZOE = { username: 'zoe@example.com', password: 'sandbox' };

const crmSection = (page: Page) => page.locator('section[aria-labelledby="crm-heading"]');
const crmCard = (page: Page) => crmSection(page).locator('vmt-connection-card');
const videoSection = (page: Page) => page.locator('section[aria-labelledby="video-heading"]');
const activeCard = (page: Page) => videoSection(page).locator('vmt-connection-card');
const manageUsers = (page: Page) => page.locator('vmt-manage-users');
const exactButton = (scope: Locator, name: string) => scope.getByRole('button', { name, exact: true });

async function connectSuperOffice(page: Page, user?: { username: string; password: string }): Promise<void> {
  await page.goto(app.host.appUrl);
  const popup = page.context().waitForEvent('page');
  await exactButton(crmCard(page), 'Connect').click();
  await signInOnSuperOfficeSandbox(await popup, user);
  await page.bringToFront();
  await expect(crmCard(page).getByText(/^Connected to Cust12345 as /)).toBeVisible();
}

async function choose(page: Page, name: RegExp): Promise<void> {
  const radio = videoSection(page).getByRole('radio', { name });
  await radio.click();
  await expect(radio).toBeChecked();
}

/** Opens Manage users (closing it first when it is open, so the list is loaded afresh). */
async function openManageUsers(page: Page): Promise<Locator> {
  const summary = crmSection(page).locator('vmt-manage-users-entry summary');
  if (await manageUsers(page).isVisible()) await summary.click();
  await summary.click();
  return manageUsers(page);
}

/** The table's rows as "name | provider" (the columns the test is about). */
async function rowSummaries(view: Locator): Promise<string[]> {
  const lines: string[] = [];
  for (const row of await view.locator('tbody tr').all()) {
    lines.push(`${(await row.getByRole('rowheader').innerText()).trim()} | ${(await row.locator('.provider').innerText()).trim()}`);
  }
  return lines;
}

test('an administrator sees the users’ configurations, removes one, and that user’s app carries it out', async ({ page }) => {
  await connectSuperOffice(page, ADMIN);
  await expect(crmCard(page).getByText('Connected to Cust12345 as Ada Admin')).toBeVisible();

  // Jitsi Meet needs no account; Zoom is signed in to as Zoe and becomes the active provider.
  await choose(page, /^Jitsi Meet/);
  await expect(activeCard(page).getByText(/^Connected to Jitsi Meet\./)).toBeVisible();
  await choose(page, /^Zoom/);
  const popup = page.context().waitForEvent('page');
  await exactButton(activeCard(page), 'Connect').click();
  await signInOnProviderSandbox(await popup, ZOE);
  await page.bringToFront();
  await expect(activeCard(page).getByText('Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345')).toBeVisible();

  await app.host.core.syncAdminMarkers();

  const view = await openManageUsers(page);
  const table = view.getByRole('table', { name: 'Users’ video-meeting configurations' });
  await expect(table).toBeVisible();
  await expect(view.getByRole('columnheader')).toHaveText(['Select', 'Associate ID', 'Name', 'Provider', 'Account', 'Device', 'Connected since', 'App version', 'Status']);
  await expect.poll(() => rowSummaries(view)).toEqual(['Ada Admin | Jitsi Meet', 'Ada Admin | Zoom']);
  const zoomRow = view.locator('tbody tr').filter({ has: page.locator('.provider', { hasText: /^Zoom$/ }) });
  await expect(zoomRow.locator('.associate-id')).toHaveText('1');
  await expect(zoomRow.locator('.account')).toHaveText('Zoe Zoom');
  await expect(zoomRow.locator('.version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(zoomRow.locator('.status')).toHaveText('Configured');
  await expect(zoomRow.locator('.since time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await snap(page, 'manage-users-list');

  // Search: by ID prefix, by part of the name, and something nobody matches.
  const search = view.getByLabel('Search by associate ID or name');
  await search.fill('1');
  await expect.poll(() => rowSummaries(view)).toEqual(['Ada Admin | Jitsi Meet', 'Ada Admin | Zoom']);
  await search.fill('9');
  await expect(view.getByText('No configuration matches “9”.')).toBeVisible();
  await search.fill('ada');
  await expect.poll(() => rowSummaries(view)).toEqual(['Ada Admin | Jitsi Meet', 'Ada Admin | Zoom']);

  // Select Zoom (keyboard), confirm in the dialog.
  const removeButton = exactButton(view, 'Remove configuration');
  await expect(removeButton).toHaveAttribute('aria-disabled', 'true');
  await view.getByRole('checkbox', { name: /^Select Ada Admin \(1\), Zoom on / }).press('Space');
  await expect(view.getByText('1 selected')).toBeVisible();
  await removeButton.click();
  const dialog = page.getByRole('dialog', { name: 'Remove this configuration?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([/^Ada Admin \(1\): Zoom on /]);
  await expect(dialog).toContainText(
    'Their Video Meetings Tray removes the configuration at its next sync (within a few minutes, or when it starts): the sign-in is deleted from their computer and revoked at the provider where possible. They will be asked to connect again.',
  );
  await expect(exactButton(dialog, 'Cancel')).toBeFocused();
  await snap(page, 'manage-users-confirm');

  // Escape cancels; the second time, remove.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(removeButton).toBeFocused();
  await removeButton.click();
  await exactButton(dialog, 'Remove 1 configuration').click();
  await expect(dialog).toBeHidden();
  const results = view.locator('.results[role="status"]');
  await expect(results.getByRole('listitem')).toHaveText([/^Requested: /]);
  await expect(zoomRow.locator('.status')).toHaveText('Removal requested');
  await expect(zoomRow.getByRole('checkbox')).toBeDisabled();
  await snap(page, 'manage-users-requested');

  // The admin's own app picks the request up at its next sync: Zoom is removed here, the card says why.
  await app.host.core.syncAdminMarkers();
  const zoomCard = activeCard(page);
  await expect(zoomCard.getByText('Your administrator removed your video-meeting configuration. Connect again to keep using video meetings.').first()).toBeVisible();
  await expect(exactButton(zoomCard, 'Connect')).toBeVisible();
  await snap(page, 'manage-users-removed-card');

  // Reloaded, the list no longer has the Zoom configuration.
  const reopened = await openManageUsers(page);
  await expect.poll(() => rowSummaries(reopened)).toEqual(['Ada Admin | Jitsi Meet']);
});

test('a user who is not an administrator gets no Manage users entry', async ({ page }) => {
  await connectSuperOffice(page);
  await expect(crmCard(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
  await expect(page.getByText('Manage users')).toHaveCount(0);
  await expect(page.locator('vmt-manage-users-entry')).toHaveCount(0);
});
