import { expect, test, type Page } from '@playwright/test';
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

const videoSection = (page: Page) => page.locator('section[aria-labelledby="video-heading"]');
const activeCard = (page: Page) => videoSection(page).locator('vmt-connection-card');

async function connectSuperOffice(page: Page): Promise<void> {
  await page.goto(app.host.appUrl);
  const card = page.locator('section[aria-labelledby="crm-heading"] vmt-connection-card');
  const popup = page.context().waitForEvent('page');
  await card.getByRole('button', { name: 'Connect' }).click();
  await signInOnSuperOfficeSandbox(await popup);
  await expect(card.getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
}

/** Picks the provider for new meetings; the app confirms the choice asynchronously. */
async function choose(page: Page, name: RegExp): Promise<void> {
  const radio = videoSection(page).getByRole('radio', { name });
  await radio.click();
  await expect(radio).toBeChecked();
}

const PROVIDERS = [
  { id: 'zoom', radio: 'Zoom', user: { username: 'zoe@example.com', password: 'sandbox' }, status: 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345', link: /zoom\.us\/j\// },
  { id: 'google', radio: 'Google Meet', user: { username: 'gina@example.com', password: 'sandbox' }, status: 'Logged in as Gina Google and connected to Google', link: /meet\.google\.com\// },
  { id: 'teams', radio: 'Microsoft Teams', user: { username: 'adele@contoso.example', password: 'sandbox' }, status: /^Connected to Teams\. Logged in as .+, connected to Cust12345$/, link: /teams\.microsoft\.com\// },
  { id: 'webex', radio: 'Webex', user: { username: 'wendy@example.com', password: 'sandbox' }, status: 'Connected to Webex. Logged in as Wendy Webex, connected to Cust12345', link: /webex\.com\// },
] as const;

for (const provider of PROVIDERS) {
  test(`${provider.radio}: connect in the browser, see who is signed in, create a test meeting, sign out`, async ({ page }) => {
    await connectSuperOffice(page);
    await choose(page, new RegExp(`^${provider.radio}`));
    const popup = page.context().waitForEvent('page');
    await activeCard(page).getByRole('button', { name: 'Connect' }).click();
    await signInOnProviderSandbox(await popup, provider.user);
    await expect(activeCard(page).getByText(provider.status)).toBeVisible();
    await page.bringToFront();

    await activeCard(page).getByRole('button', { name: 'Create test meeting' }).click();
    await expect(activeCard(page).locator('.join-url')).toHaveText(provider.link);
    await snap(page, `provider-${provider.id}-connected`);

    await activeCard(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(activeCard(page).getByText('Not connected')).toBeVisible();
  });
}

test('Jitsi Meet needs no account: choosing it connects it', async ({ page }) => {
  await connectSuperOffice(page);
  await choose(page, /^Jitsi Meet/);
  await expect(activeCard(page).getByText('Connected to Jitsi Meet. Logged in as Alice Andersen and connected to Cust12345')).toBeVisible();
  await activeCard(page).getByRole('button', { name: 'Create test meeting' }).click();
  await expect(activeCard(page).locator('.join-url')).toHaveText(/^https:\/\/meet\.jit\.si\/VideoMeetingsTray-[a-z2-7]{20}$/);
});

test('Zoom passcode: invalid input gets a clear message, Generate fills a valid one, Save stores it', async ({ page }) => {
  await connectSuperOffice(page);
  await choose(page, /^Zoom/);
  const field = activeCard(page).getByLabel('Meeting passcode');
  await field.fill('pass word!');
  await activeCard(page).getByRole('button', { name: 'Save' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(activeCard(page).getByText(/not allowed/)).toBeVisible();
  await activeCard(page).getByRole('button', { name: 'Generate' }).click();
  await expect(field).toHaveValue(/^[A-Za-z0-9@\-_*]{1,10}$/);
  await activeCard(page).getByRole('button', { name: 'Save' }).click();
  await expect(activeCard(page).getByText('Saved')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await snap(page, 'provider-zoom-passcode');
});
