import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';
import { signInOnSuperOfficeSandbox } from '../support/sandbox-pages.js';

let app: AppUnderTest;
test.beforeEach(async () => {
  app = await startAppUnderTest({ hostOptions: { timeZone: 'Europe/Oslo' } });
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

const agenda = (page: Page) => page.locator('vmt-agenda');

async function signIn(page: Page): Promise<void> {
  await page.goto(app.host.appUrl);
  await expect(agenda(page).getByText(/Connect SuperOffice to see your meetings/)).toBeVisible();
  const card = page.locator('section[aria-labelledby="crm-heading"] vmt-connection-card');
  const popup = page.context().waitForEvent('page');
  await card.getByRole('button', { name: 'Connect' }).click();
  await signInOnSuperOfficeSandbox(await popup);
  await page.bringToFront();
}

test('the agenda appears after sign-in, grouped by day, and Join opens the meeting’s link', async ({ page, context }) => {
  await signIn(page);
  await expect(agenda(page).getByText('Today', { exact: true })).toBeVisible();
  await expect(agenda(page).getByText(/Daily stand-up/).first()).toBeVisible();
  await snap(page, 'agenda-1-today');

  const expected = app.sandbox.superoffice.diary
    .list(5)
    .find((appointment) => /Quarterly review/.test(JSON.stringify(appointment))) as { joinVideomeetUrl?: string } | undefined;
  // The opener port sends the link to this browser, which opens it in a new tab (no network here: the request is the proof).
  const request = context.waitForEvent('request', (r) => r.url().includes('meetings.superoffice.com'));
  await agenda(page).getByRole('button', { name: /^Join Quarterly review/ }).first().click();
  const opened = (await request).url();
  expect(opened).toMatch(/^https:\/\/cust12345\.meetings\.superoffice\.com\/join\//);
  if (expected?.joinVideomeetUrl) expect(opened).toBe(expected.joinVideomeetUrl);
});

test('offline, the last agenda stays on screen, marked stale with the time of the last success', async ({ page }) => {
  await signIn(page);
  await expect(agenda(page).getByText(/Daily stand-up/).first()).toBeVisible();
  await app.sandbox.close();
  await agenda(page).getByRole('button', { name: 'Refresh' }).first().click();
  await expect(agenda(page).getByText(/Showing your agenda from/)).toBeVisible();
  await expect(agenda(page).locator('.banner').getByText(/You appear to be offline/)).toBeVisible();
  // Said to screen readers too, with the reason.
  await expect(agenda(page).locator('.announcement')).toHaveText('The agenda could not be refreshed: You appear to be offline. Showing the last known agenda.');
  await expect(agenda(page).getByText(/Daily stand-up/).first()).toBeVisible();
  await snap(page, 'agenda-2-offline');
});

test('appointment texts with markup, script and bidi characters are shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page);
  await app.host.core.dispatch('setPreferences', [{ horizonDays: 7 }]);
  await expect(agenda(page).getByText('<b>Q4</b> & "review"').first()).toBeVisible();
  expect(await page.locator('b', { hasText: 'Q4' }).count()).toBe(0);
  // The description (read for links only) carries <img src=x onerror="alert(1)"> and <script>: nothing of it becomes an element.
  expect(await agenda(page).locator('img[src="x"], script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
