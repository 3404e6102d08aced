/**
 * The sandboxed Electron preload: exposes exactly the contract's TrayApi on window[API_KEY].
 * One function per call, plus `on` for the contract's events. No generic invoke, no ipcRenderer,
 * no getters. Bundled to one CommonJS file (a sandboxed preload can only require 'electron').
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_CALL_NAMES,
  API_EVENT_NAMES,
  API_KEY,
  ipcChannel,
  type ApiCallName,
  type ApiEventName,
  type ApiEvents,
  type TrayApi,
  type Unsubscribe,
} from './contract.js';

const EVENT_NAMES: readonly string[] = API_EVENT_NAMES;

function call(name: ApiCallName) {
  return (...args: unknown[]): Promise<unknown> => ipcRenderer.invoke(ipcChannel(name), ...args);
}

function on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe {
  if (typeof event !== 'string' || !EVENT_NAMES.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
  if (typeof listener !== 'function') throw new Error('The listener must be a function.');
  const channel = ipcChannel(event);
  // The renderer only ever gets the payload, never the IpcRendererEvent (it carries `sender`).
  const wrapped = (_event: IpcRendererEvent, payload: ApiEvents[E]): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/** Builds the object the preload exposes; exported for tests. */
export function buildTrayApi(): TrayApi {
  const api: Record<string, unknown> = {};
  for (const name of API_CALL_NAMES) api[name] = call(name);
  api.on = on;
  return api as TrayApi;
}

contextBridge.exposeInMainWorld(API_KEY, buildTrayApi());
