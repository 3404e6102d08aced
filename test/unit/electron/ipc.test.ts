import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CALL_NAMES, ipcChannel, type Result } from '../../../preload/contract.js';
import type { CoreEvent } from '../../../main/core/app-core-types.js';
import { registerIpc } from '../../../main/electron/ipc.js';
import { TrustedSenders } from '../../../main/electron/trusted-senders.js';

type Handler = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;

const handlers = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => {
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  return { ipcMain, default: { ipcMain } };
});

class FakeWebContents {
  destroyed = false;
  url = 'app://bundle/index.html';
  readonly sent: [string, unknown][] = [];
  private readonly onDestroyed: (() => void)[] = [];
  constructor(readonly id: number) {}
  isDestroyed = (): boolean => this.destroyed;
  getURL = (): string => this.url;
  send = (channel: string, payload: unknown): void => void this.sent.push([channel, payload]);
  once = (event: string, listener: () => void): void => {
    if (event === 'destroyed') this.onDestroyed.push(listener);
  };
  destroy(): void {
    this.destroyed = true;
    for (const listener of this.onDestroyed) listener();
  }
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

const mainFrame = (url: string) => ({ url, parent: null });
const invokeEvent = (sender: FakeWebContents, frame: { url: string; parent: unknown } | null = mainFrame('app://bundle/index.html')) => ({
  sender,
  senderFrame: frame,
});

function setup() {
  const dispatch = vi.fn(async (name: unknown, args: unknown): Promise<Result<unknown>> => ({ ok: true, value: { name, args } }));
  const listeners: ((event: CoreEvent) => void)[] = [];
  const subscribe = vi.fn((listener: (event: CoreEvent) => void) => {
    listeners.push(listener);
    return () => listeners.splice(listeners.indexOf(listener), 1);
  });
  const log = vi.fn();
  const trusted = new TrustedSenders();
  const dispose = registerIpc({ core: { dispatch, subscribe }, trusted, logger: { log } });
  const emit = (event: CoreEvent) => listeners.forEach((listener) => listener(event));
  return { dispatch, log, trusted, dispose, emit, listeners };
}

const call = (name: string, event: unknown, ...args: unknown[]) => handlers.get(ipcChannel(name as 'connect'))!(event, ...args);

describe('validated IPC', () => {
  beforeEach(() => handlers.clear());

  it('registers one handler per contract call and removes them on dispose', () => {
    const { dispose, listeners } = setup();
    expect([...handlers.keys()].sort()).toEqual(API_CALL_NAMES.map((name) => ipcChannel(name)).sort());
    dispose();
    expect(handlers.size).toBe(0);
    expect(listeners).toHaveLength(0);
  });

  it('passes a trusted call to core.dispatch with its name and arguments', async () => {
    const { dispatch, trusted } = setup();
    const popover = new FakeWebContents(7);
    trusted.add(popover.asWebContents());
    await expect(call('connect', invokeEvent(popover), 'superoffice')).resolves.toEqual({
      ok: true,
      value: { name: 'connect', args: ['superoffice'] },
    });
    expect(dispatch).toHaveBeenCalledWith('connect', ['superoffice']);
  });

  it.each([
    ['an unknown sender id', () => invokeEvent(new FakeWebContents(99)), 'untrusted_sender'],
    ['a subframe', () => invokeEvent(new FakeWebContents(7), { url: 'app://bundle/index.html', parent: mainFrame('app://bundle/') }), 'not_main_frame'],
    ['a foreign https origin', () => invokeEvent(new FakeWebContents(7), mainFrame('https://evil.example/')), 'foreign_origin'],
    ['a file:// page', () => invokeEvent(new FakeWebContents(7), mainFrame('file:///tmp/index.html')), 'foreign_origin'],
    ['another app:// host', () => invokeEvent(new FakeWebContents(7), mainFrame('app://other/index.html')), 'foreign_origin'],
    ['a frame that is gone', () => invokeEvent(new FakeWebContents(7), null), 'frame_gone'],
  ])('rejects %s without reaching the core', async (_label, makeEvent, reason) => {
    const { dispatch, trusted, log } = setup();
    trusted.add(new FakeWebContents(7).asWebContents());
    const result = await call('listConnections', makeEvent());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('warn', 'ipc.rejected', expect.objectContaining({ reason }));
  });

  it('stops trusting a window once its webContents is destroyed', async () => {
    const { dispatch, trusted } = setup();
    const popover = new FakeWebContents(7);
    trusted.add(popover.asWebContents());
    popover.destroy();
    await expect(call('getAppInfo', invokeEvent(popover))).resolves.toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing core into an internal error instead of a rejected invoke', async () => {
    const { dispatch, trusted } = setup();
    const popover = new FakeWebContents(7);
    trusted.add(popover.asWebContents());
    dispatch.mockRejectedValueOnce(new Error('boom'));
    await expect(call('getAppInfo', invokeEvent(popover))).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('sends core events only to live trusted windows showing the app', () => {
    const { emit, trusted } = setup();
    const live = new FakeWebContents(1);
    const gone = new FakeWebContents(2);
    const navigatedAway = new FakeWebContents(3);
    const stranger = new FakeWebContents(4);
    for (const contents of [live, gone, navigatedAway]) trusted.add(contents.asWebContents());
    gone.destroy();
    navigatedAway.url = 'https://evil.example/';
    const payload = { id: 'superoffice', status: 'connected' } as unknown as Extract<CoreEvent, { name: 'connectionChanged' }>['payload'];
    emit({ name: 'connectionChanged', payload });
    expect(live.sent).toEqual([[ipcChannel('connectionChanged'), payload]]);
    expect(gone.sent).toEqual([]);
    expect(navigatedAway.sent).toEqual([]);
    expect(stranger.sent).toEqual([]);
  });
});
