import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ElectronSystemEvents, ONLINE_POLL_MS } from '../../../main/electron/electron-system-events.js';
import type { SystemEvent } from '../../../main/ports/system-events.js';

const fake = vi.hoisted(() => ({ online: true as boolean | 'throws', powerMonitor: null as null | import('node:events').EventEmitter }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const powerMonitor = new Emitter();
  fake.powerMonitor = powerMonitor;
  const net = {
    isOnline: () => {
      if (fake.online === 'throws') throw new Error('not ready');
      return fake.online;
    },
  };
  return { powerMonitor, net, default: { powerMonitor, net } };
});

const power = () => fake.powerMonitor as EventEmitter;

function setup() {
  const log = vi.fn();
  const events = new ElectronSystemEvents({ logger: { log } });
  const seen: SystemEvent[] = [];
  const unsubscribe = events.subscribe((event) => seen.push(event));
  return { events, seen, unsubscribe, log };
}

describe('ElectronSystemEvents', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.online = true;
  });
  afterEach(() => {
    vi.useRealTimers();
    power().removeAllListeners();
  });

  it("reports powerMonitor's resume and unlock-screen as resume and unlock", () => {
    const { events, seen } = setup();
    power().emit('resume');
    power().emit('unlock-screen');
    expect(seen).toEqual(['resume', 'unlock']);
    events.stop();
  });

  it('polls net.isOnline() every 30 s and reports online only on a false → true transition', () => {
    const { events, seen } = setup();
    expect(ONLINE_POLL_MS).toBe(30_000);
    vi.advanceTimersByTime(ONLINE_POLL_MS * 2);
    expect(seen).toEqual([]);
    fake.online = false;
    vi.advanceTimersByTime(ONLINE_POLL_MS);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(ONLINE_POLL_MS - 1);
    fake.online = true;
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['online']);
    vi.advanceTimersByTime(ONLINE_POLL_MS * 3);
    expect(seen).toEqual(['online']);
    events.stop();
  });

  it('starts offline without reporting, then reports the network coming back', () => {
    fake.online = false;
    const { events, seen } = setup();
    expect(seen).toEqual([]);
    fake.online = true;
    events.poll();
    expect(seen).toEqual(['online']);
    events.stop();
  });

  it('after resume, does not also report online for a network that was down before sleep', () => {
    const { events, seen } = setup();
    fake.online = false;
    events.poll();
    fake.online = true;
    power().emit('resume');
    vi.advanceTimersByTime(ONLINE_POLL_MS);
    expect(seen).toEqual(['resume']);
    events.stop();
  });

  it('treats an unknown network state as online (no invented transition)', () => {
    fake.online = 'throws';
    const { events, seen } = setup();
    vi.advanceTimersByTime(ONLINE_POLL_MS);
    expect(seen).toEqual([]);
    events.stop();
  });

  it('unref’s its timer so it never keeps the process alive', () => {
    const unref = vi.fn();
    const spy = vi.spyOn(globalThis, 'setInterval').mockReturnValue({ unref } as unknown as ReturnType<typeof setInterval>);
    try {
      const events = new ElectronSystemEvents({ logger: { log: vi.fn() } });
      expect(spy).toHaveBeenCalledWith(expect.any(Function), ONLINE_POLL_MS);
      expect(unref).toHaveBeenCalled();
      vi.spyOn(globalThis, 'clearInterval').mockImplementation(() => {});
      events.stop();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('unsubscribe stops one listener; a throwing listener is logged and the others still hear', () => {
    const { events, seen, unsubscribe, log } = setup();
    const other: SystemEvent[] = [];
    events.subscribe(() => {
      throw new Error('boom');
    });
    events.subscribe((event) => other.push(event));
    power().emit('resume');
    unsubscribe();
    power().emit('unlock-screen');
    expect(seen).toEqual(['resume']);
    expect(other).toEqual(['resume', 'unlock']);
    expect(log).toHaveBeenCalledWith('error', 'system_events.listener_failed', expect.objectContaining({ event: 'resume' }));
    events.stop();
  });

  it('stop() removes the powerMonitor listeners and the timer', () => {
    const { events, seen } = setup();
    expect(power().listenerCount('resume')).toBe(1);
    expect(power().listenerCount('unlock-screen')).toBe(1);
    events.stop();
    events.stop();
    expect(power().listenerCount('resume')).toBe(0);
    expect(power().listenerCount('unlock-screen')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    fake.online = false;
    events.poll();
    fake.online = true;
    events.poll();
    expect(seen).toEqual([]);
  });
});
