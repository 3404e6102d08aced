import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronNotifier } from '../../../main/electron/electron-notifier.js';

const fake = vi.hoisted(() => ({ supported: true, shown: [] as { options: unknown; listeners: Map<string, () => void> }[] }));

vi.mock('electron', () => {
  class Notification {
    static isSupported = () => fake.supported;
    readonly listeners = new Map<string, () => void>();
    constructor(readonly options: unknown) {}
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      fake.shown.push(this);
    }
  }
  return { Notification, default: { Notification } };
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
    fake.shown[0]!.listeners.get('click')!();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('logs instead of failing where notifications are unsupported', () => {
    fake.supported = false;
    const log = vi.fn();
    createElectronNotifier({ log }).notify({ title: 't', body: 'b' });
    expect(fake.shown).toHaveLength(0);
    expect(log).toHaveBeenCalledWith('info', 'notifier.unsupported');
  });
});
