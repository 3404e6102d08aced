import { describe, expect, it, vi } from 'vitest';
import type { SystemEvent } from '../../../main/ports/system-events.js';
import { WebGlobalShortcut } from '../../../main/web/web-global-shortcut.js';
import { WebSystemEvents } from '../../../main/web/web-system-events.js';

describe('WebSystemEvents', () => {
  it('passes what the page reports to every subscriber until it unsubscribes', () => {
    const events = new WebSystemEvents();
    const first: SystemEvent[] = [];
    const second: SystemEvent[] = [];
    const unsubscribe = events.subscribe((event) => first.push(event));
    events.subscribe((event) => second.push(event));
    events.emit('online');
    unsubscribe();
    events.emit('resume');
    expect(first).toEqual(['online']);
    expect(second).toEqual(['online', 'resume']);
  });

  it('logs a throwing subscriber and still tells the others', () => {
    const log = vi.fn();
    const events = new WebSystemEvents({ log });
    const seen: SystemEvent[] = [];
    events.subscribe(() => {
      throw new Error('boom');
    });
    events.subscribe((event) => seen.push(event));
    expect(() => events.emit('resume')).not.toThrow();
    expect(seen).toEqual(['resume']);
    expect(log).toHaveBeenCalledWith('error', 'system_events.listener_failed', expect.objectContaining({ event: 'resume' }));
  });
});

describe('WebGlobalShortcut', () => {
  it('has no system-wide shortcuts: registering is always false and nothing is ever called', () => {
    const shortcut = new WebGlobalShortcut();
    const callback = vi.fn();
    expect(shortcut.register('CommandOrControl+Shift+J', callback)).toBe(false);
    expect(() => shortcut.unregisterAll()).not.toThrow();
    expect(callback).not.toHaveBeenCalled();
  });
});
