import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';
import { signInOnProviderSandbox, signInOnSuperOfficeSandbox } from '../support/sandbox-pages.js';

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
const videoSection = (page: Page) => page.locator('section[aria-labelledby="video-heading"]');

test('a new user adds a Zoom meeting to an appointment (signing in to Zoom on the way), copies its link and joins it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(app.host.appUrl);
  const crm = page.locator('section[aria-labelledby="crm-heading"] vmt-connection-card');
  const soPopup = page.context().waitForEvent('page');
  await crm.getByRole('button', { name: 'Connect' }).click();
  await signInOnSuperOfficeSandbox(await soPopup);
  await page.bringToFront();
  await app.host.core.dispatch('setPreferences', [{ horizonDays: 7 }]);

  // Zoom is chosen but not connected yet: the first "Add video meeting" signs in first, as the original service does.
  const zoom = videoSection(page).getByRole('radio', { name: /^Zoom/ });
  await zoom.click();
  await expect(zoom).toBeChecked();

  const add = agenda(page).getByRole('button', { name: /^Add a video meeting to / }).first();
  const title = (await add.getAttribute('aria-label'))!.replace('Add a video meeting to ', '');
  const zoomPopup = page.context().waitForEvent('page');
  await add.click();
  await signInOnProviderSandbox(await zoomPopup, { username: 'zoe@example.com', password: 'sandbox' });
  await page.bringToFront();

  const join = agenda(page).getByRole('button', { name: `Join ${title}` }).first();
  await expect(join).toBeVisible();
  await expect(agenda(page).getByRole('status').filter({ hasText: `Video meeting added to ${title}` })).toBeAttached();
  const [meeting] = app.sandbox.zoom.meetings();
  expect(meeting).toBeDefined();
  const stored = app.sandbox.superoffice.diary.list(5).find((appointment) => appointment.joinVideomeetUrl === meeting!.join_url);
  expect(stored?.title).toBe(title);
  await snap(page, 'video-meeting-added');

  await agenda(page).getByLabel(`Meeting options for ${title}`).first().click();
  await agenda(page).getByRole('button', { name: `Copy the meeting link of ${title}` }).first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(meeting!.join_url);
  await agenda(page).getByRole('button', { name: `Copy an invitation to ${title}` }).first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`Join meeting: ${meeting!.join_url}`);

  // The opener port sends the link to this browser, which opens it in a new tab (no network here: the request is the proof).
  const request = context.waitForEvent('request', (r) => r.url().startsWith(meeting!.join_url.split('?')[0]!));
  await join.click();
  expect((await request).url()).toBe(meeting!.join_url);

  await agenda(page).getByRole('button', { name: `Remove the video meeting of ${title}` }).first().click();
  await expect(agenda(page).getByRole('button', { name: `Add a video meeting to ${title}` }).first()).toBeVisible();
  expect(app.sandbox.zoom.meetings()).toHaveLength(0);
});
