import { expect, test, type Locator, type Page } from '@playwright/test';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';
import { agenda, crmCard, exactButton, pinAppTime, pinPageClock } from '../support/app-page.js';
import { OffsetClock } from '../support/offset-clock.js';
import { signInOnSuperOfficeSandbox } from '../support/sandbox-pages.js';

/** Sign in and join a meeting with the keyboard alone: Tab, Shift+Tab, Enter, Space and Escape; no clicks in the app. */

test.use({ timezoneId: 'Europe/Oslo', locale: 'en-GB' });

let app: AppUnderTest;
let clock: OffsetClock;
test.beforeEach(async () => {
  clock = new OffsetClock();
  app = await startAppUnderTest({ hostOptions: { timeZone: 'Europe/Oslo', clock } });
});
test.afterEach(async () => {
  await app.close();
});

const isFocused = (target: Locator) => target.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<number> {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused element shows a visible focus ring (a solid outline of 2px). */
async function expectFocusRing(target: Locator): Promise<void> {
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(outline).toEqual({ style: 'solid', width: '2px' });
}

test('a new user signs in and joins the meeting that is on now, with the keyboard only', async ({ page, context }) => {
  await pinPageClock(page);
  await page.goto(app.host.appUrl);
  const connectFromAgenda = exactButton(agenda(page), 'Connect SuperOffice');
  await expect(connectFromAgenda).toBeVisible();

  // The agenda's "Connect SuperOffice" is reached by Tab and moves the focus to the SuperOffice card's Connect.
  await tabTo(page, connectFromAgenda);
  await expectFocusRing(connectFromAgenda);
  await page.keyboard.press('Enter');
  const connect = exactButton(crmCard(page), 'Connect');
  await expect(connect).toBeFocused();

  const popup = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  await signInOnSuperOfficeSandbox(await popup);
  await page.bringToFront();
  await expect(crmCard(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
  // The pressed button turned into Sign out: the focus stays on the card, not lost to the page.
  await expect(exactButton(crmCard(page), 'Sign out')).toBeFocused();

  await pinAppTime(app, clock);
  const join = agenda(page).locator('.item[data-phase="ongoing"]').last().getByRole('button', { name: /^Join / });
  await expect(join).toBeVisible();
  const name = (await join.getAttribute('aria-label'))!;
  await tabTo(page, join, { backwards: true });
  await expectFocusRing(join);

  const request = context.waitForEvent('request', (r) => /^https:\/\//.test(r.url()) && !r.url().startsWith(app.host.origin));
  await page.keyboard.press('Enter');
  expect((await request).url()).toMatch(/^https:\/\//);
  await expect(agenda(page).getByRole('button', { name, exact: true }).first()).toBeVisible();
});

test('menus and disclosures open with the keyboard and Escape closes them, giving the focus back', async ({ page }) => {
  await page.goto(app.host.appUrl);
  const popup = page.context().waitForEvent('page');
  await exactButton(crmCard(page), 'Connect').click();
  await signInOnSuperOfficeSandbox(await popup);
  await page.bringToFront();
  await expect(crmCard(page).getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();

  // Meeting options of the first meeting that has them.
  const options = agenda(page).locator('.options summary').first();
  await tabTo(page, options);
  await expectFocusRing(options);
  await page.keyboard.press('Enter');
  await expect(agenda(page).getByRole('button', { name: /^Copy the meeting link of / }).first()).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(agenda(page).getByRole('button', { name: /^Copy the meeting link of / })).toHaveCount(0);
  await expect(options).toBeFocused();

  // Troubleshoot → Remove… opens the wizard with the focus on its heading; Escape closes it and the focus goes back to the card.
  const troubleshoot = crmCard(page).locator('vmt-troubleshoot-menu summary');
  await tabTo(page, troubleshoot);
  await page.keyboard.press('Space');
  const remove = exactButton(crmCard(page).locator('vmt-troubleshoot-menu'), 'Remove…');
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  const wizard = page.locator('vmt-removal-wizard[data-connection="superoffice"]');
  await expect(wizard.getByRole('heading', { name: 'Remove SuperOffice CRM Online' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(wizard).toHaveCount(0);
  await expect(exactButton(crmCard(page), 'Sign out')).toBeFocused();
});
