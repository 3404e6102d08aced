/**
 * The browser host's counterpart of the Electron preload: defines window.videoMeetingsTray with the same
 * TrayApi, over HTTP calls and a server-sent event stream to the app on 127.0.0.1. The per-run secret
 * arrives in the URL fragment (never sent to a server), is kept in this tab's sessionStorage, and is
 * removed from the address bar.
 */
import {
  API_CALL_NAMES,
  API_EVENT_NAMES,
  API_KEY,
  type ApiEventName,
  type ApiEvents,
  type Result,
  type TrayApi,
} from './contract.js';

const SECRET_KEY = 'vmt-bridge-secret';
/** A page visible again after this long hidden is reported as 'resume' (the machine likely slept, or the tab was frozen). */
const RESUME_AFTER_HIDDEN_MS = 60_000;
const OPEN_URL = 'host:open-url';
const NOTIFY = 'host:notify';

function takeSecret(): string | null {
  const match = /(?:^#|&)bridge=([A-Za-z0-9_-]{20,})/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(SECRET_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}

const secret = takeSecret();
const listeners = new Map<string, Set<(payload: never) => void>>();

const bridgeError = <T>(message: string): Result<T> => ({
  ok: false,
  error: { code: 'network', message, remedy: 'Open the address printed by npm start, or restart the app.' },
});

async function call(name: string, args: unknown[]): Promise<Result<unknown>> {
  if (!secret) return bridgeError('This page is not connected to the app.');
  try {
    const response = await fetch(`/bridge/call/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ args }),
      cache: 'no-store',
    });
    if (!response.ok) return bridgeError('The app refused this page’s request.');
    return (await response.json()) as Result<unknown>;
  } catch {
    return bridgeError('The app is not running any more.');
  }
}

function deliver(message: { name: string; payload: unknown }): void {
  if (message.name === OPEN_URL) {
    const { url } = message.payload as { url: string };
    const opened = window.open(url, '_blank');
    if (opened) opened.opener = null;
    return;
  }
  if (message.name === NOTIFY) {
    const { title, body } = message.payload as { title: string; body: string };
    if ('Notification' in window && Notification.permission === 'granted') new Notification(title, { body });
    return;
  }
  for (const listener of listeners.get(message.name) ?? []) (listener as (payload: unknown) => void)(message.payload);
}

async function streamEvents(): Promise<void> {
  let delay = 500;
  for (;;) {
    try {
      const response = await fetch('/bridge/events', { method: 'POST', headers: { authorization: `Bearer ${secret}` }, cache: 'no-store' });
      if (response.status === 401 || response.status === 403) return;
      if (!response.ok || !response.body) throw new Error('stream');
      delay = 500;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
          if (data) deliver(JSON.parse(data) as { name: string; payload: unknown });
        }
      }
    } catch {
      // The app restarted or the network blipped: reconnect with backoff.
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}

/** Tells the app about a system event; best effort (the app may be restarting). */
function reportSystemEvent(event: 'online' | 'resume'): void {
  void fetch(`/bridge/system/${event}`, { method: 'POST', headers: { authorization: `Bearer ${secret}` }, cache: 'no-store' }).catch(() => {});
}

/** The page's stand-ins for the desktop's power and network events: 'online', and visible again after a long hide. */
function watchSystemEvents(): void {
  window.addEventListener('online', () => reportSystemEvent('online'));
  let hiddenSince = document.visibilityState === 'hidden' ? Date.now() : null;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      hiddenSince ??= Date.now();
      return;
    }
    if (hiddenSince !== null && Date.now() - hiddenSince > RESUME_AFTER_HIDDEN_MS) reportSystemEvent('resume');
    hiddenSince = null;
  });
}

const calls = Object.fromEntries(API_CALL_NAMES.map((name) => [name, (...args: unknown[]) => call(name, args)]));
const api = {
  ...calls,
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
    if (!(API_EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    const set = listeners.get(event) ?? new Set();
    set.add(listener as (payload: never) => void);
    listeners.set(event, set);
    return () => void set.delete(listener as (payload: never) => void);
  },
} as TrayApi;

Object.defineProperty(window, API_KEY, { value: Object.freeze(api), writable: false, configurable: false });
if (secret) {
  void streamEvents();
  watchSystemEvents();
}
