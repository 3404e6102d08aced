import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronNotifier } from '../../../main/electron/electron-notifier.js';

type Listener = (...args: unknown[]) => void;
const fake = vi.hoisted(() => ({ supported: true, shown: [] as { options: Record<string, unknown>; listeners: Map<string, Listener> }[] }));

vi.mock('electron', () => {
  class Notification {
    static isSupported = () => fake.supported;
    readonly listeners = new Map<string, Listener>();
    constructor(readonly options: Record<string, unknown>) {}
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      fake.shown.push(this);
    }
  }
  return { Notification, default: { Notification } };
});

const reminder = (onClick = vi.fn(), onAction = vi.fn()) => ({
  title: 'Standup in 5 minutes',
  body: 'Click to join (Zoom).',
  actions: [
    { id: 'join', label: 'Join' },
    { id: 'snooze', label: 'Snooze' },
  ],
  onClick,
  onAction,
});

describe('Electron notifier', () => {
  beforeEach(() => {
    fake.shown.length = 0;
    fake.supported = true;
  });

  it('shows a notification and forwards its click', () => {
    const onClick = vi.fn();
    createElectronNotifier({ log: vi.fn() }).notify({ title: 'Signed out', body: 'Sign in again to see meetings.', onClick });
    expect(fake.shown).toHaveLength(1);
    expect(fake.shown[0]!.options).toMatchObject({ title: 'Signed out', body: 'Sign in again to see meetings.' });
    expect(fake.shown[0]!.options).not.toHaveProperty('actions');
    fake.shown[0]!.listeners.get('click')!();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it.each(['darwin', 'win32'] as const)('%s: shows action buttons and maps the chosen index to its id', (platform) => {
    const notification = reminder();
    createElectronNotifier({ log: vi.fn() }, platform).notify(notification);
    const shown = fake.shown[0]!;
    expect(shown.options).toMatchObject({
      title: 'Standup in 5 minutes',
      body: 'Click to join (Zoom).',
      actions: [
        { type: 'button', text: 'Join' },
        { type: 'button', text: 'Snooze' },
      ],
    });
    // Electron 45: the index in the event details; older: the second argument.
    shown.listeners.get('action')!({ actionIndex: 1, preventDefault() {} }, 1);
    shown.listeners.get('action')!(undefined, 0);
    expect(notification.onAction.mock.calls).toEqual([['snooze'], ['join']]);
    shown.listeners.get('click')!();
    expect(notification.onClick).toHaveBeenCalledOnce();
  });

  it('ignores an action index it did not offer (and logs it)', () => {
    const log = vi.fn();
    const notification = reminder();
    createElectronNotifier({ log }, 'darwin').notify(notification);
    fake.shown[0]!.listeners.get('action')!({ actionIndex: 5 }, 5);
    expect(notification.onAction).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('warn', 'notifier.unknown_action', { index: 5 });
  });

  it('Linux: no buttons (Electron has none there); the click still does the main thing and the body is kept', () => {
    const notification = reminder();
    createElectronNotifier({ log: vi.fn() }, 'linux').notify(notification);
    const shown = fake.shown[0]!;
    expect(shown.options).not.toHaveProperty('actions');
    expect(shown.options.body).toBe('Click to join (Zoom).');
    expect(shown.listeners.has('action')).toBe(false);
    shown.listeners.get('click')!();
    expect(notification.onClick).toHaveBeenCalledOnce();
  });

  it('offers no buttons when nothing would receive them', () => {
    createElectronNotifier({ log: vi.fn() }, 'darwin').notify({ title: 't', body: 'b', actions: [{ id: 'join', label: 'Join' }] });
    expect(fake.shown[0]!.options).not.toHaveProperty('actions');
  });

  it('logs instead of failing where notifications are unsupported', () => {
    fake.supported = false;
    const log = vi.fn();
    createElectronNotifier({ log }).notify({ title: 't', body: 'b' });
    expect(fake.shown).toHaveLength(0);
    expect(log).toHaveBeenCalledWith('info', 'notifier.unsupported');
  });
});
