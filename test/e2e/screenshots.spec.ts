import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleCode, ThemeChoice } from '../../preload/contract.js';
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
  wizardOf,
} from '../support/app-page.js';
import { OffsetClock } from '../support/offset-clock.js';

/**
 * Screenshots of the main views, in light and dark, in English and Norwegian, written to test/e2e/screenshots/
 * as <view>-<lang>-<theme>.png (committed; the README shows them). Time is pinned (the page's clock, the core's and
 * the sandbox diary's) and the zone is Oslo; the two timestamps that come from the real sign-in ("Connected since"
 * on a card and in Manage users) are blanked, so a new run gives the same pictures.
 */

test.use({ timezoneId: 'Europe/Oslo', locale: 'en-GB' });

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const LANGUAGES: readonly LocaleCode[] = ['en', 'nb'];
const THEMES: ReadonlyArray<Exclude<ThemeChoice, 'system'>> = ['light', 'dark'];

let app: AppUnderTest;
let clock: OffsetClock;
test.beforeEach(async ({ page }) => {
  clock = new OffsetClock();
  app = await startAppUnderTest({ hostOptions: { timeZone: 'Europe/Oslo', clock } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await pinPageClock(page);
});
test.afterEach(async () => {
  await app.close();
});

/** Hides the timestamps of the real sign-in (they change from run to run); the line keeps its place. */
async function blankSignInTimes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll<HTMLElement>('li.since, td.since, li.last-success')) element.style.visibility = 'hidden';
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
  });
}

/** Takes `view` in every language and theme, with `focus` scrolled to the top of the viewport. */
async function shoot(page: Page, view: string, focus?: Locator): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const language of LANGUAGES) {
    await app.host.core.dispatch('setPreferences', [{ language }]);
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
    for (const theme of THEMES) {
      await setTheme(app, page, theme);
      if (focus) await focus.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      else await page.evaluate(() => window.scrollTo(0, 0));
      await blankSignInTimes(page);
      const path = join(SCREENSHOTS, `${view}-${language}-${theme}.png`);
      await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
      await test.info().attach(`${view}-${language}-${theme}`, { path, contentType: 'image/png' });
    }
  }
  await app.host.core.dispatch('setPreferences', [{ language: 'en' }]);
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
}

test('first run, the agenda and settings', async ({ page }) => {
  await page.goto(app.host.appUrl);
  await expect(agenda(page).getByText('Connect SuperOffice to see your meetings')).toBeVisible();
  await shoot(page, 'first-run');

  await connectSuperOffice(page);
  await app.host.core.dispatch('setPreferences', [{ invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'show' } }]);
  await pinAppTime(app, clock);
  await expect(agenda(page).locator('.item[data-phase="ongoing"]').first()).toBeVisible();
  await page.locator('vmt-app details.settings > summary').click();
  await expect(page.locator('vmt-app details.settings')).not.toHaveAttribute('open');
  await shoot(page, 'agenda');

  await page.locator('vmt-app details.settings > summary').click();
  await chooseProvider(page, /^Zoom/);
  await connectActiveProvider(page, ZOE, 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345');
  await shoot(page, 'settings', page.locator('vmt-app details.settings > summary'));
  await shoot(page, 'preferences', page.locator('vmt-app #preferences-heading'));
});

test('troubleshooting and repair, and the removal wizard', async ({ page }) => {
  await page.goto(app.host.appUrl);
  await connectSuperOffice(page);
  await chooseProvider(page, /^Zoom/);
  await connectActiveProvider(page, ZOE, 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345');
  await pinAppTime(app, clock);

  const card = activeCard(page);
  app.sandbox.zoom.revokeAll(ZOE.username);
  await exactButton(card, 'Create test meeting').click();
  await expect(card.locator('.diagnosis[role="alert"]')).toBeVisible();
  const popup = page.context().waitForEvent('page');
  await card.locator('vmt-troubleshoot-menu summary').click();
  await exactButton(card.locator('vmt-troubleshoot-menu'), 'Repair').click();
  await signInAgain(await popup, ZOE);
  await page.bringToFront();
  await expect(card.locator('vmt-repair-progress').getByRole('heading', { name: 'Repair finished' })).toBeVisible();
  await shoot(page, 'repair', card);

  await crmCard(page).locator('vmt-troubleshoot-menu summary').click();
  await exactButton(crmCard(page).locator('vmt-troubleshoot-menu'), 'Remove…').click();
  const wizard = wizardOf(page, 'superoffice');
  await exactButton(wizard, 'Start').click();
  await exactButton(wizard, 'Next: Disconnect in the app').click();
  await exactButton(wizard, 'Next: Revoke access').click();
  await expect(wizard.locator('.where')).toHaveText(/^Step 3 of 4: /);
  await shoot(page, 'removal-wizard', wizard);
});

test('Manage users', async ({ page }) => {
  await page.goto(app.host.appUrl);
  await connectSuperOffice(page, ADMIN);
  await chooseProvider(page, /^Jitsi Meet/);
  await expect(activeCard(page).getByText(/^Connected to Jitsi Meet\./)).toBeVisible();
  await app.host.core.syncAdminMarkers();
  await pinAppTime(app, clock);

  const entry = crmSection(page).locator('vmt-manage-users-entry');
  await entry.locator('summary').click();
  await expect(page.locator('vmt-manage-users tbody tr')).toHaveCount(1);
  await page.locator('vmt-manage-users tbody input[type="checkbox"]').first().check();
  await shoot(page, 'manage-users', entry);
});
