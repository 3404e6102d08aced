import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeCard, agenda, crmCard, exactButton, signInAgain, videoSection, wizardOf, type User } from '../support/app-page.js';
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

type ProviderCase = { id: 'zoom' | 'google' | 'teams' | 'webex'; radio: string; title: string; user: User; status: string | RegExp };

const ZOOM: ProviderCase = { id: 'zoom', radio: 'Zoom', title: 'Zoom', user: { username: 'zoe@example.com', password: 'sandbox' }, status: 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345' };
const GOOGLE: ProviderCase = { id: 'google', radio: 'Google Meet', title: 'Google Meet', user: { username: 'gina@example.com', password: 'sandbox' }, status: 'Logged in as Gina Google and connected to Google' };
const TEAMS: ProviderCase = { id: 'teams', radio: 'Microsoft Teams', title: 'Microsoft Teams', user: { username: 'adele@contoso.example', password: 'sandbox' }, status: /^Connected to Teams\. Logged in as .+, connected to Cust12345$/ };
const WEBEX: ProviderCase = { id: 'webex', radio: 'Webex', title: 'Webex', user: { username: 'wendy@example.com', password: 'sandbox' }, status: 'Connected to Webex. Logged in as Wendy Webex, connected to Cust12345' };

async function connectSuperOffice(page: Page): Promise<void> {
  await page.goto(app.host.appUrl);
  const popup = page.context().waitForEvent('page');
  await exactButton(crmCard(page), 'Connect').click();
  await signInOnSuperOfficeSandbox(await popup);
  await expect(crmCard(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
  await page.bringToFront();
}

async function connectProvider(page: Page, provider: ProviderCase): Promise<void> {
  const radio = videoSection(page).getByRole('radio', { name: new RegExp(`^${provider.radio}`) });
  await radio.click();
  await expect(radio).toBeChecked();
  const popup = page.context().waitForEvent('page');
  await exactButton(activeCard(page), 'Connect').click();
  await signInOnProviderSandbox(await popup, provider.user);
  await page.bringToFront();
  await expect(activeCard(page).getByText(provider.status)).toBeVisible();
}

/** Opens the card's Troubleshoot disclosure and presses one of its buttons. */
async function troubleshoot(card: Locator, name: 'Repair' | 'Remove…'): Promise<void> {
  const button = exactButton(card.locator('vmt-troubleshoot-menu'), name);
  if (!(await button.isVisible())) await card.locator('vmt-troubleshoot-menu').getByText('Troubleshoot').click();
  await button.click();
}

/** The repair's steps as "title: state" lines. */
async function repairSteps(card: Locator): Promise<string[]> {
  const rows = card.locator('vmt-repair-progress li');
  const lines: string[] = [];
  for (const row of await rows.all()) lines.push(`${(await row.locator('.title').innerText()).trim()}: ${(await row.locator('.state').innerText()).trim()}`);
  return lines;
}

/** The provider's grant dies at the provider; the app notices on its next call (a test meeting). */
async function breakAndNotice(page: Page, breakGrant: () => unknown): Promise<Locator> {
  await breakGrant();
  await exactButton(activeCard(page), 'Create test meeting').click();
  const card = activeCard(page);
  await expect(card.locator('.diagnosis[role="alert"]')).toBeVisible();
  return card;
}

// --- (a) Repair ------------------------------------------------------------------------------

const REPAIRS = [
  { provider: ZOOM, breakGrant: () => app.sandbox.zoom.revokeAll(ZOOM.user.username) },
  { provider: TEAMS, breakGrant: () => app.sandbox.microsoft.revokeAll(TEAMS.user.username) },
  { provider: WEBEX, breakGrant: () => app.sandbox.webex.revokeAll(WEBEX.user.username) },
] as const;

for (const { provider, breakGrant } of REPAIRS) {
  test(`${provider.title}: a grant removed at the provider is diagnosed, and Repair signs in afresh`, async ({ page }) => {
    await connectSuperOffice(page);
    await connectProvider(page, provider);
    const card = await breakAndNotice(page, breakGrant);
    await expect(card.getByRole('status').filter({ hasText: /expired|sign in/i }).first()).toBeVisible();
    await expect(card.locator('.diagnosis .cause')).toHaveText(`${provider.title} no longer accepts your sign-in: it expired or was revoked.`);
    await expect(card.locator('.diagnosis .remedy')).toHaveText(`Sign in to ${provider.title} again.`);
    await expect(card.locator('.actions .button[data-main]')).toHaveText('Sign in again');
    await snap(page, `repair-${provider.id}-diagnosed`);

    const popup = page.context().waitForEvent('page');
    await troubleshoot(card, 'Repair');
    const progress = card.locator('vmt-repair-progress');
    await expect(progress.getByRole('heading', { name: 'Repairing…' })).toBeVisible();
    await signInAgain(await popup, provider.user);
    await page.bringToFront();

    await expect(progress.getByRole('heading', { name: 'Repair finished' })).toBeVisible();
    const steps = await repairSteps(card);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toBe(`Remove this computer’s ${provider.title} configuration: Done`);
    // The grant was already gone at the provider: nothing left to revoke, and the old sign-in is verified dead.
    expect(steps[1]).toMatch(new RegExp(`^Revoke the app’s access at ${provider.title}: (Done|Skipped)$`));
    await expect(progress.locator('li[data-step="revoke"] .detail')).toContainText('revocation verified');
    expect(steps[2]).toBe(`Sign in to ${provider.title} again: Done`);
    await expect(progress.getByRole('status')).toHaveText(`Repair finished: ${provider.title} is connected again.`);
    await expect(card.getByText(provider.status).first()).toBeVisible();
    await expect(card.locator('.diagnosis')).toHaveCount(0);
    await snap(page, `repair-${provider.id}-repaired`);

    // It works again.
    await exactButton(card, 'Create test meeting').click();
    await expect(card.locator('.join-url')).toBeVisible();
  });
}

test('SuperOffice: a grant revoked at SuperOffice is diagnosed, and Repair signs in afresh and confirms tenant and customer ID', async ({ page }) => {
  await connectSuperOffice(page);
  const card = crmCard(page);
  await app.sandbox.superoffice.revokeAllGrants('alice@example.com');
  // The app notices on its next SuperOffice call: the agenda's Refresh.
  await agenda(page).getByRole('button', { name: 'Refresh' }).first().click();
  await expect(card.locator('.diagnosis[role="alert"]')).toBeVisible();
  await expect(card.locator('.diagnosis .cause')).toHaveText('SuperOffice CRM Online no longer accepts your sign-in: it expired or was revoked.');
  await expect(card.locator('.diagnosis .remedy')).toHaveText('Sign in to SuperOffice CRM Online again.');
  await expect(card.locator('.actions .button[data-main]')).toHaveText('Sign in again');

  const popup = page.context().waitForEvent('page');
  await troubleshoot(card, 'Repair');
  const progress = card.locator('vmt-repair-progress');
  await expect(progress.getByRole('heading', { name: 'Repairing…' })).toBeVisible();
  // The sandbox may still know the browser (then it asks only for the approval, which went with the grants).
  const signIn = await popup;
  const login = signIn.getByRole('button', { name: /log in/i });
  const approve = signIn.getByRole('button', { name: /i approve/i });
  await expect(login.or(approve)).toBeVisible();
  if (await login.isVisible()) await signInOnSuperOfficeSandbox(signIn);
  else await approve.click();
  await page.bringToFront();

  await expect(progress.getByRole('heading', { name: 'Repair finished' })).toBeVisible();
  expect(await repairSteps(card)).toEqual([
    'Remove this computer’s SuperOffice CRM Online configuration: Done',
    expect.stringMatching(/^Revoke the app’s access at SuperOffice CRM Online: (Done|Skipped)$/),
    'Sign in to SuperOffice CRM Online again: Done',
    'Check tenant and customer ID: Done',
  ]);
  await expect(progress.locator('li[data-step="check-superoffice"] .detail')).toHaveText('Tenant Cust12345 (customer ID) and Alice Andersen (associate 5) confirmed by SuperOffice.');
  await expect(card.getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
  await expect(card.locator('.diagnosis')).toHaveCount(0);
  expect(await app.keychain.get('superoffice:Cust12345:5')).not.toBeNull();
});

test('Google Meet: a broken Google grant gets the guided reset at Google, then a fresh authorisation', async ({ page, context }) => {
  await connectSuperOffice(page);
  await connectProvider(page, GOOGLE);
  const card = await breakAndNotice(page, () => app.sandbox.google.revokeAll(GOOGLE.user.username));
  const remedy = card.locator('.actions .button[data-main]');
  await expect(remedy).toHaveText('Reset access at Google');
  await remedy.click();

  const panel = card.locator('vmt-google-reset');
  await expect(panel.getByRole('heading', { name: 'Reset access at Google' })).toBeFocused();
  await expect(panel).toContainText('Google’s own grant for this app is broken. Remove the app’s access at Google, then authorise it again.');
  await expect(panel.locator('.entry')).toHaveText(['Video Meetings Tray', 'SuperOffice VideoMeetings']);
  const cont = exactButton(panel, 'Continue');
  await expect(cont).toBeDisabled();

  const request = context.waitForEvent('request', (r) => r.url().startsWith('https://myaccount.google.com/permissions'));
  // The permissions tab's own 'page' event may come after its request: take it here, so the sign-in popup below is not mistaken for it.
  const permissionsTab = context.waitForEvent('page');
  await exactButton(panel, 'Open Google’s permissions page').click();
  expect((await request).url()).toBe('https://myaccount.google.com/permissions');
  await permissionsTab;
  await page.bringToFront();
  await snap(page, 'repair-google-guided-reset');

  await panel.getByRole('checkbox', { name: 'I removed the app’s access at Google' }).check();
  await expect(cont).toBeEnabled();
  const popup = page.context().waitForEvent('page');
  await cont.click();
  await signInAgain(await popup, GOOGLE.user);
  await page.bringToFront();

  await expect(panel).toHaveCount(0);
  await expect(card.locator('vmt-repair-progress').getByRole('heading', { name: 'Repair finished' })).toBeVisible();
  const steps = await repairSteps(card);
  expect(steps[0]).toBe('Remove this computer’s Google Meet configuration: Done');
  expect(steps[1]).toMatch(/^Revoke the app’s access at Google Meet: (Done|Skipped)$/);
  expect(steps.slice(2)).toEqual(['Sign in to Google Meet again: Done']);
  await expect(card.getByText(GOOGLE.status).first()).toBeVisible();
  await exactButton(card, 'Create test meeting').click();
  await expect(card.locator('.join-url')).toHaveText(/meet\.google\.com\//);
});

// --- (b) The removal wizard ------------------------------------------------------------------

/** What step 2 (revoke) must say per connection, and step 3's provider page. */
const WIZARDS = {
  superoffice: { title: 'SuperOffice CRM Online', revoke: /revocation verified/, page: '(the sandbox authority)/', uninstall: 'Remove the app approval in SuperOffice' },
  zoom: { title: 'Zoom', revoke: /Revoked at Zoom\..*revocation verified/, page: 'https://marketplace.zoom.us/user/installed', uninstall: 'Uninstall at Zoom' },
  google: { title: 'Google Meet', revoke: /Revoked at Google Meet\..*revocation verified/, page: 'https://myaccount.google.com/permissions', uninstall: 'Uninstall at Google Meet' },
  teams: { title: 'Microsoft Teams', revoke: /Microsoft Teams has no per-app revocation/, page: 'https://entra.microsoft.com/', uninstall: 'Uninstall at Microsoft Teams' },
  webex: { title: 'Webex', revoke: /Webex has no per-app revocation/, page: 'https://admin.webex.com/apps/integrations', uninstall: 'Uninstall at Webex' },
  jitsi: { title: 'Jitsi Meet', revoke: /nothing to revoke/, page: undefined, uninstall: 'Uninstall at Jitsi Meet' },
} as const;
type WizardId = keyof typeof WIZARDS;

/** Opens the wizard from the card's "Remove…" and checks it has the focus and the four numbered steps. */
async function openWizard(page: Page, card: Locator, id: WizardId): Promise<Locator> {
  await troubleshoot(card, 'Remove…');
  const wizard = wizardOf(page, id);
  await expect(wizard.getByRole('heading', { name: `Remove ${WIZARDS[id].title}` })).toBeFocused();
  await expect(wizard.locator('.step-head .number')).toHaveText(['Step 1', 'Step 2', 'Step 3', 'Step 4']);
  await expect(wizard.locator('.step-head .title')).toHaveText(['Disconnect in the app', 'Revoke access', WIZARDS[id].uninstall, 'Done']);
  return wizard;
}

async function stepsOneAndTwo(wizard: Locator, id: WizardId): Promise<void> {
  await exactButton(wizard, 'Start').click();
  await expect(wizard.locator('.step[data-step="1"]')).toHaveAttribute('aria-current', 'step');
  await exactButton(wizard, 'Next: Disconnect in the app').click();
  await expect(wizard.locator('.step[data-step="1"] .state')).toHaveText('(Done)');
  await expect(wizard.locator('.step[data-step="1"] .outcome')).not.toBeEmpty();
  await exactButton(wizard, 'Next: Revoke access').click();
  await expect(wizard.locator('.where')).toHaveText(/^Step 3 of 4: /);
  await expect(wizard.locator('.step[data-step="2"] .outcome')).toHaveText(WIZARDS[id].revoke);
}

/** Step 3: the provider page opens (the request is the proof), "I have done this" is ticked, Finish. */
async function uninstallAndFinish(page: Page, wizard: Locator, id: WizardId): Promise<void> {
  // SuperOffice's page is on the environment's own host (here the sandbox); after step 2 the app no longer knows the tenant.
  const url = id === 'superoffice' ? `${new URL(app.sandbox.superoffice.authority).origin}/` : WIZARDS[id].page;
  if (url) {
    const request = page.context().waitForEvent('request', (r) => r.url().startsWith(url));
    await wizard.locator('[data-action="open-page"]').click();
    await request;
    await page.bringToFront();
    // The page call has answered (the wizard is no longer busy) before the box can be ticked.
    await expect(wizard.locator('[data-action="open-page"]')).toHaveAttribute('aria-disabled', 'false');
    await wizard.getByRole('checkbox', { name: 'I have done this' }).check();
    await expect(wizard.getByRole('checkbox', { name: 'I have done this' })).toBeChecked();
  } else {
    await expect(wizard.getByRole('checkbox')).toHaveCount(0);
  }
  await exactButton(wizard, 'Finish').click();
  await expect(wizard.locator('.where')).toHaveText('Finished.');
  await expect(wizard.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(wizard.locator('.summary li').last()).toHaveText(`Nothing is left to do: ${WIZARDS[id].title} is removed.`);
}

test('SuperOffice: the wizard signs out with a verified revocation, opens SuperOffice and ends with a summary', async ({ page }) => {
  await connectSuperOffice(page);
  const wizard = await openWizard(page, crmCard(page), 'superoffice');
  await stepsOneAndTwo(wizard, 'superoffice');
  await expect(crmCard(page).getByText('Not connected')).toBeVisible();
  expect(await app.keychain.get('superoffice:Cust12345:5')).toBeNull();
  await uninstallAndFinish(page, wizard, 'superoffice');
  await expect(wizard.locator('.summary li')).toHaveCount(4);
  await snap(page, 'wizard-superoffice-done');
});

for (const provider of [ZOOM, GOOGLE, TEAMS, WEBEX]) {
  test(`${provider.title}: the wizard disconnects, revokes, opens the provider page and ends with a summary`, async ({ page }) => {
    await connectSuperOffice(page);
    await connectProvider(page, provider);
    const settings = JSON.parse(readFileSync(app.host.settingsFile, 'utf8')) as { video: { providers: Record<string, { keychainAccount: string }> } };
    const account = settings.video.providers[provider.id]!.keychainAccount;
    expect(await app.keychain.get(account)).not.toBeNull();

    const wizard = await openWizard(page, activeCard(page), provider.id);
    await stepsOneAndTwo(wizard, provider.id);
    // Step 1 took it off new meetings (no active card), step 2 signed it out and emptied the keychain entry.
    await expect(activeCard(page)).toHaveCount(0);
    await expect(videoSection(page).getByRole('radio', { name: new RegExp(`^${provider.radio}`) })).not.toBeChecked();
    expect(await app.keychain.get(account)).toBeNull();
    await uninstallAndFinish(page, wizard, provider.id);
    await expect(wizard.locator('.summary li').first()).toHaveText(/^Step 1: /);
    await snap(page, `wizard-${provider.id}-done`);

    await exactButton(wizard, 'Close').click();
    await expect(wizard).toHaveCount(0);
  });
}

test('Jitsi Meet: the wizard turns it off; nothing to revoke or uninstall', async ({ page }) => {
  await connectSuperOffice(page);
  const radio = videoSection(page).getByRole('radio', { name: /^Jitsi Meet/ });
  await radio.click();
  await expect(activeCard(page).getByText(/^Connected to Jitsi Meet/)).toBeVisible();
  const wizard = await openWizard(page, activeCard(page), 'jitsi');
  await stepsOneAndTwo(wizard, 'jitsi');
  await expect(wizard.locator('.step[data-step="2"] .state')).toHaveText('(Not needed)');
  await uninstallAndFinish(page, wizard, 'jitsi');
  await expect(wizard.locator('.step[data-step="3"] .state')).toHaveText('(Not needed)');
});

test('Zoom: the wizard survives a reload in the middle and goes on where it was', async ({ page }) => {
  await connectSuperOffice(page);
  await connectProvider(page, ZOOM);
  const wizard = await openWizard(page, activeCard(page), 'zoom');
  await stepsOneAndTwo(wizard, 'zoom');

  await page.reload();
  await expect(wizardOf(page, 'zoom').locator('.where')).toHaveText('Step 3 of 4: Uninstall at Zoom');
  await expect(wizardOf(page, 'zoom').locator('.step[data-step="2"] .outcome')).toHaveText(WIZARDS.zoom.revoke);

  // Back to step 2 and Next again: the revoke is not run a second time, its verified outcome stays.
  const again = wizardOf(page, 'zoom');
  await exactButton(again, 'Back').click();
  await expect(again.locator('.where')).toHaveText('Step 2 of 4: Revoke access');
  await expect(again.locator('.step[data-step="2"] .state')).toHaveText('(Done)');
  await exactButton(again, 'Next: Revoke access').click();
  await expect(again.locator('.where')).toHaveText('Step 3 of 4: Uninstall at Zoom');
  await expect(again.locator('.step[data-step="2"] .outcome')).toHaveText(WIZARDS.zoom.revoke);
  expect(app.sandboxLog.filter((line) => line.includes('[zoom] POST /oauth/revoke'))).toHaveLength(1);
  await uninstallAndFinish(page, again, 'zoom');
});

test('Google Meet: the wizard survives an app restart after step 1 and goes on where it was', async ({ page }) => {
  await connectSuperOffice(page);
  await connectProvider(page, GOOGLE);
  const wizard = await openWizard(page, activeCard(page), 'google');
  await exactButton(wizard, 'Start').click();
  await exactButton(wizard, 'Next: Disconnect in the app').click();
  await expect(wizard.locator('.where')).toHaveText('Step 2 of 4: Revoke access');

  await app.restart();
  await page.goto(app.host.appUrl);
  const again = wizardOf(page, 'google');
  await expect(again.locator('.where')).toHaveText('Step 2 of 4: Revoke access');
  await expect(again.locator('.step[data-step="1"] .state')).toHaveText('(Done)');
  await exactButton(again, 'Next: Revoke access').click();
  await expect(again.locator('.step[data-step="2"] .outcome')).toHaveText(WIZARDS.google.revoke);
  await uninstallAndFinish(page, again, 'google');
});

test('Webex: cancelling after step 2 says what was already removed and what is left', async ({ page }) => {
  await connectSuperOffice(page);
  await connectProvider(page, WEBEX);
  const wizard = await openWizard(page, activeCard(page), 'webex');
  await stepsOneAndTwo(wizard, 'webex');
  await exactButton(wizard, 'Cancel').click();
  await expect(wizard.locator('.where')).toHaveText('Cancelled.');
  const summary = wizard.locator('.summary li');
  await expect(summary.first()).toHaveText('Cancelled at step 3. Nothing else was changed.');
  await expect(summary.nth(1)).toHaveText(/^Step 1: Webex is no longer used for new meetings/);
  await expect(summary.nth(2)).toHaveText(/^Step 2: Webex has no per-app revocation/);
  await expect(summary.last()).toHaveText(/^Still to do: .*remove the app at Webex \(step 3\)/);
  await expect(exactButton(wizard, 'Start again')).toBeVisible();
  await snap(page, 'wizard-webex-cancelled');
});

test('Copy steps puts the remaining steps on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await connectSuperOffice(page);
  const wizard = await openWizard(page, crmCard(page), 'superoffice');
  await exactButton(wizard, 'Copy steps').click();
  await expect(wizard.getByRole('status')).toHaveText('Steps copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Step 1 of 4: Disconnect in the app');
  expect(text).toContain('Step 3 of 4: Remove the app approval in SuperOffice');
});

// --- (c) Copy diagnostics ----------------------------------------------------------------------

test('Copy diagnostics puts a report on the clipboard: SuperOffice and the version, no token', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await connectSuperOffice(page);
  await connectProvider(page, ZOOM);
  await exactButton(page.locator('vmt-copy-diagnostics'), 'Copy diagnostics').click();
  await expect(page.locator('vmt-copy-diagnostics').getByRole('status')).toHaveText('Diagnostics copied');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('SuperOffice');
  expect(report).toContain(app.host.core.info.version);
  expect(report).not.toMatch(/eyJ[\w-]{5,}/);

  const secrets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.length >= 16) secrets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const stored = await app.keychain.get('superoffice:Cust12345:5');
  expect(stored).not.toBeNull();
  collect(JSON.parse(stored!));
  const settings = JSON.parse(readFileSync(app.host.settingsFile, 'utf8')) as { video: { providers: Record<string, { keychainAccount: string }> } };
  const zoomStored = await app.keychain.get(settings.video.providers.zoom!.keychainAccount);
  collect(JSON.parse(zoomStored!));
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(report).not.toContain(secret);
});
