import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItem, AgendaView, ConnectionView } from '../../../preload/contract.js';
import { buildTrayModel, type TrayIconState, type TrayModel } from '../../../main/core/tray-model.js';
import type { TrayIcons } from '../../../main/electron/tray-icons.js';
import { ElectronTrayView, menuTemplate } from '../../../main/electron/tray-view.js';

const fake = vi.hoisted(() => ({ trays: [] as unknown[] }));

vi.mock('electron', () => {
  class Tray {
    image: unknown;
    tooltip = '';
    images: unknown[] = [];
    titles: [string, unknown][] = [];
    menus: { template: MenuItemConstructorOptions[] }[] = [];
    listeners = new Map<string, () => void>();
    destroyed = false;
    bounds = { x: 0, y: 0, width: 0, height: 0 };
    constructor(image: unknown) {
      this.image = image;
      fake.trays.push(this);
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    setImage(image: unknown) {
      this.image = image;
      this.images.push(image);
    }
    setTitle(title: string, options: unknown) {
      this.titles.push([title, options]);
    }
    setToolTip(tooltip: string) {
      this.tooltip = tooltip;
    }
    setContextMenu(menu: { template: MenuItemConstructorOptions[] }) {
      this.menus.push(menu);
    }
    getBounds() {
      return this.bounds;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const Menu = { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })) };
  return { Tray, Menu, default: { Tray, Menu } };
});

interface FakeTray {
  image: unknown;
  images: unknown[];
  titles: [string, unknown][];
  tooltip: string;
  menus: { template: MenuItemConstructorOptions[] }[];
  listeners: Map<string, () => void>;
  bounds: { x: number; y: number; width: number; height: number };
  destroyed: boolean;
}

/** Fake icon set: one stable object per (state, minutes), named like "soon:5". */
function fakeIcons() {
  const made = new Map<string, { name: string }>();
  const image = vi.fn((state: TrayIconState, minutesLeft?: number) => {
    const name = `${state}:${minutesLeft ?? ''}`;
    if (!made.has(name)) made.set(name, { name });
    return made.get(name) as unknown as NativeImage;
  });
  return { image } satisfies TrayIcons;
}
const named = (image: unknown) => (image as { name: string }).name;

const connection = (status: ConnectionView['status'], statusText: string): ConnectionView => ({
  id: 'superoffice',
  kind: 'crm',
  title: 'SuperOffice CRM Online',
  status,
  statusText,
  nextAction: status === 'connected' ? 'sign-out' : 'connect',
});

const NOW = Date.parse('2025-03-04T09:55:00Z');
const meeting: AgendaItem = {
  key: '42@2025-03-04T10:00:00Z',
  appointmentId: 42,
  title: 'Standup',
  start: '2025-03-04T10:00:00Z',
  end: '2025-03-04T10:15:00Z',
  allDay: false,
  canAddVideo: false,
  invitation: 'own',
  dimmed: false,
  phase: 'upcoming',
  join: { service: 'zoom', serviceName: 'Zoom', url: 'https://zoom.us/j/1' },
  alternatives: [{ service: 'teams', serviceName: 'Microsoft Teams', url: 'https://teams.microsoft.com/l/meetup-join/1' }],
};
const agenda: AgendaView = { status: 'fresh', items: [meeting], nextKey: meeting.key, horizonDays: 1 };
const agendaModel = () => buildTrayModel('Video Meetings Tray', '', [connection('connected', 'Connected')], agenda, NOW, () => '10:00');

function setup(platform: NodeJS.Platform = 'linux') {
  const onAction = vi.fn();
  const onClick = vi.fn();
  const icons = fakeIcons();
  const view = new ElectronTrayView({ icons, appName: 'Video Meetings Tray', onAction, onClick, platform });
  const tray = fake.trays.at(-1) as FakeTray;
  return { view, tray, icons, onAction, onClick };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as unknown as () => void)();
const shape = (template: MenuItemConstructorOptions[]): unknown[] =>
  template.map((item) => (item.submenu ? [item.label, shape(item.submenu as MenuItemConstructorOptions[])] : (item.label ?? item.type)));

describe('ElectronTrayView', () => {
  it('starts with a menu (some Linux trays hide an icon without one) that can open and quit', () => {
    const { tray, onAction } = setup();
    expect(named(tray.image)).toBe('idle:');
    expect(tray.menus).toHaveLength(1);
    expect(shape(tray.menus[0]!.template)).toEqual(['Open Video Meetings Tray', 'separator', 'Quit']);
    click(tray.menus[0]!.template[2]);
    expect(onAction).toHaveBeenCalledWith('quit');
  });

  it('builds the menu, tooltip and icon from a TrayModel', () => {
    const { view, tray } = setup();
    view.render({
      tooltip: 'Video Meetings Tray (Sandbox)\nConnected to Cust12345 as Alice Andersen',
      icon: 'attention',
      menu: [
        { kind: 'label', label: 'SuperOffice CRM Online: Connected' },
        { kind: 'action', action: 'disconnect:superoffice', label: 'Sign out of SuperOffice CRM Online', enabled: true },
        { kind: 'separator' },
        { kind: 'action', action: 'refresh', label: 'Refresh', enabled: false },
        { kind: 'action', action: 'settings', label: 'Settings…', enabled: true },
      ],
    });
    const template = tray.menus.at(-1)!.template;
    expect(template.map((item) => [item.type ?? 'normal', item.label, item.enabled ?? true])).toEqual([
      ['normal', 'SuperOffice CRM Online: Connected', false],
      ['normal', 'Sign out of SuperOffice CRM Online', true],
      ['separator', undefined, true],
      ['normal', 'Refresh', false],
      ['normal', 'Settings…', true],
    ]);
    expect(tray.tooltip).toBe('Video Meetings Tray (Sandbox)\nConnected to Cust12345 as Alice Andersen');
    expect(named(tray.image)).toBe('attention:');
  });

  it('builds nested submenus and wires their items to the model actions', () => {
    const { view, tray, onAction } = setup();
    view.render(agendaModel());
    const template = tray.menus.at(-1)!.template;
    expect(shape(template).slice(0, 2)).toEqual([
      'Join next meeting: Standup',
      ['Other links for the next meeting', ['Microsoft Teams: https://teams.microsoft.com/l/meetup-join/1']],
    ]);
    click(template[0]);
    click((template[1]!.submenu as MenuItemConstructorOptions[])[0]);
    click(template.find((item) => item.label === 'Refresh'));
    click(template.find((item) => item.label === 'Settings…'));
    expect(onAction.mock.calls).toEqual([[`join:${meeting.key}`], [`join:${meeting.key}#0`], ['refresh'], ['settings']]);
  });

  it('menuTemplate nests deeper submenus and disables an empty one', () => {
    const template = menuTemplate(
      [
        { kind: 'submenu', label: 'Outer', items: [{ kind: 'submenu', label: 'Inner', items: [{ kind: 'action', action: 'refresh', label: 'Refresh', enabled: true }] }] },
        { kind: 'submenu', label: 'Empty', items: [] },
      ],
      () => {},
    );
    expect(shape(template)).toEqual([['Outer', [['Inner', ['Refresh']]]], ['Empty', []]]);
    expect(template[1]!.enabled).toBe(false);
  });

  it('sets the context menu again on every render and follows the icon state', () => {
    const { view, tray } = setup();
    view.render(buildTrayModel('Video Meetings Tray', '', [connection('connecting', 'Signing in…')]));
    expect(named(tray.image)).toBe('connecting:');
    expect(tray.menus.at(-1)!.template.find((item) => item.label === 'Signing in…')?.enabled).toBe(false);
    view.render(buildTrayModel('Video Meetings Tray', '', [connection('error', 'Sign-in failed')]));
    expect(named(tray.image)).toBe('attention:');
    expect(tray.menus).toHaveLength(3);
    expect(tray.menus[1]).not.toBe(tray.menus[2]);
  });

  it('setIcons redraws the current state and minutes with the new set (the panel turned dark)', () => {
    const { view, tray } = setup('linux');
    view.render(agendaModel());
    const shown = tray.images.length;
    const dark = { image: vi.fn((state: TrayIconState, minutesLeft?: number) => ({ name: `dark ${state}:${minutesLeft ?? ''}` }) as unknown as NativeImage) };
    view.setIcons(dark);
    expect(named(tray.image)).toBe(`dark ${agendaModel().icon}:${agendaModel().minutesLeft ?? ''}`);
    expect(tray.images.length).toBe(shown + 1);
    view.setIcons(dark);
    expect(tray.images.length).toBe(shown + 1);
  });

  it('wires menu clicks to the model actions and the icon click to onClick', () => {
    const { view, tray, onAction, onClick } = setup();
    view.render(buildTrayModel('Video Meetings Tray', '', [connection('disconnected', 'Not connected')]));
    const template = tray.menus.at(-1)!.template;
    click(template.find((item) => item.label === 'Connect SuperOffice CRM Online'));
    click(template.find((item) => item.label === 'Open Video Meetings Tray'));
    expect(onAction.mock.calls).toEqual([['connect:superoffice'], ['open']]);
    expect(template.find((item) => item.label?.startsWith('SuperOffice CRM Online:'))?.click).toBeUndefined();
    tray.listeners.get('click')!();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it.each(['linux', 'win32'] as const)('%s: no title text; the minutes left are drawn into the icon', (platform) => {
    const { view, tray, icons } = setup(platform);
    const model = agendaModel();
    expect(model).toMatchObject({ icon: 'soon', minutesLeft: 5, title: 'Standup · 5m' });
    view.render(model);
    expect(icons.image).toHaveBeenLastCalledWith('soon', 5);
    expect(named(tray.image)).toBe('soon:5');
    view.render({ ...model, icon: 'live', minutesLeft: 0 });
    expect(named(tray.image)).toBe('live:0');
    expect(tray.titles).toEqual([]);
  });

  it('macOS: shows the title next to a template icon without digits, and clears it', () => {
    const { view, tray, icons } = setup('darwin');
    view.render(agendaModel());
    expect(icons.image).toHaveBeenLastCalledWith('soon', undefined);
    expect(named(tray.image)).toBe('soon:');
    expect(tray.titles).toEqual([['Standup · 5m', { fontType: 'monospacedDigit' }]]);
    view.render(agendaModel());
    expect(tray.titles).toHaveLength(1); // unchanged title: not set again
    view.render(buildTrayModel('Video Meetings Tray', '', []));
    expect(tray.titles.at(-1)).toEqual(['', { fontType: 'monospacedDigit' }]);
  });

  it('sets the image only when it changes (some Linux trays flicker on every set)', () => {
    const { view, tray } = setup();
    const model: TrayModel = { tooltip: 't', icon: 'soon', minutesLeft: 4, menu: [] };
    view.render(model);
    view.render(model);
    view.render({ ...model, minutesLeft: 3 });
    expect(tray.images.map(named)).toEqual(['soon:4', 'soon:3']);
    expect(tray.menus).toHaveLength(4);
  });

  it('reports tray bounds only when the platform knows them', () => {
    const { view, tray } = setup();
    expect(view.bounds()).toBeNull();
    tray.bounds = { x: 1500, y: 0, width: 22, height: 24 };
    expect(view.bounds()).toEqual({ x: 1500, y: 0, width: 22, height: 24 });
  });

  it('ignores renders after destroy', () => {
    const { view, tray } = setup();
    view.destroy();
    view.render(buildTrayModel('Video Meetings Tray', '', []));
    expect(tray.destroyed).toBe(true);
    expect(tray.menus).toHaveLength(1);
    expect(view.bounds()).toBeNull();
  });
});
