import { EventEmitter } from 'node:events';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CALL_NAMES, API_KEY, ipcChannel, type TrayApi } from '../../../preload/contract.js';

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return { exposed, renderer: { emitter: null as null | import('node:events').EventEmitter } };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const emitter = new Emitter();
  fake.renderer.emitter = emitter;
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener)),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener)),
  };
  const contextBridge = { exposeInMainWorld: vi.fn((key: string, api: unknown) => fake.exposed.set(key, api)) };
  return { contextBridge, ipcRenderer, default: { contextBridge, ipcRenderer } };
});

let api: TrayApi;
let emitter: EventEmitter;

beforeAll(async () => {
  await import('../../../preload/electron.js');
  api = fake.exposed.get(API_KEY) as TrayApi;
  emitter = fake.renderer.emitter!;
});

beforeEach(() => emitter.removeAllListeners());

describe('Electron preload', () => {
  it('exposes exactly the contract under API_KEY: one function per call, plus on', () => {
    expect([...fake.exposed.keys()]).toEqual([API_KEY]);
    expect(Object.keys(api).sort()).toEqual([...API_CALL_NAMES, 'on'].sort());
    for (const key of Object.keys(api)) {
      const descriptor = Object.getOwnPropertyDescriptor(api, key)!;
      expect(descriptor.get, `${key} must not be a getter`).toBeUndefined();
      expect(typeof descriptor.value).toBe('function');
    }
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('invokes each call on its own channel with the arguments as given', async () => {
    await expect(api.connect('superoffice')).resolves.toEqual({ ok: true, value: { channel: ipcChannel('connect'), args: ['superoffice'] } });
    await expect(api.getAppInfo()).resolves.toEqual({ ok: true, value: { channel: 'vmt:getAppInfo', args: [] } });
  });

  it('on() rejects events outside the contract', () => {
    const subscribe = api.on as (event: string, listener: (payload: unknown) => void) => () => void;
    expect(() => subscribe('ipc-internal', () => {})).toThrow(/Unknown event/);
    expect(() => subscribe('constructor', () => {})).toThrow(/Unknown event/);
    expect(emitter.eventNames()).toEqual([]);
  });

  it('on() hands the listener only the payload, never the IPC event', () => {
    const received: unknown[][] = [];
    api.on('connectionChanged', (...args: unknown[]) => received.push(args));
    const ipcEvent = { sender: { send: () => {} }, senderId: 0 };
    const payload = { id: 'superoffice', status: 'connected' };
    emitter.emit(ipcChannel('connectionChanged'), ipcEvent, payload);
    expect(received).toEqual([[payload]]);
  });

  it('the returned function unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('connectionChanged', listener);
    emitter.emit(ipcChannel('connectionChanged'), {}, 1);
    unsubscribe();
    emitter.emit(ipcChannel('connectionChanged'), {}, 2);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(emitter.listenerCount(ipcChannel('connectionChanged'))).toBe(0);
  });
});
