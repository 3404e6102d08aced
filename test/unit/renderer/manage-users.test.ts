// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfirmRemovalDialog } from '../../../renderer/components/confirm-removal-dialog.js';
import type { ManageUsers } from '../../../renderer/components/manage-users.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, allViews, superOfficeView, userConfiguration } from './support/memory-tray-api.js';
import { button, buttonNames, mountApp, settle, text } from './support/dom.js';
import { nested } from './support/nested.js';

afterEach(() => {
  document.body.replaceChildren();
});

const ALICE_ZOOM = userConfiguration();
const ALICE_JITSI = userConfiguration({ provider: 'jitsi', account: 'Alice Andersen', connectedSince: '2025-03-05T08:00:00Z' });
const BOB_TEAMS = userConfiguration({
  associateId: 12,
  userName: 'Bob Berg',
  provider: 'teams',
  account: 'Bob Berg',
  deviceName: 'BOB-PC',
  installationId: '22222222-3333-4444-8555-666666666666',
  appVersion: '0.0.9',
});
const ADA_GOOGLE = userConfiguration({
  associateId: 1,
  userName: 'Ada Admin',
  provider: 'google',
  account: 'Ada Admin',
  deviceName: 'ada-mac',
  installationId: '33333333-4444-4555-8666-777777777777',
});

function adminApi(items = [ADA_GOOGLE, ALICE_JITSI, ALICE_ZOOM, BOB_TEAMS]): MemoryTrayApi {
  const api = new MemoryTrayApi(allViews({ superoffice: { administrator: true } }));
  api.userConfigurations = structuredClone(items);
  return api;
}

const entryOf = (app: VmtApp) => nested<HTMLElement>(app, 'section[aria-labelledby="crm-heading"] vmt-manage-users-entry');

/** Mounts the app and opens Manage users (the disclosure under the SuperOffice card). */
async function openManageUsers(api = adminApi()) {
  const app = await mountApp(api);
  const entry = entryOf(app);
  if (!entry) throw new Error('no Manage users entry');
  const summary = entry.shadowRoot!.querySelector('summary')!;
  expect(text(summary)).toBe('Manage users');
  summary.click();
  await settle(app);
  const view = (): ManageUsers => {
    const found = nested<ManageUsers>(entry, 'vmt-manage-users');
    if (!found) throw new Error('Manage users is not open');
    return found;
  };
  const root = () => view().shadowRoot!;
  const dialog = () => root().querySelector<ConfirmRemovalDialog>('vmt-confirm-removal')!;
  const dialogElement = () => dialog().shadowRoot!.querySelector('dialog')!;
  return {
    api,
    app,
    view,
    dialog,
    dialogElement,
    /** Each shown row as its cells' text. */
    rows: () => [...root().querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell))),
    names: () => [...root().querySelectorAll('tbody tr th')].map((cell) => text(cell)),
    rowCheckbox: (name: string, provider: string) => {
      const row = [...root().querySelectorAll('tbody tr')].find((each) => text(each.querySelector('th')) === name && text(each.querySelector('.provider')) === provider);
      if (!row) throw new Error(`no row for ${name} / ${provider}`);
      return row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    },
    selectAll: () => root().querySelector<HTMLInputElement>('input[data-action="select-all"]')!,
    searchField: () => root().querySelector<HTMLInputElement>('input[type="search"]')!,
    removeButton: () => root().querySelector<HTMLButtonElement>('button[data-action="remove"]')!,
    results: () => [...root().querySelectorAll('.results li')].map((li) => text(li)),
    alerts: () => [...root().querySelectorAll('[role="alert"]')].map((alert) => text(alert)),
    search: async (value: string) => {
      const field = root().querySelector<HTMLInputElement>('input[type="search"]')!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await settle(app);
    },
    tick: async (box: HTMLInputElement) => {
      box.click();
      await settle(app);
    },
    settle: () => settle(app),
  };
}

describe('Manage users', () => {
  it('is not offered to a user who is not a SuperOffice administrator', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
    api.userConfigurations = [ALICE_ZOOM];
    const app = await mountApp(api);
    expect(entryOf(app)).toBeUndefined();
    expect(text(app.shadowRoot!.querySelector('.settings'))).not.toContain('Manage users');
    expect(api.callsOf('listUserConfigurations')).toHaveLength(0);
  });

  it('appears when SuperOffice reports an administrator and goes when they sign out', async () => {
    const api = new MemoryTrayApi(allViews());
    const app = await mountApp(api);
    expect(entryOf(app)).toBeUndefined();
    api.emitChange(superOfficeView('connected', { administrator: true }));
    await settle(app);
    expect(entryOf(app)).toBeDefined();
    api.emitChange(superOfficeView('disconnected'));
    await settle(app);
    expect(entryOf(app)).toBeUndefined();
  });

  it('loads the list when opened and shows every configuration in a captioned table', async () => {
    const { api, view, rows, removeButton } = await openManageUsers();
    expect(api.callsOf('listUserConfigurations')).toEqual([[]]);
    const root = view().shadowRoot!;
    expect(text(root.querySelector('caption'))).toBe('Users’ video-meeting configurations');
    expect([...root.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')])).toEqual([
      ['Select', 'col'],
      ['Associate ID', 'col'],
      ['Name', 'col'],
      ['Provider', 'col'],
      ['Account', 'col'],
      ['Device', 'col'],
      ['Connected since', 'col'],
      ['App version', 'col'],
      ['Status', 'col'],
    ]);
    const since = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ALICE_ZOOM.connectedSince));
    expect(rows()).toEqual([
      ['', '1', 'Ada Admin', 'Google Meet', 'Ada Admin', 'ada-mac', since, '0.1.0', 'Configured'],
      ['', '5', 'Alice Andersen', 'Jitsi Meet', 'Alice Andersen', 'alice-laptop', expect.any(String), '0.1.0', 'Configured'],
      ['', '5', 'Alice Andersen', 'Zoom', 'Zoe Zoom', 'alice-laptop', since, '0.1.0', 'Configured'],
      ['', '12', 'Bob Berg', 'Microsoft Teams', 'Bob Berg', 'BOB-PC', since, '0.0.9', 'Configured'],
    ]);
    expect(root.querySelector('tbody tr .since time')?.getAttribute('datetime')).toBe(ADA_GOOGLE.connectedSince);
    // Names are the row headers; each checkbox says whose configuration it selects.
    expect(root.querySelector('tbody tr th')?.getAttribute('scope')).toBe('row');
    expect(root.querySelector('tbody tr input')?.getAttribute('aria-label')).toBe('Select Ada Admin (1), Google Meet on ada-mac');
    expect(text(root.querySelector('label[for="user-search"]'))).toBe('Search by associate ID or name');
    expect(removeButton().getAttribute('aria-disabled')).toBe('true');
  });

  it('Refresh loads the list again and says so', async () => {
    const { api, view, rows, settle: wait } = await openManageUsers();
    api.userConfigurations.push(userConfiguration({ associateId: 40, userName: 'Cecilie Carlsen', installationId: '44444444-5555-4666-8777-888888888888' }));
    button(view(), 'Refresh').click();
    await wait();
    expect(api.callsOf('listUserConfigurations')).toHaveLength(2);
    expect(rows()).toHaveLength(5);
    expect(text(view().shadowRoot!.querySelector('p.visually-hidden[role="status"]'))).toBe('List updated: 5 configurations.');
  });

  it('searches by associate ID (exact or prefix) and by name (any case, anywhere in it)', async () => {
    const { names, search, view } = await openManageUsers();
    await search('1');
    expect(names()).toEqual(['Ada Admin', 'Bob Berg']);
    expect(text(view().shadowRoot!.querySelector('[data-role="shown-count"]'))).toBe('2 of 4 configurations shown.');
    await search('12');
    expect(names()).toEqual(['Bob Berg']);
    await search('5');
    expect(names()).toEqual(['Alice Andersen', 'Alice Andersen']);
    await search('ALICE');
    expect(names()).toEqual(['Alice Andersen', 'Alice Andersen']);
    await search('erg');
    expect(names()).toEqual(['Bob Berg']);
    await search('  ada ');
    expect(names()).toEqual(['Ada Admin']);
    await search('nobody');
    expect(names()).toEqual([]);
    expect(text(view().shadowRoot!.querySelector('.empty'))).toBe('No configuration matches “nobody”.');
    await search('');
    expect(names()).toHaveLength(4);
    expect(view().shadowRoot!.querySelector('[data-role="shown-count"]')).toBeNull();
  });

  it('removes the selected configurations after a confirmation that says what will happen, and lists each outcome', async () => {
    const { api, view, dialog, dialogElement, rowCheckbox, removeButton, results, rows, tick, settle: wait } = await openManageUsers();
    await tick(rowCheckbox('Alice Andersen', 'Zoom'));
    await tick(rowCheckbox('Bob Berg', 'Microsoft Teams'));
    expect(text(view().shadowRoot!.querySelector('[data-role="selected-count"]'))).toBe('2 selected');
    expect(removeButton().getAttribute('aria-disabled')).toBe('false');

    removeButton().click();
    await wait();
    const box = dialogElement();
    expect(box.open).toBe(true);
    expect(box.getAttribute('aria-labelledby')).toBe('confirm-heading');
    const inside = dialog().shadowRoot!;
    expect(text(inside.getElementById('confirm-heading'))).toBe('Remove these 2 configurations?');
    expect([...inside.querySelectorAll('li')].map((li) => text(li))).toEqual(['Alice Andersen (5): Zoom on alice-laptop', 'Bob Berg (12): Microsoft Teams on BOB-PC']);
    expect(text(inside.querySelector('.what'))).toBe(
      'Their Video Meetings Tray removes the configuration at its next sync (within a few minutes, or when it starts): the sign-in is deleted from their computer and revoked at the provider where possible. They will be asked to connect again.',
    );
    expect(buttonNames(dialog())).toEqual(['Cancel', 'Remove 2 configurations']);
    // The focus starts inside the dialog, on the safe choice.
    expect(text(inside.activeElement)).toBe('Cancel');
    expect(api.callsOf('removeUserConfigurations')).toHaveLength(0);

    button(dialog(), 'Remove 2 configurations').click();
    await wait();
    expect(dialogElement().open).toBe(false);
    expect(api.callsOf('removeUserConfigurations')).toEqual([
      [
        [
          { associateId: 5, installationId: ALICE_ZOOM.installationId, provider: 'zoom' },
          { associateId: 12, installationId: BOB_TEAMS.installationId, provider: 'teams' },
        ],
      ],
    ]);
    expect(results()).toEqual([
      "Requested: Alice Andersen's app removes the Zoom configuration at its next sync.",
      "Requested: Bob Berg's app removes the Microsoft Teams configuration at its next sync.",
    ]);
    const region = view().shadowRoot!.querySelector('.results')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(view().shadowRoot!.activeElement).toBe(region.querySelector('h4'));
    // The list is loaded again: the rows now say so and can no longer be selected.
    expect(api.callsOf('listUserConfigurations')).toHaveLength(2);
    expect(rows().map((row) => row.at(-1))).toEqual(['Configured', 'Configured', 'Removal requested', 'Removal requested']);
    expect(rowCheckbox('Alice Andersen', 'Zoom').disabled).toBe(true);
    expect(text(view().shadowRoot!.querySelector('[data-role="selected-count"]'))).toBe('0 selected');
    expect(removeButton().getAttribute('aria-disabled')).toBe('true');
  });

  it('Cancel and Escape close the confirmation without removing anything and return the focus', async () => {
    const { api, view, dialog, dialogElement, rowCheckbox, removeButton, tick, settle: wait } = await openManageUsers();
    await tick(rowCheckbox('Ada Admin', 'Google Meet'));
    removeButton().click();
    await wait();
    expect(text(dialog().shadowRoot!.getElementById('confirm-heading'))).toBe('Remove this configuration?');
    expect(buttonNames(dialog())).toEqual(['Cancel', 'Remove 1 configuration']);
    button(dialog(), 'Cancel').click();
    await wait();
    expect(dialogElement().open).toBe(false);
    expect(view().shadowRoot!.activeElement).toBe(removeButton());

    removeButton().click();
    await wait();
    expect(dialogElement().open).toBe(true);
    dialogElement().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await wait();
    expect(dialogElement().open).toBe(false);
    expect(api.callsOf('removeUserConfigurations')).toHaveLength(0);
    // The selection stays for another try.
    expect(rowCheckbox('Ada Admin', 'Google Meet').checked).toBe(true);
  });

  it('does not let a row whose removal is already requested be selected, also not by "Select all shown"', async () => {
    const { api, view, rowCheckbox, selectAll, search, tick, removeButton, dialog, settle: wait } = await openManageUsers(
      adminApi([ADA_GOOGLE, { ...ALICE_ZOOM, removalRequested: true }, BOB_TEAMS]),
    );
    const requested = rowCheckbox('Alice Andersen', 'Zoom');
    expect(requested.disabled).toBe(true);
    expect(text(requested.closest('tr')?.querySelector('.status'))).toBe('Removal requested');

    await search('a');
    expect(selectAll().checked).toBe(false);
    await tick(selectAll());
    expect(rowCheckbox('Ada Admin', 'Google Meet').checked).toBe(true);
    expect(rowCheckbox('Alice Andersen', 'Zoom').checked).toBe(false);
    expect(text(view().shadowRoot!.querySelector('[data-role="selected-count"]'))).toBe('1 selected');
    expect(selectAll().checked).toBe(true);

    removeButton().click();
    await wait();
    button(dialog(), 'Remove 1 configuration').click();
    await wait();
    expect(api.callsOf('removeUserConfigurations')).toEqual([[[{ associateId: 1, installationId: ADA_GOOGLE.installationId, provider: 'google' }]]]);
  });

  it('Select all shown selects only the rows the search shows; unticking it clears them', async () => {
    const { rowCheckbox, selectAll, search, tick, view } = await openManageUsers();
    await search('alice');
    await tick(selectAll());
    await search('');
    expect(rowCheckbox('Alice Andersen', 'Zoom').checked).toBe(true);
    expect(rowCheckbox('Alice Andersen', 'Jitsi Meet').checked).toBe(true);
    expect(rowCheckbox('Bob Berg', 'Microsoft Teams').checked).toBe(false);
    expect(selectAll().indeterminate).toBe(true);
    await search('alice');
    await tick(selectAll());
    expect(text(view().shadowRoot!.querySelector('[data-role="selected-count"]'))).toBe('0 selected');
  });

  it('shows each outcome the core reports: already requested and not found', async () => {
    const { api, dialog, rowCheckbox, removeButton, results, tick, settle: wait } = await openManageUsers();
    await tick(rowCheckbox('Alice Andersen', 'Zoom'));
    await tick(rowCheckbox('Bob Berg', 'Microsoft Teams'));
    // Meanwhile another administrator asked for Alice's, and Bob's app removed his.
    api.userConfigurations = [ADA_GOOGLE, ALICE_JITSI, { ...ALICE_ZOOM, removalRequested: true }];
    removeButton().click();
    await wait();
    button(dialog(), 'Remove 2 configurations').click();
    await wait();
    expect(results()).toEqual([
      "Already requested: Removal of Alice Andersen's Zoom configuration was already requested.",
      'Not found: No Microsoft Teams configuration of associate 12 on that device.',
    ]);
  });

  it('notes markers it could not read', async () => {
    const api = adminApi();
    api.unreadableMarkers = 3;
    const { view } = await openManageUsers(api);
    expect(text(view().shadowRoot!.querySelector('.note'))).toBe('3 markers could not be read and are not listed.');
  });

  it('says when nobody has a configuration yet (and notes a single unreadable marker)', async () => {
    const api = adminApi([]);
    api.unreadableMarkers = 1;
    const { view, rows } = await openManageUsers(api);
    expect(rows()).toEqual([]);
    expect(text(view().shadowRoot!.querySelector('.empty'))).toBe('No user has a video-meeting configuration yet.');
    expect(text(view().shadowRoot!.querySelector('.note'))).toBe('1 marker could not be read and is not listed.');
    expect(view().shadowRoot!.querySelector('input[data-action="select-all"]')).toBeNull();
  });

  it('shows why the list could not be loaded, and Refresh tries again', async () => {
    const api = adminApi();
    api.failNext('listUserConfigurations', { code: 'network', message: 'SuperOffice could not be reached.', remedy: 'Check your internet connection, then try again.' });
    const { view, alerts, rows, settle: wait } = await openManageUsers(api);
    expect(alerts()).toEqual(['SuperOffice could not be reached. Check your internet connection, then try again.']);
    expect(rows()).toEqual([]);
    button(view(), 'Refresh').click();
    await wait();
    expect(alerts()).toEqual([]);
    expect(rows()).toHaveLength(4);
  });

  it('shows a refusal of the removal (e.g. the rights were withdrawn) and keeps the selection', async () => {
    const { api, dialog, alerts, rowCheckbox, removeButton, results, tick, settle: wait } = await openManageUsers();
    await tick(rowCheckbox('Bob Berg', 'Microsoft Teams'));
    api.failNext('removeUserConfigurations', { code: 'not_allowed', message: 'SuperOffice does not allow this for your user.', remedy: 'Ask a SuperOffice administrator.' });
    removeButton().click();
    await wait();
    button(dialog(), 'Remove 1 configuration').click();
    await wait();
    expect(alerts()).toEqual(['SuperOffice does not allow this for your user. Ask a SuperOffice administrator.']);
    expect(results()).toEqual([]);
    expect(rowCheckbox('Bob Berg', 'Microsoft Teams').checked).toBe(true);
    expect(removeButton().getAttribute('aria-disabled')).toBe('false');
  });

  it('the in-memory core refuses a user without the administrator flag (not_allowed), as the real one does', async () => {
    const api = new MemoryTrayApi(allViews());
    const result = await api.listUserConfigurations();
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_allowed' }) });
  });
});
