import { describe, expect, it } from 'vitest';
import { JoinShortcut } from '../../../main/core/join-shortcut.js';
import type { GlobalShortcut } from '../../../main/ports/global-shortcut.js';
import type { Notifier } from '../../../main/ports/notifier.js';
import { MemoryLogger } from '../../support/memory-logger.js';

/** Electron's globalShortcut cannot run here: a stand-in where some accelerators are held by other apps. */
class FakeShortcuts implements GlobalShortcut {
  readonly registered = new Map<string, () => void>();
  constructor(private readonly taken: string[] = []) {}
  register(accelerator: string, callback: () => void): boolean {
    if (this.taken.includes(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregisterAll(): void {
    this.registered.clear();
  }
}

function setup(taken: string[] = []) {
  const shortcuts = new FakeShortcuts(taken);
  const notices: string[] = [];
  const notifier: Notifier = { notify: (n) => notices.push(n.body) };
  let joins = 0;
  const shortcut = new JoinShortcut(shortcuts, notifier, new MemoryLogger(), () => joins++);
  return { shortcuts, notices, shortcut, joins: () => joins };
}

describe('"Join next meeting" shortcut', () => {
  it('registers the chosen accelerator and joins the next meeting when pressed', () => {
    const { shortcuts, shortcut, joins } = setup();
    shortcut.apply('CommandOrControl+Alt+J');
    shortcuts.registered.get('CommandOrControl+Alt+J')!();
    expect(joins()).toBe(1);
  });

  it('stays off, and says so, when another app holds the accelerator', () => {
    const { shortcuts, shortcut, notices } = setup(['Alt+J']);
    shortcut.apply('Alt+J');
    expect(shortcuts.registered.size).toBe(0);
    expect(notices[0]).toMatch(/Alt\+J is used by another app.*off/);
  });

  it('replaces the previous accelerator, and an empty one turns it off', () => {
    const { shortcuts, shortcut } = setup();
    shortcut.apply('Alt+J');
    shortcut.apply('Alt+K');
    expect([...shortcuts.registered.keys()]).toEqual(['Alt+K']);
    shortcut.apply('');
    expect(shortcuts.registered.size).toBe(0);
  });
});
