import { expect, test, type Page } from '@playwright/test';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';
import {
  ADMIN,
  ZOE,
  activeCard,
  agenda,
  chooseProvider,
  connectActiveProvider,
  connectSuperOffice,
  crmCard,
  crmSection,
  exactButton,
  pinAppTime,
  pinPageClock,
  setTheme,
  signInAgain,
  videoSection,
  wizardOf,
} from '../support/app-page.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { OffsetClock } from '../support/offset-clock.js';
import { signInOnProviderSandbox, signInOnSuperOfficeSandbox } from '../support/sandbox-pages.js';

/**
 * axe-core (WCAG 2.0/2.1 A and AA, best practices) over every view in every state, in the light and the dark theme.
 * States are reached through the real app and the sandbox's failure switches. Motion is reduced so no transition is
 * caught half-way when the theme changes under the scan.
 */

test.use({ timezoneId: 'Europe/Oslo', locale: 'en-GB' });

let app: AppUnderTest;
let clock: OffsetClock;
test.beforeEach(async ({ page }) => {
  clock = new OffsetClock();
  app = await startAppUnderTest({ hostOptions: { timeZone: 'Europe/Oslo', clock } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
});
test.afterEach(async () => {
  await app.close();
});

/** Scans the page as it is, in the light and then the dark theme. */
async function scan(page: Page, label: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(app, page, theme);
    await expectNoAxeViolations(page, `${label}, ${theme}`);
  }
}

test('first run, connecting, connected with the agenda, its disclosures, and a stale agenda', async ({ page }) => {
  await pinPageClock(page);
  await page.goto(app.host.appUrl);
  await expect(agenda(page).getByText('Connect SuperOffice to see your meetings')).toBeVisible();
  await scan(page, 'first run');

  const popup = page.context().waitForEvent('page');
  await exactButton(crmCard(page), 'Connect').click();
  const signIn = await popup;
  await expect(crmCard(page).getByText('Signing in… Continue in your browser.')).toBeVisible();
  await scan(page, 'SuperOffice connecting');
  await signInOnSuperOfficeSandbox(signIn);
  await page.bringToFront();
  await expect(crmCard(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();

  // Today and tomorrow, with the declined and unanswered bookings shown, and the stand-up on now.
  await app.host.core.dispatch('setPreferences', [{ invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'show' } }]);
  await pinAppTime(app, clock);
  await expect(agenda(page).getByText('Today', { exact: true })).toBeVisible();
  await expect(agenda(page).getByText('Tomorrow', { exact: true })).toBeVisible();
  await expect(agenda(page).locator('.item[data-phase="ongoing"]').first()).toBeVisible();
  await expect(agenda(page).locator('.item[data-invitation="declined"]').first()).toBeVisible();
  await scan(page, 'agenda');

  // Meeting options and More links open.
  await agenda(page).locator('.options summary').first().click();
  await expect(agenda(page).getByRole('button', { name: /^Copy the meeting link of / }).first()).toBeVisible();
  const more = agenda(page).locator('.more summary').first();
  if ((await more.count()) > 0) await more.click();
  await scan(page, 'agenda with meeting options open');

  // SuperOffice fails: the last agenda stays, marked stale, with the reason.
  app.sandbox.superoffice.switches.diary = 'server_error';
  await exactButton(agenda(page), 'Refresh').first().click();
  await expect(agenda(page).getByText(/Showing your agenda from/)).toBeVisible();
  await scan(page, 'stale agenda');

  // Settings folded away.
  await page.locator('vmt-app details.settings > summary').click();
  await scan(page, 'settings closed');
});

test('provider picker and the provider card in each state: not connected, connecting, connected, passcode error, test meeting', async ({ page }) => {
  await page.goto(app.host.appUrl);
  await connectSuperOffice(page);
  await scan(page, 'picker without a provider');

  await chooseProvider(page, /^Zoom/);
  await expect(exactButton(activeCard(page), 'Connect')).toBeVisible();
  await scan(page, 'Zoom not connected');

  const popup = page.context().waitForEvent('page');
  await exactButton(activeCard(page), 'Connect').click();
  const signIn = await popup;
  await expect(activeCard(page).getByText('Signing in… Continue in your browser.')).toBeVisible();
  await page.bringToFront();
  await scan(page, 'Zoom connecting');
  await signInOnProviderSandbox(signIn, ZOE);
  await page.bringToFront();
  await expect(activeCard(page).getByText('Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345')).toBeVisible();
  await scan(page, 'Zoom connected');

  const passcode = activeCard(page).getByLabel('Meeting passcode');
  await passcode.fill('ab cd');
  await exactButton(activeCard(page), 'Save').click();
  await expect(activeCard(page).locator('#passcode-error')).toBeVisible();
  await scan(page, 'passcode with a validation error');

  await exactButton(activeCard(page), 'Create test meeting').click();
  await expect(activeCard(page).locator('.join-url')).toBeVisible();
  await scan(page, 'test meeting created');

  // Jitsi becomes active: Zoom is listed under "Also signed in".
  await chooseProvider(page, /^Jitsi Meet/);
  await expect(activeCard(page).getByText(/^Connected to Jitsi Meet/)).toBeVisible();
  await expect(videoSection(page).locator('vmt-other-providers')).toBeVisible();
  await scan(page, 'another provider active, Zoom still signed in');
});

test('troubleshooting: the menu, a diagnosis, repair in progress and finished, and the Google reset', async ({ page }) => {
  await page.goto(app.host.appUrl);
  await connectSuperOffice(page);
  await chooseProvider(page, /^Zoom/);
  await connectActiveProvider(page, ZOE, 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345');

  const card = activeCard(page);
  await card.locator('vmt-troubleshoot-menu summary').click();
  await expect(exactButton(card.locator('vmt-troubleshoot-menu'), 'Repair')).toBeVisible();
  await scan(page, 'Troubleshoot menu open');

  app.sandbox.zoom.revokeAll(ZOE.username);
  await exactButton(card, 'Create test meeting').click();
  await expect(card.locator('.diagnosis[role="alert"]')).toBeVisible();
  await scan(page, 'diagnosis');

  const popup = page.context().waitForEvent('page');
  await exactButton(card.locator('vmt-troubleshoot-menu'), 'Repair').click();
  const signIn = await popup;
  await page.bringToFront();
  await expect(card.locator('vmt-repair-progress').getByRole('heading', { name: 'Repairing…' })).toBeVisible();
  await scan(page, 'repair in progress');
  await signInAgain(signIn, ZOE);
  await page.bringToFront();
  await expect(card.locator('vmt-repair-progress').getByRole('heading', { name: 'Repair finished' })).toBeVisible();
  await scan(page, 'repair finished');
});

test('the removal wizard: not started, running, at the uninstall step, finished, and cancelled', async ({ page }) => {
  await page.goto(app.host.appUrl);
  await connectSuperOffice(page);
  await crmCard(page).locator('vmt-troubleshoot-menu summary').click();
  await exactButton(crmCard(page).locator('vmt-troubleshoot-menu'), 'Remove…').click();
  const wizard = wizardOf(page, 'superoffice');
  await expect(wizard.getByRole('heading', { name: 'Remove SuperOffice CRM Online' })).toBeFocused();
  await scan(page, 'wizard not started');

  await exactButton(wizard, 'Start').click();
  await expect(wizard.locator('.step[data-step="1"]')).toHaveAttribute('aria-current', 'step');
  await scan(page, 'wizard step 1');

  await exactButton(wizard, 'Next: Disconnect in the app').click();
  await exactButton(wizard, 'Next: Revoke access').click();
  await expect(wizard.locator('.where')).toHaveText(/^Step 3 of 4: /);
  await scan(page, 'wizard step 3');

  await exactButton(wizard, 'Cancel').click();
  await expect(wizard.locator('.where')).toHaveText('Cancelled.');
  await scan(page, 'wizard cancelled with its summary');

  await exactButton(wizard, 'Start again').click();
  await exactButton(wizard, 'Next: Disconnect in the app').click();
  await exactButton(wizard, 'Next: Revoke access').click();
  await wizard.getByRole('checkbox', { name: 'I have done this' }).check();
  await exactButton(wizard, 'Finish').click();
  await expect(wizard.locator('.where')).toHaveText('Finished.');
  await scan(page, 'wizard finished with its summary');
});

test('Manage users (administrator): the list, a search without match, the confirm dialog and the outcome', async ({ page }) => {
  await page.goto(app.host.appUrl);
  await connectSuperOffice(page, ADMIN);
  await chooseProvider(page, /^Jitsi Meet/);
  await expect(activeCard(page).getByText(/^Connected to Jitsi Meet\./)).toBeVisible();
  await app.host.core.syncAdminMarkers();

  await crmSection(page).locator('vmt-manage-users-entry summary').click();
  const view = page.locator('vmt-manage-users');
  await expect(view.getByRole('table')).toBeVisible();
  await expect(view.locator('tbody tr')).toHaveCount(1);
  await scan(page, 'Manage users list');

  await view.getByLabel('Search by associate ID or name').fill('nobody');
  await expect(view.getByText('No configuration matches “nobody”.')).toBeVisible();
  await scan(page, 'Manage users search without match');
  await view.getByLabel('Search by associate ID or name').fill('');

  await view.locator('tbody input[type="checkbox"]').first().check();
  await exactButton(view, 'Remove configuration').click();
  const dialog = page.getByRole('dialog', { name: 'Remove this configuration?' });
  await expect(dialog).toBeVisible();
  await scan(page, 'confirm dialog');

  await exactButton(dialog, 'Remove 1 configuration').click();
  await expect(view.locator('.results li')).toHaveCount(1);
  await scan(page, 'removal requested');
});

test('the page opened without the app', async ({ page }) => {
  // Without the host's bridge script the renderer has no API: it explains how to open the app instead.
  await page.route('**/bridge.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.goto(app.host.appUrl);
  await expect(page.getByText(/This page must be opened from the app/)).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await expectNoAxeViolations(page, `missing API page, ${scheme}`, { shadow: false });
  }
});
