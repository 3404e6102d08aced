import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionView } from '../../../preload/contract.js';
import { buildTrayModel, type TrayIconState } from '../../../main/core/tray-model.js';
import { ElectronTrayView } from '../../../main/electron/tray-view.js';

const fake = vi.hoisted(() => ({ trays: [] as unknown[] }));

vi.mock('electron', () => {
  class Tray {
    image: unknown;
    tooltip = '';
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
  tooltip: string;
  menus: { template: MenuItemConstructorOptions[] }[];
  listeners: Map<string, () => void>;
  bounds: { x: number; y: number; width: number; height: number };
  destroyed: boolean;
}

const icons = { idle: { name: 'idle' }, connecting: { name: 'connecting' }, attention: { name: 'attention' } } as unknown as Record<
  TrayIconState,
  NativeImage
>;

const connection = (status: ConnectionView['status'], statusText: string): ConnectionView => ({
  id: 'superoffice',
  kind: 'crm',
  title: 'SuperOffice CRM Online',
  status,
  statusText,
  nextAction: status === 'connected' ? 'sign-out' : 'connect',
});

function setup() {
  const onAction = vi.fn();
  const onClick = vi.fn();
  const view = new ElectronTrayView({ icons, appName: 'Video Meetings Tray', onAction, onClick });
  const tray = fake.trays.at(-1) as FakeTray;
  return { view, tray, onAction, onClick };
}

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item!.click as unknown as () => void)();

describe('ElectronTrayView', () => {
  it('starts with a menu (some Linux trays hide an icon without one) that can open and quit', () => {
    const { tray, onAction } = setup();
    expect(tray.menus).toHaveLength(1);
    const labels = tray.menus[0]!.template.map((item) => item.label ?? item.type);
    expect(labels).toEqual(['Open Video Meetings Tray', 'separator', 'Quit']);
    click(tray.menus[0]!.template[2]);
    expect(onAction).toHaveBeenCalledWith('quit');
  });

  it('builds the menu, tooltip and icon from a TrayModel', () => {
    const { view, tray } = setup();
    view.render(buildTrayModel('Video Meetings Tray', 'Sandbox', [connection('connected', 'Connected to Cust12345 as Alice Andersen')]));
    const template = tray.menus.at(-1)!.template;
    expect(template.map((item) => [item.type ?? 'normal', item.label, item.enabled ?? true])).toEqual([
      ['normal', 'Open Video Meetings Tray', true],
      ['separator', undefined, true],
      ['normal', 'SuperOffice CRM Online: Connected to Cust12345 as Alice Andersen', false],
      ['normal', 'Sign out of SuperOffice CRM Online', true],
      ['separator', undefined, true],
      ['normal', 'Quit', true],
    ]);
    expect(tray.tooltip).toBe('Video Meetings Tray (Sandbox)\nConnected to Cust12345 as Alice Andersen');
    expect(tray.image).toBe(icons.idle);
  });

  it('sets the context menu again on every render and follows the icon state', () => {
    const { view, tray } = setup();
    view.render(buildTrayModel('Video Meetings Tray', '', [connection('connecting', 'Signing in…')]));
    expect(tray.image).toBe(icons.connecting);
    expect(tray.menus.at(-1)!.template.find((item) => item.label === 'Signing in…')?.enabled).toBe(false);
    view.render(buildTrayModel('Video Meetings Tray', '', [connection('error', 'Sign-in failed')]));
    expect(tray.image).toBe(icons.attention);
    expect(tray.menus).toHaveLength(3);
    expect(tray.menus[1]).not.toBe(tray.menus[2]);
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
