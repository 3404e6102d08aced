import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { API_CALL_NAMES, API_EVENT_NAMES, ipcChannel, type AgendaView, type Preferences, type Result } from '../../../preload/contract.js';
import type { CoreEvent } from '../../../main/core/app-core-types.js';
import { registerIpc } from '../../../main/electron/ipc.js';
import { TrustedSenders } from '../../../main/electron/trusted-senders.js';

/** The agenda calls and events go through the same generic IPC as the rest of the contract. */
type Handler = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;
const handlers = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => {
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  return { ipcMain, default: { ipcMain } };
});

function window(id: number) {
  const sent: [string, unknown][] = [];
  const contents = {
    id,
    isDestroyed: () => false,
    getURL: () => 'app://bundle/index.html',
    send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
    once: () => {},
  };
  return { contents, sent, asWebContents: () => contents as unknown as WebContents };
}

function setup() {
  const dispatch = vi.fn(async (name: unknown, args: unknown): Promise<Result<unknown>> => ({ ok: true, value: { name, args } }));
  let listener: (event: CoreEvent) => void = () => {};
  const subscribe = vi.fn((l: (event: CoreEvent) => void) => {
    listener = l;
    return () => {};
  });
  const trusted = new TrustedSenders();
  const popover = window(3);
  trusted.add(popover.asWebContents());
  const dispose = registerIpc({ core: { dispatch, subscribe }, trusted, logger: { log: vi.fn() } });
  return { dispatch, popover, dispose, emit: (event: CoreEvent) => listener(event) };
}

const frame = { url: 'app://bundle/index.html', parent: null };

describe('IPC for the agenda', () => {
  it('has a handler for each new call, dispatched by name with its arguments', async () => {
    const { dispatch, popover, dispose } = setup();
    for (const name of ['getAgenda', 'refreshAgenda', 'joinMeeting', 'getPreferences', 'setPreferences'] as const) {
      expect(API_CALL_NAMES).toContain(name);
      expect(handlers.has(ipcChannel(name))).toBe(true);
    }
    await handlers.get(ipcChannel('joinMeeting'))!({ sender: popover.contents, senderFrame: frame }, 'key-1', 2);
    await handlers.get(ipcChannel('setPreferences'))!({ sender: popover.contents, senderFrame: frame }, { reminderMinutes: 3 });
    expect(dispatch.mock.calls).toEqual([
      ['joinMeeting', ['key-1', 2]],
      ['setPreferences', [{ reminderMinutes: 3 }]],
    ]);
    dispose();
  });

  it('forwards agendaChanged and preferencesChanged to the popover on their channels', () => {
    const { popover, emit, dispose } = setup();
    expect(API_EVENT_NAMES).toEqual(expect.arrayContaining(['agendaChanged', 'preferencesChanged']));
    const agenda = { status: 'fresh', items: [], horizonDays: 1 } as AgendaView;
    const preferences = { reminderMinutes: 5 } as Preferences;
    emit({ name: 'agendaChanged', payload: agenda });
    emit({ name: 'preferencesChanged', payload: preferences });
    expect(popover.sent).toEqual([
      [ipcChannel('agendaChanged'), agenda],
      [ipcChannel('preferencesChanged'), preferences],
    ]);
    dispose();
  });
});
